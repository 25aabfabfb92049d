#include "core/log/eventlog.h"
#include "core/session/session.h"
#include "core/testserver/testserver.h"
#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/handshakeview.h"
#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/logview.h"
#include "widgets/session/sessiontab.h"

#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// The detail pane never shows a row the log no longer shows as if it were current: it follows
// to the handshake of a new connection or attempt, and follows (or clears) when a filter changes.
class TestDetailFollow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theHandshakeTabFollowsANewConnection();
    void theHandshakeTabFollowsANewAttempt();
    void aFilterThatHidesTheSelectedRowClearsThePane();

private:
    static void show(SessionTab *tab);
    // The events of the session's log of that kind, in order.
    static QList<Event> eventsOf(const SessionTab &tab, EventKind kind);
    // Selects the log row of event seq (waiting until the view shows it).
    static void selectSeq(SessionTab *tab, quint64 seq);
    static quint64 currentSeq(const SessionTab &tab);

    TestServer m_server;
    QTemporaryDir m_settingsDir;
};

void TestDetailFollow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("WsScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_detailfollow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QString error;
    QVERIFY2(m_server.start(0, &error), qPrintable(error));
}

void TestDetailFollow::cleanupTestCase()
{
    m_server.stop();
}

void TestDetailFollow::show(SessionTab *tab)
{
    tab->resize(1100, 760);
    tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab));
}

QList<Event> TestDetailFollow::eventsOf(const SessionTab &tab, EventKind kind)
{
    QList<Event> events;
    const EventLog *log = tab.session()->log();
    for (qsizetype i = 0; i < log->size(); ++i) {
        if (log->at(i).kind == kind)
            events.append(log->at(i));
    }
    return events;
}

void TestDetailFollow::selectSeq(SessionTab *tab, quint64 seq)
{
    QTRY_VERIFY(tab->logModel()->rowOfSeq(seq) >= 0);
    const QModelIndex source = tab->logModel()->index(tab->logModel()->rowOfSeq(seq), 0);
    const QModelIndex shown = tab->filterModel()->mapFromSource(source);
    QVERIFY(shown.isValid());
    tab->logView()->treeView()->setCurrentIndex(shown);
    QCOMPARE(currentSeq(*tab), seq);
}

quint64 TestDetailFollow::currentSeq(const SessionTab &tab)
{
    const QModelIndex current = tab.logView()->treeView()->currentIndex();
    return current.isValid() ? current.data(FrameLogModel::EventRole).value<Event>().seq : 0;
}

void TestDetailFollow::theHandshakeTabFollowsANewConnection()
{
    ConnectionSettings settings;
    settings.url = m_server.url().toString();
    SessionTab tab(settings);
    show(&tab);
    QVERIFY(tab.connectSession());
    QTRY_COMPARE(tab.session()->state(), SessionState::Open);
    QTRY_COMPARE(eventsOf(tab, EventKind::HandshakeResponse).size(), 1);
    const Event first = eventsOf(tab, EventKind::HandshakeResponse).at(0);
    selectSeq(&tab, first.seq);
    DetailPane *pane = tab.detailPane();
    QCOMPARE(pane->currentIndex(), int(DetailPane::HandshakeTab));
    const QByteArray firstKey = eventsOf(tab, EventKind::HandshakeRequest).at(0).detail->http.value("Sec-WebSocket-Key");
    QVERIFY(pane->handshakeView()->formulaText().contains(QString::fromLatin1(firstKey)));

    QVERIFY(tab.session()->close());
    QTRY_COMPARE(tab.session()->state(), SessionState::Closed);
    QVERIFY(tab.connectSession());
    QTRY_COMPARE(tab.session()->state(), SessionState::Open);
    QTRY_COMPARE(eventsOf(tab, EventKind::HandshakeResponse).size(), 2);
    const Event second = eventsOf(tab, EventKind::HandshakeResponse).at(1);
    const QByteArray secondKey = eventsOf(tab, EventKind::HandshakeRequest).at(1).detail->http.value("Sec-WebSocket-Key");
    QVERIFY(secondKey != firstKey);
    // The selection and the pane moved on to the new handshake.
    QTRY_COMPARE(currentSeq(tab), second.seq);
    QCOMPARE(pane->event().seq, second.seq);
    QCOMPARE(pane->currentIndex(), int(DetailPane::HandshakeTab));
    QVERIFY2(pane->handshakeView()->formulaText().contains(QString::fromLatin1(secondKey)),
             qPrintable(pane->handshakeView()->formulaText()));

    // A data row of the old connection stays where the user put it.
    selectSeq(&tab, first.seq + 1);
    QVERIFY(tab.session()->close());
    QTRY_COMPARE(tab.session()->state(), SessionState::Closed);
    QVERIFY(tab.connectSession());
    QTRY_COMPARE(eventsOf(tab, EventKind::HandshakeResponse).size(), 3);
    QTest::qWait(100);
    QCOMPARE(currentSeq(tab), first.seq + 1);
    QVERIFY(tab.session()->close());
    QTRY_COMPARE(tab.session()->state(), SessionState::Closed);
}

void TestDetailFollow::theHandshakeTabFollowsANewAttempt()
{
    // The server closes right after each handshake; the session reconnects by itself.
    ConnectionSettings settings;
    settings.url = m_server.url(QStringLiteral("/close?code=1011&reason=restart")).toString();
    settings.reconnect.enabled = true;
    settings.reconnect.maxAttempts = 1;
    settings.reconnect.initialDelayMs = 1500;
    settings.reconnect.maxDelayMs = 1500;
    SessionTab tab(settings);
    show(&tab);
    QSignalSpy scheduled(tab.session(), &Session::reconnectScheduled);
    QVERIFY(tab.connectSession());
    QVERIFY(scheduled.wait(10000));
    QCOMPARE(eventsOf(tab, EventKind::HandshakeResponse).size(), 1);
    const Event first = eventsOf(tab, EventKind::HandshakeResponse).at(0);
    selectSeq(&tab, first.seq);
    DetailPane *pane = tab.detailPane();
    QCOMPARE(pane->currentIndex(), int(DetailPane::HandshakeTab));

    QTRY_VERIFY_WITH_TIMEOUT(eventsOf(tab, EventKind::HandshakeResponse).size() >= 2, 10000);
    // The server keeps closing and the session keeps reconnecting, so on a slow machine the
    // selection may already have moved on past the second handshake: it follows the newest one,
    // whichever that is when it is looked at.
    const auto followsANewerHandshake = [&] {
        const QList<Event> responses = eventsOf(tab, EventKind::HandshakeResponse);
        for (qsizetype i = 1; i < responses.size(); ++i) {
            if (responses.at(i).seq == currentSeq(tab))
                return int(i);
        }
        return -1;
    };
    QTRY_VERIFY(followsANewerHandshake() >= 1);
    const int followed = followsANewerHandshake();
    QVERIFY(followed >= 1);
    QCOMPARE(pane->event().seq, currentSeq(tab));
    const QByteArray followedKey =
            eventsOf(tab, EventKind::HandshakeRequest).at(followed).detail->http.value("Sec-WebSocket-Key");
    QVERIFY(pane->handshakeView()->formulaText().contains(QString::fromLatin1(followedKey)));
    // An attempt that opened resets the count, so this server is retried until the user stops it.
    tab.session()->abort();
    QTRY_VERIFY(!tab.session()->isReconnectPending() && tab.session()->state() == SessionState::Closed);
}

void TestDetailFollow::aFilterThatHidesTheSelectedRowClearsThePane()
{
    ConnectionSettings settings;
    settings.url = m_server.url().toString();
    SessionTab tab(settings);
    show(&tab);
    QVERIFY(tab.connectSession());
    QTRY_COMPARE(tab.session()->state(), SessionState::Open);
    QVERIFY(tab.session()->sendText(QStringLiteral("hello, filter")));
    const auto framesWith = [&tab](Direction dir) {
        QList<Event> frames;
        for (const Event &e : eventsOf(tab, EventKind::Frame)) {
            if (e.dir == dir && e.payload == "hello, filter")
                frames.append(e);
        }
        return frames;
    };
    QTRY_COMPARE(framesWith(Direction::In).size(), 1);
    const Event sent = framesWith(Direction::Out).at(0);
    const Event echo = framesWith(Direction::In).at(0);
    DetailPane *pane = tab.detailPane();

    // A filter that keeps the selected row: the row stays selected and the pane on it.
    selectSeq(&tab, sent.seq);
    QCOMPARE(pane->event().seq, sent.seq);
    tab.filterModel()->setCategory(FrameLogFilterModel::Category::Sent);
    QCOMPARE(currentSeq(tab), sent.seq);
    QCOMPARE(pane->event().seq, sent.seq);

    // A filter that hides it: the pane is cleared, not left showing a row that is not there.
    tab.filterModel()->setCategory(FrameLogFilterModel::Category::All);
    selectSeq(&tab, echo.seq);
    QCOMPARE(pane->event().seq, echo.seq);
    tab.filterModel()->setCategory(FrameLogFilterModel::Category::Sent);
    QCOMPARE(currentSeq(tab), quint64(0));
    QCOMPARE(pane->event().seq, quint64(0));
    QVERIFY(!pane->isTabEnabled(DetailPane::FrameTab));

    // A search that hides it does the same.
    tab.filterModel()->setCategory(FrameLogFilterModel::Category::All);
    selectSeq(&tab, echo.seq);
    tab.filterModel()->setSearchText(QStringLiteral("no row has this text"), false);
    QCOMPARE(pane->event().seq, quint64(0));
    QVERIFY(tab.session()->close());
    QTRY_COMPARE(tab.session()->state(), SessionState::Closed);
}

QTEST_MAIN(TestDetailFollow)
#include "tst_detailfollow.moc"
