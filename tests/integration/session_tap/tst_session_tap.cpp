// The wire tap as a session uses it, against peers on 127.0.0.1: foreign local processes that
// race the session to the tap's port get nowhere, back-pressure reaches the sending QWebSocket,
// a 101 that RFC 6455 accepts opens the session although QWebSocket 6.4 alone would refuse it,
// and wss:// to a plain server says the TLS handshake stalled.

#include "core/log/eventlog.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/handshake.h"
#include "core/session/session.h"
#include "core/tap/tapbackpressure.h"
#include "core/tap/taptunnel.h"
#include "core/tap/wiretap.h"
#include "sessionlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>
#include <vector>

namespace {

ConnectionSettings settingsFor(const QString &url)
{
    ConnectionSettings settings;
    settings.url = url;
    settings.handshakeTimeoutMs = 5000;
    return settings;
}

// An in-process echo server (QWebSocketServer); the first `goAway` connections are closed by the
// server with 1001 right after the handshake.
class EchoServer : public QObject
{
public:
    explicit EchoServer(int goAway = 0)
        : m_server(QStringLiteral("wsscope-test"), QWebSocketServer::NonSecureMode)
        , m_goAway(goAway)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                if (++connections <= m_goAway) {
                    socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("bye"));
                    continue;
                }
                connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &text) {
                    received.append(text);
                    socket->sendTextMessage(text);
                });
            }
        });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }
    quint16 port() const { return m_server.serverPort(); }

    QWebSocketServer m_server;
    int m_goAway = 0;
    int connections = 0;
    QStringList received;
};

// A raw TCP WebSocket server: reads the upgrade request, answers with `responseFor(key)`, and then
// either never reads again (a server that stopped reading) or speaks a little RFC 6455 by hand:
// it sends "hello", echoes text frames, and answers a Close frame with its own and closes.
class RawServer : public QObject
{
public:
    enum class Mode { Converse, NeverRead };

    RawServer(Mode mode, std::function<QByteArray(const QByteArray &key)> responseFor)
        : m_mode(mode)
        , m_responseFor(std::move(responseFor))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connection = socket;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(port()); }

    QPointer<QTcpSocket> connection;
    QStringList textsReceived;
    bool closeReceived = false;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        if (m_answered && m_mode == Mode::NeverRead)
            return;
        m_buffer += socket->readAll();
        if (!m_answered) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray key;
            for (const QByteArray &line : m_buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("sec-websocket-key:"))
                    key = line.mid(line.indexOf(':') + 1).trimmed();
            }
            m_buffer.remove(0, end + 4);
            m_answered = true;
            if (m_mode == Mode::NeverRead) {
                // Qt keeps at most this much; the kernel's window then closes (TCP flow control).
                socket->setReadBufferSize(16 * 1024);
                socket->write(m_responseFor(key));
                return;
            }
            socket->write(m_responseFor(key) + FrameEncoder::encode(FrameHeader::Text, "hello"));
        }
        // Client frames (RFC 6455 §5.2), short ones only: FIN+opcode, MASK+len < 126, key, payload.
        while (m_buffer.size() >= 6) {
            const quint8 opcode = quint8(m_buffer.at(0)) & 0x0f;
            const qsizetype length = quint8(m_buffer.at(1)) & 0x7f;
            if (length >= 126 || m_buffer.size() < 6 + length)
                return;
            QByteArray payload = m_buffer.mid(6, length);
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload.at(i) ^ m_buffer.at(2 + i % 4));
            m_buffer.remove(0, 6 + length);
            if (opcode == FrameHeader::Text) {
                textsReceived.append(QString::fromUtf8(payload));
                socket->write(FrameEncoder::encode(FrameHeader::Text, payload));
            } else if (opcode == FrameHeader::Close) {
                closeReceived = true;
                socket->write(FrameEncoder::encode(FrameHeader::Close, payload));
                socket->disconnectFromHost();
                return;
            }
        }
    }

    QTcpServer m_server;
    Mode m_mode;
    std::function<QByteArray(const QByteArray &)> m_responseFor;
    QByteArray m_buffer;
    bool m_answered = false;
};

// A 101 that RFC 6455 §4.1 and RFC 9110 accept and Qt 6.4 does not: upper-case header names and
// values, and Connection as a token list.
QByteArray lenient101(const QByteArray &key)
{
    return "HTTP/1.1 101 Switching Protocols\r\nUPGRADE: WebSocket\r\nConnection: keep-alive, Upgrade\r\n"
           "Sec-WebSocket-Accept: " + Handshake::acceptFor(key) + "\r\n\r\n";
}

QByteArray canonical101(const QByteArray &key)
{
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Accept: " + Handshake::acceptFor(key) + "\r\n\r\n";
}

QByteArray socksGreetingAndAuth(const QByteArray &user, const QByteArray &password)
{
    return QByteArray("\x05\x01\x02\x01", 4) + char(user.size()) + user + char(password.size()) + password;
}

QByteArray socksConnect(quint16 port)
{
    return QByteArray("\x05\x01\x00\x01\x7f\x00\x00\x01", 8) + char(port >> 8) + char(port & 0xff);
}

// The counts of the session's "N foreign connection(s) ... refused" notes.
QList<int> foreignNotes(const Session &session)
{
    QList<int> counts;
    for (const Event &event : SessionLog::eventsOf(session, EventKind::Info)) {
        const QString text = event.detail ? event.detail->text : QString();
        if (text.contains(QLatin1String("foreign connection")))
            counts.append(text.section(QLatin1Char(' '), 0, 0).toInt());
    }
    return counts;
}

// The resident set size in MiB where /proc says it (Linux), else -1: printed, not asserted.
qint64 residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

int sum(const QList<int> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0);
}

// Sends a text, sees the echo come back through the tap, closes with 1000: the attempt is ours.
bool exchangeAndClose(Session &session, const QString &text, QByteArray *why)
{
    QSignalSpy finished(&session, &Session::finished);
    const qsizetype echoes = SessionLog::framesOf(session, Direction::In, FrameHeader::Text).size();
    if (!QTest::qWaitFor([&] { return session.state() == SessionState::Open; }, 5000)) {
        *why = "never opened:\n" + SessionLog::describe(session);
        return false;
    }
    if (!session.sendText(text)) {
        *why = "send refused";
        return false;
    }
    if (!QTest::qWaitFor([&] { return SessionLog::framesOf(session, Direction::In, FrameHeader::Text).size() > echoes; },
                         5000)) {
        *why = "no echo:\n" + SessionLog::describe(session);
        return false;
    }
    if (SessionLog::framesOf(session, Direction::In, FrameHeader::Text).last().payload != text.toUtf8()) {
        *why = "wrong echo";
        return false;
    }
    if (!session.close(1000, QStringLiteral("done")) || !QTest::qWaitFor([&] { return finished.size() == 1; }, 5000)) {
        *why = "no clean end:\n" + SessionLog::describe(session);
        return false;
    }
    const Event close = SessionLog::eventsOf(session, EventKind::Close).last();
    if (close.detail->closeCode != 1000 || !close.detail->closeClean) {
        *why = "close code " + QByteArray::number(close.detail->closeCode) + ":\n" + SessionLog::describe(session);
        return false;
    }
    return true;
}

} // namespace

class TestSessionTap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void foreignConnectorBeforeAReconnect_data();
    void foreignConnectorBeforeAReconnect();
    void automaticReconnectWhileAForeignConnectionIsPending();
    void fiftyIdleForeignConnections();
    void qwebsocketAloneRejectsALenient101();
    void lenient101OpensTheSessionThroughTheTap();
    void wssToAPlainServerSaysTheTlsHandshakeStalled();
    void backPressureReachesTheSendingQWebSocket();
    void anUnansweredUpgradeIsBlamedOnWhoeverClosedFirst_data();
    void anUnansweredUpgradeIsBlamedOnWhoeverClosedFirst();
};

void TestSessionTap::initTestCase()
{
    qRegisterMetaType<Event>();
    qRegisterMetaType<SessionState>();
}

void TestSessionTap::foreignConnectorBeforeAReconnect_data()
{
    QTest::addColumn<QString>("foreign");
    QTest::newRow("An idle connection") << QStringLiteral("idle");
    QTest::newRow("A complete SOCKS exchange with wrong credentials") << QStringLiteral("wrong");
    QTest::newRow("The previous attempt's credentials, replayed") << QStringLiteral("replay");
}

void TestSessionTap::foreignConnectorBeforeAReconnect()
{
    QFETCH(QString, foreign);
    EchoServer server;
    Session session;
    session.setSettings(settingsFor(server.url()));
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    auto *tap = session.findChild<WireTap *>();
    QVERIFY(tap);
    tap->setNegotiationTimeout(500);
    const QNetworkProxy used = session.findChild<QWebSocket *>()->proxy();
    QByteArray why;
    QVERIFY2(exchangeAndClose(session, QStringLiteral("first"), &why), why.constData());

    // Another local process gets to the port first; the reopened session reuses it.
    QTcpSocket intruder;
    intruder.connectToHost(QHostAddress::LocalHost, session.tapPort());
    QVERIFY(intruder.waitForConnected(5000));
    QByteArray expectedReply;
    if (foreign == QLatin1String("wrong")) {
        intruder.write(socksGreetingAndAuth("EVIL<b>", "guess") + socksConnect(server.port()));
        expectedReply = QByteArray("\x05\x02\x01\x01", 4);
    } else if (foreign == QLatin1String("replay")) {
        intruder.write(socksGreetingAndAuth(used.user().toLatin1(), used.password().toLatin1()) + socksConnect(server.port()));
        expectedReply = QByteArray("\x05\x02\x01\x01", 4);
    }
    QTest::qWait(50);

    QVERIFY(session.open());
    QVERIFY2(exchangeAndClose(session, QStringLiteral("second"), &why), why.constData());
    QCOMPARE(server.connections, 2); // the intruder never reached the server
    QCOMPARE(server.received, (QStringList{ QStringLiteral("first"), QStringLiteral("second") }));
    QCOMPARE(SessionLog::eventsOf(session, EventKind::HandshakeRequest).size(), 2);
    QVERIFY2(SessionLog::eventsOf(session, EventKind::Error).isEmpty(), SessionLog::describe(session).constData());

    // Refused with the RFC 1929 failure status (or by the timeout), one note, nothing it chose.
    QTRY_COMPARE_WITH_TIMEOUT(intruder.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(intruder.readAll().toHex(), expectedReply.toHex());
    QTRY_COMPARE_WITH_TIMEOUT(foreignNotes(session), QList<int>{ 1 }, 5000);
    QVERIFY(!SessionLog::describe(session).contains("EVIL"));
    for (const Event &event : session.log()->events())
        QVERIFY(!event.detail || !event.detail->text.contains(QLatin1String("EVIL")));
}

void TestSessionTap::automaticReconnectWhileAForeignConnectionIsPending()
{
    EchoServer server(1); // the first connection is sent away with 1001
    ConnectionSettings settings = settingsFor(server.url());
    settings.reconnect.enabled = true;
    settings.reconnect.maxAttempts = 2;
    settings.reconnect.initialDelayMs = 300;
    Session session;
    session.setSettings(settings);
    QVERIFY(session.open());
    // As soon as the port is known, an intruder connects and stays silent.
    QTRY_VERIFY_WITH_TIMEOUT(session.tapPort() != 0, 5000);
    QTcpSocket intruder;
    intruder.connectToHost(QHostAddress::LocalHost, session.tapPort());
    QVERIFY(intruder.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(session.reconnectAttempt(), 1, 5000);
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).last().detail->closeCode, quint16(1001));
    QCOMPARE(intruder.state(), QAbstractSocket::ConnectedState); // still pending in the tap
    QByteArray why;
    QVERIFY2(exchangeAndClose(session, QStringLiteral("after reconnect"), &why), why.constData());
    QCOMPARE(server.connections, 2);
    QTRY_COMPARE_WITH_TIMEOUT(intruder.state(), QAbstractSocket::UnconnectedState, WireTap::NegotiationTimeoutMs + 2000);
    QTRY_COMPARE_WITH_TIMEOUT(foreignNotes(session), QList<int>{ 1 }, 5000);
}

void TestSessionTap::fiftyIdleForeignConnections()
{
    EchoServer server;
    Session session;
    session.setSettings(settingsFor(server.url()));
    QVERIFY(session.open());
    QByteArray why;
    QVERIFY2(exchangeAndClose(session, QStringLiteral("first"), &why), why.constData());
    auto *tap = session.findChild<WireTap *>();
    QVERIFY(tap);
    const int timeoutMs = 2000;
    tap->setNegotiationTimeout(timeoutMs);

    constexpr int Foreign = 50;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < Foreign; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, session.tapPort());
    }
    const auto closedCount = [&idle] {
        return int(std::count_if(idle.cbegin(), idle.cend(), [](const std::unique_ptr<QTcpSocket> &socket) {
            return socket->state() == QAbstractSocket::UnconnectedState;
        }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(closedCount(), Foreign - WireTap::MaxPendingConnections, 3000);
    QCOMPARE(tap->pendingConnections(), WireTap::MaxPendingConnections);

    QTest::qWait(WireTap::EvictableAfterMs + 50);
    QVERIFY(session.open());
    QVERIFY2(exchangeAndClose(session, QStringLiteral("second"), &why), why.constData());
    QCOMPARE(server.connections, 2);
    QTRY_COMPARE_WITH_TIMEOUT(closedCount(), Foreign, timeoutMs + 2000);
    QCOMPARE(tap->pendingConnections(), 0);
    // One note per burst (those closed at once, then those the timeout closed), every one counted.
    QTRY_COMPARE_WITH_TIMEOUT(sum(foreignNotes(session)), Foreign, 3000);
    QVERIFY(foreignNotes(session).size() <= 2);
}

void TestSessionTap::qwebsocketAloneRejectsALenient101()
{
    // Why the tap hands QWebSocket a canonical 101: Qt 6.4 on its own refuses this valid one.
    RawServer server(RawServer::Mode::Converse, lenient101);
    QWebSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QSignalSpy connected(&socket, &QWebSocket::connected);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QSignalSpy failed(&socket, &QWebSocket::errorOccurred);
#else
    QSignalSpy failed(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
#endif
    socket.open(QUrl(server.url()));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !connected.isEmpty(), 5000);
    QTest::qWait(100);
    QCOMPARE(connected.size(), 0);
    QVERIFY(!failed.isEmpty());
    QVERIFY(server.connection);
    socket.abort();
}

void TestSessionTap::lenient101OpensTheSessionThroughTheTap()
{
    RawServer server(RawServer::Mode::Converse, lenient101);
    Session session;
    session.setSettings(settingsFor(server.url()));
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    // The log has the bytes that came, not the canonical form QWebSocket got.
    const QList<Event> responses = SessionLog::eventsOf(session, EventKind::HandshakeResponse);
    QCOMPARE(responses.size(), 1);
    const QByteArray key = SessionLog::eventsOf(session, EventKind::HandshakeRequest).first().detail->http.value("Sec-WebSocket-Key");
    QCOMPARE(responses.first().detail->http.rawHead, lenient101(key));
    QVERIFY(responses.first().detail->handshakeProblems.isEmpty());
    QVERIFY(canonical101(key) != lenient101(key));

    // The frame that came right behind the head, then a round trip, then a clean close.
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::framesOf(session, Direction::In, FrameHeader::Text).size(), 1, 5000);
    QCOMPARE(SessionLog::framesOf(session, Direction::In, FrameHeader::Text).first().payload, QByteArray("hello"));
    QByteArray why;
    QVERIFY2(exchangeAndClose(session, QStringLiteral("through the tap"), &why), why.constData());
    QCOMPARE(server.textsReceived, QStringList{ QStringLiteral("through the tap") });
    QVERIFY(server.closeReceived);
    QVERIFY2(SessionLog::eventsOf(session, EventKind::Error).isEmpty(), SessionLog::describe(session).constData());
}

void TestSessionTap::wssToAPlainServerSaysTheTlsHandshakeStalled()
{
    QTcpServer plain; // accepts and stays silent, as a ws:// server does with a ClientHello
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    ConnectionSettings settings = settingsFor(QStringLiteral("wss://127.0.0.1:%1/").arg(plain.serverPort()));
    settings.handshakeTimeoutMs = 1500; // the tap gives up first, at 1.2 s
    Session session;
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(clock.elapsed() >= 1100);
    QVERIFY(plain.hasPendingConnections());
    const QStringList tls = SessionLog::errorTexts(session, ErrorCategory::Tls);
    QCOMPARE(tls.size(), 1);
    QCOMPARE(tls.first(), QStringLiteral("The TLS handshake with 127.0.0.1:%1 stalled: no answer within 1.2 s. "
                                         "Is it a plain ws:// server?").arg(plain.serverPort()));
    QVERIFY2(SessionLog::errorTexts(session, ErrorCategory::Timeout).isEmpty(), SessionLog::describe(session).constData());
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Error).size(), 1);
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).last().detail->closeCode, quint16(1006));
    QTcpSocket *server = plain.nextPendingConnection();
    QTRY_COMPARE_WITH_TIMEOUT(server->state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestSessionTap::backPressureReachesTheSendingQWebSocket()
{
    RawServer server(RawServer::Mode::NeverRead, canonical101);
    Session session;
    session.setSettings(settingsFor(server.url()));
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    auto *socket = session.findChild<QWebSocket *>();
    QPointer<TapTunnel> tunnel = session.findChild<TapTunnel *>();
    QVERIFY(socket && tunnel);
    QSignalSpy pressure(tunnel.data(), &TapTunnel::backPressureChanged);

    // 64 MiB to a server that does not read, 256 KiB every few milliseconds.
    const qint64 rssBefore = residentMiB();
    const QByteArray chunk(256 * 1024, 'p');
    constexpr int Chunks = 256;
    qint64 maxBuffered = 0;
    for (int i = 0; i < Chunks; ++i) {
        QVERIFY(session.sendBinary(chunk));
        QTest::qWait(2);
        maxBuffered = std::max(maxBuffered, tunnel->bufferedBytes());
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1500) {
        QTest::qWait(10);
        maxBuffered = std::max(maxBuffered, tunnel->bufferedBytes());
    }
    qInfo("tap buffered at most %lld bytes; QWebSocket holds %lld bytes; RSS %lld -> %lld MiB", maxBuffered,
          socket->bytesToWrite(), rssBefore, residentMiB());
    // The tap holds little: the high-water mark and one read at most.
    QVERIFY2(maxBuffered < TapBackPressure::HighWaterBytes + 4 * 1024 * 1024, QByteArray::number(maxBuffered).constData());
    QVERIFY(tunnel->isBackedUp(Direction::Out));
    QVERIFY(!pressure.isEmpty());
    QCOMPARE(pressure.first().at(0).value<Direction>(), Direction::Out);
    QCOMPARE(pressure.first().at(1).toBool(), true);
    // The pressure reached the sender, where the session can see it.
    QVERIFY2(socket->bytesToWrite() > 32 * 1024 * 1024, QByteArray::number(socket->bytesToWrite()).constData());
    // Abort still ends it, although the tap no longer reads QWebSocket's leg.
    session.abort();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Closed, 5000);
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).size(), 1);
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).last().detail->closeCode, quint16(1006));
    QTRY_VERIFY_WITH_TIMEOUT(!tunnel, 5000);
}

void TestSessionTap::anUnansweredUpgradeIsBlamedOnWhoeverClosedFirst_data()
{
    QTest::addColumn<bool>("userAborts");
    QTest::newRow("The user aborting while the server has not answered yet is no fault of the server's") << true;
    QTest::newRow("The server closing without answering the upgrade is the server's doing") << false;
}

void TestSessionTap::anUnansweredUpgradeIsBlamedOnWhoeverClosedFirst()
{
    QFETCH(bool, userAborts);
    QTcpServer silent; // accepts and reads the upgrade request, never answers it
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    Session session;
    session.setSettings(settingsFor(QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort())));
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 5000);
    QTcpSocket *server = silent.nextPendingConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!SessionLog::eventsOf(session, EventKind::HandshakeRequest).isEmpty(), 5000);
    if (userAborts)
        session.abort();
    else
        server->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);

    const QString target = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
    const QStringList blame = SessionLog::errorTexts(session, ErrorCategory::Handshake);
    const QString serversFault = QStringLiteral("%1 closed the connection without answering the upgrade request.").arg(target);
    QStringList notes;
    for (const Event &info : SessionLog::eventsOf(session, EventKind::Info))
        notes << info.detail->text;
    const QString ourAbort = QStringLiteral("The client closed the connection before %1 answered the upgrade request.").arg(target);
    if (userAborts) {
        QVERIFY2(blame.isEmpty(), SessionLog::describe(session).constData());
        QVERIFY2(notes.contains(ourAbort), SessionLog::describe(session).constData());
    } else {
        QVERIFY2(blame.contains(serversFault), SessionLog::describe(session).constData());
        QVERIFY2(!notes.contains(ourAbort), SessionLog::describe(session).constData());
    }
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).last().detail->closeCode, quint16(1006));
}

QTEST_GUILESS_MAIN(TestSessionTap)
#include "tst_session_tap.moc"
