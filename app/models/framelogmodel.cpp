#include "models/framelogmodel.h"

#include "core/export/eventformatter.h"

#include <QColor>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <iterator>

namespace {

bool bySeq(const Event &a, const Event &b)
{
    return a.seq < b.seq;
}

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
    const Event &event = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
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
        if (index.column() == DirectionColumn && event.kind != EventKind::HandshakeRequest
            && event.kind != EventKind::HandshakeResponse) {
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

void FrameLogModel::appendEvent(const Event &event)
{
    if (m_pending.empty())
        m_pendingSince.start();
    m_pending.push_back(event);
    flushIfOverdue();
}

void FrameLogModel::appendEvents(const std::deque<Event> &events)
{
    if (events.empty())
        return;
    if (m_pending.empty())
        m_pendingSince.start();
    // A handover (a resumed view) stays one batch, however long: one insert at the next flush.
    m_pending.insert(m_pending.end(), events.begin(), events.end());
    scheduleFlush();
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

bool FrameLogModel::messagesVisible() const
{
    switch (m_showMessages) {
    case ShowMessages::Always: return true;
    case ShowMessages::Never: return false;
    case ShowMessages::Auto: break;
    }
    return !m_framesSeen;
}

bool FrameLogModel::isVisible(const Event &event) const
{
    return event.kind != EventKind::Message || messagesVisible();
}

void FrameLogModel::flush()
{
    m_flushTimer.stop();
    m_sinceFlush.start();
    if (m_pending.empty())
        return;
    // The batch moves to a second buffer (an append from a slot of our signals queues as
    // usual); both buffers keep their capacity, so a stream does not reallocate every flush.
    std::vector<Event> pending;
    pending.swap(m_flushing);
    pending.swap(m_pending);

    if (m_originMs < 0)
        m_originMs = pending.front().wallMs;
    if (!m_framesSeen
        && std::any_of(pending.begin(), pending.end(), [](const Event &e) { return e.kind == EventKind::Frame; })) {
        m_framesSeen = true;
        // Auto: the frames tell the story now; the messages shown so far step back.
        if (m_showMessages == ShowMessages::Auto)
            hideMessageRows();
    }

    // Split the batch into new rows (compacted in place) and hidden messages.
    size_t visible = 0;
    for (size_t i = 0; i < pending.size(); ++i) {
        if (!isVisible(pending[i])) {
            m_hiddenMessages.push_back(std::move(pending[i]));
            continue;
        }
        if (i != visible)
            pending[visible] = std::move(pending[i]);
        ++visible;
    }
    pending.erase(pending.begin() + qsizetype(visible), pending.end());
    std::vector<Event> &incoming = pending;

    // Evict before inserting (no ghost rows: a view never shows a row that is already gone).
    // First what of the batch itself cannot fit, then the oldest rows.
    size_t skip = 0;
    qint64 incomingBytes = 0;
    for (const Event &event : incoming)
        incomingBytes += event.payload.size();
    if (m_maxRows > 0 && qsizetype(incoming.size()) > m_maxRows)
        skip = incoming.size() - size_t(m_maxRows);
    for (size_t i = 0; i < skip; ++i)
        incomingBytes -= incoming[i].payload.size();
    if (m_maxPayloadBytes > 0) {
        // Keep at least the newest event, whatever its size.
        while (skip + 1 < incoming.size() && incomingBytes > m_maxPayloadBytes) {
            incomingBytes -= incoming[skip].payload.size();
            ++skip;
        }
    }
    const qsizetype keep = qsizetype(incoming.size() - skip);
    qsizetype evict = 0;
    if (m_maxRows > 0)
        evict = qMax<qsizetype>(0, qsizetype(m_rows.size()) + keep - m_maxRows);
    if (m_maxPayloadBytes > 0) {
        qint64 bytes = m_payloadBytes;
        for (qsizetype i = 0; i < evict; ++i)
            bytes -= m_rows[size_t(i)].payload.size();
        while (evict < qsizetype(m_rows.size()) && bytes + incomingBytes > m_maxPayloadBytes) {
            bytes -= m_rows[size_t(evict)].payload.size();
            ++evict;
        }
    }
    const quint64 evictedBefore = m_evicted;
    m_evicted += skip;
    if (evict > 0)
        evictFront(evict);

    if (keep > 0) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(keep) - 1);
        for (size_t i = skip; i < incoming.size(); ++i) {
            m_payloadBytes += incoming[i].payload.size();
            m_rows.push_back(std::move(incoming[i]));
        }
        endInsertRows();
    }
    trimHidden();
    // Keep the buffer for the next batch unless a handover made it huge.
    pending.clear();
    if (pending.capacity() <= size_t(MaxPendingEvents))
        m_flushing.swap(pending);
    if (m_evicted != evictedBefore)
        emit evictedCountChanged(m_evicted);
}

void FrameLogModel::evictFront(qsizetype count)
{
    beginRemoveRows(QModelIndex(), 0, int(count) - 1);
    for (qsizetype i = 0; i < count; ++i) {
        m_payloadBytes -= m_rows.front().payload.size();
        m_rows.pop_front();
    }
    endRemoveRows();
    m_evicted += quint64(count);
}

void FrameLogModel::trimHidden()
{
    // Hidden messages older than the oldest row went with it; beyond the row cap, nothing could
    // show them anyway.
    if (m_hiddenMessages.empty())
        return;
    if (m_evicted > 0 && !m_rows.empty()) {
        const quint64 oldest = m_rows.front().seq;
        while (!m_hiddenMessages.empty() && m_hiddenMessages.front().seq < oldest)
            m_hiddenMessages.pop_front();
    }
    while (m_maxRows > 0 && qsizetype(m_hiddenMessages.size()) > m_maxRows)
        m_hiddenMessages.pop_front();
}

void FrameLogModel::hideMessageRows()
{
    // Removes the Message rows, one beginRemoveRows per contiguous run, newest run first so the
    // row numbers of the runs still to remove stay valid.
    int row = int(m_rows.size()) - 1;
    std::vector<Event> moved;
    while (row >= 0) {
        if (m_rows[size_t(row)].kind != EventKind::Message) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && m_rows[size_t(row - 1)].kind == EventKind::Message)
            --row;
        beginRemoveRows(QModelIndex(), row, last);
        const auto begin = m_rows.begin() + row;
        const auto end = m_rows.begin() + last + 1;
        for (auto it = begin; it != end; ++it) {
            m_payloadBytes -= it->payload.size();
            moved.push_back(std::move(*it));
        }
        m_rows.erase(begin, end);
        endRemoveRows();
        --row;
    }
    if (moved.empty())
        return;
    std::sort(moved.begin(), moved.end(), bySeq);
    std::deque<Event> merged;
    std::merge(std::make_move_iterator(m_hiddenMessages.begin()), std::make_move_iterator(m_hiddenMessages.end()),
               std::make_move_iterator(moved.begin()), std::make_move_iterator(moved.end()),
               std::back_inserter(merged), bySeq);
    m_hiddenMessages.swap(merged);
}

void FrameLogModel::setCap(qsizetype maxRows, qint64 maxPayloadBytes)
{
    m_maxRows = qMax<qsizetype>(0, maxRows);
    m_maxPayloadBytes = qMax<qint64>(0, maxPayloadBytes);
    qsizetype evict = 0;
    if (m_maxRows > 0)
        evict = qMax<qsizetype>(0, qsizetype(m_rows.size()) - m_maxRows);
    if (m_maxPayloadBytes > 0) {
        qint64 bytes = m_payloadBytes;
        for (qsizetype i = 0; i < evict; ++i)
            bytes -= m_rows[size_t(i)].payload.size();
        while (evict + 1 < qsizetype(m_rows.size()) && bytes > m_maxPayloadBytes) {
            bytes -= m_rows[size_t(evict)].payload.size();
            ++evict;
        }
    }
    if (evict > 0) {
        evictFront(evict);
        trimHidden();
        emit evictedCountChanged(m_evicted);
    }
}

const Event &FrameLogModel::eventAt(int row) const
{
    Q_ASSERT(row >= 0 && row < int(m_rows.size()));
    return m_rows[size_t(row)];
}

void FrameLogModel::clear()
{
    const bool hadEvicted = m_evicted != 0;
    beginResetModel();
    m_rows.clear();
    m_hiddenMessages.clear();
    m_pending.clear();
    m_flushTimer.stop();
    // Also forgets the cached times (a changed time zone shows after a clear).
    m_timeCache.fill(TimeCacheEntry());
    m_payloadBytes = 0;
    m_evicted = 0;
    m_originMs = -1;
    m_framesSeen = false;
    endResetModel();
    if (hadEvicted)
        emit evictedCountChanged(0);
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

void FrameLogModel::setShowMessages(ShowMessages show)
{
    if (show == m_showMessages)
        return;
    flush();
    beginResetModel();
    m_showMessages = show;
    std::deque<Event> all;
    std::merge(std::make_move_iterator(m_rows.begin()), std::make_move_iterator(m_rows.end()),
               std::make_move_iterator(m_hiddenMessages.begin()), std::make_move_iterator(m_hiddenMessages.end()),
               std::back_inserter(all), bySeq);
    m_rows.clear();
    m_hiddenMessages.clear();
    m_payloadBytes = 0;
    for (Event &event : all) {
        if (isVisible(event)) {
            m_payloadBytes += event.payload.size();
            m_rows.push_back(std::move(event));
        } else {
            m_hiddenMessages.push_back(std::move(event));
        }
    }
    endResetModel();
    // Showing the messages again may exceed the cap: it applies as always.
    setCap(m_maxRows, m_maxPayloadBytes);
}
