#pragma once

#include "core/library/librarymessage.h"
#include "widgets/library/librarytree.h"

#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

class MessageLibraryStore;
class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

// The message library, shared by every profile of the profiles folder: a search field over a
// folder tree (MessageLibraryStore::search decides what matches). Enter or a double-click on a
// message asks to load it (loadRequested; the composer loads it as it loads a saved message).
// Rename, Delete (asked first), New Folder and Move to Folder act on the store; dragging items
// onto a folder moves them. Every change goes through the store, whose changed() rebuilds the
// tree; a refusal is shown in the panel's status line. A read-only library (a file that could
// not be read) says why and offers no change.
class MessageLibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MessageLibraryPanel(MessageLibraryStore *store, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    LibraryTree *tree() const { return m_tree; }
    QLabel *statusLabel() const { return m_status; }
    QAction *loadAction() const { return m_loadAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *newFolderAction() const { return m_newFolderAction; }
    QAction *moveAction() const { return m_moveAction; }

    // Makes that message (or folder: empty name) the current item; false when it is not shown.
    bool select(const QString &folder, const QString &name = QString());

public slots:
    void loadCurrent();
    void askRename();
    void askDelete();
    void askNewFolder();
    void askMoveToFolder();

signals:
    void loadRequested(const LibraryMessage &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateActions();
    void showProblem(const QString &error);
    void moveItems(const QList<LibraryTree::ItemRef> &items, const QString &folder);
    void showContextMenu(const QPoint &position);

    QPointer<MessageLibraryStore> m_store;
    QSet<QString> m_collapsed; // folders the user closed, kept closed across rebuilds

    QLabel *m_readOnly = nullptr;
    QLineEdit *m_search = nullptr;
    LibraryTree *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_loadButton = nullptr;
    QToolButton *m_newFolderButton = nullptr;
    QToolButton *m_renameButton = nullptr;
    QToolButton *m_moveButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_newFolderAction = nullptr;
    QAction *m_moveAction = nullptr;
};
