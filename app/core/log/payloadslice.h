#pragma once

#include <QByteArray>
#include <QByteArrayView>

// A payload that shares the buffer it arrived in. The wire tap reads a socket in chunks of many
// frames; an unmasked frame's payload lies inside such a chunk, and a slice refers to it there
// (the chunk's reference count keeps it alive) instead of copying it into an allocation of its
// own: under a flood of small frames that is one malloc and one copy less per frame, and the
// log's memory per frame shrinks by the allocation's header and rounding.
//
// A slice is an ordinary QByteArray: reading is free, any change detaches it (a copy), and the
// chunk is freed when its last slice goes. Its bytes are not followed by a '\0' (Qt's own code
// relies on sizes, as every caller here does). Qt 6's QByteArray is a (header, begin, size)
// triple, so a slice is that triple with a begin inside the chunk.
class PayloadSlice
{
public:
    // `view` as a slice of `owner` when it lies inside owner's own buffer, else a copy.
    static QByteArray of(const QByteArray &owner, QByteArrayView view);
    // Whether `slice` shares `owner`'s buffer.
    static bool shares(const QByteArray &slice, const QByteArray &owner);
};
