#pragma once

#include "core/library/messagelibrary.h"
#include "core/profiles/profileloaderror.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// The message library of one profiles folder, shared by all its profiles, in
// `<folder>/library/messages.json` (written through SafeFileWriter: whole or not at all, 0600).
// Each change is saved at once and then announced with changed(); a change that cannot be saved
// leaves the library as it was. A file that cannot be read (empty, malformed, of the wrong
// shape, or from a newer WsScope) is left untouched: the store is then read-only, loadError()
// says why, and every change is refused with that reason.
class MessageLibraryStore : public QObject
{
    Q_OBJECT

public:
    enum class Existing { Refuse, Replace };

    explicit MessageLibraryStore(const QString &profilesDirectory, QObject *parent = nullptr);

    QString filePath() const { return m_path; }
    // Reads the file (none yet: an empty library). False when it exists but cannot be used.
    bool load();
    const ProfileLoadError &loadError() const { return m_loadError; }
    bool isReadOnly() const { return m_readOnly; }

    const MessageLibrary &library() const { return m_library; }
    QList<LibraryMessage> messages() const { return m_library.messages(); }
    QStringList folders() const { return m_library.folders(); }
    std::optional<LibraryMessage> message(const QString &folder, const QString &name) const;
    // The messages whose name, folder or content holds `text` (case-insensitive); all for "".
    QList<LibraryMessage> search(const QString &text) const;

    // Each returns false with a translated *error when refused or when saving failed.
    // Adds the message (folder normalized, created as needed); a name used in that folder is
    // refused, or replaces that message with Existing::Replace.
    bool add(const LibraryMessage &message, QString *error = nullptr, Existing existing = Existing::Refuse);
    bool rename(const QString &folder, const QString &name, const QString &newName, QString *error = nullptr);
    bool moveToFolder(const QString &folder, const QString &name, const QString &newFolder, QString *error = nullptr);
    bool remove(const QString &folder, const QString &name, QString *error = nullptr);
    bool addFolder(const QString &folder, QString *error = nullptr);
    // Gives the folder a new last name ("auth/login" -> "auth/sign-in"), its contents with it.
    bool renameFolder(const QString &folder, const QString &newName, QString *error = nullptr);
    // Moves the folder with its contents into `newParent` ("" is the top level).
    bool moveFolder(const QString &folder, const QString &newParent, QString *error = nullptr);
    // Removes the folder, its subfolders and their messages.
    bool removeFolder(const QString &folder, QString *error = nullptr);

signals:
    void changed();

private:
    bool refuseWhenReadOnly(QString *error) const;
    bool relocateFolder(const QString &from, const QString &to, QString *error);
    bool commit(const MessageLibrary &library, QString *error);

    QString m_path;
    MessageLibrary m_library;
    ProfileLoadError m_loadError;
    bool m_readOnly = false;
};
