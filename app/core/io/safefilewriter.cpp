#include "core/io/safefilewriter.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

SafeFileWriter::SafeFileWriter(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_path(path)
    , m_file(path)
{
}

SafeFileWriter::~SafeFileWriter()
{
    cancel();
}

void SafeFileWriter::fail(const QString &reason)
{
    if (!m_error.isEmpty()) // the first failure is the one that explains the others
        return;
    m_reason = reason;
    m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
}

bool SafeFileWriter::open(OpenMode mode)
{
    if ((mode & ~QIODevice::Unbuffered) != QIODevice::WriteOnly || isOpen()) {
        fail(tr("it can only be opened once, to write"));
        return false;
    }
    // Unbuffered, on purpose (Qt 6.4, checked on a full tmpfs): a buffered QSaveFile keeps writes
    // under 16 KiB in memory and flushes them in commit(), which ignores that flush's ENOSPC and
    // still returns true. The target is then replaced by an empty file: a full disk silently
    // emptied a profile, and the next save copied that empty file over the .bak. Even an explicit
    // flush() that returns false does not stop a later commit() from renaming the truncated file
    // into place. Unbuffered, each write reaches the file system at once, so the error is seen
    // in writeData() and commit() refuses.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        fail(m_file.errorString());
        return false;
    }
    // QSaveFile gives the new file the old one's permissions; profiles and exports may hold
    // tokens, so they are the owner's alone whatever they were. Not fatal: some file systems
    // (FAT, SMB) have no such bits, and refusing an export there would help nobody.
    m_file.setPermissions(FilePermissions);
    return QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 SafeFileWriter::readData(char *, qint64)
{
    return -1;
}

qint64 SafeFileWriter::writeData(const char *data, qint64 size)
{
    if (hasFailed())
        return -1;
    qint64 done = 0;
    while (done < size) {
        // A write the disk cannot take whole returns what fitted, without an error; writing the
        // rest then fails with the OS reason (ENOSPC), which is what the user must see.
        const qint64 n = m_file.write(data + done, size - done);
        if (n <= 0) {
            fail(n < 0 ? m_file.errorString() : tr("the file system accepted no more data"));
            setErrorString(m_error);
            discardTemporaryFile(); // frees the space at once; commit() will refuse
            return -1;
        }
        done += n;
    }
    return size;
}

bool SafeFileWriter::commit()
{
    if (hasFailed()) {
        cancel();
        return false;
    }
    if (!isOpen() || !m_file.isOpen()) {
        fail(tr("the file was not open for writing"));
        return false;
    }
#ifdef Q_OS_UNIX
    // QSaveFile syncs too but ignores the result; on network and some local file systems a
    // full disk or a lost server only shows up here.
    if (::fsync(m_file.handle()) != 0) {
        fail(qt_error_string(errno));
        cancel();
        return false;
    }
#endif
    if (!m_file.commit()) {
        fail(m_file.errorString());
        QIODevice::close();
        return false;
    }
    QIODevice::close();
    return true;
}

void SafeFileWriter::discardTemporaryFile()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // after cancelWriting(), this only removes the temporary file
    }
}

void SafeFileWriter::cancel()
{
    discardTemporaryFile();
    if (isOpen())
        QIODevice::close();
}

bool SafeFileWriter::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    SafeFileWriter file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
    if (!ok && error)
        *error = file.errorMessage();
    return ok;
}

bool SafeFileWriter::makeDirectory(const QString &path, QString *error)
{
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(target).isDir())
        return true;
    // QDir::mkpath() has no permissions; create each missing level from the top down instead.
    QStringList missing;
    for (QString level = target; !QFileInfo::exists(level);) {
        missing.prepend(level);
        const QString parent = QFileInfo(level).absolutePath();
        if (parent == level)
            break;
        level = parent;
    }
    const QDir root;
    for (const QString &level : std::as_const(missing)) {
        errno = 0;
        if (root.mkdir(level, DirectoryPermissions))
            continue;
        const int reason = errno;
        if (QFileInfo(level).isDir()) // made meanwhile by another instance: fine
            continue;
        if (error)
            *error = tr("Cannot create the folder %1: %2")
                             .arg(QDir::toNativeSeparators(level),
                                  reason != 0 ? qt_error_string(reason) : tr("unknown reason"));
        return false;
    }
    if (!QFileInfo(target).isDir()) {
        if (error)
            *error = tr("Cannot create the folder %1: %2")
                             .arg(QDir::toNativeSeparators(target), tr("a file of that name is in the way"));
        return false;
    }
    return true;
}
