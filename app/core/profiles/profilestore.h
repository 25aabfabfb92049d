#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/profileloaderror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// The saved profiles: one pretty-printed JSON file per profile in one directory
// (default: <AppDataLocation>/profiles, on Linux $XDG_DATA_HOME/WsScope/profiles).
//
// - File names are derived from the profile name (sanitised for every platform's file
//   system, unique case-insensitively); the name itself lives inside the JSON, so a user may
//   rename files by hand.
// - Every write goes through QSaveFile (the old file stays intact until the new one is
//   complete), and the previous version is kept next to it as "<file>.bak".
// - A file that does not load (bad JSON, wrong types, newer schema, duplicate name) is
//   reported with its file name (and line:column for syntax errors) and never written to, so
//   the user can repair it; the other files still load.
// - remove() moves the file into "trash/" so restore() (undo) brings back the exact bytes.
//
// Later growth: import/export reuse ProfileSerializer on a file of the user's choosing and end
// in save(); variables and keychain secrets are members of Profile with a schema migration
// (see ProfileSerializer), and secret values go to the keychain keyed by profile name, never
// into these files, so rename()/remove() are the only places that must also move the secrets.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(const QString &directory = defaultDirectory(), QObject *parent = nullptr);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString trashDirectory() const;

    // (Re)reads every *.json file of the directory. Returns true when all of them loaded.
    bool load();

    QList<Profile> profiles() const;  // sorted by name
    QStringList names() const;        // sorted by name
    bool contains(const QString &name) const;
    std::optional<Profile> profile(const QString &name) const;
    QString filePath(const QString &name) const; // empty when there is no such profile
    QList<ProfileLoadError> errors() const { return m_errors; }

    // Creates the profile, or replaces the one with the same name. The name must be valid
    // (ProfileValidator::checkName); the rest is stored as given.
    bool save(const Profile &profile, QString *error = nullptr);
    bool rename(const QString &oldName, const QString &newName, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);
    // Brings back the most recently removed profile of that name from the trash.
    bool restore(const QString &name, QString *error = nullptr);
    // Saves a copy named "<name> (copy)" (or "(copy 2)", …) and returns its name; empty on failure.
    QString duplicate(const QString &name, QString *error = nullptr);

    // The name duplicate() would give a copy of that profile: "<name> (copy)", "<name> (copy 2)", …
    QString nameForCopy(const QString &name) const;
    // A name not used yet: base itself, else "base 2", "base 3", …
    QString uniqueName(const QString &base) const;
    // The file name a profile of that name would get: letters, digits, '-', '_' and '.',
    // at most 60 characters, never a Windows device name.
    static QString sanitizedBaseName(const QString &name);

signals:
    void profilesChanged();
    void loadErrors(const QList<ProfileLoadError> &errors);

private:
    struct Entry
    {
        Profile profile;
        QString fileName;
    };

    QString uniqueFileName(const QString &name, const QString &keepFileName = {}) const;
    bool writeFile(const QString &fileName, const QByteArray &data, QString *error) const;
    bool ensureDirectory(const QString &path, QString *error) const;

    QString m_directory;
    QHash<QString, Entry> m_entries;  // by profile name
    QList<ProfileLoadError> m_errors;
};
