#pragma once

#include <QStringList>
#include <QtGlobal>

// This process's open file descriptors and resident memory, read from /proc (Linux).
class ProcessProbe
{
public:
    // What each open descriptor points at, without the inode of sockets and pipes ("socket",
    // "pipe", "anon_inode:[eventfd]", a path), sorted; the descriptor used to list them is not
    // among them.
    static QStringList openFileDescriptors();
    // VmRSS in KiB, or -1.
    static qint64 residentKiB();
    // Entries of `after` not matched one for one in `before` ("+ target"), and the reverse ("- target").
    static QStringList difference(const QStringList &before, const QStringList &after);
};
