#include "core/tap/closetracker.h"

#include "core/protocol/closepayload.h"

bool CloseTracker::closeFrame(Direction dir, const FrameFields &frame, const QByteArray &payload)
{
    const bool first = !m_summary.outSeen && !m_summary.inSeen;
    if (dir == Direction::Out)
        m_summary.outSeen = true;
    else
        m_summary.inSeen = true;
    if (!first)
        return false;
    m_summary.first = dir;
    m_summary.frame = frame;
    m_summary.payload = payload;
    // RFC 6455 §7.1.5: no status code in the frame means 1005 ("no status received"). A malformed
    // payload is the decoder's to report; the summary keeps what it says (CloseVerdict judges it).
    const ClosePayload close = ClosePayload::parse(payload);
    m_summary.code = close.code;
    m_summary.reason = close.reason;
    return true;
}

bool CloseTracker::seen(Direction dir) const
{
    return dir == Direction::Out ? m_summary.outSeen : dir == Direction::In && m_summary.inSeen;
}
