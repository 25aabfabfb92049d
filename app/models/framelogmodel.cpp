#include "models/framelogmodel.h"

#include "core/export/eventformatter.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QStringBuilder>

#include <algorithm>
#include <iterator>

namespace {

// A red readable on the current background: dark on light themes, light on dark ones.
QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x20);
}

} // namespace

FrameLogModel::FrameLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &FrameLogModel::flush);
}

int FrameLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FrameLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrameLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Event &event = eventAt(index.row());
    const bool separator = LogRules::startsAttempt(event);
    switch (role) {
    case Qt::DisplayRole:
        if (separator && index.column() == DirectionColumn)
            return QString();
        if (separator && index.column() == SummaryColumn)
            // The state's own message says where it connects ("Connecting to ws://…"): the
            // separator already says that an attempt starts.
            return QString(EventFormatter::attemptSeparator(attemptNumber(event.seq), event) % QLatin1Char(' ')
                           % (event.detail && !event.detail->text.isEmpty() ? event.detail->text
                                                                           : EventFormatter::summary(event)));
        switch (index.column()) {
        case TimeColumn:
            return m_timeFormat == TimeFormat::Absolute ? absoluteTimeText(event.wallMs)
                                                        : EventFormatter::relativeTime(event.wallMs, m_originMs);
        case DirectionColumn:
            return EventFormatter::arrow(event);
        case TypeColumn:
            return EventFormatter::typeName(event);
        case LengthColumn: {
            const qint64 length = EventFormatter::displayLength(event);
            return length >= 0 ? QVariant(length) : QVariant();
        }
        case SummaryColumn:
            return EventFormatter::summary(event);
        }
        return QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(event.wallMs).toString(Qt::ISODateWithMs);
        case DirectionColumn:
            return EventFormatter::directionName(event);
        case SummaryColumn:
            return EventFormatter::summary(event, 1000);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == LengthColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (index.column() == DirectionColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return QVariant();
    case Qt::ForegroundRole: {
        // Palette colours, so the log stays readable in dark mode (docs/ARCHITECTURE.md); the arrow
        // carries the direction without colour too.
        const QPalette palette = QGuiApplication::palette();
        if (EventFormatter::isError(event))
            return errorColor(palette);
        if (index.column() == DirectionColumn && event.kind != EventKind::Close) {
            if (event.dir == Direction::Out)
                return palette.color(QPalette::Link);
            if (event.dir == Direction::In)
                return palette.color(QPalette::LinkVisited);
        }
        return QVariant();
    }
    case EventRole:
        return QVariant::fromValue(event);
    case KindRole:
        return int(event.kind);
    case DirectionRole:
        return int(event.dir);
    case SeqRole:
        return qulonglong(event.seq);
    case IsErrorRole:
        return EventFormatter::isError(event);
    case RowStyleRole:
        if (separator)
            return int(RowStyle::AttemptSeparator);
        return int(event.kind == EventKind::Close ? RowStyle::ConnectionEnd : RowStyle::Event);
    }
    return QVariant();
}

Qt::ItemFlags FrameLogModel::flags(const QModelIndex &index) const
{
    // Without the base class's index check: a view asks this for every row it lays out.
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    return rowFlags();
}

QString FrameLogModel::absoluteTimeText(qint64 wallMs) const
{
    // Formatting a local time costs microseconds (time zone lookup, QDateTime::toString), and a
    // view repaints the same few seconds over and over. UTC offsets are whole seconds, so
    // "hh:mm:ss" is the same for every millisecond of one second: that part is cached, the
    // milliseconds are appended.
    const qint64 second = wallMs >= 0 ? wallMs / 1000 : -((-wallMs + 999) / 1000); // floor
    const int ms = int(wallMs - second * 1000);
    TimeCacheEntry &entry = m_timeCache[size_t(second) % TimeCacheSize];
    if (entry.prefix.isEmpty() || entry.second != second) {
        QString text = EventFormatter::absoluteTime(second * 1000); // "hh:mm:ss.000"
        if (text.size() < 4)
            return EventFormatter::absoluteTime(wallMs);
        text.chop(3);
        entry.prefix = text;
        entry.second = second;
    }
    const qsizetype prefixSize = entry.prefix.size();
    QString text(prefixSize + 3, Qt::Uninitialized);
    QChar *out = text.data();
    std::copy(entry.prefix.cbegin(), entry.prefix.cend(), out);
    out[prefixSize] = QLatin1Char(char('0' + ms / 100));
    out[prefixSize + 1] = QLatin1Char(char('0' + ms / 10 % 10));
    out[prefixSize + 2] = QLatin1Char(char('0' + ms % 10));
    return text;
}

QVariant FrameLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Dir");
    case TypeColumn: return tr("Type");
    case LengthColumn: return tr("Length");
    case SummaryColumn: return tr("Summary");
    }
    return QVariant();
}

void FrameLogModel::setLog(const EventLog *log)
{
    if (log == m_log)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_flushTimer.stop();
    m_attemptStarts.clear();
    m_evicted = 0;
    m_originMs = -1;
    m_log = log;
    endResetModel();
    if (!m_log)
        return;
    m_connections = {
        connect(m_log, &EventLog::appended, this, &FrameLogModel::onAppended),
        connect(m_log, &EventLog::evicted, this, &FrameLogModel::onEvicted),
        connect(m_log, &EventLog::cleared, this, &FrameLogModel::onCleared),
        connect(m_log, &QObject::destroyed, this, [this] { setLog(nullptr); }),
    };
    // A view opened on a running session: what the log holds becomes one batch (one insert).
    for (const Event &event : m_log->events()) {
        if (LogRules::startsAttempt(event))
            m_attemptStarts.push_back(event.seq);
        if (LogRules::isRow(event))
            m_pending.push_back(event.seq);
    }
    if (!m_pending.empty()) {
        m_pendingSince.start();
        scheduleFlush();
    }
}

void FrameLogModel::onAppended(const Event &event)
{
    if (LogRules::startsAttempt(event))
        m_attemptStarts.push_back(event.seq);
    if (!LogRules::isRow(event))
        return;
    if (m_pending.empty())
        m_pendingSince.start();
    m_pending.push_back(event.seq);
    if (!m_paused)
        flushIfOverdue();
}

void FrameLogModel::onEvicted()
{
    // Before any view can ask for a row whose event is gone: the evicted rows leave now, as one
    // removal (the log evicts in chunks, see EventLog::EvictionSlack).
    const quint64 first = m_log->firstSeq();
    const auto firstKept = std::lower_bound(m_rows.cbegin(), m_rows.cend(), first);
    const qsizetype gone = firstKept - m_rows.cbegin();
    if (gone > 0) {
        beginRemoveRows(QModelIndex(), 0, int(gone) - 1);
        m_rows.erase(m_rows.cbegin(), firstKept);
        endRemoveRows();
    }
    const auto pendingKept = std::lower_bound(m_pending.cbegin(), m_pending.cend(), first);
    const qsizetype pendingGone = pendingKept - m_pending.cbegin();
    m_pending.erase(m_pending.cbegin(), pendingKept);
    if (gone + pendingGone > 0) {
        m_evicted += quint64(gone + pendingGone);
        emit evictedCountChanged(m_evicted);
    }
}

void FrameLogModel::onCleared()
{
    clear();
}

void FrameLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!m_paused)
        flush(); // everything that arrived meanwhile, as one insert
}

void FrameLogModel::flushIfOverdue()
{
    const qsizetype queued = qsizetype(m_pending.size());
    // The clock is read every 64 events only: a flood brings thousands per flush interval.
    if (queued >= MaxPendingEvents || (queued % 64 == 0 && m_pendingSince.elapsed() >= MaxPendingAgeMs))
        flush();
    else
        scheduleFlush();
}

void FrameLogModel::scheduleFlush()
{
    if (m_flushTimer.isActive())
        return;
    // The first arrival after a quiet period shows at once (zero delay); a stream is batched.
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : FlushIntervalMs;
    const qint64 delay = qBound(qint64(0), qint64(FlushIntervalMs) - since, qint64(FlushIntervalMs));
    m_flushTimer.start(int(delay));
}

void FrameLogModel::flush()
{
    m_flushTimer.stop();
    if (m_paused || !m_log)
        return;
    m_sinceFlush.start();
    if (m_pending.empty())
        return;
    if (m_originMs < 0) {
        if (const Event *first = m_log->find(m_pending.front()))
            m_originMs = first->wallMs;
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    m_rows.insert(m_rows.end(), m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    endInsertRows();
    // Keep the buffer for the next batch unless a handover made it huge.
    if (m_pending.capacity() > size_t(MaxPendingEvents))
        std::vector<quint64>().swap(m_pending);
}

const Event &FrameLogModel::eventAt(int row) const
{
    Q_ASSERT(row >= 0 && row < int(m_rows.size()));
    // Evicted rows leave the model before the log lets go of them; the fallback is for a log
    // that was destroyed under a view.
    static const Event gone;
    const Event *event = m_log ? m_log->find(m_rows[size_t(row)]) : nullptr;
    Q_ASSERT(event);
    return event ? *event : gone;
}

int FrameLogModel::attemptNumber(quint64 seq) const
{
    const auto it = std::lower_bound(m_attemptStarts.cbegin(), m_attemptStarts.cend(), seq);
    return it != m_attemptStarts.cend() && *it == seq ? int(it - m_attemptStarts.cbegin()) + 1 : 0;
}

int FrameLogModel::rowOfSeq(quint64 seq) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), seq);
    return it != m_rows.cend() && *it == seq ? int(it - m_rows.cbegin()) : -1;
}

void FrameLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_flushTimer.stop();
    // Also forgets the cached times (a changed time zone shows after a clear).
    m_timeCache.fill(TimeCacheEntry());
    m_originMs = -1;
    endResetModel();
    // A cleared view starts afresh: its "N evicted" note would speak of rows it never shows again.
    if (m_evicted != 0) {
        m_evicted = 0;
        emit evictedCountChanged(0);
    }
}

void FrameLogModel::setTimeFormat(TimeFormat format)
{
    if (format == m_timeFormat)
        return;
    // One layout change instead of a dataChanged over every row (Wireshark's 9 s at
    // 12 M rows).
    emit layoutAboutToBeChanged();
    m_timeFormat = format;
    emit layoutChanged();
}
