#include "models/framelogfiltermodel.h"

#include "models/framelogmodel.h"

#include <algorithm>
#include <vector>

FrameLogFilterModel::FrameLogFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void FrameLogFilterModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_log = qobject_cast<FrameLogModel *>(source);
    if (source) {
        m_connections
                << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                           &FrameLogFilterModel::onSourceRowsAboutToBeInserted)
                << connect(source, &QAbstractItemModel::rowsInserted, this, &FrameLogFilterModel::onSourceRowsInserted)
                << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                           &FrameLogFilterModel::onSourceRowsAboutToBeRemoved)
                << connect(source, &QAbstractItemModel::rowsRemoved, this, &FrameLogFilterModel::onSourceRowsRemoved)
                << connect(source, &QAbstractItemModel::dataChanged, this, &FrameLogFilterModel::onSourceDataChanged)
                << connect(source, &QAbstractItemModel::headerDataChanged, this,
                           &QAbstractItemModel::headerDataChanged)
                << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                           &FrameLogFilterModel::onSourceLayoutAboutToBeChanged)
                << connect(source, &QAbstractItemModel::layoutChanged, this,
                           &FrameLogFilterModel::onSourceLayoutChanged)
                // Anything else that reshapes the source is rare: handled as a reset.
                << connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                           &FrameLogFilterModel::onSourceResetBegin)
                << connect(source, &QAbstractItemModel::modelReset, this, &FrameLogFilterModel::onSourceResetEnd)
                << connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
                           &FrameLogFilterModel::onSourceResetBegin)
                << connect(source, &QAbstractItemModel::rowsMoved, this, &FrameLogFilterModel::onSourceResetEnd)
                << connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                           &FrameLogFilterModel::onSourceResetBegin)
                << connect(source, &QAbstractItemModel::columnsInserted, this, &FrameLogFilterModel::onSourceResetEnd)
                << connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                           &FrameLogFilterModel::onSourceResetBegin)
                << connect(source, &QAbstractItemModel::columnsRemoved, this, &FrameLogFilterModel::onSourceResetEnd)
                // QAbstractProxyModel falls back to an empty model silently: the rows go too.
                << connect(source, &QObject::destroyed, this, [this] {
                       beginResetModel();
                       m_log = nullptr;
                       m_rows.clear();
                       m_offset = 0;
                       m_columnCount = 0;
                       endResetModel();
                   });
    }
    const int before = matchCount();
    rebuild();
    endResetModel();
    emitCountIfChanged(before);
}

QModelIndex FrameLogFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= m_columnCount)
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex FrameLogFilterModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int FrameLogFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FrameLogFilterModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount();
}

bool FrameLogFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && m_columnCount > 0;
}

Qt::ItemFlags FrameLogFilterModel::flags(const QModelIndex &index) const
{
    // A view asks this for every row it lays out: the frame log's flags are the same for every
    // cell, so no mapping is needed.
    if (m_log && index.isValid() && index.model() == this)
        return FrameLogModel::rowFlags();
    return QAbstractProxyModel::flags(index);
}

QModelIndex FrameLogFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_rows.size()))
        return QModelIndex();
    return sourceModel()->index(int(m_rows[size_t(proxyIndex.row())] - m_offset), proxyIndex.column());
}

QModelIndex FrameLogFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceModel() || !sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return QModelIndex();
    const qint64 key = sourceIndex.row() + m_offset;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), key);
    if (it == m_rows.end() || *it != key)
        return QModelIndex();
    return createIndex(int(it - m_rows.begin()), sourceIndex.column());
}

QVariant FrameLogFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return QVariant();
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || section >= int(m_rows.size()))
        return QVariant();
    return sourceModel()->headerData(int(m_rows[size_t(section)] - m_offset), orientation, role);
}

void FrameLogFilterModel::refilter()
{
    const int before = matchCount();
    beginResetModel();
    rebuild();
    endResetModel();
    emitCountIfChanged(before);
}

void FrameLogFilterModel::rebuild()
{
    m_rows.clear();
    m_offset = 0;
    m_columnCount = sourceModel() ? sourceModel()->columnCount() : 0;
    if (!sourceModel())
        return;
    const int count = sourceModel()->rowCount();
    const bool all = acceptsAll();
    for (int row = 0; row < count; ++row) {
        if (all || acceptsSourceRow(row))
            m_rows.push_back(row);
    }
}

std::pair<int, int> FrameLogFilterModel::proxyRange(int first, int last) const
{
    const auto lo = std::lower_bound(m_rows.begin(), m_rows.end(), first + m_offset);
    const auto hi = std::upper_bound(lo, m_rows.end(), last + m_offset);
    return {int(lo - m_rows.begin()), int(hi - m_rows.begin())};
}

void FrameLogFilterModel::emitCountIfChanged(int before)
{
    if (matchCount() != before)
        emit matchCountChanged(matchCount());
}

void FrameLogFilterModel::onSourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int)
{
    if (parent.isValid())
        return;
    // The log only appends; an insert elsewhere (another source model) is handled as a reset.
    if (first != sourceModel()->rowCount()) {
        m_countBeforeChange = matchCount();
        m_resetting = true;
        beginResetModel();
    }
}

void FrameLogFilterModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_resetting) {
        m_resetting = false;
        rebuild();
        endResetModel();
        emitCountIfChanged(m_countBeforeChange);
        return;
    }
    const int start = int(m_rows.size());
    if (acceptsAll()) {
        beginInsertRows(QModelIndex(), start, start + last - first);
        for (int row = first; row <= last; ++row)
            m_rows.push_back(row + m_offset);
        endInsertRows();
        emit matchCountChanged(matchCount());
        return;
    }
    std::vector<qint64> accepted;
    for (int row = first; row <= last; ++row) {
        if (acceptsSourceRow(row))
            accepted.push_back(row + m_offset);
    }
    if (accepted.empty())
        return;
    beginInsertRows(QModelIndex(), start, start + int(accepted.size()) - 1);
    m_rows.insert(m_rows.end(), accepted.begin(), accepted.end());
    endInsertRows();
    emit matchCountChanged(matchCount());
}

void FrameLogFilterModel::onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const auto [lo, hi] = proxyRange(first, last);
    m_removing = hi - lo;
    if (m_removing > 0) {
        beginRemoveRows(QModelIndex(), lo, hi - 1);
        m_rows.erase(m_rows.begin() + lo, m_rows.begin() + hi);
    }
}

void FrameLogFilterModel::onSourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const qint64 count = last - first + 1;
    if (first == 0) {
        // Eviction of the oldest rows: O(1), the stored keys stay as they are.
        m_offset += count;
    } else {
        const qint64 threshold = last + m_offset;
        for (auto it = std::upper_bound(m_rows.begin(), m_rows.end(), threshold); it != m_rows.end(); ++it)
            *it -= count;
    }
    if (m_removing > 0) {
        m_removing = 0;
        endRemoveRows();
        emit matchCountChanged(matchCount());
    }
}

void FrameLogFilterModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                              const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    // The log's rows never change content, so a change does not re-filter; it is passed on.
    const auto [lo, hi] = proxyRange(topLeft.row(), bottomRight.row());
    if (lo < hi)
        emit dataChanged(index(lo, topLeft.column()), index(hi - 1, bottomRight.column()), roles);
}

void FrameLogFilterModel::onSourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutProxy.clear();
    m_layoutSource.clear();
    if (m_log)
        return; // the frame log's layout changes (time format) never move rows
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) {
        m_layoutProxy.append(index);
        m_layoutSource.append(mapToSource(index));
    }
}

void FrameLogFilterModel::onSourceLayoutChanged()
{
    if (!m_log) {
        const int before = matchCount();
        rebuild();
        QModelIndexList from;
        QModelIndexList to;
        for (qsizetype i = 0; i < m_layoutProxy.size(); ++i) {
            from.append(m_layoutProxy.at(i));
            to.append(mapFromSource(m_layoutSource.at(i)));
        }
        changePersistentIndexList(from, to);
        m_layoutProxy.clear();
        m_layoutSource.clear();
        emit layoutChanged();
        emitCountIfChanged(before);
        return;
    }
    emit layoutChanged();
}

void FrameLogFilterModel::onSourceResetBegin()
{
    if (m_resetting)
        return;
    m_countBeforeChange = matchCount();
    m_resetting = true;
    beginResetModel();
}

void FrameLogFilterModel::onSourceResetEnd()
{
    if (!m_resetting)
        return;
    m_resetting = false;
    rebuild();
    endResetModel();
    emitCountIfChanged(m_countBeforeChange);
}
