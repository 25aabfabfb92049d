#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

// The "trash/" folder inside a ProfileStore's directory: a deleted profile's file (and its .bak)
// waits there so undo can bring back the exact bytes. An entry's modification time is the
// moment it was deleted, so the newest entry of a name is the one undo restores, and purge()
// can drop entries older than the undo window.
class ProfileTrash
{
    Q_DECLARE_TR_FUNCTIONS(ProfileTrash)

public:
    struct Entry
    {
        QString fileName;  // inside the trash folder
        Profile profile;
        QByteArray bytes;  // the file's exact content
    };

    explicit ProfileTrash(const QString &directory);

    QString directory() const { return m_directory; }

    // Moves `fromPath` (and "<fromPath>.bak" when there is one) into the trash, stamped with
    // the current time. False with *error set when nothing was moved.
    bool moveIn(const QString &fromPath, QString *error);
    // The most recently deleted profile of that name, if the trash holds one.
    std::optional<Entry> latest(const QString &name) const;
    // Moves a trash entry (and its .bak) to `toPath`. False with *error set.
    bool moveOut(const QString &trashFileName, const QString &toPath, QString *error);
    // Removes the entries deleted more than `age` before `now`. Returns how many files went.
    int purge(std::chrono::milliseconds age, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    QString m_directory;
};
