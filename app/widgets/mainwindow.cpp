#include "widgets/mainwindow.h"

#include "core/library/messagelibrarystore.h"
#include "core/profiles/profilestore.h"
#include "core/testserver/testserver.h"
#include "core/variables/environmentstore.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindowactions.h"
#include "widgets/profiles/profilesdock.h"
#include "widgets/secretsbanner.h"
#include "widgets/session/sessiontab.h"
#include "widgets/sessionfilecommands.h"
#include "widgets/sessiontabsmemory.h"
#include "widgets/settings/settingsdialog.h"
#include "widgets/tabactions.h"
#include "widgets/tabtitles.h"
#include "widgets/testservercontrol.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
constexpr int kStatusMessageMs = 6000;
constexpr int kDefaultWidth = 1280;
constexpr int kDefaultHeight = 820;
constexpr int kDefaultDockWidth = 250;

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
    m_server = new TestServerControl(m_store, m_testServer, this);
    // One library for the profiles folder; a file it cannot read leaves it read-only, and the
    // library window says why.
    m_library = new MessageLibraryStore(m_store->directory(), this);
    m_library->load();
    // One set of environments for the profiles folder too; a file it cannot read is left as it
    // is and the store stays read-only (said below, once the status bar exists).
    m_environments = new EnvironmentStore(m_store->directory(), m_store->secretStore(), this);
    const bool environmentsLoaded = m_environments->load();

    m_profilesDock = new ProfilesDock(m_store, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_profilesDock);
    // Double-click (or Enter) on a profile connects at once: that is why one picks it.
    connect(m_profilesDock, &ProfilesDock::openProfileRequested, this,
            [this](const QString &name) { openProfileAndConnect(name, false); });
    connect(m_profilesDock, &ProfilesDock::openProfileInNewTabRequested, this,
            [this](const QString &name) { openProfileAndConnect(name, true); });
    // "New…" starts from the current tab's URL.
    m_profilesDock->setNewProfileUrlSource([this] {
        auto *tab = qobject_cast<SessionTab *>(m_tabs->currentWidget());
        return tab ? tab->connectionSettings().parsedUrl() : QUrl();
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

    m_welcome = new WelcomePage(this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    // Above the tabs: the bar that says when secrets are kept in memory only.
    auto *centre = new QWidget(this);
    auto *column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *secretsBanner = new SecretsBanner(m_store, centre);
    secretsBanner->setCurrentProfileSource([this] { return m_titles ? m_titles->profileOf(m_tabs->currentWidget()) : QString(); });
    column->addWidget(secretsBanner);
    column->addWidget(m_central, 1);
    setCentralWidget(centre);

    m_serverStatus = new QLabel(this);
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_serverStatus);

    m_commands = new MainWindowActions(this, m_profilesDock);
    m_titles = new TabTitles(m_tabs, m_store, this);
    m_tabActions = new TabActions(m_tabs, m_titles, m_profilesDock, action(ActionId::RenameTab),
                                  action(ActionId::SaveTabAsProfile), action(ActionId::CloseTab), this);
    connect(m_titles, &TabTitles::profileRenamed, this, [this](QWidget *tab, const QString &name) {
        if (auto *session = qobject_cast<SessionTab *>(tab))
            bindProfile(session, name);
    });
    connect(m_tabActions, &TabActions::savedAsProfile, this, [this](QWidget *tab, const QString &name) {
        if (auto *session = qobject_cast<SessionTab *>(tab))
            bindProfile(session, name);
    });
    m_files = new SessionFileCommands(this, m_tabs);
    connect(this, &MainWindow::sessionTabOpened, m_files, [this](QWidget *tab) {
        if (auto *session = qobject_cast<SessionTab *>(tab))
            connect(session, &SessionTab::recordingChanged, m_files, &SessionFileCommands::updateActions);
    });
    connectActions();
    m_newTabButton->setDefaultAction(action(ActionId::NewSessionTab));
    m_welcome->setActions(action(ActionId::NewSessionTab), action(ActionId::OpenTestEcho));

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSessionActions);
    connect(m_server, &TestServerControl::runningChanged, this, &MainWindow::updateTestServerStatus);
    connect(m_server, &TestServerControl::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_environments, &EnvironmentStore::secretFailed, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    if (!environmentsLoaded) {
        statusBar()->showMessage(tr("%1 could not be read, so environments are read-only: %2")
                                         .arg(m_environments->filePath(), m_environments->loadError().toString()));
    }

    resize(kDefaultWidth, kDefaultHeight);
    resizeDocks({m_profilesDock}, {kDefaultDockWidth}, Qt::Horizontal);
    restoreWindowState();
    retranslateUi();
    updateSessionActions();
    updateTestServerStatus();
}

MainWindow::~MainWindow()
{
    // The dock's undo stack is cleared while the children are destroyed; this half-destroyed
    // window must not hear about it.
    disconnect(m_profilesDock->undoStack(), nullptr, m_commands, nullptr);
}

QAction *MainWindow::action(ActionId id) const
{
    return m_commands->action(id);
}

void MainWindow::connectActions()
{
    connect(action(ActionId::NewSessionTab), &QAction::triggered, this, [this] {
        addSessionTab(ConnectionSettings{}, [this](SessionTab *tab) { m_titles->setAppTitle(tab, QString()); });
    });
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
    connect(action(ActionId::Quit), &QAction::triggered, this, &QWidget::close);
    connect(action(ActionId::OpenSessionFile), &QAction::triggered, m_files, &SessionFileCommands::chooseAndOpen);
    connect(action(ActionId::ExportHar), &QAction::triggered, m_files,
            [this] { m_files->chooseAndExport(SessionExportJob::Format::Har); });
    connect(action(ActionId::ExportJsonl), &QAction::triggered, m_files,
            [this] { m_files->chooseAndExport(SessionExportJob::Format::Jsonl); });
    connect(action(ActionId::RecordToFile), &QAction::triggered, m_files, &SessionFileCommands::toggleRecording);
    connect(action(ActionId::CyclePanes), &QAction::triggered, this, [this] { cyclePanes(1); });
    connect(action(ActionId::CyclePanesBack), &QAction::triggered, this, [this] { cyclePanes(-1); });
    connect(action(ActionId::FullScreen), &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    connect(action(ActionId::TestServerRunning), &QAction::triggered, this, [this](bool on) {
        if (on)
            startTestServer();
        else
            stopTestServer();
    });
    connect(action(ActionId::CopyTestServerUrl), &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(m_testServer->url(QStringLiteral("/echo")).toString());
        statusBar()->showMessage(tr("Copied %1").arg(m_testServer->url(QStringLiteral("/echo")).toString()), kStatusMessageMs);
    });
    // Like a double-click on the built-in profile: the tab connects.
    connect(action(ActionId::OpenTestEcho), &QAction::triggered, this, [this] { openTestServerTab(QStringLiteral("/echo")); });
    connect(action(ActionId::OpenTestPush), &QAction::triggered, this, [this] { openTestServerTab(QStringLiteral("/push")); });
    connect(action(ActionId::OpenTestClose), &QAction::triggered, this,
            [this] { openTestServerTab(QStringLiteral("/close?code=4000&reason=bye")); });
    connect(action(ActionId::OpenTestSlow), &QAction::triggered, this,
            [this] { openTestServerTab(QStringLiteral("/slow?ms=1000")); });
    connect(action(ActionId::Settings), &QAction::triggered, this, &MainWindow::openSettingsDialog);
    connect(action(ActionId::KeyboardShortcuts), &QAction::triggered, this, [this] { m_commands->showShortcuts(this); });
    connect(action(ActionId::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(action(ActionId::AboutQt), &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, kStatusMessageMs);
}

bool MainWindow::startTestServer()
{
    return m_server->start();
}

void MainWindow::stopTestServer()
{
    m_server->stop();
}

QString MainWindow::createBuiltInProfile()
{
    QString error;
    const QString name = m_server->createBuiltInProfile(&error);
    if (name.isEmpty()) {
        statusBar()->showMessage(error, kStatusMessageMs);
        return {};
    }
    m_profilesDock->selectProfile(name);
    return name;
}

QString MainWindow::ensureBuiltInProfile()
{
    if (!m_server->isRunning() || !m_server->profilesFolderIsNew())
        return {};
    return createBuiltInProfile();
}

void MainWindow::openTestServerTab(const QString &pathAndQuery)
{
    if (!m_server->isRunning() && !startTestServer())
        return;
    ConnectionSettings settings;
    settings.url = m_testServer->url(pathAndQuery).toString();
    const QString path = QUrl(pathAndQuery).path();
    const int index = addSessionTab(settings, [this, &path](SessionTab *tab) { m_titles->setAppTitle(tab, path); });
    // Opened to try the server at once, like a double-click on a profile.
    if (auto *tab = qobject_cast<SessionTab *>(m_tabs->widget(index)))
        tab->connectSession();
}

void MainWindow::updateTestServerStatus()
{
    const bool running = m_server->isRunning();
    const QString text = m_server->statusText();
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
                                                                                  : m_welcome->newTabButton());
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
    SessionTabsMemory::save(m_tabs, m_titles);
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
    m_commands->retranslateUi();
    m_newTabButton->setAccessibleName(MainWindowActions::plain(action(ActionId::NewSessionTab)->text()));
    m_welcome->retranslateUi();
    m_tabs->setAccessibleName(tr("Sessions"));
    m_titles->retranslate();
    updateTestServerStatus();
}
