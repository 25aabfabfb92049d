#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/profilefilename.h"
#include "core/profiles/profileloaderror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

// The saved profiles: one pretty-printed JSON file per profile in one directory
// (default: <AppDataLocation>/profiles, on Linux $XDG_DATA_HOME/WsScope/profiles).
//
// - File names are derived from the profile name (sanitised for every platform's file
//   system, unique case-insensitively); the name itself lives inside the JSON, so a user may
//   rename files by hand.
// - Every write goes through SafeFileWriter: the old file stays intact until the new one is
//   complete on disk (a full disk fails the save with the OS reason), files are 0600 and the
//   folders it creates 0700. The previous version is kept next to it as "<file>.bak", which
//   is replaced only after the new file has committed: a failed save touches neither.
// - Two instances may share one folder: the store remembers the content (SHA-256) of each file
//   as it loaded or wrote it, and refuses to overwrite a file that changed on disk since
//   (Conflicts::Refuse, the default); isChangedOnDisk() lets the UI ask what to do.
// - A file that does not load (bad JSON, wrong types, newer schema, duplicate name) is
//   reported with its file name (and line:column for syntax errors) and never written to, so
//   the user can repair it; the other files still load.
// - remove() moves the file into "trash/" (ProfileTrash) so restore() (undo) brings back the
//   exact bytes; entries older than UndoWindow are purged by load() and after each delete.
//
// Later growth: import/export reuse ProfileSerializer on a file of the user's choosing and end
// in save(); variables and keychain secrets are members of Profile with a schema migration
// (see ProfileSerializer), and secret values go to the keychain keyed by profile name, never
// into these files, so rename()/remove() are the only places that must also move the secrets.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // How long a delete can be undone: the Profiles dock's Undo bar shows this long, and the
    // trash keeps a deleted profile this long (then purges it).
    static constexpr std::chrono::milliseconds UndoWindow = std::chrono::seconds(20);

    // What save()/rename() do when the file changed on disk since this store loaded it.
    enum class Conflicts { Refuse, Overwrite };

    explicit ProfileStore(const QString &directory = defaultDirectory(), QObject *parent = nullptr);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString trashDirectory() const;

    // (Re)reads every *.json file of the directory and purges old trash entries. Returns true
    // when all of them loaded.
    bool load();

    QList<Profile> profiles() const;  // sorted by name
    QStringList names() const;        // sorted by name
    bool contains(const QString &name) const;
    std::optional<Profile> profile(const QString &name) const;
    QString filePath(const QString &name) const; // empty when there is no such profile
    QList<ProfileLoadError> errors() const { return m_errors; }

    // Creates the profile, or replaces the one with the same name. The name must be valid
    // (ProfileValidator::checkName); the rest is stored as given. With Conflicts::Refuse, a file
    // changed on disk since it was loaded is left alone and the save fails (see isChangedOnDisk).
    bool save(const Profile &profile, QString *error = nullptr, Conflicts conflicts = Conflicts::Refuse);
    bool rename(const QString &oldName, const QString &newName, QString *error = nullptr,
                Conflicts conflicts = Conflicts::Refuse);
    bool remove(const QString &name, QString *error = nullptr);
    // Brings back the most recently removed profile of that name from the trash.
    bool restore(const QString &name, QString *error = nullptr);
    // Saves a copy named "<name> (copy)" (or "(copy 2)", …) and returns its name; empty on failure.
    QString duplicate(const QString &name, QString *error = nullptr);

    // True when the profile's file is no longer what this store loaded or last wrote (another
    // instance saved, renamed or deleted it, or it was edited by hand).
    bool isChangedOnDisk(const QString &name) const;

    // Deletes trash entries older than trashRetention() (UndoWindow unless changed, e.g. by tests).
    // Returns how many files were removed.
    int purgeTrash();
    std::chrono::milliseconds trashRetention() const { return m_trashRetention; }
    void setTrashRetention(std::chrono::milliseconds retention);

    // The name duplicate() would give a copy of that profile: "<name> (copy)", "<name> (copy 2)", …
    QString nameForCopy(const QString &name) const;
    // A name not used yet: base itself, else "base 2", "base 3", …
    QString uniqueName(const QString &base) const;
    // The file name a profile of that name would get: letters, digits, '-', '_' and '.',
    // at most 60 characters, never a Windows device name.
    static QString sanitizedBaseName(const QString &name) { return ProfileFileName::sanitizedBaseName(name); }

signals:
    void profilesChanged();
    // rename() worked (before profilesChanged): tabs and other holders of the old name follow.
    void renamed(const QString &oldName, const QString &newName);
    void loadErrors(const QList<ProfileLoadError> &errors);
    // Something went wrong after the change itself succeeded (the profile is saved, but e.g. its
    // .bak could not be updated). Translated; the UI shows it.
    void warning(const QString &message);

private:
    struct Entry
    {
        Profile profile;
        QString fileName;
        QByteArray diskHash; // SHA-256 of the file as this store last read or wrote it
    };

    QString uniqueFileName(const QString &name, const QString &keepFileName = {}) const;
    bool writeFile(const QString &fileName, const QByteArray &data, QString *error);
    bool refuseIfChanged(const Entry &entry, Conflicts conflicts, QString *error) const;
    QString pathOf(const QString &fileName) const;

    QString m_directory;
    std::chrono::milliseconds m_trashRetention = UndoWindow;
    QTimer m_purgeTimer;
    QHash<QString, Entry> m_entries;  // by profile name
    QList<ProfileLoadError> m_errors;
};
