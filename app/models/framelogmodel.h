#pragma once

#include "core/log/event.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QString>
#include <QTimer>

#include <array>
#include <deque>
#include <vector>

// The frame log: one row per event of a session, built for millions of rows (docs/ARCHITECTURE.md, "The
// million-row frame log"). A row is the thin Event record itself; display strings come from
// EventFormatter in data() on demand. Arrivals are queued and inserted as one
// beginInsertRows per flush (at most ~30 Hz), a cap by rows and payload bytes evicts the oldest
// rows before inserting and counts them.
//
// Under a flood the event loop may run the flush timer late (socket reads keep it busy), so
// appendEvent() also flushes by itself once the queue is older than MaxPendingAgeMs or longer than
// MaxPendingEvents: inserts stay small and regular, and the queue's memory stays bounded.
//
// Message events (reassembled data messages) repeat what the frames already show when the wire
// tap is on, so by default (ShowMessages::Auto) they are rows only while no Frame event has
// arrived, i.e. when frames are unknown (tap off). Hidden Message events are kept, so switching
// the option brings them back in place.
class FrameLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DirectionColumn, TypeColumn, LengthColumn, SummaryColumn, ColumnCount };
    enum Role {
        EventRole = Qt::UserRole + 1, // QVariant::fromValue(Event)
        KindRole,                     // int(EventKind)
        DirectionRole,                // int(Direction)
        SeqRole,                      // qulonglong
        IsErrorRole,                  // bool: error, refused/invalid handshake, unclean close
    };
    enum class TimeFormat { Absolute, Relative };
    enum class ShowMessages { Auto, Always, Never };

    // Flushes at most this often while events keep arriving (≈30 Hz).
    static constexpr int FlushIntervalMs = 33;
    // appendEvent() flushes at once when the queue is this old (the timer is late) ...
    static constexpr int MaxPendingAgeMs = 2 * FlushIntervalMs;
    // ... or this long.
    static constexpr qsizetype MaxPendingEvents = 65536;

    explicit FrameLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The flags of every cell (selectable, enabled, never has children).
    static Qt::ItemFlags rowFlags() { return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Queues the event; it becomes a row at the next flush (a zero-delay flush after a quiet
    // period, else within FlushIntervalMs).
    void appendEvent(const Event &event);
    // Queues many (e.g. a whole EventLog when a view opens).
    void appendEvents(const std::deque<Event> &events);
    // Applies everything queued now, as one insert.
    void flush();
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }

    // 0 = unlimited. Applies to the rows held now, too.
    void setCap(qsizetype maxRows, qint64 maxPayloadBytes);
    qsizetype maxRows() const { return m_maxRows; }
    qint64 maxPayloadBytes() const { return m_maxPayloadBytes; }
    // Rows evicted by the cap since construction or the last clear().
    quint64 evictedCount() const { return m_evicted; }
    // Payload bytes of the rows held.
    qint64 payloadBytes() const { return m_payloadBytes; }

    // The event of a row (0 <= row < rowCount()).
    const Event &eventAt(int row) const;
    void clear();

    void setTimeFormat(TimeFormat format);
    TimeFormat timeFormat() const { return m_timeFormat; }

    void setShowMessages(ShowMessages show);
    void setShowMessages(bool show) { setShowMessages(show ? ShowMessages::Always : ShowMessages::Never); }
    ShowMessages showMessages() const { return m_showMessages; }
    // Whether Message events are rows right now (Auto: until the first Frame event).
    bool messagesVisible() const;

signals:
    void evictedCountChanged(quint64 count);

private:
    bool isVisible(const Event &event) const;
    // Evicts `count` rows from the front (the caller has checked the count).
    void evictFront(qsizetype count);
    // Drops hidden messages older than the oldest row, or beyond the row cap.
    void trimHidden();
    void hideMessageRows();
    void scheduleFlush();
    // Flushes now if the queue is overdue (see MaxPendingAgeMs, MaxPendingEvents).
    void flushIfOverdue();
    // EventFormatter::absoluteTime(wallMs), with the "hh:mm:ss." part cached per second.
    QString absoluteTimeText(qint64 wallMs) const;

    struct TimeCacheEntry
    {
        qint64 second = 0;
        QString prefix; // "hh:mm:ss."; empty: unused
    };
    // Direct-mapped by the second: a view paints neighbouring rows, mostly of the same seconds.
    static constexpr size_t TimeCacheSize = 64;

    std::deque<Event> m_rows;
    std::deque<Event> m_hiddenMessages; // seq order
    std::vector<Event> m_pending;
    std::vector<Event> m_flushing; // the batch being applied; kept to reuse its capacity
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
    QElapsedTimer m_pendingSince; // since the oldest queued event arrived
    mutable std::array<TimeCacheEntry, TimeCacheSize> m_timeCache;
    qsizetype m_maxRows = 0;
    qint64 m_maxPayloadBytes = 0;
    qint64 m_payloadBytes = 0;
    quint64 m_evicted = 0;
    qint64 m_originMs = -1; // wall time of the first event since clear(): 0 of relative time
    TimeFormat m_timeFormat = TimeFormat::Absolute;
    ShowMessages m_showMessages = ShowMessages::Auto;
    bool m_framesSeen = false;
};
