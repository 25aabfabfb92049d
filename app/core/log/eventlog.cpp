#include "core/log/eventlog.h"

#include <QDateTime>

EventLog::EventLog(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

const Event &EventLog::append(Event event)
{
    event.seq = m_nextSeq++;
    // One clock read per event: the wall time follows the monotonic clock from an offset taken
    // again every WallResyncUs, so a flood pays for one clock, and a changed system time shows
    // within a second.
    const qint64 mono = elapsedUs();
    if (mono - m_wallSyncedAtUs >= WallResyncUs || m_wallSyncedAtUs < 0) {
        m_wallOffsetMs = QDateTime::currentMSecsSinceEpoch() - mono / 1000;
        m_wallSyncedAtUs = mono;
    }
    if (event.wallMs == 0)
        event.wallMs = m_wallOffsetMs + mono / 1000;
    if (event.monoUs == 0)
        event.monoUs = mono;
    m_payloadBytes += event.payload.size();
    // Evict before announcing (no "ghost rows": a listener never sees an event that is gone).
    m_events.push_back(std::move(event));
    enforceCap();
    const Event &stored = m_events.back();
    emit appended(stored);
    return m_events.back();
}

const Event *EventLog::find(quint64 seq) const
{
    const quint64 first = firstSeq();
    if (seq < first || seq >= m_nextSeq)
        return nullptr;
    return &m_events[size_t(seq - first)];
}

void EventLog::setCap(qsizetype maxEvents, qint64 maxPayloadBytes)
{
    m_maxEvents = maxEvents;
    m_maxPayloadBytes = maxPayloadBytes;
    enforceCap();
}

void EventLog::clear()
{
    m_events.clear();
    m_payloadBytes = 0;
    emit cleared();
}

void EventLog::enforceCap()
{
    const bool overRows = m_maxEvents > 0 && qsizetype(m_events.size()) > m_maxEvents;
    const bool overBytes = m_maxPayloadBytes > 0 && m_payloadBytes > m_maxPayloadBytes;
    if (!overRows && !overBytes)
        return;
    // Evict down to a little below the cap, not to exactly it: a full log then evicts once per
    // cap/EvictionSlack appends, and every view removes those rows in one change instead of one
    // row per arriving frame.
    const qsizetype rowTarget = m_maxEvents > 0 ? m_maxEvents - m_maxEvents / EvictionSlack : 0;
    const qint64 byteTarget = m_maxPayloadBytes > 0 ? m_maxPayloadBytes - m_maxPayloadBytes / EvictionSlack : 0;
    qsizetype dropped = 0;
    // Keep at least the newest event, whatever its size.
    while (m_events.size() > 1
           && ((m_maxEvents > 0 && qsizetype(m_events.size()) > rowTarget)
               || (m_maxPayloadBytes > 0 && m_payloadBytes > byteTarget))) {
        m_payloadBytes -= m_events.front().payload.size();
        m_events.pop_front();
        ++dropped;
    }
    if (dropped > 0) {
        m_evicted += quint64(dropped);
        emit evicted(dropped);
    }
}
