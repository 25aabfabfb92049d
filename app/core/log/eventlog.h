#pragma once

#include "core/log/event.h"

#include <QElapsedTimer>
#include <QObject>

#include <deque>

// A session's log: every event in order, with sequence numbers and both clocks stamped on
// append. Optionally capped by events and payload bytes; the oldest events are evicted first
// and counted, so the UI can say what it no longer holds.
class EventLog : public QObject
{
    Q_OBJECT

public:
    explicit EventLog(QObject *parent = nullptr);

    // Stamps seq, wallMs and monoUs (unless already set) and stores the event.
    const Event &append(Event event);

    qsizetype size() const { return qsizetype(m_events.size()); }
    bool isEmpty() const { return m_events.empty(); }
    const Event &at(qsizetype i) const { return m_events[size_t(i)]; }
    // All events still held, oldest first.
    const std::deque<Event> &events() const { return m_events; }

    // 0 = unlimited.
    void setCap(qsizetype maxEvents, qint64 maxPayloadBytes);
    quint64 evictedCount() const { return m_evicted; }
    qint64 payloadBytes() const { return m_payloadBytes; }
    quint64 lastSeq() const { return m_nextSeq - 1; }
    // µs since this log was created, on the monotonic clock used for monoUs.
    qint64 elapsedUs() const { return m_clock.nsecsElapsed() / 1000; }

    void clear();

signals:
    void appended(const Event &event);
    void evicted(qsizetype count);
    void cleared();

private:
    void enforceCap();

    std::deque<Event> m_events;
    QElapsedTimer m_clock;
    quint64 m_nextSeq = 1;
    quint64 m_evicted = 0;
    qint64 m_payloadBytes = 0;
    qsizetype m_maxEvents = 0;
    qint64 m_maxPayloadBytes = 0;
};
