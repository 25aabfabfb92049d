#pragma once

#include "core/library/librarymessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The message library as a value: its messages and its folders (a folder may be empty; every
// folder of a message and every parent of a folder is a folder too). It keeps one rule: a name
// is used once within a folder. The checks of names and folders live here, so the store, its
// file reader and every dialog refuse the same things with the same words.
class MessageLibrary
{
    Q_DECLARE_TR_FUNCTIONS(MessageLibrary)

public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxFolderLength = 500;

    // Empty when `name` may name a message; else why not (translated).
    static QString checkName(const QString &name);
    // " auth / login/" -> "auth/login": segments trimmed, empty ones dropped ("" is the top level).
    static QString normalizeFolder(const QString &folder);
    // Empty when `folder` (normalized) may name a folder; else why not (translated).
    static QString checkFolder(const QString &folder);
    // "auth/login" -> "auth"; a top-level folder -> "".
    static QString parentFolder(const QString &folder);
    // Whether `folder` is `ancestor` or lies inside it.
    static bool isWithin(const QString &folder, const QString &ancestor);

    const QList<LibraryMessage> &messages() const { return m_messages; }
    // Every folder, sorted, parents before their children; never "" (the top level).
    QStringList folders() const { return m_folders; }
    bool hasFolder(const QString &folder) const;
    // The index of the message `name` in `folder`, else -1.
    qsizetype indexOf(const QString &folder, const QString &name) const;

    // These keep the folders complete; they do not check names (the store does, with messages).
    void addFolder(const QString &folder);
    void append(const LibraryMessage &message);
    void replace(qsizetype index, const LibraryMessage &message);
    void removeAt(qsizetype index);
    // Removes the folder, its subfolders and every message in them.
    void removeFolder(const QString &folder);

    bool operator==(const MessageLibrary &o) const { return m_messages == o.m_messages && m_folders == o.m_folders; }
    bool operator!=(const MessageLibrary &o) const { return !(*this == o); }

private:
    QList<LibraryMessage> m_messages;
    QStringList m_folders;
};
