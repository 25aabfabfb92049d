#include "widgets/mainwindow.h"

#include "core/export/eventformatter.h"
#include "widgets/icons.h"
#include "widgets/languagemanager.h"
#include "widgets/profiles/profileeditordialog.h"
#include "widgets/profiles/profilesdock.h"
#include "core/profiles/profilestore.h"
#include "widgets/session/sessiontab.h"
#include "widgets/settings/settingsdialog.h"
#include "core/testserver/testserver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kTestServerPortKey = QStringLiteral("testServer/port");
constexpr int kStatusMessageMs = 6000;

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

QString withShortcut(const QAction *action)
{
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    return shortcut.isEmpty() ? plain(action->text())
                              : MainWindow::tr("%1 (%2)").arg(plain(action->text()), shortcut);
}

} // namespace

MainWindow::MainWindow(ProfileStore *store, TestServer *testServer, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_testServer(testServer)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_languages = new LanguageManager(this);
    m_appSettings = AppSettings::load();
    m_languages->setLanguage(m_appSettings.language);
    m_theme.apply(m_appSettings.theme);

    m_profilesDock = new ProfilesDock(m_store, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_profilesDock);
    // Double-click (or Enter) on a profile connects at once: that is why one picks it.
    connect(m_profilesDock, &ProfilesDock::openProfileRequested, this, [this](const QString &name) {
        const int index = openProfile(name);
        if (auto *tab = qobject_cast<SessionTab *>(m_tabs->widget(index)))
            tab->connectSession();
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_newTabButton = new QToolButton(m_tabs);
    m_newTabButton->setAutoRaise(true);
    m_tabs->setCornerWidget(m_newTabButton, Qt::TopRightCorner);

    m_welcome = new QWidget(this);
    m_welcomeTitle = new QLabel(m_welcome);
    QFont titleFont = m_welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_welcomeTitle->setFont(titleFont);
    m_welcomeText = new QLabel(m_welcome);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setForegroundRole(QPalette::PlaceholderText);
    m_welcomeNewTab = new QToolButton(m_welcome);
    m_welcomeEcho = new QToolButton(m_welcome);
    for (QToolButton *b : {m_welcomeNewTab, m_welcomeEcho})
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_welcomeNewTab);
    buttons->addWidget(m_welcomeEcho);
    buttons->addStretch(1);
    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    welcomeLayout->addStretch(2);
    welcomeLayout->addWidget(m_welcomeTitle, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(m_welcomeText);
    welcomeLayout->addSpacing(12);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch(3);

    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);

    m_serverStatus = new QLabel(this);
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_serverStatus);

    createActions();
    createMenus();
    m_newTabButton->setDefaultAction(action(ActionId::NewSessionTab));
    m_welcomeNewTab->setDefaultAction(action(ActionId::NewSessionTab));
    m_welcomeEcho->setDefaultAction(action(ActionId::OpenTestEcho));

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSessionActions);
    connect(m_testServer, &TestServer::runningChanged, this, &MainWindow::updateTestServerStatus);

    resize(1280, 820);
    resizeDocks({m_profilesDock}, {250}, Qt::Horizontal);
    restoreWindowState();
    retranslateUi();
    updateSessionActions();
    updateTestServerStatus();
}

MainWindow::~MainWindow()
{
    // The dock's undo stack is cleared while the children are destroyed; this half-destroyed
    // window must not hear about it.
    disconnect(m_profilesDock->undoStack(), nullptr, this, nullptr);
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_profilesDock->undoStack();
    QAction *undo = action(ActionId::Undo);
    QAction *redo = action(ActionId::Redo);
    undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    undo->setEnabled(stack->canUndo());
    undo->setToolTip(withShortcut(undo));
    redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    redo->setEnabled(stack->canRedo());
    redo->setToolTip(withShortcut(redo));
}

QAction *MainWindow::makeAction(ActionId id, const QString &icon)
{
    auto *a = new QAction(this);
    if (!icon.isEmpty())
        a->setIcon(Icons::load(icon));
    m_actions.insert(id, a);
    addAction(a); // shortcuts work even while the menu bar is hidden (full screen)
    return a;
}

void MainWindow::createActions()
{
    m_actions.insert(ActionId::NewProfile, m_profilesDock->newAction());
    m_actions.insert(ActionId::EditProfile, m_profilesDock->editAction());
    m_actions.insert(ActionId::DuplicateProfile, m_profilesDock->duplicateAction());
    m_actions.insert(ActionId::RenameProfile, m_profilesDock->renameAction());
    m_actions.insert(ActionId::DeleteProfile, m_profilesDock->deleteAction());
    m_actions.insert(ActionId::OpenProfile, m_profilesDock->openAction());
    addActions({m_profilesDock->newAction(), m_profilesDock->editAction()});

    makeAction(ActionId::NewSessionTab, QStringLiteral("tab-new"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    makeAction(ActionId::CloseTab)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    makeAction(ActionId::NextTab)->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    makeAction(ActionId::PreviousTab)
            ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    QAction *quit = makeAction(ActionId::Quit);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QUndoStack *stack = m_profilesDock->undoStack();
    QAction *undo = makeAction(ActionId::Undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = makeAction(ActionId::Redo);
    redo->setShortcuts(QKeySequence::Redo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    makeAction(ActionId::FindInLog)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    makeAction(ActionId::ClearLog)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QAction *toggleProfiles = m_profilesDock->toggleViewAction();
    toggleProfiles->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_actions.insert(ActionId::ToggleProfiles, toggleProfiles);
    addAction(toggleProfiles);
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

    connect(action(ActionId::NewSessionTab), &QAction::triggered, this,
            [this] { m_appTitledTabs.insert(m_tabs->widget(openSessionTab(appTabTitle({}), ConnectionSettings{})), {}); });
    connect(action(ActionId::CloseTab), &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });
    connect(action(ActionId::NextTab), &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    connect(action(ActionId::PreviousTab), &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(action(ActionId::CyclePanes), &QAction::triggered, this, [this] { cyclePanes(1); });
    connect(action(ActionId::CyclePanesBack), &QAction::triggered, this, [this] { cyclePanes(-1); });
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(running, &QAction::triggered, this, [this](bool on) {
        if (on)
            startTestServer();
        else
            stopTestServer();
    });
    connect(action(ActionId::CopyTestServerUrl), &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(m_testServer->url(QStringLiteral("/echo")).toString());
        statusBar()->showMessage(tr("Copied %1").arg(m_testServer->url(QStringLiteral("/echo")).toString()), kStatusMessageMs);
    });
    connect(action(ActionId::OpenTestEcho), &QAction::triggered, this, [this] { openTestServerTab(QStringLiteral("/echo")); });
    connect(action(ActionId::OpenTestPush), &QAction::triggered, this, [this] { openTestServerTab(QStringLiteral("/push")); });
    connect(action(ActionId::OpenTestClose), &QAction::triggered, this,
            [this] { openTestServerTab(QStringLiteral("/close?code=4000&reason=bye")); });
    connect(action(ActionId::OpenTestSlow), &QAction::triggered, this,
            [this] { openTestServerTab(QStringLiteral("/slow?ms=1000")); });
    connect(settings, &QAction::triggered, this, &MainWindow::openSettingsDialog);
    connect(action(ActionId::KeyboardShortcuts), &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(action(ActionId::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(action(ActionId::AboutQt), &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({action(ActionId::NewSessionTab), action(ActionId::OpenProfile)});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({action(ActionId::NewProfile), action(ActionId::EditProfile), action(ActionId::DuplicateProfile),
                            action(ActionId::RenameProfile), action(ActionId::DeleteProfile)});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(ActionId::CloseTab));
    m_fileMenu->addAction(action(ActionId::Quit));

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({action(ActionId::Undo), action(ActionId::Redo)});
    m_editMenu->addSeparator();
    m_editMenu->addActions({action(ActionId::FindInLog), action(ActionId::ClearLog)});

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(action(ActionId::ToggleProfiles));
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({action(ActionId::CyclePanes), action(ActionId::CyclePanesBack), action(ActionId::NextTab),
                            action(ActionId::PreviousTab)});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(ActionId::FullScreen));

    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->addActions({action(ActionId::FocusUrl), action(ActionId::ConnectDisconnect)});
    m_sessionMenu->addSeparator();
    m_sessionMenu->addActions({action(ActionId::Send), action(ActionId::Ping), action(ActionId::CloseSession)});

    m_toolsMenu = menuBar()->addMenu(QString());
    m_testServerMenu = m_toolsMenu->addMenu(QString());
    m_testServerMenu->setIcon(Icons::load(QStringLiteral("test-server")));
    m_testServerMenu->addActions({action(ActionId::TestServerRunning), action(ActionId::CopyTestServerUrl)});
    m_testServerMenu->addSeparator();
    m_testServerMenu->addActions({action(ActionId::OpenTestEcho), action(ActionId::OpenTestPush),
                                  action(ActionId::OpenTestClose), action(ActionId::OpenTestSlow)});
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(action(ActionId::Settings));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(action(ActionId::KeyboardShortcuts));
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({action(ActionId::About), action(ActionId::AboutQt)});
}

int MainWindow::openSessionTab(const QString &title, const ConnectionSettings &settings)
{
    auto *tab = new SessionTab(settings, m_tabs);
    // Saved messages belong to the profile the tab was opened from (kept in memory otherwise).
    if (m_store->contains(title))
        tab->setProfile(m_store, title);
    tab->applySettings(m_appSettings);
    connect(this, &MainWindow::appSettingsChanged, tab, &SessionTab::applySettings);
    // The menu actions carry the session shortcuts; the tab's own would make them ambiguous.
    tab->setShortcutsEnabled(false);
    const auto whenCurrent = [this, tab](void (SessionTab::*slot)()) {
        return [this, tab, slot] {
            if (m_tabs->currentWidget() == tab)
                (tab->*slot)();
        };
    };
    connect(action(ActionId::FindInLog), &QAction::triggered, tab, whenCurrent(&SessionTab::focusSearch));
    connect(action(ActionId::ClearLog), &QAction::triggered, tab, whenCurrent(&SessionTab::clearLog));
    connect(action(ActionId::FocusUrl), &QAction::triggered, tab, whenCurrent(&SessionTab::focusUrl));
    connect(action(ActionId::ConnectDisconnect), &QAction::triggered, tab, whenCurrent(&SessionTab::toggleConnection));
    connect(action(ActionId::Send), &QAction::triggered, tab, whenCurrent(&SessionTab::send));
    connect(action(ActionId::Ping), &QAction::triggered, tab, whenCurrent(&SessionTab::ping));
    connect(action(ActionId::CloseSession), &QAction::triggered, tab, whenCurrent(&SessionTab::openCloseDialog));

    const int index = m_tabs->addTab(tab, title);
    const QString tip = settings.url.isEmpty() ? title : title + QLatin1Char('\n') + settings.url.toString();
    m_tabs->setTabToolTip(index, tip);
    connect(tab, &SessionTab::stateChanged, this, [this, tab, tip](SessionState state) {
        const int at = m_tabs->indexOf(tab);
        if (at >= 0)
            m_tabs->setTabToolTip(at, tip + QLatin1Char('\n') + EventFormatter::stateName(state));
    });
    m_central->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    updateSessionActions();
    emit sessionTabOpened(tab, settings);
    return index;
}

int MainWindow::openProfile(const QString &name)
{
    const std::optional<Profile> profile = m_store->profile(name);
    if (!profile) {
        statusBar()->showMessage(tr("There is no profile named “%1”.").arg(name), kStatusMessageMs);
        return -1;
    }
    return openSessionTab(profile->name, profile->connection);
}

void MainWindow::closeTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab)
        return;
    emit sessionTabClosing(tab);
    m_appTitledTabs.remove(tab);
    m_tabs->removeTab(index);
    tab->deleteLater();
    if (m_tabs->count() == 0)
        m_central->setCurrentWidget(m_welcome);
    updateSessionActions();
}

void MainWindow::updateSessionActions()
{
    QWidget *current = m_tabs->currentWidget();
    const bool session = current != nullptr;
    for (const ActionId id : {ActionId::FindInLog, ActionId::ClearLog, ActionId::FocusUrl, ActionId::ConnectDisconnect,
                              ActionId::Send, ActionId::Ping, ActionId::CloseSession})
        action(id)->setEnabled(session);
    action(ActionId::CloseTab)->setEnabled(current != nullptr);
    action(ActionId::NextTab)->setEnabled(m_tabs->count() > 1);
    action(ActionId::PreviousTab)->setEnabled(m_tabs->count() > 1);
}

bool MainWindow::startTestServer()
{
    QSettings settings;
    const quint16 previous = quint16(settings.value(kTestServerPortKey, 0).toUInt());
    QString error;
    bool ok = previous != 0 && m_testServer->start(previous, &error);
    if (!ok)
        ok = m_testServer->start(0, &error);
    m_serverError = ok ? QString() : error;
    if (ok && m_testServer->port() != previous) {
        if (previous != 0)
            retargetLocalProfiles(previous, m_testServer->port());
        settings.setValue(kTestServerPortKey, m_testServer->port());
    }
    updateTestServerStatus();
    return ok;
}

void MainWindow::stopTestServer()
{
    m_testServer->stop();
    updateTestServerStatus();
}

void MainWindow::retargetLocalProfiles(quint16 oldPort, quint16 newPort)
{
    // Profiles made for the built-in server follow it to its new port; nothing else changes.
    const QList<Profile> profiles = m_store->profiles();
    for (Profile p : profiles) {
        QUrl &url = p.connection.url;
        if (url.scheme() == QLatin1String("ws") && url.host() == QLatin1String("127.0.0.1") && url.port() == oldPort) {
            url.setPort(newPort);
            m_store->save(p);
        }
    }
}

QString MainWindow::createBuiltInProfile()
{
    Profile p;
    p.name = tr("Built-in test server — echo");
    if (m_store->contains(p.name))
        return p.name;
    p.connection.url = m_testServer->url(QStringLiteral("/echo"));
    p.savedMessages = {
            {tr("Hello"), SavedMessage::Mode::Text, tr("Hello, WsScope!")},
            {tr("JSON join"), SavedMessage::Mode::Json, QStringLiteral("{\n  \"op\": \"join\",\n  \"room\": 1\n}")},
            {tr("Four bytes"), SavedMessage::Mode::Hex, QStringLiteral("de ad be ef")},
    };
    QString error;
    if (!m_store->save(p, &error)) {
        statusBar()->showMessage(error, kStatusMessageMs);
        return {};
    }
    m_profilesDock->selectProfile(p.name);
    return p.name;
}

QString MainWindow::ensureBuiltInProfile()
{
    if (!m_testServer->isRunning() || !m_store->names().isEmpty() || !m_store->errors().isEmpty())
        return {};
    const QDir folder(m_store->directory());
    const QDir trash(m_store->trashDirectory());
    const auto files = QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot;
    if (!folder.entryList({QStringLiteral("*.json")}, files).isEmpty() || !trash.isEmpty(files))
        return {};
    return createBuiltInProfile();
}

void MainWindow::openTestServerTab(const QString &pathAndQuery)
{
    if (!m_testServer->isRunning() && !startTestServer())
        return;
    ConnectionSettings settings;
    settings.url = m_testServer->url(pathAndQuery);
    const QString path = QUrl(pathAndQuery).path();
    m_appTitledTabs.insert(m_tabs->widget(openSessionTab(appTabTitle(path), settings)), path);
}

QString MainWindow::appTabTitle(const QString &testServerPath) const
{
    return testServerPath.isEmpty() ? tr("New session") : tr("Test server %1").arg(testServerPath);
}

void MainWindow::updateTestServerStatus()
{
    const bool running = m_testServer->isRunning();
    QString text;
    if (running)
        text = tr("Local test server: %1 (running)").arg(QStringLiteral("ws://127.0.0.1:%1").arg(m_testServer->port()));
    else if (!m_serverError.isEmpty())
        text = tr("Local test server: not running — %1").arg(m_serverError);
    else
        text = tr("Local test server: stopped");
    m_serverStatus->setText(text);
    m_serverStatus->setAccessibleName(text);
    QAction *toggle = action(ActionId::TestServerRunning);
    const QSignalBlocker blocker(toggle);
    toggle->setChecked(running);
    action(ActionId::CopyTestServerUrl)->setEnabled(running);
}

void MainWindow::cyclePanes(int step)
{
    // Panes in reading order: the Profiles list, then the current tab (or the welcome page).
    QList<QWidget *> panes;
    if (m_profilesDock->isVisible())
        panes.append(m_profilesDock->view());
    panes.append(m_central->currentWidget() == m_tabs && m_tabs->currentWidget() ? m_tabs->currentWidget()
                                                                                  : m_welcomeNewTab);
    QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < panes.size(); ++i) {
        if (focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const int next = current < 0 ? 0 : (current + step + int(panes.size())) % int(panes.size());
    panes.at(next)->setFocus(Qt::OtherFocusReason);
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const bool languageChanged = settings.language != m_appSettings.language;
    m_appSettings = settings;
    if (languageChanged)
        m_languages->setLanguage(settings.language);
    m_theme.apply(settings.theme);
    settings.save();
    emit appSettingsChanged(settings);
}

void MainWindow::openSettingsDialog()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_appSettings, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    m_settingsDialog->open();
}

void MainWindow::showShortcuts()
{
    // Built from the actions themselves, so it is always complete, current and translated.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(0, 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
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
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(tr("Pause the log view (in the log)")));
    table->setItem(row, 1, new QTableWidgetItem(QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)));
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About WsScope"),
                       tr("<h3>WsScope %1</h3><p>A desktop WebSocket test client that shows what crossed the wire: "
                          "handshake, frames and the close story.</p><p>Built with Qt %2.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("WsScope"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_testServerMenu->setTitle(tr("&Local Test Server"));
    m_helpMenu->setTitle(tr("&Help"));

    action(ActionId::NewSessionTab)->setText(tr("New Session &Tab"));
    action(ActionId::CloseTab)->setText(tr("&Close Tab"));
    action(ActionId::NextTab)->setText(tr("&Next Tab"));
    action(ActionId::PreviousTab)->setText(tr("&Previous Tab"));
    action(ActionId::Quit)->setText(tr("&Quit"));
    action(ActionId::FindInLog)->setText(tr("&Find in Log…"));
    action(ActionId::ClearLog)->setText(tr("C&lear Log"));
    action(ActionId::ToggleProfiles)->setText(tr("&Profiles"));
    action(ActionId::CyclePanes)->setText(tr("Next &Pane"));
    action(ActionId::CyclePanesBack)->setText(tr("Previous P&ane"));
    action(ActionId::FullScreen)->setText(tr("&Full Screen"));
    action(ActionId::FocusUrl)->setText(tr("Go to &URL"));
    action(ActionId::ConnectDisconnect)->setText(tr("&Connect / Disconnect"));
    action(ActionId::Send)->setText(tr("&Send Message"));
    action(ActionId::Ping)->setText(tr("&Ping"));
    action(ActionId::CloseSession)->setText(tr("Cl&ose with Code…"));
    action(ActionId::TestServerRunning)->setText(tr("&Run Local Test Server"));
    action(ActionId::CopyTestServerUrl)->setText(tr("&Copy Echo URL"));
    action(ActionId::OpenTestEcho)->setText(tr("Open &Echo Session"));
    action(ActionId::OpenTestPush)->setText(tr("Open &Push Session (message and ping every second)"));
    action(ActionId::OpenTestClose)->setText(tr("Open C&lose Session (server closes with 4000)"));
    action(ActionId::OpenTestSlow)->setText(tr("Open &Slow Session (echo after 1 s)"));
    action(ActionId::Settings)->setText(tr("&Settings…"));
    action(ActionId::KeyboardShortcuts)->setText(tr("&Keyboard Shortcuts"));
    action(ActionId::About)->setText(tr("&About WsScope"));
    action(ActionId::AboutQt)->setText(tr("About &Qt"));

    for (QAction *a : std::as_const(m_actions)) {
        a->setToolTip(withShortcut(a));
        a->setStatusTip(QString());
    }
    updateUndoActions();
    m_newTabButton->setAccessibleName(plain(action(ActionId::NewSessionTab)->text()));
    m_welcomeNewTab->setAccessibleName(plain(action(ActionId::NewSessionTab)->text()));
    m_welcomeEcho->setAccessibleName(plain(action(ActionId::OpenTestEcho)->text()));
    m_welcomeTitle->setText(tr("WsScope"));
    m_welcomeText->setText(tr("Double-click a profile to open a session, or start a new one with %1.")
                                   .arg(action(ActionId::NewSessionTab)->shortcut().toString(QKeySequence::NativeText)));
    m_tabs->setAccessibleName(tr("Sessions"));
    for (auto it = m_appTitledTabs.cbegin(); it != m_appTitledTabs.cend(); ++it) {
        const int index = m_tabs->indexOf(it.key());
        if (index >= 0)
            m_tabs->setTabText(index, appTabTitle(it.value()));
    }
    updateTestServerStatus();
}
