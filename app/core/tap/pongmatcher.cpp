#include "core/tap/pongmatcher.h"

void PongMatcher::pingSent(const QByteArray &payload, qint64 sentUs)
{
    if (m_pending.size() >= MaxPending)
        m_pending.removeFirst();
    m_pending.append({ payload, sentUs });
}

qint64 PongMatcher::pongReceived(const QByteArray &payload, qint64 receivedUs)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).payload == payload) {
            const qint64 rtt = receivedUs - m_pending.at(i).sentUs;
            m_pending.remove(0, i + 1);
            return rtt;
        }
    }
    return Unsolicited;
}
