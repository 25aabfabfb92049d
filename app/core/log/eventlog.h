#pragma once

#include "core/log/event.h"

#include <QElapsedTimer>
#include <QObject>

#include <deque>

// A session's log: every event in order, with sequence numbers and both clocks stamped on
// append. It is the one owner of events: views keep sequence numbers into it (like Wireshark's
// packet list keeps frame numbers), so a cap and its eviction are written here alone.
// Optionally capped by events and payload bytes; the oldest events are evicted first and
// counted, so the UI can say what it no longer holds. Sequence numbers are consecutive, so an
// event is found by its number in O(1).
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

    // 0 = unlimited. Over the cap, the oldest events go until the log is 1/EvictionSlack below it.
    void setCap(qsizetype maxEvents, qint64 maxPayloadBytes);
    static constexpr qsizetype EvictionSlack = 64;
    qsizetype maxEvents() const { return m_maxEvents; }
    qint64 maxPayloadBytes() const { return m_maxPayloadBytes; }
    quint64 evictedCount() const { return m_evicted; }
    qint64 payloadBytes() const { return m_payloadBytes; }
    quint64 lastSeq() const { return m_nextSeq - 1; }
    // Sequence number of the oldest event held (lastSeq() + 1 when empty).
    quint64 firstSeq() const { return m_nextSeq - quint64(m_events.size()); }
    // The event numbered `seq`, or nullptr when it was evicted, cleared or not logged yet.
    const Event *find(quint64 seq) const;
    // µs since this log was created, on the monotonic clock used for monoUs.
    qint64 elapsedUs() const { return m_clock.nsecsElapsed() / 1000; }

    // Drops every event; sequence numbers go on (a view's numbers never point at a newer event).
    void clear();

signals:
    void appended(const Event &event);
    // The `count` oldest events are gone (by the cap, before the newest was appended).
    void evicted(qsizetype count);
    void cleared();

private:
    void enforceCap();

    std::deque<Event> m_events;
    QElapsedTimer m_clock;
    static constexpr qint64 WallResyncUs = 1000 * 1000;
    qint64 m_wallOffsetMs = 0;     // wall ms at monotonic 0, as last measured
    qint64 m_wallSyncedAtUs = -1;  // monotonic µs of that measurement; -1: never
    quint64 m_nextSeq = 1;
    quint64 m_evicted = 0;
    qint64 m_payloadBytes = 0;
    qsizetype m_maxEvents = 0;
    qint64 m_maxPayloadBytes = 0;
};
