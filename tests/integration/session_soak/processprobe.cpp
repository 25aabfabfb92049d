#include "processprobe.h"

#include <QFile>
#include <QRegularExpression>

#include <dirent.h>
#include <malloc.h>
#include <unistd.h>

namespace {

constexpr int MaxLinkLength = 4096;

// "socket:[123]" → "socket": the kind of descriptor, not which one (a new connection has a new inode).
QString kindOf(const QByteArray &target)
{
    static const QRegularExpression inode(QStringLiteral(":\\[\\d+\\]$"));
    return QString::fromLocal8Bit(target).remove(inode);
}

// The number after `field` in /proc/self/status, or -1.
qint64 statusField(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

QStringList ProcessProbe::openFileDescriptors()
{
    // opendir rather than QDir: it tells which descriptor is its own, to leave it out.
    QStringList targets;
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return targets;
    const int own = dirfd(dir);
    while (const dirent *entry = readdir(dir)) {
        bool isNumber = false;
        const int fd = QByteArray(entry->d_name).toInt(&isNumber);
        if (!isNumber || fd == own)
            continue;
        QByteArray target(MaxLinkLength, Qt::Uninitialized);
        const ssize_t length = readlinkat(own, entry->d_name, target.data(), size_t(target.size()));
        targets << (length < 0 ? QStringLiteral("(gone)") : kindOf(target.left(length)));
    }
    closedir(dir);
    targets.sort();
    return targets;
}

qint64 ProcessProbe::residentKiB()
{
    return statusField("VmRSS:");
}

int ProcessProbe::threadCount()
{
    return int(statusField("Threads:"));
}

qint64 ProcessProbe::heapInUseKiB()
{
    return qint64(mallinfo2().uordblks / 1024);
}

qint64 ProcessProbe::trimmedResidentKiB()
{
    malloc_trim(0);
    return residentKiB();
}

QStringList ProcessProbe::difference(const QStringList &before, const QStringList &after)
{
    QStringList remaining = before;
    QStringList lines;
    for (const QString &target : after) {
        if (!remaining.removeOne(target))
            lines << QStringLiteral("+ ") + target;
    }
    for (const QString &target : std::as_const(remaining))
        lines << QStringLiteral("- ") + target;
    return lines;
}
