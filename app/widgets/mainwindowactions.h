#pragma once

#include "widgets/mainwindow.h"

#include <QHash>
#include <QObject>

class ProfilesDock;
class QAction;
class QMenu;

// The main window's commands: every QAction with its shortcut and icon, the menus that hold
// them, their translated texts and tooltips, the Undo/Redo texts of the Profiles dock's stack
// and the Keyboard Shortcuts dialog built from the menus. What a command does is wired by
// MainWindow; this class only makes and names them.
class MainWindowActions : public QObject
{
    Q_OBJECT

public:
    using ActionId = MainWindow::ActionId;

    // Creates the actions on `window` (so their shortcuts work while the menu bar is hidden)
    // and the menus in its menu bar.
    MainWindowActions(QMainWindow *window, ProfilesDock *dock);

    QAction *action(ActionId id) const { return m_actions.value(id); }
    const QHash<ActionId, QAction *> &all() const { return m_actions; }

    void retranslateUi();
    void updateUndoActions();
    // The Keyboard Shortcuts dialog, modal over `parent`.
    void showShortcuts(QWidget *parent) const;

    // The action's text without its mnemonic and ellipsis ("New Session Tab").
    static QString plain(QString text);

private:
    QAction *makeAction(ActionId id, const QString &icon = {});
    void createActions();
    void createMenus();

    QMainWindow *m_window;
    ProfilesDock *m_dock;
    QHash<ActionId, QAction *> m_actions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_testServerMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
