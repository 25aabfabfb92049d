#include "widgets/detail/jsontreemodel.h"

#include <QCoreApplication>
#include <QStack>

namespace {

// Line breaks and tabs inside a string would cut the row; show them as their escapes.
QString visible(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    s.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    s.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return s;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    retranslate();
}

void JsonTreeModel::setTree(const JsonTree &tree)
{
    beginResetModel();
    m_chunks.clear();
    m_items.clear();
    if (tree.isValid()) {
        m_chunks.push_back(tree);
        Item root;
        root.node = tree.root();
        m_items.push_back(root);
    }
    endResetModel();
}

void JsonTreeModel::clear()
{
    setTree(JsonTree());
}

void JsonTreeModel::retranslate()
{
    for (int t = 0; t < TypeCount; ++t)
        m_typeNames[t] = JsonTree::typeName(JsonTree::Type(t));
    m_rootLabel = tr("(root)");
    beginResetModel();
    endResetModel();
}

const JsonTreeModel::Item &JsonTreeModel::itemOf(const QModelIndex &index) const
{
    return m_items.at(size_t(index.internalId()));
}

bool JsonTreeModel::isContainer(const Item &item) const
{
    if (item.node == NoItem)
        return false;
    const JsonTree::Node &node = m_chunks.at(size_t(item.chunk)).node(item.node);
    return node.isContainer() && node.count > 0;
}

qint32 JsonTreeModel::appendChildren(qint32 itemIndex)
{
    // Copies, not references: m_items and m_chunks grow below.
    const Item item = m_items.at(size_t(itemIndex));
    m_items[size_t(itemIndex)].fetched = true;
    if (!isContainer(item))
        return 0;
    qint32 chunk = item.chunk;
    qint32 node = item.node;
    const JsonTree::Node &stored = m_chunks.at(size_t(chunk)).node(node);
    if (stored.storedChildren < stored.count) {
        // The tree was built shallow (or capped) here: build this node's own level now.
        JsonTree::Options options;
        options.maxNodes = MaxChildRows + 1; // the node itself and its children
        options.maxDepth = FetchDepth;
        JsonTree sub = m_chunks.at(size_t(chunk)).subtree(node, options);
        if (!sub.isValid())
            return 0;
        m_chunks.push_back(std::move(sub));
        chunk = qint32(m_chunks.size() - 1);
        node = m_chunks.back().root();
    }
    const JsonTree &tree = m_chunks.at(size_t(chunk));
    const QList<int> children = tree.children(node);
    const qint64 count = tree.node(node).count;
    const qint64 leftOut = count - children.size();
    const auto first = qint32(m_items.size());
    // No exact reserve() here: it would reallocate all rows on every fetch; growth is geometric.
    qint32 row = 0;
    for (int child : children) {
        Item c;
        c.chunk = chunk;
        c.node = child;
        c.parent = itemIndex;
        c.row = row++;
        m_items.push_back(c);
    }
    if (leftOut > 0) {
        Item more;
        more.chunk = chunk;
        more.node = NoItem;
        more.parent = itemIndex;
        more.row = row++;
        more.leftOut = leftOut;
        more.fetched = true;
        m_items.push_back(more);
    }
    m_items[size_t(itemIndex)].firstChild = first;
    return row;
}

QModelIndexList JsonTreeModel::loadContainers(int maxContainers, bool *more)
{
    QModelIndexList opened;
    if (more)
        *more = false;
    if (m_items.empty())
        return opened;
    beginResetModel();
    // Pre-order, so the top of the document opens first, as a reader goes through it.
    QStack<qint32> pending;
    pending.push(0);
    QList<qint32> containers;
    while (!pending.isEmpty()) {
        const qint32 at = pending.pop();
        if (!isContainer(m_items.at(size_t(at))))
            continue;
        if (containers.size() >= maxContainers) {
            if (more)
                *more = true;
            break;
        }
        if (!m_items.at(size_t(at)).fetched)
            m_items[size_t(at)].childCount = appendChildren(at);
        containers.append(at);
        const Item &item = m_items.at(size_t(at));
        for (qint32 c = item.firstChild + item.childCount - 1; c >= item.firstChild && item.firstChild != NoItem; --c)
            pending.push(c);
    }
    endResetModel();
    opened.reserve(containers.size());
    for (qint32 at : std::as_const(containers))
        opened.append(createIndex(m_items.at(size_t(at)).row, KeyColumn, quintptr(at)));
    return opened;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_items.empty() ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const Item &p = itemOf(parent);
    if (row >= p.childCount)
        return {};
    return createIndex(row, column, quintptr(p.firstChild + row));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Item &item = itemOf(child);
    if (item.parent == NoItem)
        return {};
    return createIndex(m_items.at(size_t(item.parent)).row, KeyColumn, quintptr(item.parent));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_items.empty() ? 0 : 1;
    if (parent.column() != KeyColumn)
        return 0;
    return itemOf(parent).childCount;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_items.empty();
    if (parent.column() != KeyColumn)
        return false;
    return isContainer(itemOf(parent));
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() == KeyColumn && !itemOf(parent).fetched && isContainer(itemOf(parent));
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto at = qint32(parent.internalId());
    // The rows are made first (out of the parent's reach until childCount says so), then announced.
    const qint32 rows = appendChildren(at);
    if (rows == 0)
        return;
    beginInsertRows(parent, 0, rows - 1);
    m_items[size_t(at)].childCount = rows;
    endInsertRows();
}

QString JsonTreeModel::keyText(const Item &item) const
{
    if (item.parent == NoItem)
        return m_rootLabel;
    if (item.node == NoItem)
        return QStringLiteral("…");
    const JsonTree &tree = m_chunks.at(size_t(item.chunk));
    if (tree.node(item.node).keyBegin >= 0)
        return tree.key(item.node);
    return QStringLiteral("[%1]").arg(item.row);
}

QString JsonTreeModel::valueText(const Item &item) const
{
    if (item.node == NoItem)
        return tr("%n more not shown; Pretty or Hex show them", nullptr, int(qMin<qint64>(item.leftOut, INT_MAX)));
    const JsonTree &tree = m_chunks.at(size_t(item.chunk));
    const JsonTree::Node &node = tree.node(item.node);
    if (node.isContainer())
        return JsonTree::countText(node);
    const QByteArrayView written = tree.valueAsWritten(item.node);
    if (node.type != JsonTree::Type::String)
        return QString::fromUtf8(written);
    if (written.size() > MaxValueBytes) // as written, cut: decoding megabytes per paint would stall the view
        return visible(QString::fromUtf8(written.first(MaxValueBytes))) + QStringLiteral("…");
    return QLatin1Char('"') + visible(tree.stringValue(item.node)) + QLatin1Char('"');
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item &item = itemOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return keyText(item);
        case ValueColumn: return valueText(item);
        case TypeColumn:
            return item.node == NoItem ? QString()
                                       : m_typeNames[int(m_chunks.at(size_t(item.chunk)).node(item.node).type)];
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn) {
            const QString value = valueText(item);
            constexpr int LongValueChars = 60; // shorter ones fit their column
            if (value.size() > LongValueChars)
                return value;
        }
        return {};
    case OffsetRole:
        return item.node == NoItem ? QVariant() : QVariant(m_chunks.at(size_t(item.chunk)).offset(item.node));
    case CountRole:
        return item.node == NoItem ? QVariant() : QVariant(m_chunks.at(size_t(item.chunk)).node(item.node).count);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return QCoreApplication::translate("PayloadView", "Key");
    case ValueColumn: return QCoreApplication::translate("PayloadView", "Value");
    case TypeColumn: return QCoreApplication::translate("PayloadView", "Type");
    default: return {};
    }
}
