// Back-pressure on the sending side: a server that completes the upgrade and then stops reading.
// Repeat (RepeatSender driven by Session::sendBackedUp, as the composer wires it) must pause
// once QWebSocket's queue passes the high-water mark, keep that queue bounded, and resume once
// the server reads again.
#include "core/protocol/handshake.h"
#include "core/session/repeatsender.h"
#include "core/session/session.h"
#include "sessionlog.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Answers the upgrade (RFC 6455 §4.2.2) and then reads nothing until drain() is called: the
// kernel's buffers fill and the client's writes queue up in QWebSocket.
class NonReadingServer : public QObject
{
public:
    NonReadingServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_socket = socket;
                connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
            }
        });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }

    // From now on, read (and drop) everything.
    void drain()
    {
        m_draining = true;
        if (m_socket) {
            m_socket->setReadBufferSize(0);
            m_socket->readAll();
        }
    }

private:
    void onReadyRead()
    {
        if (m_draining) {
            m_socket->readAll();
            return;
        }
        if (m_upgraded)
            return; // not reading: the bytes stay where they are
        m_head += m_socket->readAll();
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QByteArray key;
        for (const QByteArray &line : m_head.left(end).split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        }
        m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: " + Handshake::acceptFor(key) + "\r\n\r\n");
        m_upgraded = true;
        // A one-byte read buffer: Qt stops taking bytes from the kernel, so TCP's window closes.
        m_socket->setReadBufferSize(1);
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_head;
    bool m_upgraded = false;
    bool m_draining = false;
};

} // namespace

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
    settings.url = QUrl(server.url());
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
