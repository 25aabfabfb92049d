#include "widgets/mainwindowactions.h"

#include "widgets/icons.h"
#include "widgets/profiles/profilesdock.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

// The strings keep MainWindow's translation context (MainWindow::tr): the translations hold them there.

namespace {

QString withShortcut(const QAction *action)
{
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    return shortcut.isEmpty() ? MainWindowActions::plain(action->text())
                              : MainWindow::tr("%1 (%2)").arg(MainWindowActions::plain(action->text()), shortcut);
}

} // namespace

MainWindowActions::MainWindowActions(QMainWindow *window, ProfilesDock *dock)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
{
    createActions();
    createMenus();
}

QString MainWindowActions::plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

void MainWindowActions::updateUndoActions()
{
    const QUndoStack *stack = m_dock->undoStack();
    QAction *undo = action(ActionId::Undo);
    QAction *redo = action(ActionId::Redo);
    undo->setText(stack->canUndo() ? MainWindow::tr("&Undo %1").arg(stack->undoText()) : MainWindow::tr("&Undo"));
    undo->setEnabled(stack->canUndo());
    undo->setToolTip(withShortcut(undo));
    redo->setText(stack->canRedo() ? MainWindow::tr("&Redo %1").arg(stack->redoText()) : MainWindow::tr("&Redo"));
    redo->setEnabled(stack->canRedo());
    redo->setToolTip(withShortcut(redo));
}

QAction *MainWindowActions::makeAction(ActionId id, const QString &icon)
{
    auto *a = new QAction(m_window);
    if (!icon.isEmpty())
        a->setIcon(Icons::load(icon));
    m_actions.insert(id, a);
    m_window->addAction(a); // shortcuts work even while the menu bar is hidden (full screen)
    return a;
}

void MainWindowActions::createActions()
{
    m_actions.insert(ActionId::NewProfile, m_dock->newAction());
    m_actions.insert(ActionId::ImportProfileCommand, m_dock->importCommandAction());
    m_actions.insert(ActionId::ImportProfiles, m_dock->importProfilesAction());
    m_actions.insert(ActionId::ExportProfiles, m_dock->exportProfilesAction());
    m_actions.insert(ActionId::EditProfile, m_dock->editAction());
    m_actions.insert(ActionId::DuplicateProfile, m_dock->duplicateAction());
    m_actions.insert(ActionId::RenameProfile, m_dock->renameAction());
    m_actions.insert(ActionId::DeleteProfile, m_dock->deleteAction());
    m_actions.insert(ActionId::OpenProfile, m_dock->openAction());
    m_window->addActions({m_dock->newAction(), m_dock->editAction()});

    makeAction(ActionId::NewSessionTab, QStringLiteral("tab-new"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    makeAction(ActionId::RenameTab);
    makeAction(ActionId::SaveTabAsProfile, QStringLiteral("profile-new"));
    makeAction(ActionId::CloseTab)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    makeAction(ActionId::NextTab)->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    makeAction(ActionId::PreviousTab)
            ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    makeAction(ActionId::OpenSessionFile)->setShortcut(QKeySequence::Open);
    makeAction(ActionId::ExportHar);
    makeAction(ActionId::ExportJsonl);
    makeAction(ActionId::RecordToFile)->setCheckable(true);
    QAction *quit = makeAction(ActionId::Quit);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QUndoStack *stack = m_dock->undoStack();
    QAction *undo = makeAction(ActionId::Undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = makeAction(ActionId::Redo);
    redo->setShortcuts(QKeySequence::Redo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindowActions::updateUndoActions);
    makeAction(ActionId::FindInLog)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    makeAction(ActionId::ClearLog)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QAction *toggleProfiles = m_dock->toggleViewAction();
    toggleProfiles->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_actions.insert(ActionId::ToggleProfiles, toggleProfiles);
    m_window->addAction(toggleProfiles);
    makeAction(ActionId::CyclePanes)->setShortcut(QKeySequence(Qt::Key_F6));
    makeAction(ActionId::CyclePanesBack)->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    QAction *fullScreen = makeAction(ActionId::FullScreen);
    fullScreen->setShortcuts(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);

    makeAction(ActionId::FocusUrl)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    makeAction(ActionId::ConnectDisconnect)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    makeAction(ActionId::Send)->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    makeAction(ActionId::Ping)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    makeAction(ActionId::CloseSession);

    QAction *running = makeAction(ActionId::TestServerRunning, QStringLiteral("test-server"));
    running->setCheckable(true);
    makeAction(ActionId::CopyTestServerUrl);
    makeAction(ActionId::OpenTestEcho, QStringLiteral("session-open"));
    makeAction(ActionId::OpenTestPush);
    makeAction(ActionId::OpenTestClose);
    makeAction(ActionId::OpenTestSlow);
    QAction *settings = makeAction(ActionId::Settings, QStringLiteral("settings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    makeAction(ActionId::KeyboardShortcuts)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    makeAction(ActionId::About)->setMenuRole(QAction::AboutRole);
    makeAction(ActionId::AboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindowActions::createMenus()
{
    m_fileMenu = m_window->menuBar()->addMenu(QString());
    m_fileMenu->addActions({action(ActionId::NewSessionTab), action(ActionId::OpenProfile)});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({action(ActionId::OpenSessionFile), action(ActionId::ExportHar), action(ActionId::ExportJsonl),
                            action(ActionId::RecordToFile)});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({action(ActionId::NewProfile), action(ActionId::ImportProfileCommand), action(ActionId::ImportProfiles),
                            action(ActionId::ExportProfiles), action(ActionId::EditProfile), action(ActionId::DuplicateProfile),
                            action(ActionId::RenameProfile), action(ActionId::DeleteProfile)});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({action(ActionId::RenameTab), action(ActionId::SaveTabAsProfile), action(ActionId::CloseTab)});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(ActionId::Quit));

    m_editMenu = m_window->menuBar()->addMenu(QString());
    m_editMenu->addActions({action(ActionId::Undo), action(ActionId::Redo)});
    m_editMenu->addSeparator();
    m_editMenu->addActions({action(ActionId::FindInLog), action(ActionId::ClearLog)});

    m_viewMenu = m_window->menuBar()->addMenu(QString());
    m_viewMenu->addAction(action(ActionId::ToggleProfiles));
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({action(ActionId::CyclePanes), action(ActionId::CyclePanesBack), action(ActionId::NextTab),
                            action(ActionId::PreviousTab)});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(ActionId::FullScreen));

    m_sessionMenu = m_window->menuBar()->addMenu(QString());
    m_sessionMenu->addActions({action(ActionId::FocusUrl), action(ActionId::ConnectDisconnect)});
    m_sessionMenu->addSeparator();
    m_sessionMenu->addActions({action(ActionId::Send), action(ActionId::Ping), action(ActionId::CloseSession)});

    m_toolsMenu = m_window->menuBar()->addMenu(QString());
    m_testServerMenu = m_toolsMenu->addMenu(QString());
    m_testServerMenu->setIcon(Icons::load(QStringLiteral("test-server")));
    m_testServerMenu->addActions({action(ActionId::TestServerRunning), action(ActionId::CopyTestServerUrl)});
    m_testServerMenu->addSeparator();
    m_testServerMenu->addActions({action(ActionId::OpenTestEcho), action(ActionId::OpenTestPush),
                                  action(ActionId::OpenTestClose), action(ActionId::OpenTestSlow)});
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(action(ActionId::Settings));

    m_helpMenu = m_window->menuBar()->addMenu(QString());
    m_helpMenu->addAction(action(ActionId::KeyboardShortcuts));
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({action(ActionId::About), action(ActionId::AboutQt)});
}

void MainWindowActions::retranslateUi()
{
    m_fileMenu->setTitle(MainWindow::tr("&File"));
    m_editMenu->setTitle(MainWindow::tr("&Edit"));
    m_viewMenu->setTitle(MainWindow::tr("&View"));
    m_sessionMenu->setTitle(MainWindow::tr("&Session"));
    m_toolsMenu->setTitle(MainWindow::tr("&Tools"));
    m_testServerMenu->setTitle(MainWindow::tr("&Local Test Server"));
    m_helpMenu->setTitle(MainWindow::tr("&Help"));

    action(ActionId::NewSessionTab)->setText(MainWindow::tr("New Session &Tab"));
    action(ActionId::RenameTab)->setText(MainWindow::tr("Rena&me Tab…"));
    action(ActionId::SaveTabAsProfile)->setText(MainWindow::tr("Save Tab as Pro&file…"));
    action(ActionId::CloseTab)->setText(MainWindow::tr("&Close Tab"));
    action(ActionId::NextTab)->setText(MainWindow::tr("&Next Tab"));
    action(ActionId::PreviousTab)->setText(MainWindow::tr("&Previous Tab"));
    action(ActionId::Quit)->setText(MainWindow::tr("&Quit"));
    action(ActionId::OpenSessionFile)->setText(MainWindow::tr("Open Session &File…"));
    action(ActionId::ExportHar)->setText(MainWindow::tr("Export Session as &HAR…"));
    action(ActionId::ExportJsonl)->setText(MainWindow::tr("Export Session as &JSONL…"));
    action(ActionId::RecordToFile)->setText(MainWindow::tr("Record to F&ile…"));
    action(ActionId::FindInLog)->setText(MainWindow::tr("&Find in Log…"));
    action(ActionId::ClearLog)->setText(MainWindow::tr("C&lear Log"));
    action(ActionId::ToggleProfiles)->setText(MainWindow::tr("&Profiles"));
    action(ActionId::CyclePanes)->setText(MainWindow::tr("Next &Pane"));
    action(ActionId::CyclePanesBack)->setText(MainWindow::tr("Previous P&ane"));
    action(ActionId::FullScreen)->setText(MainWindow::tr("&Full Screen"));
    action(ActionId::FocusUrl)->setText(MainWindow::tr("Go to &URL"));
    action(ActionId::ConnectDisconnect)->setText(MainWindow::tr("&Connect / Disconnect"));
    action(ActionId::Send)->setText(MainWindow::tr("&Send Message"));
    action(ActionId::Ping)->setText(MainWindow::tr("&Ping"));
    action(ActionId::CloseSession)->setText(MainWindow::tr("Cl&ose with Code…"));
    action(ActionId::TestServerRunning)->setText(MainWindow::tr("&Run Local Test Server"));
    action(ActionId::CopyTestServerUrl)->setText(MainWindow::tr("&Copy Echo URL"));
    action(ActionId::OpenTestEcho)->setText(MainWindow::tr("Open &Echo Session"));
    action(ActionId::OpenTestPush)->setText(MainWindow::tr("Open &Push Session (message and ping every second)"));
    action(ActionId::OpenTestClose)->setText(MainWindow::tr("Open C&lose Session (server closes with 4000)"));
    action(ActionId::OpenTestSlow)->setText(MainWindow::tr("Open &Slow Session (echo after 1 s)"));
    action(ActionId::Settings)->setText(MainWindow::tr("&Settings…"));
    action(ActionId::KeyboardShortcuts)->setText(MainWindow::tr("&Keyboard Shortcuts"));
    action(ActionId::About)->setText(MainWindow::tr("&About WsScope"));
    action(ActionId::AboutQt)->setText(MainWindow::tr("About &Qt"));

    for (QAction *a : std::as_const(m_actions)) {
        a->setToolTip(withShortcut(a));
        a->setStatusTip(QString());
    }
    updateUndoActions();
}

void MainWindowActions::showShortcuts(QWidget *parent) const
{
    // Built from the actions themselves, so it is always complete, current and translated.
    QDialog dialog(parent);
    dialog.setWindowTitle(MainWindow::tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(0, 2, &dialog);
    table->setHorizontalHeaderLabels({MainWindow::tr("Command"), MainWindow::tr("Shortcut")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QMenu *menu : {m_fileMenu, m_editMenu, m_viewMenu, m_sessionMenu, m_toolsMenu, m_testServerMenu, m_helpMenu}) {
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            if (a->isSeparator() || a->menu() || a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(plain(a->text())));
            table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        }
    }
    // The keys that act inside one pane, not through a menu.
    const QList<QPair<QString, QString>> inPane{
            {MainWindow::tr("Pause the log view (in the log)"), QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)},
            {MainWindow::tr("Row menu: copy, resend, jump to the reply (in the log)"),
             MainWindow::tr("%1 or %2").arg(QKeySequence(Qt::Key_Menu).toString(QKeySequence::NativeText),
                                            QKeySequence(Qt::SHIFT | Qt::Key_F10).toString(QKeySequence::NativeText))},
            {MainWindow::tr("Earlier and later sent messages (in the composer, on its first or last line)"),
             MainWindow::tr("%1 / %2").arg(QKeySequence(Qt::Key_Up).toString(QKeySequence::NativeText),
                                           QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText))},
    };
    for (const auto &[command, keys] : inPane) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(command));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}
