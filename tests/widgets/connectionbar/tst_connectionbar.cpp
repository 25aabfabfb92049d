#include "refusingserver.h"

#include "core/log/eventlog.h"
#include "core/session/session.h"
#include "core/testserver/testserver.h"
#include "widgets/session/connectionbadge.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/sessiontab.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The connection bar names the real problem: a refused upgrade by its status, a failure found
// before connecting by its reason, a pending reconnect with a countdown and a Cancel; and the
// URL of a running connection is read-only and says so.
class TestConnectionBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aRefusedUpgradeIsNamedByItsStatus_data();
    void aRefusedUpgradeIsNamedByItsStatus();
    void aFailureFoundBeforeConnectingIsNamed();
    void aPendingReconnectCountsDownAndCanBeCancelled();
    void theUrlOfARunningConnectionIsReadOnlyAndSaysSo();

private:
    static void show(SessionTab *tab);
    static void clickConnect(SessionTab *tab);

    TestServer m_server;
    QTemporaryDir m_settingsDir;
};

void TestConnectionBar::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("WsScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectionbar"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QString error;
    QVERIFY2(m_server.start(0, &error), qPrintable(error));
}

void TestConnectionBar::cleanupTestCase()
{
    m_server.stop();
}

void TestConnectionBar::show(SessionTab *tab)
{
    tab->resize(1100, 700);
    tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab));
}

void TestConnectionBar::clickConnect(SessionTab *tab)
{
    QPushButton *button = tab->connectionBar()->connectButton();
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestConnectionBar::aRefusedUpgradeIsNamedByItsStatus_data()
{
    QTest::addColumn<bool>("tap");
    QTest::newRow("Tap on: the tap read the 401 response") << true;
    QTest::newRow("Tap off: QWebSocket's handshake error carries the 401") << false;
}

void TestConnectionBar::aRefusedUpgradeIsNamedByItsStatus()
{
    QFETCH(bool, tap);
    RefusingServer server;
    QVERIFY(server.start());
    ConnectionSettings settings;
    settings.url = server.url().toString();
    settings.tapEnabled = tap;
    SessionTab tab(settings);
    show(&tab);
    QSignalSpy refused(tab.session(), &Session::upgradeRefused);
    clickConnect(&tab);
    QTRY_COMPARE(tab.session()->state(), SessionState::Closed);
    QCOMPARE(server.requests(), 1);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).toInt(), 401);
    ConnectionBar *bar = tab.connectionBar();
    QCOMPARE(bar->badgeText(), QStringLiteral("Refused: 401 Unauthorized"));
    QVERIFY(!bar->badgeText().contains(QStringLiteral("1006")));
    QCOMPARE(bar->connectButton()->text(), QStringLiteral("Connect"));

    // The next attempt starts with a clean badge.
    clickConnect(&tab);
    QVERIFY(!bar->badgeText().startsWith(QStringLiteral("Refused")));
    QTRY_COMPARE(tab.session()->state(), SessionState::Closed);
    QCOMPARE(bar->badgeText(), QStringLiteral("Refused: 401 Unauthorized"));
}

void TestConnectionBar::aFailureFoundBeforeConnectingIsNamed()
{
    ConnectionSettings settings;
    settings.url = m_server.url().toString();
    settings.headers.append(HeaderEntry{QStringLiteral("X Token"), QStringLiteral("abc"), true});
    SessionTab tab(settings);
    show(&tab);
    ConnectionBar *bar = tab.connectionBar();
    QCOMPARE(bar->badgeText(), QStringLiteral("Idle"));
    clickConnect(&tab);
    QCOMPARE(tab.session()->state(), SessionState::Idle);
    QVERIFY2(bar->badgeText().startsWith(QStringLiteral("Not connected: ")), qPrintable(bar->badgeText()));
    QVERIFY2(bar->badgeText().contains(QStringLiteral("X Token")), qPrintable(bar->badgeText()));
    QVERIFY(bar->stateBadge()->isVisible());

    // Fixed, it connects and the badge says so.
    ConnectionSettings fixed = tab.session()->settings();
    fixed.headers.clear();
    tab.session()->setSettings(fixed);
    clickConnect(&tab);
    QTRY_COMPARE(tab.session()->state(), SessionState::Open);
    QVERIFY2(bar->badgeText().startsWith(QStringLiteral("Open ")), qPrintable(bar->badgeText()));
    tab.session()->close();
    QTRY_COMPARE(tab.session()->state(), SessionState::Closed);
}

void TestConnectionBar::aPendingReconnectCountsDownAndCanBeCancelled()
{
    // Every attempt is refused with 401, and the profile reconnects.
    RefusingServer server;
    QVERIFY(server.start());
    ConnectionSettings settings;
    settings.url = server.url().toString();
    settings.reconnect.enabled = true;
    settings.reconnect.maxAttempts = 3;
    settings.reconnect.initialDelayMs = 4000;
    settings.reconnect.maxDelayMs = 8000;
    SessionTab tab(settings);
    show(&tab);
    QSignalSpy scheduled(tab.session(), &Session::reconnectScheduled);
    QSignalSpy finished(tab.session(), &Session::finished);
    clickConnect(&tab);
    QVERIFY(scheduled.wait(10000));
    ConnectionBar *bar = tab.connectionBar();
    QCOMPARE(tab.session()->state(), SessionState::Closed);
    QVERIFY(bar->isReconnectPending());
    QCOMPARE(bar->badgeText(), QStringLiteral("Refused: 401 Unauthorized · reconnecting in 4 s (attempt 1 of 3)"));
    // It counts down.
    QTRY_VERIFY2_WITH_TIMEOUT(bar->badgeText().contains(QStringLiteral("reconnecting in 3 s")), qPrintable(bar->badgeText()), 3000);
    QCOMPARE(bar->connectButton()->text(), QStringLiteral("Cancel"));
    QVERIFY(bar->connectButton()->isEnabled());

    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!tab.session()->isReconnectPending());
    QVERIFY(!bar->isReconnectPending());
    QCOMPARE(bar->badgeText(), QStringLiteral("Refused: 401 Unauthorized"));
    QCOMPARE(bar->connectButton()->text(), QStringLiteral("Connect"));
    // No attempt follows.
    const qsizetype events = tab.session()->log()->size();
    QTest::qWait(4500);
    QCOMPARE(tab.session()->state(), SessionState::Closed);
    QCOMPARE(scheduled.count(), 1);
    QCOMPARE(tab.session()->log()->size(), events);
    QCOMPARE(server.requests(), 1);
}

void TestConnectionBar::theUrlOfARunningConnectionIsReadOnlyAndSaysSo()
{
    ConnectionSettings settings;
    settings.url = m_server.url().toString();
    SessionTab tab(settings);
    show(&tab);
    ConnectionBar *bar = tab.connectionBar();
    QLineEdit *url = bar->urlEdit();
    QVERIFY(!url->isReadOnly());
    QVERIFY(!bar->urlMessageLabel()->isVisible());
    clickConnect(&tab);
    QTRY_COMPARE(tab.session()->state(), SessionState::Open);
    QVERIFY(url->isReadOnly());
    QVERIFY(!url->isClearButtonEnabled());
    QVERIFY(url->palette().color(QPalette::Base) != tab.palette().color(QPalette::Base));
    QVERIFY(url->toolTip().contains(QStringLiteral("read-only")));
    const QString before = url->text();
    url->setFocus();
    QTest::keyClick(url, Qt::Key_X);
    QCOMPARE(url->text(), before);
    QVERIFY(bar->urlMessageLabel()->isVisible());
    QVERIFY2(bar->urlMessageLabel()->text().contains(QStringLiteral("disconnect to edit it")),
             qPrintable(bar->urlMessageLabel()->text()));

    tab.session()->close();
    QTRY_COMPARE(tab.session()->state(), SessionState::Closed);
    QVERIFY(!url->isReadOnly());
    QVERIFY(!bar->urlMessageLabel()->isVisible());
    QTest::keyClick(url, Qt::Key_End);
    QTest::keyClick(url, Qt::Key_X);
    QCOMPARE(url->text(), before + QLatin1Char('x'));
}

QTEST_MAIN(TestConnectionBar)
#include "tst_connectionbar.moc"
