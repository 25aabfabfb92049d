// Back-pressure on the sending side: a server that completes the upgrade and then stops reading.
// Repeat (RepeatSender driven by Session::sendBackedUp, as the composer wires it) must pause
// once QWebSocket's queue passes the high-water mark, keep that queue bounded, and resume once
// the server reads again.
#include "core/session/repeatsender.h"
#include "core/session/session.h"
#include "nonreadingserver.h"
#include "sessionlog.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestSessionBackpressure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repeatPausesWhileTheServerDoesNotRead_data();
    void repeatPausesWhileTheServerDoesNotRead();
    void aRunStartedWhileBackedUpStartsPaused();
};

void TestSessionBackpressure::initTestCase()
{
    qRegisterMetaType<Event>();
    qRegisterMetaType<SessionState>();
}

void TestSessionBackpressure::repeatPausesWhileTheServerDoesNotRead_data()
{
    QTest::addColumn<bool>("tap");
    QTest::newRow("tap off") << false;
    QTest::newRow("tap on") << true;
}

void TestSessionBackpressure::repeatPausesWhileTheServerDoesNotRead()
{
    QFETCH(bool, tap);
    NonReadingServer server;
    Session session;
    ConnectionSettings settings;
    settings.url = QUrl(server.url()).toString();
    settings.tapEnabled = tap;
    settings.handshakeTimeoutMs = 5000;
    session.setSettings(settings);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);

    // The composer's hook, and its Repeat: 256 KiB every 10 ms.
    RepeatSender repeat;
    connect(&session, &Session::sendBackedUp, &repeat, &RepeatSender::setBackedUp);
    const QByteArray payload(256 * 1024, 'x');
    qint64 maxQueued = 0;
    connect(&repeat, &RepeatSender::sendDue, this, [&] {
        QString sendError;
        if (!session.sendBinary(payload, &sendError))
            repeat.fail(sendError);
        maxQueued = qMax(maxQueued, session.bytesToWrite());
    });
    QSignalSpy paused(&repeat, &RepeatSender::pausedChanged);
    QVERIFY(repeat.start(RepeatSender::MinIntervalMs, 0, &error));

    QElapsedTimer clock;
    clock.start();
    while (!repeat.isPaused() && repeat.isRunning() && clock.elapsed() < 6000)
        QTest::qWait(20);
    // With the tap on, the pressure reaches QWebSocket because the tap stops reading its leg while
    // the upstream leg is backed up (docs/ARCHITECTURE.md, "The wire tap").
    QVERIFY2(repeat.isPaused(), qPrintable(QStringLiteral("sent %1, queued %2").arg(repeat.sentCount()).arg(session.bytesToWrite())));
    QVERIFY(session.isSendBackedUp());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.first().at(0).toBool(), true);
    QVERIFY(!repeat.pauseReason().isEmpty());
    QCOMPARE(paused.first().at(1).toString(), repeat.pauseReason());

    // Paused means no sends: the queue stays where it was, bounded by the high-water mark plus
    // the one send that crossed it.
    const int sentAtPause = repeat.sentCount();
    QTest::qWait(500);
    QCOMPARE(repeat.sentCount(), sentAtPause);
    QVERIFY2(maxQueued <= Session::SendHighWaterBytes + payload.size(), QByteArray::number(maxQueued));
    QVERIFY(session.bytesToWrite() <= Session::SendHighWaterBytes + payload.size());

    // The server reads again: the queue drains below the low-water mark and Repeat resumes.
    server.drain();
    QTRY_VERIFY_WITH_TIMEOUT(!repeat.isPaused(), 10000);
    QVERIFY(!session.isSendBackedUp());
    QCOMPARE(paused.last().at(0).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(repeat.sentCount() > sentAtPause + 2, 5000);
    repeat.stop();
    session.abort();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Closed, 5000);
}

void TestSessionBackpressure::aRunStartedWhileBackedUpStartsPaused()
{
    RepeatSender repeat;
    int due = 0;
    connect(&repeat, &RepeatSender::sendDue, this, [&] { ++due; });
    QSignalSpy paused(&repeat, &RepeatSender::pausedChanged);
    repeat.setBackedUp(true);
    QCOMPARE(repeat.state(), RepeatSender::State::Stopped);
    QVERIFY(repeat.pauseReason().isEmpty());
    QVERIFY(repeat.start(RepeatSender::MinIntervalMs, 3));
    QCOMPARE(repeat.state(), RepeatSender::State::Paused);
    QCOMPARE(paused.size(), 1);
    QTest::qWait(100);
    QCOMPARE(due, 0);
    // Drained: the held-back send is due at once, the rest on the interval, then the run ends.
    repeat.setBackedUp(false);
    QCOMPARE(due, 1);
    QCOMPARE(repeat.state(), RepeatSender::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(due, 3, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(repeat.state(), RepeatSender::State::Stopped, 2000);
    QCOMPARE(repeat.sentCount(), 3);
}

QTEST_GUILESS_MAIN(TestSessionBackpressure)
#include "tst_session_backpressure.moc"
