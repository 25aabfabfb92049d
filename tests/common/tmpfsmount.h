#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// A small, real file system for the "disk is full" tests: a tmpfs of `sizeBytes` mounted on a
// fresh temporary folder (needs root, or CAP_SYS_ADMIN; the test machines run tests as root).
// When it cannot be mounted, isMounted() is false and skipReason() says exactly why, for QSKIP.
// The destructor unmounts it.
class TmpfsMount
{
public:
    explicit TmpfsMount(qint64 sizeBytes);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool isMounted() const { return m_mounted; }
    QString skipReason() const { return m_skipReason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Fills the file system with one file ("filler") until at most `leaveBytes` are free.
    // Returns the bytes still free afterwards.
    qint64 fill(qint64 leaveBytes = 0);
    // Frees what fill() took.
    void unfill();
    qint64 freeBytes() const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_skipReason;
};
