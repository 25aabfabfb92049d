#pragma once

#include "core/import/importedprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class ProfileStore;

// "Import profiles…" and `wsscope-cli --import`: one entry point that reads a file, finds out
// which of the formats WsScope imports it is (a WsScope profile bundle or single profile file,
// a HAR from Chrome or Firefox DevTools, an Insomnia v4 export) and hands it to that importer
// (ProfileBundle, HarProfileImporter, InsomniaImporter). A file that is none of them is refused
// with what it is instead, as far as that can be told (empty, not JSON with line:column, a JSON
// array, a Postman collection, an Insomnia v5 YAML file, …).
//
// Names: an imported profile never replaces a saved one. freeName() gives "X (2)", "X (3)", …
// (compared without case, as the store's file names are), and importInto() saves each profile
// under such a name.
class ProfileImport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImport)

public:
    // Larger files are refused before they are read (a HAR of a long session stays far below).
    static constexpr qint64 MaxFileSize = 256LL * 1024 * 1024;

    static ProfileImportResult read(const QString &path);
    static ProfileImportResult parse(const QByteArray &data);
    static QString formatName(ProfileImportResult::Format format); // translated: "HAR", …

    // ws:// and wss:// URLs as they are; http:// and https:// (an upgrade request as curl or a
    // browser lists it) as ws:// and wss://; anything else, or no host: empty.
    static QUrl webSocketUrl(const QString &text);
    // A profile name for a connection to `url`: its host and path ("chat.example.com/socket").
    static QString nameForUrl(const QUrl &url);
    // `name` made fit for a profile (trimmed, no control characters, not too long); when nothing
    // is left, nameForUrl(url), then "Imported profile".
    static QString usableName(const QString &name, const QUrl &url = {});
    // `base` when no name in `taken` equals it (ignoring case); else "base (2)", "base (3)", …
    static QString freeName(const QString &base, const QStringList &taken);
    // Gives each profile a free name against `taken` and the profiles before it, in place (so
    // a preview shows the names importInto() will use).
    static void assignFreeNames(QList<ImportedProfile> *profiles, const QStringList &taken);
    // Saves every profile under a free name in `store`; the names used in *created, in order.
    // Stops at the first save that fails: false with *error (the ones before stay saved).
    static bool importInto(ProfileStore *store, const QList<ImportedProfile> &profiles, QStringList *created,
                           QString *error);

private:
    ProfileImport() = delete;
};
