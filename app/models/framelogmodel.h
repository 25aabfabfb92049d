#pragma once

#include "core/log/event.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTimer>

#include <array>
#include <deque>
#include <vector>

class EventLog;

// The frame log: one row per log row (LogRules::isRow) of a session's EventLog, built for
// millions of rows (docs/ARCHITECTURE.md, "The million-row frame log"). The EventLog owns the
// events; a row is only the event's sequence number (8 bytes, like the frame numbers of
// Wireshark's packet list), and display strings come from EventFormatter in data() on demand.
// Arrivals are queued and inserted as one beginInsertRows per flush (at most ~30 Hz); what the
// log's cap evicts leaves the model as one removal per eviction, before any row could point at
// an event that is gone.
//
// Under a flood the event loop may run the flush timer late (socket reads keep it busy), so an
// arrival also flushes by itself once the queue is older than MaxPendingAgeMs or longer than
// MaxPendingEvents: inserts stay small and regular.
//
// clear() empties the view only; the log keeps its events (for export). While paused, arrivals
// are counted but not inserted; resuming inserts them as one batch.
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
        RowStyleRole,                 // int(RowStyle)
    };
    // How a row is drawn: most are events; the start of a connection attempt is drawn as a
    // separator line between attempts (derived from its State event, never a stored row of its
    // own), and the Close record as the end of a connection rather than a frame.
    enum class RowStyle { Event, AttemptSeparator, ConnectionEnd };
    enum class TimeFormat { Absolute, Relative };

    // Flushes at most this often while events keep arriving (≈30 Hz).
    static constexpr int FlushIntervalMs = 33;
    // An arrival flushes at once when the queue is this old (the timer is late) ...
    static constexpr int MaxPendingAgeMs = 2 * FlushIntervalMs;
    // ... or this long.
    static constexpr qsizetype MaxPendingEvents = 65536;

    explicit FrameLogModel(QObject *parent = nullptr);

    // The log whose rows to show (not owned; it must outlive the model or be unset first). Its
    // current rows are queued at once; nullptr detaches.
    void setLog(const EventLog *log);
    const EventLog *log() const { return m_log; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The flags of every cell (selectable, enabled, never has children).
    static Qt::ItemFlags rowFlags() { return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies everything queued now, as one insert (nothing while paused).
    void flush();
    // Rows queued for the next flush (while paused: the rows that arrived since).
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }

    // Rows the log's cap evicted since the model was attached.
    quint64 evictedCount() const { return m_evicted; }

    // The event of a row (0 <= row < rowCount()).
    const Event &eventAt(int row) const;
    // 1-based number of the connection attempt a State Connecting event `seq` starts (counted
    // over what the log held since setLog()), or 0.
    int attemptNumber(quint64 seq) const;
    // The row showing event `seq`, or -1.
    int rowOfSeq(quint64 seq) const;
    // Empties the view; the log keeps everything.
    void clear();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    void setTimeFormat(TimeFormat format);
    TimeFormat timeFormat() const { return m_timeFormat; }

signals:
    void evictedCountChanged(quint64 count);

private:
    void onAppended(const Event &event);
    void onEvicted();
    void onCleared();
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

    const EventLog *m_log = nullptr;
    QList<QMetaObject::Connection> m_connections;
    std::deque<quint64> m_rows;     // sequence numbers into m_log, ascending
    std::vector<quint64> m_pending;
    std::vector<quint64> m_attemptStarts; // seqs of the attempts' State Connecting events, ascending
    QTimer m_flushTimer;
    QElapsedTimer m_sinceFlush;
    QElapsedTimer m_pendingSince; // since the oldest queued event arrived
    mutable std::array<TimeCacheEntry, TimeCacheSize> m_timeCache;
    quint64 m_evicted = 0;
    qint64 m_originMs = -1; // wall time of the first row since clear(): 0 of relative time
    TimeFormat m_timeFormat = TimeFormat::Absolute;
    bool m_paused = false;
};
