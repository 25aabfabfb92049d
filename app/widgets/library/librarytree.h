#pragma once

#include <QList>
#include <QString>
#include <QTreeWidget>

#include <optional>

// The folder tree of the message library panel. Items are rebuilt from the store on each change
// (a library is small); each names what it stands for (ItemRef). Dropping items moves them in
// the store, not in the tree: the tree only reports the wish (moveRequested) and the panel asks
// the store, whose changed() rebuilds the tree.
class LibraryTree : public QTreeWidget
{
    Q_OBJECT

public:
    struct ItemRef
    {
        bool isFolder = false;
        QString folder; // the folder itself, or the message's folder
        QString name;   // the message's name; empty for a folder
    };

    explicit LibraryTree(QWidget *parent = nullptr);

    static void setRef(QTreeWidgetItem *item, const ItemRef &ref);
    static std::optional<ItemRef> refOf(const QTreeWidgetItem *item);
    std::optional<ItemRef> currentRef() const;
    // The folder a new item goes into when `item` is the target ("" is the top level).
    static QString folderAt(const QTreeWidgetItem *item);
    QTreeWidgetItem *findItem(const ItemRef &ref) const;

signals:
    void moveRequested(const QList<LibraryTree::ItemRef> &items, const QString &folder);

protected:
    void dropEvent(QDropEvent *event) override;
};
