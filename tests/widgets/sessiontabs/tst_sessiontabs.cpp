#include "core/profiles/profilestore.h"
#include "core/session/session.h"
#include "core/testserver/testserver.h"
#include "widgets/mainwindow.h"
#include "widgets/profiles/profileeditordialog.h"
#include "widgets/profiles/profilesdock.h"
#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/sessiontab.h"
#include "widgets/tabactions.h"
#include "widgets/tabtitles.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include "appfixture.h"

#include <QtTest>

// The session tabs as a user handles them: where the keyboard goes after Ctrl+T, one tab per
// profile, titles that follow what they name, renaming a tab, saving a tab as a profile, and the
// test server's echo session connecting like the built-in profile.
class TestSessionTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlTFromTheProfilesListPutsTheKeyboardInTheNewTab();
    void openingAnOpenProfileShowsItsTab();
    void profileTabsFollowARename();
    void aNewSessionIsNamedAfterWhereItConnects();
    void renameTabInPlace();
    void saveTabAsProfile();
    void newProfileStartsFromTheCurrentTabsUrl();
    void openEchoSessionConnects();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void saveProfile(const QString &name, const QString &url);
    SessionTab *currentTab() const { return qobject_cast<SessionTab *>(m_window->sessionTabs()->currentWidget()); }

    AppFixture m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestSessionTabs::initTestCase()
{
    AppFixture::nameApplication(QStringLiteral("tst_sessiontabs"));
}

void TestSessionTabs::init()
{
    QVERIFY(m_app.setUp());
}

void TestSessionTabs::cleanup()
{
    m_window.reset();
    m_app.tearDown();
}

std::unique_ptr<MainWindow> TestSessionTabs::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_app.store(), m_app.server());
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not become active");
    return window;
}

void TestSessionTabs::saveProfile(const QString &name, const QString &url)
{
    Profile p;
    p.name = name;
    p.connection.url = url;
    QVERIFY(m_app.store()->save(p));
}

void TestSessionTabs::ctrlTFromTheProfilesListPutsTheKeyboardInTheNewTab()
{
    saveProfile(QStringLiteral("chat"), QStringLiteral("ws://127.0.0.1:9/chat"));
    m_window = makeWindow();
    QListView *list = m_window->profilesDock()->view();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_VERIFY(list->hasFocus());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->sessionTabs()->count(), 1);
    auto *url = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(url && currentTab()->isAncestorOf(url), "the keyboard stayed outside the new tab");
    QTest::keyClicks(url, QStringLiteral("ws://127.0.0.1:9/typed"));
    QCOMPARE(url->text(), QStringLiteral("ws://127.0.0.1:9/typed"));
    // Enter acts on the new tab (it connects there), not on the profile still selected in the list.
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(m_window->sessionTabs()->count(), 1);
    QCOMPARE(currentTab()->session()->settings().url, QStringLiteral("ws://127.0.0.1:9/typed"));
}

void TestSessionTabs::openingAnOpenProfileShowsItsTab()
{
    saveProfile(QStringLiteral("chat"), QStringLiteral("ws://127.0.0.1:9/chat"));
    saveProfile(QStringLiteral("feed"), QStringLiteral("ws://127.0.0.1:9/feed"));
    m_window = makeWindow();
    QCOMPARE(m_window->openProfile(QStringLiteral("chat")), 0);
    QCOMPARE(m_window->openProfile(QStringLiteral("feed")), 1);
    QCOMPARE(m_window->sessionTabs()->currentIndex(), 1);
    QCOMPARE(m_window->openProfile(QStringLiteral("chat")), 0);
    QCOMPARE(m_window->sessionTabs()->count(), 2);
    QCOMPARE(m_window->sessionTabs()->currentIndex(), 0);
    // Asked for explicitly ("Open in New Tab", Shift+Enter in the list), a second tab opens.
    QListView *list = m_window->profilesDock()->view();
    QVERIFY(m_window->profilesDock()->selectProfile(QStringLiteral("chat")));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_window->sessionTabs()->count(), 3);
    QCOMPARE(m_window->sessionTabs()->tabText(2), QStringLiteral("chat"));
}

void TestSessionTabs::profileTabsFollowARename()
{
    saveProfile(QStringLiteral("chat"), QStringLiteral("ws://127.0.0.1:9/chat"));
    m_window = makeWindow();
    m_window->openProfile(QStringLiteral("chat"));
    QVERIFY(m_app.store()->rename(QStringLiteral("chat"), QStringLiteral("room")));
    QCOMPARE(m_window->sessionTabs()->tabText(0), QStringLiteral("room"));
    QCOMPARE(currentTab()->composer()->profileName(), QStringLiteral("room")); // saved messages follow
    QCOMPARE(m_window->tabTitles()->tabOfProfile(QStringLiteral("room")), currentTab());
    QCOMPARE(m_window->openProfile(QStringLiteral("room")), 0);
    QCOMPARE(m_window->sessionTabs()->count(), 1);
}

void TestSessionTabs::aNewSessionIsNamedAfterWhereItConnects()
{
    QVERIFY(m_app.server()->start());
    m_window = makeWindow();
    m_window->action(MainWindow::ActionId::NewSessionTab)->trigger();
    QCOMPARE(m_window->sessionTabs()->tabText(0), QStringLiteral("New session"));
    auto *url = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(url);
    const QUrl echo = m_app.server()->url(QStringLiteral("/echo"));
    url->setText(echo.toString());
    QTest::keyClick(url, Qt::Key_Return);
    QTRY_COMPARE(currentTab()->session()->state(), SessionState::Open);
    const QString expected = QStringLiteral("127.0.0.1:%1/echo").arg(echo.port());
    QCOMPARE(m_window->sessionTabs()->tabText(0), expected);
    QVERIFY(m_window->sessionTabs()->tabToolTip(0).contains(echo.toString()));
}

void TestSessionTabs::renameTabInPlace()
{
    saveProfile(QStringLiteral("chat"), QStringLiteral("ws://127.0.0.1:9/chat"));
    m_window = makeWindow();
    m_window->openProfile(QStringLiteral("chat"));
    QTabBar *bar = m_window->sessionTabs()->tabBar();
    QTest::mouseDClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
    QLineEdit *editor = m_window->tabActions()->renameEditor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(editor->text(), QStringLiteral("chat"));
    QTest::keyClicks(editor, QStringLiteral("Staging & co"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!m_window->tabActions()->renameEditor());
    QCOMPARE(m_window->tabTitles()->title(currentTab()), QStringLiteral("Staging & co"));
    QCOMPARE(bar->tabText(0), QStringLiteral("Staging && co")); // shown with the ampersand, not as a mnemonic
    // The user's title stays through a profile rename; the tab still belongs to the profile.
    QVERIFY(m_app.store()->rename(QStringLiteral("chat"), QStringLiteral("room")));
    QCOMPARE(m_window->tabTitles()->title(currentTab()), QStringLiteral("Staging & co"));
    QCOMPARE(currentTab()->composer()->profileName(), QStringLiteral("room"));

    // Esc leaves the title as it was.
    m_window->action(MainWindow::ActionId::RenameTab)->trigger();
    editor = m_window->tabActions()->renameEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("discarded"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(m_window->tabTitles()->title(currentTab()), QStringLiteral("Staging & co"));
    // An empty title gives the tab its own name back.
    m_window->action(MainWindow::ActionId::RenameTab)->trigger();
    editor = m_window->tabActions()->renameEditor();
    QVERIFY(editor);
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(bar->tabText(0), QStringLiteral("room"));
}

void TestSessionTabs::saveTabAsProfile()
{
    m_window = makeWindow();
    m_window->action(MainWindow::ActionId::NewSessionTab)->trigger();
    auto *url = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(url);
    url->setText(QStringLiteral("ws://127.0.0.1:9/orders"));
    m_window->action(MainWindow::ActionId::SaveTabAsProfile)->trigger();
    ProfileEditorDialog *editor = m_window->profilesDock()->openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->urlEdit()->text(), QStringLiteral("ws://127.0.0.1:9/orders"));
    editor->nameEdit()->setText(QStringLiteral("Orders"));
    QVERIFY(editor->okButton()->isEnabled());
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->profilesDock()->openEditor());
    QVERIFY(m_app.store()->contains(QStringLiteral("Orders")));
    QCOMPARE(m_app.store()->profile(QStringLiteral("Orders"))->connection.url, QStringLiteral("ws://127.0.0.1:9/orders"));
    QCOMPARE(m_window->sessionTabs()->tabText(0), QStringLiteral("Orders"));
    QCOMPARE(currentTab()->composer()->profileName(), QStringLiteral("Orders"));
    QCOMPARE(m_window->openProfile(QStringLiteral("Orders")), 0); // it is that profile's tab now
}

void TestSessionTabs::newProfileStartsFromTheCurrentTabsUrl()
{
    m_window = makeWindow();
    m_window->profilesDock()->newAction()->trigger();
    ProfileEditorDialog *editor = m_window->profilesDock()->openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->urlEdit()->text(), QStringLiteral("ws://127.0.0.1:8080/")); // no tab: the example URL
    editor->reject();
    QTRY_VERIFY(!m_window->profilesDock()->openEditor());

    m_window->action(MainWindow::ActionId::NewSessionTab)->trigger();
    QLineEdit *url = currentTab()->connectionBar()->urlEdit();
    url->setText(QStringLiteral("wss://example.com/live"));
    m_window->profilesDock()->newAction()->trigger();
    editor = m_window->profilesDock()->openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->urlEdit()->text(), QStringLiteral("wss://example.com/live"));
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("New profile"));
    editor->reject();
}

void TestSessionTabs::openEchoSessionConnects()
{
    m_window = makeWindow();
    m_window->action(MainWindow::ActionId::OpenTestEcho)->trigger();
    QCOMPARE(m_window->sessionTabs()->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(currentTab()->session()->state(), SessionState::Open, 10000);
    QCOMPARE(m_window->sessionTabs()->tabText(0), QStringLiteral("Test server /echo"));
}

QTEST_MAIN(TestSessionTabs)
#include "tst_sessiontabs.moc"
