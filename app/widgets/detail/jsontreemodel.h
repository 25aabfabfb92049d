#pragma once

#include "core/codecs/jsontree.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <vector>

// An item model over a JsonTree (core/codecs/jsontree.h), filled lazily: a container's children
// become rows only when a view asks for them (fetchMore, i.e. when the node is expanded), taken
// from the stored tree or, where the tree was built shallow, from JsonTree::subtree(). A 60,000
// element array therefore costs one row per element, and an element's members only once the
// user opens it. Keys, values and numbers show as the document spells them; the value of a
// container is its real member/element count.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        OffsetRole = Qt::UserRole, // qint64: where the node starts in the payload (JsonTree::offset)
        CountRole,                 // qint64: the real member/element count of a container
    };
    // Depth a fetch builds: the node's children only, so opening one node never walks its whole subtree.
    static constexpr int FetchDepth = 1;
    // Rows one container shows at most; the rest is summed up in one last row.
    static constexpr int MaxChildRows = JsonTree::DefaultMaxNodes;
    // String values longer than this (in bytes as written) show their beginning only.
    static constexpr int MaxValueBytes = 2000;

    explicit JsonTreeModel(QObject *parent = nullptr);

    // The document to show: a valid tree, best built with maxDepth = FetchDepth (the top-level
    // value and its children). An invalid or empty tree clears the model.
    void setTree(const JsonTree &tree);
    void clear();
    bool isEmpty() const { return m_items.empty(); }
    // Rows made so far (fetched children), for tests and the expand-all bound.
    int loadedRows() const { return int(m_items.size()); }

    // Loads the containers under `from` in document order (pre-order) until `maxContainers` are
    // loaded, in one model reset, and returns them in that order: what "Expand all" opens.
    // *more is set when containers were left out.
    QModelIndexList loadContainers(int maxContainers, bool *more);

    // Type names and the root's label are translated: call after a language change (resets the model).
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr qint32 NoItem = -1;

    // One row. Children of an item are made together and lie side by side in m_items.
    struct Item
    {
        qint32 chunk = 0;          // index in m_chunks of the tree that holds the node
        qint32 node = 0;           // node in that tree; NoItem for the "more not shown" row
        qint32 parent = NoItem;
        qint32 row = 0;
        qint32 firstChild = NoItem;
        qint32 childCount = 0;
        qint64 leftOut = 0;        // the "more not shown" row: how many
        bool fetched = false;
    };

    const Item &itemOf(const QModelIndex &index) const;
    bool isContainer(const Item &item) const;
    // Appends the rows of an item's children (marking it fetched, setting firstChild) and returns
    // how many; the caller makes them visible by setting childCount.
    qint32 appendChildren(qint32 item);
    QString keyText(const Item &item) const;
    QString valueText(const Item &item) const;

    std::vector<JsonTree> m_chunks; // the tree given, then the subtrees built as nodes are opened
    std::vector<Item> m_items;      // m_items[0] is the top-level value
    static constexpr int TypeCount = int(JsonTree::Type::Null) + 1;
    QString m_typeNames[TypeCount]; // JsonTree::typeName for each type, translated once
    QString m_rootLabel;
};
