#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/profilefilename.h"
#include "core/profiles/profileloaderror.h"
#include "core/secrets/secretstore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
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
// - Secret values (ProfileSecrets: headers marked secret, the proxy password, secret variables)
//   never reach these files unless the profile opted in (Profile::secretsInFile): save() writes
//   them to the SecretStore under SecretKey keys, load() reads them back into the profiles it
//   holds (so profile() is complete and a session can connect), rename() moves the keys,
//   remove() removes them but keeps the values in memory so restore() writes them back. The
//   store waits for each answer (BlockingSecrets, bounded): a profile is never half-loaded, and
//   a save can never overwrite a secret with the empty value of one not read yet. Where there is
//   no keychain, the SecretStore keeps the values in memory for the session;
//   secretsAvailability() says so, for a banner. Code: profilestoresecrets.cpp.
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
    // `secrets` is not owned and must outlive this store; none: a MemorySecretStore of its own.
    ProfileStore(const QString &directory, SecretStore *secrets, QObject *parent = nullptr);

    SecretStore *secretStore() const { return m_secrets; }
    // Later loads and saves use `secrets` (none: a MemorySecretStore of its own).
    void setSecretStore(SecretStore *secrets);
    // Whether secret values reach the OS keychain; Unavailable: kept in memory for this session
    // only, and the reason says why.
    SecretStore::Availability secretsAvailability() const;
    QString secretsAvailabilityReason() const;
    // The schema version the profile's file had when this store read it (CurrentSchemaVersion
    // for profiles it wrote since); 0: no such profile.
    int schemaVersionRead(const QString &name) const;

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
    // The SecretStore's availability changed (also when another store was set).
    void secretsAvailabilityChanged(SecretStore::Availability availability, const QString &reason);

private:
    struct Entry
    {
        Profile profile;
        QString fileName;
        QByteArray diskHash; // SHA-256 of the file as this store last read or wrote it
        int schemaRead = 0;
    };

    // profilestoresecrets.cpp
    void readSecrets(Profile *profile);
    void storeSecrets(const Profile *before, const Profile &after);
    void moveSecrets(const Profile &before, const QString &newName);
    void removeSecrets(const Profile &profile);
    void restoreSecrets(Profile *profile);

    QString uniqueFileName(const QString &name, const QString &keepFileName = {}) const;
    // A previous version holding one of `secretValues` is not kept as the .bak.
    bool writeFile(const QString &fileName, const QByteArray &data, QString *error, const QStringList &secretValues = {});
    bool refuseIfChanged(const Entry &entry, Conflicts conflicts, QString *error) const;
    QString pathOf(const QString &fileName) const;

    QString m_directory;
    std::chrono::milliseconds m_trashRetention = UndoWindow;
    QTimer m_purgeTimer;
    QHash<QString, Entry> m_entries;  // by profile name
    QList<ProfileLoadError> m_errors;
    SecretStore *m_ownSecrets = nullptr; // the default MemorySecretStore, a child
    QPointer<SecretStore> m_secrets;
    QMetaObject::Connection m_availabilityConnection;
    QHash<QString, QHash<QString, QString>> m_deletedSecrets; // by profile name: key -> value, for restore()
};
