#include "widgets/library/librarytree.h"

#include <QDropEvent>
#include <QTimer>
#include <QTreeWidgetItemIterator>

namespace {

enum Role { KindRole = Qt::UserRole + 1, FolderRole, NameRole };
constexpr int FolderKind = 1;
constexpr int MessageKind = 2;

} // namespace

LibraryTree::LibraryTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setUniformRowHeights(true);
}

void LibraryTree::setRef(QTreeWidgetItem *item, const ItemRef &ref)
{
    item->setData(0, KindRole, ref.isFolder ? FolderKind : MessageKind);
    item->setData(0, FolderRole, ref.folder);
    item->setData(0, NameRole, ref.name);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (ref.isFolder)
        flags |= Qt::ItemIsDropEnabled;
    item->setFlags(flags);
}

std::optional<LibraryTree::ItemRef> LibraryTree::refOf(const QTreeWidgetItem *item)
{
    if (!item)
        return std::nullopt;
    const int kind = item->data(0, KindRole).toInt();
    if (kind != FolderKind && kind != MessageKind)
        return std::nullopt;
    return ItemRef{kind == FolderKind, item->data(0, FolderRole).toString(), item->data(0, NameRole).toString()};
}

std::optional<LibraryTree::ItemRef> LibraryTree::currentRef() const
{
    return refOf(currentItem());
}

QString LibraryTree::folderAt(const QTreeWidgetItem *item)
{
    const std::optional<ItemRef> ref = refOf(item);
    return ref ? ref->folder : QString();
}

QTreeWidgetItem *LibraryTree::findItem(const ItemRef &ref) const
{
    for (QTreeWidgetItemIterator it(const_cast<LibraryTree *>(this)); *it; ++it) {
        const std::optional<ItemRef> r = refOf(*it);
        if (r && r->isFolder == ref.isFolder && r->folder == ref.folder && r->name == ref.name)
            return *it;
    }
    return nullptr;
}

void LibraryTree::dropEvent(QDropEvent *event)
{
    if (event->source() != this) {
        event->ignore();
        return;
    }
    QList<ItemRef> items;
    for (const QTreeWidgetItem *item : selectedItems()) {
        if (const std::optional<ItemRef> ref = refOf(item))
            items.append(*ref);
    }
    const QString folder = folderAt(itemAt(event->position().toPoint()));
    // The tree itself moves nothing (the store does; its change rebuilds the items). The wish is
    // reported after the drag ended, so no item is deleted while QAbstractItemView still holds it.
    // A Copy answer also keeps QAbstractItemView::startDrag from removing the dragged rows.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
    QTimer::singleShot(0, this, [this, items, folder] { emit moveRequested(items, folder); });
}
