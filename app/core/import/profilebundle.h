#pragma once

#include "core/import/importedprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Several profiles in one JSON file, to move them to another machine or hand them to a colleague:
//
//     {"format": "wsscope-profiles", "schemaVersion": 1, "includesSecrets": false,
//      "secretsOmitted": ["Authorization", "proxy password"], "profiles": [ {…}, … ]}
//
// Each element of "profiles" is exactly what ProfileSerializer writes for one profile file (with
// its own "schemaVersion"), so a bundle holds everything a profile does.
//
// Secrets::Omit empties the values of the headers CommandLine::isSecretHeader calls secret
// (Authorization, Cookie, X-Api-Key, …) and removes the password from the proxy and from the URL,
// and names each kind in "secretsOmitted"; a value that is only `{{references}}` (and an auth
// scheme such as "Bearer") holds no secret and is kept. Secrets::Include keeps everything and
// says so ("includesSecrets": true). Files are written through SafeFileWriter (0600).
//
// Reading refuses a file whose "format" is another, a bundle schema newer than this version knows,
// and a profile that does not load, each with its reason; a profile whose secrets were left out
// says which ones in its notMapped lines.
class ProfileBundle
{
    Q_DECLARE_TR_FUNCTIONS(ProfileBundle)

public:
    static constexpr int CurrentSchemaVersion = 1;
    static constexpr const char *FormatName = "wsscope-profiles";
    // What "secretsOmitted" calls a password left out of the proxy or the URL.
    static constexpr const char *ProxyPassword = "proxy password";
    static constexpr const char *UrlPassword = "URL password";

    enum class Secrets { Omit, Include };

    struct Export
    {
        QByteArray json;
        QStringList secretsOmitted; // as written into the file; empty with Secrets::Include
    };

    static Export toJson(const QList<Profile> &profiles, Secrets secrets);
    // Writes the bundle to `path`; false with a translated *error (the file is then untouched).
    static bool write(const QString &path, const QList<Profile> &profiles, Secrets secrets, QString *error = nullptr,
                      QStringList *secretsOmitted = nullptr);

    // The profile with its secrets removed; what was removed is appended to *removed (header
    // names as written, ProxyPassword, UrlPassword), each once.
    static Profile withoutSecrets(const Profile &profile, QStringList *removed);

    // Whether `root` says it is a WsScope file by a "format" member (of any value).
    static bool claimsToBeBundle(const QJsonObject &root);
    static ProfileImportResult fromJsonObject(const QJsonObject &root);

private:
    ProfileBundle() = delete;
};
