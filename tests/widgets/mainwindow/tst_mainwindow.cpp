#include "widgets/mainwindow.h"
#include "widgets/profiles/profileeditordialog.h"
#include "widgets/profiles/profilesdock.h"
#include "core/profiles/profilestore.h"
#include "widgets/session/composer.h"
#include "widgets/session/sessiontab.h"
#include "core/session/session.h"
#include "core/testserver/testserver.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <QStatusBar>
#include "appfixture.h"

#include <QtTest>

namespace {

// Stands in for a compiled catalogue: proves that every visible string is fetched through tr()
// again when the language changes, without depending on .qm files in the test.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "MainWindow") == 0 && qstrcmp(sourceText, "&File") == 0)
            return QStringLiteral("파일(&F)");
        if (qstrcmp(context, "ProfilesDock") == 0 && qstrcmp(sourceText, "Profiles") == 0)
            return QStringLiteral("프로필");
        if (qstrcmp(context, "MainWindow") == 0 && qstrcmp(sourceText, "New session") == 0)
            return QStringLiteral("새 세션");
        if (qstrcmp(context, "MainWindow") == 0 && qstrcmp(sourceText, "Test server %1") == 0)
            return QStringLiteral("테스트 서버 %1");
        return {};
    }
    bool isEmpty() const override { return false; }
};

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menusAndShortcutsFollowTheSketch();
    void noTwoActionsShareAShortcut();
    void iconButtonsHaveAccessibleNamesAndTooltips();
    void testServerStatusAndToggle();
    void testServerKeepsItsPortAndProfilesFollowAMove();
    void aProfileThatCannotFollowTheServerIsReported();
    void builtInProfileOnFirstRun();
    void builtInProfileWhenTheFolderIsNewToTheUser();
    void doubleClickOnAProfileConnects();
    void profilesOpenAsTabsAndTabsClose();
    void newSessionTabWithTheKeyboard();
    void createRenameDeleteUndoAndFindAgainAfterRestart();
    void windowAndDockStateAreRestored();
    void f6CyclesBetweenPanes();
    void settingsApplyThemeAtOnceAndPersist();
    void languageChangeRetranslatesVisibleText();
    void languageChangeRetitlesTabsTheAppNamed();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QString profilesDir() const { return m_app.profilesDir(); }

    AppFixture m_app;
};

void TestMainWindow::initTestCase()
{
    AppFixture::nameApplication(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QVERIFY(m_app.setUp());
}

void TestMainWindow::cleanup()
{
    m_app.tearDown();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_app.store(), m_app.server());
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    return window;
}

void TestMainWindow::menusAndShortcutsFollowTheSketch()
{
    auto window = makeWindow();
    QStringList titles;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *menu : menus)
        titles.append(plain(menu->text()));
    QCOMPARE(titles, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                  QStringLiteral("Session"), QStringLiteral("Tools"), QStringLiteral("Help")}));

    using Id = MainWindow::ActionId;
    const QList<std::pair<Id, QKeySequence>> expected = {
            {Id::Send, QKeySequence(Qt::CTRL | Qt::Key_Return)},
            {Id::FindInLog, QKeySequence(Qt::CTRL | Qt::Key_F)},
            {Id::ClearLog, QKeySequence(Qt::CTRL | Qt::Key_L)},
            {Id::FocusUrl, QKeySequence(Qt::CTRL | Qt::Key_K)},
            {Id::NewSessionTab, QKeySequence(Qt::CTRL | Qt::Key_T)},
            {Id::CloseTab, QKeySequence(Qt::CTRL | Qt::Key_W)},
            {Id::ConnectDisconnect, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
            {Id::Ping, QKeySequence(Qt::CTRL | Qt::Key_P)},
            {Id::CyclePanes, QKeySequence(Qt::Key_F6)},
    };
    for (const auto &[id, keys] : expected) {
        QAction *a = window->action(id);
        QVERIFY(a);
        QVERIFY2(a->shortcuts().contains(keys), qPrintable(a->text()));
        QVERIFY2(a->toolTip().contains(keys.toString(QKeySequence::NativeText)), qPrintable(a->toolTip()));
    }
    // Session commands need a session tab; with none open they are disabled.
    QVERIFY(!window->action(Id::Send)->isEnabled());
    QVERIFY(!window->action(Id::CloseTab)->isEnabled());
    window->openSessionTab(QStringLiteral("x"), ConnectionSettings{});
    QVERIFY(window->action(Id::CloseTab)->isEnabled());
    window->action(Id::CloseTab)->trigger();
    QVERIFY(!window->action(Id::Send)->isEnabled());
    QVERIFY(!window->action(Id::CloseTab)->isEnabled());
}

void TestMainWindow::noTwoActionsShareAShortcut()
{
    auto window = makeWindow();
    QHash<QKeySequence, QString> seen;
    const QMetaEnum ids = QMetaEnum::fromType<MainWindow::ActionId>();
    for (int i = 0; i < ids.keyCount(); ++i) {
        QAction *a = window->action(MainWindow::ActionId(ids.value(i)));
        QVERIFY2(a, ids.key(i));
        QVERIFY2(!a->text().isEmpty(), ids.key(i));
        for (const QKeySequence &k : a->shortcuts()) {
            QVERIFY2(!seen.contains(k), qPrintable(k.toString() + QStringLiteral(": ") + seen.value(k) + QStringLiteral(" and ") + a->text()));
            seen.insert(k, a->text());
        }
    }
}

void TestMainWindow::iconButtonsHaveAccessibleNamesAndTooltips()
{
    auto window = makeWindow();
    const QList<QToolButton *> buttons = window->findChildren<QToolButton *>();
    int checked = 0;
    for (QToolButton *b : buttons) {
        if (!b->isVisible() || !b->defaultAction())
            continue;
        ++checked;
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
        QVERIFY2(!b->toolTip().isEmpty(), qPrintable(b->accessibleName()));
    }
    QVERIFY(checked >= 7); // five profile buttons, the "+" tab button, the welcome buttons
}

void TestMainWindow::testServerStatusAndToggle()
{
    auto window = makeWindow();
    QVERIFY(window->testServerStatus()->isVisible());
    QVERIFY(window->testServerStatus()->text().contains(QStringLiteral("stopped")));
    QVERIFY(window->startTestServer());
    const quint16 port = m_app.server()->port();
    QCOMPARE(window->testServerStatus()->text(),
             QStringLiteral("Local test server: ws://127.0.0.1:%1 (running)").arg(port));
    QAction *toggle = window->action(MainWindow::ActionId::TestServerRunning);
    QVERIFY(toggle->isChecked());
    QVERIFY(window->action(MainWindow::ActionId::CopyTestServerUrl)->isEnabled());

    toggle->trigger();
    QVERIFY(!m_app.server()->isRunning());
    QVERIFY(!toggle->isChecked());
    QCOMPARE(window->testServerStatus()->text(), QStringLiteral("Local test server: stopped"));
    QVERIFY(!window->action(MainWindow::ActionId::CopyTestServerUrl)->isEnabled());

    toggle->trigger();
    QVERIFY(m_app.server()->isRunning());
    QCOMPARE(m_app.server()->port(), port); // same port as before, so saved URLs keep working

    // Opening the echo session from the Tools menu adds a tab for the server's URL.
    QSignalSpy opened(window.get(), &MainWindow::sessionTabOpened);
    window->action(MainWindow::ActionId::OpenTestEcho)->trigger();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(1).value<ConnectionSettings>().url, m_app.server()->url(QStringLiteral("/echo")).toString());
}

void TestMainWindow::testServerKeepsItsPortAndProfilesFollowAMove()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const quint16 oldPort = blocker.serverPort();
    QSettings().setValue(QStringLiteral("testServer/port"), oldPort);
    Profile local;
    local.name = QStringLiteral("local echo");
    local.connection.url = QStringLiteral("ws://127.0.0.1:%1/echo").arg(oldPort);
    Profile other;
    other.name = QStringLiteral("elsewhere");
    other.connection.url = QStringLiteral("ws://127.0.0.1:%1/echo").arg(oldPort == 9 ? 10 : 9);
    QVERIFY(m_app.store()->save(local));
    QVERIFY(m_app.store()->save(other));

    auto window = makeWindow();
    QVERIFY(window->startTestServer()); // the old port is taken: a free one is used
    QVERIFY(m_app.server()->port() != oldPort);
    QCOMPARE(m_app.store()->profile(QStringLiteral("local echo"))->connection.url, m_app.server()->url(QStringLiteral("/echo")).toString());
    QCOMPARE(m_app.store()->profile(QStringLiteral("elsewhere"))->connection.url, other.connection.url);
    QCOMPARE(QSettings().value(QStringLiteral("testServer/port")).toUInt(), uint(m_app.server()->port()));
}

void TestMainWindow::aProfileThatCannotFollowTheServerIsReported()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const quint16 oldPort = blocker.serverPort();
    QSettings().setValue(QStringLiteral("testServer/port"), oldPort);
    Profile local;
    local.name = QStringLiteral("local echo");
    local.connection.url = QStringLiteral("ws://127.0.0.1:%1/echo").arg(oldPort);
    QVERIFY(m_app.store()->save(local));
    // Its file cannot be replaced any more: a directory now stands where the file was.
    const QString path = m_app.store()->filePath(local.name);
    QVERIFY(QFile::remove(path));
    QVERIFY(QDir().mkpath(path));

    auto window = makeWindow();
    QVERIFY(window->startTestServer());
    QVERIFY(m_app.server()->port() != oldPort);
    // The failed save is said in the status bar, not dropped.
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("could not follow")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(m_app.server()->port())), qPrintable(message));
}

void TestMainWindow::builtInProfileOnFirstRun()
{
    auto window = makeWindow();
    QVERIFY(window->startTestServer());
    const QString name = window->createBuiltInProfile();
    QCOMPARE(name, QStringLiteral("Built-in test server — echo"));
    QVERIFY(m_app.store()->contains(name));
    QCOMPARE(m_app.store()->profile(name)->connection.url, m_app.server()->url(QStringLiteral("/echo")).toString());
    QVERIFY(!m_app.store()->profile(name)->savedMessages.isEmpty());
    QCOMPARE(window->profilesDock()->currentProfileName(), name);
    QVERIFY(QFile::exists(m_app.store()->filePath(name)));
    QCOMPARE(window->createBuiltInProfile(), name); // a second call changes nothing
    QCOMPARE(m_app.store()->names().size(), 1);
}

void TestMainWindow::profilesOpenAsTabsAndTabsClose()
{
    Profile p;
    p.name = QStringLiteral("chat");
    p.connection.url = QStringLiteral("ws://127.0.0.1:9/chat");
    QVERIFY(m_app.store()->save(p));
    auto window = makeWindow();
    QVERIFY(!window->sessionTabs()->isVisible()); // the welcome page shows instead
    QSignalSpy opened(window.get(), &MainWindow::sessionTabOpened);
    QSignalSpy closing(window.get(), &MainWindow::sessionTabClosing);

    QListView *view = window->profilesDock()->view();
    QVERIFY(view->isVisible());
    const QPoint center = view->visualRect(view->model()->index(0, 0)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(1).value<ConnectionSettings>().url, p.connection.url);
    QVERIFY(window->sessionTabs()->isVisible());
    QCOMPARE(window->sessionTabs()->count(), 1);
    QCOMPARE(window->sessionTabs()->tabText(0), QStringLiteral("chat"));

    QCOMPARE(window->openProfile(QStringLiteral("chat")), 0); // its tab is shown again
    QCOMPARE(window->openProfile(QStringLiteral("chat"), true), 1);
    QCOMPARE(window->openProfile(QStringLiteral("no such profile")), -1);
    QCOMPARE(window->sessionTabs()->count(), 2);

    QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window->sessionTabs()->count(), 1);
    QCOMPARE(closing.count(), 1);
    QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window->sessionTabs()->count(), 0);
    QVERIFY(!window->sessionTabs()->isVisible());
    QVERIFY(!window->action(MainWindow::ActionId::CloseTab)->isEnabled());
}

void TestMainWindow::newSessionTabWithTheKeyboard()
{
    auto window = makeWindow();
    QSignalSpy opened(window.get(), &MainWindow::sessionTabOpened);
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(opened.count(), 1);
    QVERIFY(window->sessionTabs()->isVisible());
    QCOMPARE(window->sessionTabs()->count(), 1);
    QVERIFY(opened.at(0).at(1).value<ConnectionSettings>().url.isEmpty());
}

void TestMainWindow::createRenameDeleteUndoAndFindAgainAfterRestart()
{
    {
        auto window = makeWindow();
        ProfilesDock *dock = window->profilesDock();
        // Create: File → New Profile… (Ctrl+N), fill the editor, OK.
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        ProfileEditorDialog *editor = dock->openEditor();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        editor->nameEdit()->selectAll();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("staging"));
        editor->urlEdit()->selectAll();
        QTest::keyClicks(editor->urlEdit(), QStringLiteral("wss://staging.example.com/ws"));
        QVERIFY(editor->okButton()->isEnabled());
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QTRY_VERIFY(m_app.store()->contains(QStringLiteral("staging")));

        // Rename inline with F2.
        QVERIFY(dock->selectProfile(QStringLiteral("staging")));
        dock->view()->setFocus();
        QTest::keyClick(dock->view(), Qt::Key_F2);
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(field);
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("staging-eu"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(m_app.store()->contains(QStringLiteral("staging-eu")));

        // Delete, then Edit → Undo (Ctrl+Z).
        QVERIFY(dock->selectProfile(QStringLiteral("staging-eu")));
        window->activateWindow(); // the offscreen platform does not hand activation back by itself
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        dock->view()->setFocus();
        QVERIFY(dock->deleteAction()->isEnabled());
        QTest::keyClick(dock->view(), Qt::Key_Delete);
        QVERIFY(!m_app.store()->contains(QStringLiteral("staging-eu")));
        QAction *undo = window->action(MainWindow::ActionId::Undo);
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("staging-eu")), qPrintable(undo->text()));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_app.store()->contains(QStringLiteral("staging-eu")));
        window->close();
    }
    // A new store and window on the same folder: the profile is there under its new name.
    QVERIFY(m_app.reloadStore());
    auto window = makeWindow();
    QCOMPARE(m_app.store()->names(), QStringList{QStringLiteral("staging-eu")});
    QVERIFY(window->profilesDock()->selectProfile(QStringLiteral("staging-eu")));
    QCOMPARE(m_app.store()->profile(QStringLiteral("staging-eu"))->connection.url,
             QStringLiteral("wss://staging.example.com/ws"));
}

void TestMainWindow::windowAndDockStateAreRestored()
{
    {
        auto window = makeWindow();
        QVERIFY(window->profilesDock()->isVisible());
        window->resize(1000, 700);
        window->action(MainWindow::ActionId::ToggleProfiles)->trigger();
        QVERIFY(!window->profilesDock()->isVisible());
        window->close();
    }
    auto window = makeWindow();
    QVERIFY(!window->profilesDock()->isVisible());
    QVERIFY(!window->action(MainWindow::ActionId::ToggleProfiles)->isChecked());
    QCOMPARE(window->size(), QSize(1000, 700));
    QTest::keyClick(window.get(), Qt::Key_1, Qt::AltModifier);
    QVERIFY(window->profilesDock()->isVisible());
}

void TestMainWindow::f6CyclesBetweenPanes()
{
    auto window = makeWindow();
    window->openSessionTab(QStringLiteral("t"), ConnectionSettings{});
    QListView *list = window->profilesDock()->view();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(window.get(), Qt::Key_F6);
    QTRY_VERIFY(window->sessionTabs()->currentWidget()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(window->sessionTabs()->currentWidget()->isAncestorOf(QApplication::focusWidget()));
}

void TestMainWindow::settingsApplyThemeAtOnceAndPersist()
{
    auto window = makeWindow();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    QSignalSpy changed(window.get(), &MainWindow::appSettingsChanged);
    AppSettings s = window->appSettings();
    s.theme = ThemeManager::Theme::Dark;
    s.logCapRows = 5000;
    window->applySettings(s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 100);
    QCOMPARE(QSettings().value(QStringLiteral("settings/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(AppSettings::load().logCapRows, 5000);

    s.theme = ThemeManager::Theme::System;
    window->applySettings(s);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

void TestMainWindow::languageChangeRetranslatesVisibleText()
{
    auto window = makeWindow();
    QAction *fileMenu = window->menuBar()->actions().at(0);
    QCOMPARE(fileMenu->text(), QStringLiteral("&File"));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(fileMenu->text(), QStringLiteral("파일(&F)"));
    QTRY_COMPARE(window->profilesDock()->windowTitle(), QStringLiteral("프로필"));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(fileMenu->text(), QStringLiteral("&File"));
    QTRY_COMPARE(window->profilesDock()->windowTitle(), QStringLiteral("Profiles"));
}

void TestMainWindow::languageChangeRetitlesTabsTheAppNamed()
{
    auto window = makeWindow();
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    window->action(MainWindow::ActionId::OpenTestSlow)->trigger();
    QTabWidget *tabs = window->sessionTabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("New session"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Test server /slow"));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("새 세션"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("테스트 서버 /slow"));
    // A closed tab is forgotten; the one left is still retitled when the language changes back.
    window->action(MainWindow::ActionId::CloseTab)->trigger(); // the current (last) tab
    QCOMPARE(tabs->count(), 1);
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("New session"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::builtInProfileWhenTheFolderIsNewToTheUser()
{
    const QString name = QStringLiteral("Built-in test server — echo");
    // An existing but empty --profiles-dir is as new as a missing one.
    QVERIFY(QDir().mkpath(profilesDir()));
    {
        auto window = makeWindow();
        QVERIFY(window->startTestServer());
        QCOMPARE(window->ensureBuiltInProfile(), name);
        QVERIFY(m_app.store()->contains(name));
        QCOMPARE(window->ensureBuiltInProfile(), QString()); // there are profiles now

        // The user deletes it: it is in the trash, and does not come back on the next start.
        QVERIFY(m_app.store()->remove(name));
        QVERIFY(m_app.store()->names().isEmpty());
    }
    QVERIFY(m_app.reloadStore());
    auto window = makeWindow();
    QVERIFY(window->startTestServer());
    QCOMPARE(window->ensureBuiltInProfile(), QString());
    QVERIFY(m_app.store()->names().isEmpty());
}

void TestMainWindow::doubleClickOnAProfileConnects()
{
    auto window = makeWindow();
    QVERIFY(window->startTestServer());
    const QString name = window->createBuiltInProfile();
    QListView *view = window->profilesDock()->view();
    const QPoint center = view->visualRect(view->model()->index(0, 0)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(window->sessionTabs()->count(), 1);
    auto *tab = qobject_cast<SessionTab *>(window->sessionTabs()->currentWidget());
    QVERIFY(tab);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), SessionState::Open, 10000);
    QTRY_VERIFY(tab->composer()->editor()->hasFocus());
}
