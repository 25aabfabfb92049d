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
    // Threads of this process, or -1.
    static int threadCount();
    // Bytes malloc has handed out and not been given back (glibc mallinfo2), in KiB: unlike RSS,
    // it does not count memory that was freed but stays mapped.
    static qint64 heapInUseKiB();
    // VmRSS in KiB after malloc gave the freed memory it holds back to the system (malloc_trim):
    // what RSS grew by beyond this was freed already and kept mapped by the allocator.
    static qint64 trimmedResidentKiB();
    // Entries of `after` not matched one for one in `before` ("+ target"), and the reverse ("- target").
    static QStringList difference(const QStringList &before, const QStringList &after);
};
