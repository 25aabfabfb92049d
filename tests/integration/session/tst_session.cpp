// Session + wire tap against real peers on 127.0.0.1: an in-process QWebSocketServer, Debian's
// python3-websockets and Node's ws (tests/peers). Every test compares what the tap decoded with
// what the peer did.

#include "core/log/eventlog.h"
#include "core/session/session.h"
#include "sessionlog.h"
#include "core/tap/taptunnel.h"
#include "core/tap/wiretap.h"
#include "testpeer.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

ConnectionSettings settingsFor(const QString &url)
{
    ConnectionSettings settings;
    settings.url = url;
    settings.handshakeTimeoutMs = 5000;
    return settings;
}

// An in-process echo server (QWebSocketServer) counting what it received.
class EchoServer : public QObject
{
public:
    EchoServer()
        : m_server(QStringLiteral("wsscope-test"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                ++connections;
                connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &text) {
                    received.append(text.toUtf8());
                    socket->sendTextMessage(text);
                });
                connect(socket, &QWebSocket::binaryMessageReceived, socket, [this, socket](const QByteArray &data) {
                    received.append(data);
                    socket->sendBinaryMessage(data);
                });
                connect(socket, &QWebSocket::pong, socket, [this](quint64, const QByteArray &) { ++pongs; });
            }
        });
        connect(&m_server, &QWebSocketServer::acceptError, this, [this](QAbstractSocket::SocketError) { ++connections; });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/echo?x=1").arg(m_server.serverPort()); }
    quint16 port() const { return m_server.serverPort(); }

    QWebSocketServer m_server;
    int connections = 0;
    int pongs = 0;
    QList<QByteArray> received;
};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void echoThroughTheTapWithAnInProcessServer();
    void echoWithThePythonPeerMatchesWhatThePeerSaw_data();
    void echoWithThePythonPeerMatchesWhatThePeerSaw();
    void serverPushArrivesAsMessagesInOrder();
    void subprotocolNegotiation();
    void serverInitiatedClose_data();
    void serverInitiatedClose();
    void fragmentedMessageFromNodeWs();
    void serverPingsAreAnsweredAndRecorded_data();
    void serverPingsAreAnsweredAndRecorded();
    void ourPingGetsAPongWithRoundTripTime();
    void refusedUpgradeShowsStatusHeadersAndBody();
    void killedServerGives1006();
    void tapOffFallsBackToQWebSocket();
    void invalidSettingsAreRefusedAndNothingIsSent_data();
    void invalidSettingsAreRefusedAndNothingIsSent();
    void invalidSendsAreRefusedAndNothingIsSent_data();
    void invalidSendsAreRefusedAndNothingIsSent();
    void sendingWhileNotOpenIsRefused();
    void extensionsHeaderGivesAWarning();
    void refusedConnectionIsANetworkError();
    void silentServerHitsTheHandshakeTimeout();
    void reconnectRetriesWithBackoff();
    void pingIntervalSendsPingsWhileOpen();
    void upstreamSocksProxyCarriesTheConnection();
    void deadUpstreamProxyIsAProxyError();
    void aClosedSessionCanBeOpenedAgain();
    void destroyingAnOpenSessionIsSafe();
};

void TestSession::initTestCase()
{
    qRegisterMetaType<Event>();
    qRegisterMetaType<SessionState>();
}

void TestSession::echoThroughTheTapWithAnInProcessServer()
{
    EchoServer server;
    Session session;
    session.setSettings(settingsFor(server.url()));
    QSignalSpy finished(&session, &Session::finished);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    QVERIFY(session.isTapActive());

    QVERIFY(session.sendText(QStringLiteral("hello, tap"), &error));
    QVERIFY(session.sendBinary(QByteArray("\x00\x01\x02\xff", 4), &error));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 2, 5000);
    QCOMPARE(server.received, (QList<QByteArray>{ "hello, tap", QByteArray("\x00\x01\x02\xff", 4) }));

    // The exact request as it went upstream.
    const QList<Event> requests = SessionLog::eventsOf(session, EventKind::HandshakeRequest);
    QCOMPARE(requests.size(), 1);
    const HttpMessage &request = requests.first().detail->http;
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/echo?x=1"));
    QCOMPARE(request.value("Host"), QByteArray("127.0.0.1:") + QByteArray::number(server.port()));
    QCOMPARE(request.value("Sec-WebSocket-Version"), QByteArray("13"));
    QVERIFY(!request.value("Sec-WebSocket-Key").isEmpty());
    QVERIFY(request.rawHead.startsWith("GET /echo?x=1 HTTP/1.1\r\n"));

    const QList<Event> responses = SessionLog::eventsOf(session, EventKind::HandshakeResponse);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().detail->http.statusCode, 101);
    QVERIFY(responses.first().detail->acceptValid);
    QCOMPARE(responses.first().detail->acceptReceived, responses.first().detail->acceptExpected);

    // Client frames are masked (RFC 6455 §5.1), server frames are not.
    const QList<Event> outText = SessionLog::framesOf(session, Direction::Out, 0x1);
    QCOMPARE(outText.size(), 1);
    QVERIFY(outText.first().frame.masked);
    QVERIFY(outText.first().frame.fin);
    QCOMPARE(outText.first().payload, QByteArray("hello, tap"));
    QCOMPARE(outText.first().length, quint64(10));
    const QList<Event> inBinary = SessionLog::framesOf(session, Direction::In, 0x2);
    QCOMPARE(inBinary.size(), 1);
    QVERIFY(!inBinary.first().frame.masked);
    QCOMPARE(inBinary.first().payload, QByteArray("\x00\x01\x02\xff", 4));
    const QList<Event> messagesIn = SessionLog::messagesOf(session, Direction::In);
    QCOMPARE(messagesIn.at(0).frame.opcode, quint8(0x1));
    QCOMPARE(messagesIn.at(0).detail->frameCount, 1);
    QCOMPARE(messagesIn.at(1).frame.opcode, quint8(0x2));

    // A clean close initiated by us; the server's echo is recorded although QWebSocket does not wait for it.
    QVERIFY(session.close(1000, QStringLiteral("done"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(SessionLog::framesOf(session, Direction::Out, 0x8).size(), 1);
    QCOMPARE(SessionLog::framesOf(session, Direction::In, 0x8).size(), 1);
    const QList<Event> closes = SessionLog::eventsOf(session, EventKind::Close);
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.first().detail->closeCode, quint16(1000));
    QCOMPARE(closes.first().detail->closeReason, QStringLiteral("done"));
    QCOMPARE(closes.first().detail->closeInitiator, CloseInitiator::Client);
    QVERIFY(closes.first().detail->closeClean);
    QCOMPARE(session.state(), SessionState::Closed);
    QCOMPARE(SessionLog::statesOf(session),
             (QList<SessionState>{ SessionState::Connecting, SessionState::Handshaking, SessionState::Open,
                                   SessionState::Closing, SessionState::Closed }));
    // The Close event comes last but for the final state change.
    QCOMPARE(session.log()->events().back().kind, EventKind::State);
    QCOMPARE(session.log()->at(session.log()->size() - 2).kind, EventKind::Close);

    const Session::Stats stats = session.stats();
    QCOMPARE(stats.messagesOut, quint64(2));
    QCOMPARE(stats.messagesIn, quint64(2));
    QCOMPARE(stats.bytesOut, quint64(14));
    QCOMPARE(stats.bytesIn, quint64(14));
    QVERIFY(SessionLog::errorTexts(session, ErrorCategory::Protocol).isEmpty());
}

void TestSession::echoWithThePythonPeerMatchesWhatThePeerSaw_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("lengthBits");
    QTest::newRow("A 5-byte text message uses the 7-bit length") << 5 << 7;
    QTest::newRow("A 200-byte text message uses the 16-bit length") << 200 << 16;
    QTest::newRow("A 70000-byte text message uses the 64-bit length") << 70000 << 64;
}

void TestSession::echoWithThePythonPeerMatchesWhatThePeerSaw()
{
    QFETCH(int, size);
    QFETCH(int, lengthBits);
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, { QStringLiteral("--mode"), QStringLiteral("echo") }), qPrintable(peer.errorString()));
    Session session;
    session.setSettings(settingsFor(peer.url()));
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    QString text;
    for (int i = 0; i < size; ++i)
        text.append(QChar(u'a' + i % 26));
    QVERIFY(session.sendText(text));
    QVERIFY(peer.waitForLines(QStringLiteral("sent"), 1));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);

    // What the peer received is what the tap saw going out, and the other way round.
    const QJsonObject received = peer.lines(QStringLiteral("received")).first();
    const QJsonObject sent = peer.lines(QStringLiteral("sent")).first();
    const Event out = SessionLog::framesOf(session, Direction::Out, 0x1).first();
    const Event in = SessionLog::framesOf(session, Direction::In, 0x1).first();
    QCOMPARE(QString::fromUtf8(out.payload), received.value(QLatin1String("data")).toString());
    QCOMPARE(qint64(out.length), qint64(received.value(QLatin1String("length")).toInt()));
    QCOMPARE(QString::fromUtf8(in.payload), sent.value(QLatin1String("data")).toString());
    QCOMPARE(int(in.frame.lengthBits), lengthBits);
    QCOMPARE(int(out.frame.lengthBits), lengthBits);
    QVERIFY(out.frame.masked);
    QVERIFY(!in.frame.masked);

    const Event response = SessionLog::eventsOf(session, EventKind::HandshakeResponse).first();
    QVERIFY(response.detail->acceptValid);
    QVERIFY(response.detail->handshakeProblems.isEmpty());
    QVERIFY(response.detail->http.value("Server").startsWith("Python"));

    QVERIFY(session.close());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(peer.waitForLines(QStringLiteral("closed"), 1));
    QCOMPARE(peer.lines(QStringLiteral("closed")).first().value(QLatin1String("code")).toInt(), 1000);
    const Event close = SessionLog::eventsOf(session, EventKind::Close).first();
    QCOMPARE(close.detail->closeCode, quint16(1000));
    QCOMPARE(close.detail->closeInitiator, CloseInitiator::Client);
    QVERIFY(close.detail->closeClean);
    QCOMPARE(SessionLog::framesOf(session, Direction::In, 0x8).size(), 1);
}

void TestSession::serverPushArrivesAsMessagesInOrder()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, { QStringLiteral("--mode"), QStringLiteral("push"), QStringLiteral("--count"), QStringLiteral("5") }),
             qPrintable(peer.errorString()));
    Session session;
    session.setSettings(settingsFor(peer.url()));
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 5, 5000);
    QVERIFY(peer.waitForLines(QStringLiteral("sent"), 5));
    const QList<Event> messages = SessionLog::messagesOf(session, Direction::In);
    const QList<QJsonObject> sent = peer.lines(QStringLiteral("sent"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(QString::fromUtf8(messages.at(i).payload), sent.at(i).value(QLatin1String("data")).toString());
    QCOMPARE(session.stats().messagesIn, quint64(5));
    session.abort();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Closed, 5000);
}

void TestSession::subprotocolNegotiation()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, { QStringLiteral("--subprotocols"), QStringLiteral("chat.v2,chat.v1") }),
             qPrintable(peer.errorString()));
    ConnectionSettings settings = settingsFor(peer.url());
    settings.subprotocols = QStringList{ QStringLiteral("chat.v1"), QStringLiteral("chat.v2") };
    settings.origin = QStringLiteral("https://wsscope.test");
    Session session;
    session.setSettings(settings);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    QVERIFY(peer.waitForLines(QStringLiteral("open"), 1));
    const QString chosen = peer.lines(QStringLiteral("open")).first().value(QLatin1String("subprotocol")).toString();
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(session.subprotocol(), chosen);
    const Event request = SessionLog::eventsOf(session, EventKind::HandshakeRequest).first();
    QCOMPARE(request.detail->http.tokens("Sec-WebSocket-Protocol"), (QList<QByteArray>{ "chat.v1", "chat.v2" }));
    QCOMPARE(request.detail->http.values("Origin"), QList<QByteArray>{ "https://wsscope.test" });
    bool originAtPeer = false;
    for (const QJsonValue &header : peer.lines(QStringLiteral("open")).first().value(QLatin1String("request_headers")).toArray()) {
        originAtPeer = originAtPeer
                || (header.toArray().at(0).toString() == QLatin1String("Origin")
                    && header.toArray().at(1).toString() == QLatin1String("https://wsscope.test"));
    }
    QVERIFY(originAtPeer);
    const Event response = SessionLog::eventsOf(session, EventKind::HandshakeResponse).first();
    QCOMPARE(QString::fromLatin1(response.detail->http.value("Sec-WebSocket-Protocol")), chosen);
    session.abort();
}

void TestSession::serverInitiatedClose_data()
{
    QTest::addColumn<bool>("node");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Python closes with 4001 and a reason")
            << false << QStringList{ QStringLiteral("--mode"), QStringLiteral("close"), QStringLiteral("--code"), QStringLiteral("4001"), QStringLiteral("--reason"), QStringLiteral("bye now") }
            << 4001 << QStringLiteral("bye now");
    QTest::newRow("Python closes with 1001 going away")
            << false << QStringList{ QStringLiteral("--mode"), QStringLiteral("close"), QStringLiteral("--code"), QStringLiteral("1001"), QStringLiteral("--reason"), QStringLiteral("restarting") }
            << 1001 << QStringLiteral("restarting");
    QTest::newRow("Python closes with 1012, reported as received and not rewritten to 1002")
            << false << QStringList{ QStringLiteral("--mode"), QStringLiteral("close"), QStringLiteral("--code"), QStringLiteral("1012"), QStringLiteral("--reason"), QStringLiteral("service restart") }
            << 1012 << QStringLiteral("service restart");
    QTest::newRow("Node closes with 1013 try again later")
            << true << QStringList{ QStringLiteral("close"), QStringLiteral("1013"), QStringLiteral("busy") }
            << 1013 << QStringLiteral("busy");
    QTest::newRow("Node sends an empty Close frame, which is 1005 and not Qt's default 1000")
            << true << QStringList{ QStringLiteral("close-empty") } << 1005 << QString();
}

void TestSession::serverInitiatedClose()
{
    QFETCH(bool, node);
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, reason);
    TestPeer peer;
    QVERIFY2(peer.start(node ? TestPeer::Kind::Node : TestPeer::Kind::Python, arguments), qPrintable(peer.errorString()));
    Session session;
    session.setSettings(settingsFor(peer.url()));
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const QList<Event> closes = SessionLog::eventsOf(session, EventKind::Close);
    QCOMPARE(closes.size(), 1);
    QCOMPARE(int(closes.first().detail->closeCode), code);
    QCOMPARE(closes.first().detail->closeReason, reason);
    QCOMPARE(closes.first().detail->closeInitiator, CloseInitiator::Server);
    QVERIFY(closes.first().detail->closeClean);
    QCOMPARE(SessionLog::framesOf(session, Direction::In, 0x8).size(), 1);
    QCOMPARE(SessionLog::framesOf(session, Direction::Out, 0x8).size(), 1); // QWebSocket's reply
    QVERIFY(SessionLog::statesOf(session).contains(SessionState::Closing));
    QCOMPARE(session.state(), SessionState::Closed);
    QVERIFY(SessionLog::errorTexts(session, ErrorCategory::Protocol).isEmpty());
}

void TestSession::fragmentedMessageFromNodeWs()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Node, { QStringLiteral("fragments"), QStringLiteral("Hel"), QStringLiteral("lo, "), QStringLiteral("wörld") }),
             qPrintable(peer.errorString()));
    Session session;
    session.setSettings(settingsFor(peer.url()));
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);
    QVERIFY(peer.waitForLines(QStringLiteral("sent"), 3));
    const QList<Event> frames = SessionLog::framesOf(session, Direction::In);
    QCOMPARE(frames.size(), 3);
    const QList<QJsonObject> sent = peer.lines(QStringLiteral("sent"));
    const quint8 opcodes[] = { 0x1, 0x0, 0x0 };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(frames.at(i).frame.opcode, opcodes[i]);
        QCOMPARE(frames.at(i).frame.fin, sent.at(i).value(QLatin1String("fin")).toBool());
        QCOMPARE(QString::fromUtf8(frames.at(i).payload), sent.at(i).value(QLatin1String("data")).toString());
    }
    const Event message = SessionLog::messagesOf(session, Direction::In).first();
    QCOMPARE(message.detail->frameCount, 3);
    QCOMPARE(message.frame.opcode, quint8(0x1));
    QCOMPARE(QString::fromUtf8(message.payload), QStringLiteral("Hello, wörld"));
    QCOMPARE(message.length, quint64(QStringLiteral("Hello, wörld").toUtf8().size()));
    session.abort();
}

void TestSession::serverPingsAreAnsweredAndRecorded_data()
{
    QTest::addColumn<bool>("node");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("Python sends three pings and waits for each pong")
            << false << QStringList{ QStringLiteral("--mode"), QStringLiteral("ping"), QStringLiteral("--count"), QStringLiteral("3") } << QStringLiteral("ping-");
    QTest::newRow("Node sends three pings at once")
            << true << QStringList{ QStringLiteral("ping"), QStringLiteral("3") } << QStringLiteral("node-ping-");
}

void TestSession::serverPingsAreAnsweredAndRecorded()
{
    QFETCH(bool, node);
    QFETCH(QStringList, arguments);
    QFETCH(QString, prefix);
    TestPeer peer;
    QVERIFY2(peer.start(node ? TestPeer::Kind::Node : TestPeer::Kind::Python, arguments), qPrintable(peer.errorString()));
    Session session;
    session.setSettings(settingsFor(peer.url()));
    QVERIFY(session.open());
    // QWebSocket answers pings silently; only the tap shows them.
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::framesOf(session, Direction::Out, FrameHeader::Pong).size(), 3, 5000);
    QVERIFY(peer.waitForLines(QStringLiteral("pong"), 3));
    const QList<Event> pings = SessionLog::framesOf(session, Direction::In, FrameHeader::Ping);
    const QList<Event> pongs = SessionLog::framesOf(session, Direction::Out, FrameHeader::Pong);
    QCOMPARE(pings.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QByteArray expected = (prefix + QString::number(i)).toUtf8();
        QCOMPARE(pings.at(i).payload, expected);
        QVERIFY(!pings.at(i).frame.masked);
        QCOMPARE(pongs.at(i).payload, expected);
        QVERIFY(pongs.at(i).frame.masked);
        QCOMPARE(pongs.at(i).frame.opcode, quint8(0xA));
        QVERIFY(!pongs.at(i).detail); // not an answer to our ping: no RTT
    }
    session.abort();
}

void TestSession::ourPingGetsAPongWithRoundTripTime()
{
    EchoServer server;
    Session session;
    session.setSettings(settingsFor(server.url()));
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    QString error;
    QVERIFY2(session.ping("rtt?", &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::framesOf(session, Direction::In, FrameHeader::Pong).size(), 1, 5000);
    const Event ping = SessionLog::framesOf(session, Direction::Out, FrameHeader::Ping).first();
    QCOMPARE(ping.payload, QByteArray("rtt?"));
    const Event pong = SessionLog::framesOf(session, Direction::In, FrameHeader::Pong).first();
    QCOMPARE(pong.payload, QByteArray("rtt?"));
    QVERIFY(pong.detail);
    QVERIFY(pong.detail->rttUs >= 0);
    QVERIFY(pong.detail->rttUs < 5000000);
    QCOMPARE(session.stats().lastRttUs, pong.detail->rttUs);
    session.abort();
}

void TestSession::refusedUpgradeShowsStatusHeadersAndBody()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, { QStringLiteral("--mode"), QStringLiteral("refuse"), QStringLiteral("--status"), QStringLiteral("401"),
                                                  QStringLiteral("--body"), QStringLiteral("token missing or expired\n") }),
             qPrintable(peer.errorString()));
    Session session;
    session.setSettings(settingsFor(peer.url()));
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const QList<Event> responses = SessionLog::eventsOf(session, EventKind::HandshakeResponse);
    QVERIFY2(responses.size() == 1, SessionLog::describe(session).constData());
    const HttpMessage &response = responses.first().detail->http;
    QCOMPARE(response.statusCode, 401);
    QCOMPARE(response.reasonPhrase, QByteArray("Unauthorized"));
    QCOMPARE(response.value("WWW-Authenticate"), QByteArray("Bearer realm=\"wsscope-test\""));
    QCOMPARE(response.value("X-Test-Peer"), QByteArray("refuse"));
    QCOMPARE(response.body, QByteArray("token missing or expired\n"));
    QVERIFY(!responses.first().detail->acceptValid);
    const QStringList handshakeErrors = SessionLog::errorTexts(session, ErrorCategory::Handshake);
    QCOMPARE(handshakeErrors.size(), 1);
    QVERIFY2(handshakeErrors.first().contains(QLatin1String("401")), qPrintable(handshakeErrors.first()));
    QCOMPARE(session.state(), SessionState::Closed);
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).size(), 1);
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).first().detail->closeCode, quint16(1006));
    QVERIFY(!SessionLog::statesOf(session).contains(SessionState::Open));
}

void TestSession::killedServerGives1006()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    Session session;
    session.setSettings(settingsFor(peer.url()));
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    QVERIFY(session.sendText(QStringLiteral("before")));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);
    peer.kill();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const QList<Event> closes = SessionLog::eventsOf(session, EventKind::Close);
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.first().detail->closeCode, quint16(1006));
    QCOMPARE(closes.first().detail->closeInitiator, CloseInitiator::None);
    QVERIFY(!closes.first().detail->closeClean);
    QVERIFY(SessionLog::framesOf(session, Direction::None, 0x8).isEmpty());
}

void TestSession::tapOffFallsBackToQWebSocket()
{
    EchoServer server;
    ConnectionSettings settings = settingsFor(server.url());
    settings.tapEnabled = false;
    Session session;
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    QVERIFY(!session.isTapActive());
    QVERIFY(session.sendText(QStringLiteral("plain")));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);
    QCOMPARE(SessionLog::messagesOf(session, Direction::In).first().payload, QByteArray("plain"));
    QCOMPARE(SessionLog::messagesOf(session, Direction::Out).size(), 1);
    // Tap off: every frame event is what QWebSocket reported, without a header.
    for (const Event &frame : SessionLog::eventsOf(session, EventKind::Frame))
        QVERIFY(!frame.frame.headerKnown());
    const QList<Event> infos = SessionLog::eventsOf(session, EventKind::Info);
    QVERIFY(!infos.isEmpty());
    QVERIFY(infos.first().detail->text.contains(QLatin1String("frame headers")));
    QVERIFY(infos.first().detail->text.contains(QLatin1String("Close reply")));
    const QList<Event> requests = SessionLog::eventsOf(session, EventKind::HandshakeRequest);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().detail->http.target, QByteArray("/echo?x=1"));
    QVERIFY(SessionLog::eventsOf(session, EventKind::HandshakeResponse).isEmpty());
    QVERIFY(session.ping("p"));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::framesOf(session, Direction::In, FrameHeader::Pong).size(), 1, 5000);
    QVERIFY(session.close(4000, QStringLiteral("tap off")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const Event close = SessionLog::eventsOf(session, EventKind::Close).first();
    QCOMPARE(close.detail->closeCode, quint16(4000));
    QCOMPARE(close.detail->closeInitiator, CloseInitiator::Client);
    QCOMPARE(SessionLog::statesOf(session).last(), SessionState::Closed);
}

void TestSession::invalidSettingsAreRefusedAndNothingIsSent_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("headerName");
    QTest::addColumn<QString>("headerValue");
    QTest::addColumn<QString>("subprotocol");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("expected");
    const QString good = QStringLiteral("ws://127.0.0.1:%1/");
    QTest::newRow("An http:// URL is not a WebSocket URL")
            << QStringLiteral("http://127.0.0.1:%1/") << QString() << QString() << QString() << QString() << QStringLiteral("ws:// or wss://");
    QTest::newRow("An ftp:// URL has an unsupported scheme")
            << QStringLiteral("ftp://127.0.0.1:%1/") << QString() << QString() << QString() << QString() << QStringLiteral("Unsupported URL scheme");
    QTest::newRow("A URL with a fragment is refused (RFC 6455 §3)")
            << QStringLiteral("ws://127.0.0.1:%1/#frag") << QString() << QString() << QString() << QString() << QStringLiteral("fragment");
    QTest::newRow("A header name with a space is not a token")
            << good << QStringLiteral("Bad Header") << QStringLiteral("x") << QString() << QString() << QStringLiteral("not a valid header name");
    QTest::newRow("A Host header would be sent twice")
            << good << QStringLiteral("Host") << QStringLiteral("example.com") << QString() << QString() << QStringLiteral("send it twice");
    QTest::newRow("A Sec-WebSocket-Key header would be sent twice")
            << good << QStringLiteral("Sec-WebSocket-Key") << QStringLiteral("abc") << QString() << QString() << QStringLiteral("send it twice");
    QTest::newRow("A header value with a line break is refused")
            << good << QStringLiteral("X-Test") << QStringLiteral("a\r\nInjected: yes") << QString() << QString() << QStringLiteral("control character");
    QTest::newRow("A subprotocol with a space is not a token")
            << good << QString() << QString() << QStringLiteral("chat v1") << QString() << QStringLiteral("not a valid subprotocol");
    QTest::newRow("A CA file that does not exist is refused")
            << good << QString() << QString() << QString() << QStringLiteral("/nonexistent/wsscope-ca.pem") << QStringLiteral("does not exist");
}

void TestSession::invalidSettingsAreRefusedAndNothingIsSent()
{
    QFETCH(QString, url);
    QFETCH(QString, headerName);
    QFETCH(QString, headerValue);
    QFETCH(QString, subprotocol);
    QFETCH(QString, caFile);
    QFETCH(QString, expected);
    EchoServer server;
    ConnectionSettings settings = settingsFor(url.arg(server.port()));
    if (!headerName.isEmpty())
        settings.headers.append(HeaderEntry{ headerName, headerValue, true });
    if (!subprotocol.isEmpty())
        settings.subprotocols.append(subprotocol);
    settings.tls.caFile = caFile;
    Session session;
    session.setSettings(settings);
    QString error;
    QVERIFY(!session.open(&error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    const QStringList usage = SessionLog::errorTexts(session, ErrorCategory::Usage);
    QCOMPARE(usage, QStringList{ error });
    QCOMPARE(session.state(), SessionState::Idle);
    QTest::qWait(100);
    QCOMPARE(server.connections, 0);
    QVERIFY(SessionLog::eventsOf(session, EventKind::HandshakeRequest).isEmpty());
}

void TestSession::invalidSendsAreRefusedAndNothingIsSent_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");
    QTest::newRow("A ping payload of 126 bytes is too long for a control frame")
            << QStringLiteral("ping") << 0 << QByteArray(126, 'p') << QStringLiteral("at most 125 bytes");
    QTest::newRow("Close code 1005 may not be sent")
            << QStringLiteral("close") << 1005 << QByteArray() << QStringLiteral("1005");
    QTest::newRow("Close code 1006 may not be sent")
            << QStringLiteral("close") << 1006 << QByteArray() << QStringLiteral("1006");
    QTest::newRow("Close code 999 is below the defined range")
            << QStringLiteral("close") << 999 << QByteArray() << QStringLiteral("999");
    QTest::newRow("Close code 5000 is above the defined range")
            << QStringLiteral("close") << 5000 << QByteArray() << QStringLiteral("5000");
    QTest::newRow("A 124-byte close reason does not fit")
            << QStringLiteral("close") << 1000 << QByteArray(124, 'r') << QStringLiteral("124 bytes");
    QTest::newRow("A 62-character close reason of 2-byte UTF-8 characters is 124 bytes")
            << QStringLiteral("close") << 1000 << QStringLiteral("é").repeated(62).toUtf8() << QStringLiteral("124 bytes");
}

void TestSession::invalidSendsAreRefusedAndNothingIsSent()
{
    QFETCH(QString, action);
    QFETCH(int, code);
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);
    EchoServer server;
    Session session;
    session.setSettings(settingsFor(server.url()));
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    const qsizetype framesBefore = SessionLog::framesOf(session, Direction::Out).size();
    QString error;
    if (action == QLatin1String("ping"))
        QVERIFY(!session.ping(payload, &error));
    else
        QVERIFY(!session.close(quint16(code), QString::fromUtf8(payload), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(SessionLog::errorTexts(session, ErrorCategory::Usage), QStringList{ error });
    QTest::qWait(100);
    QCOMPARE(SessionLog::framesOf(session, Direction::Out).size(), framesBefore);
    QCOMPARE(server.pongs, 0);
    QCOMPARE(session.state(), SessionState::Open);
    // Still usable afterwards.
    QVERIFY(session.sendText(QStringLiteral("still here")));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);
    session.abort();
}

void TestSession::sendingWhileNotOpenIsRefused()
{
    Session session;
    QString error;
    QVERIFY(!session.sendText(QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("Not connected")), qPrintable(error));
    QVERIFY(!session.sendBinary("x", &error));
    QVERIFY(!session.ping({}, &error));
    QVERIFY(!session.close(1000, {}, &error));
    QCOMPARE(session.state(), SessionState::Idle);
}

void TestSession::extensionsHeaderGivesAWarning()
{
    EchoServer server;
    ConnectionSettings settings = settingsFor(server.url());
    settings.headers.append(HeaderEntry{ QStringLiteral("Sec-WebSocket-Extensions"), QStringLiteral("x-nothing"), true });
    settings.headers.append(HeaderEntry{ QStringLiteral("X-Disabled"), QStringLiteral("no"), false });
    settings.headers.append(HeaderEntry{ QStringLiteral("Authorization"), QStringLiteral("Bearer abc"), true });
    Session session;
    session.setSettings(settings);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    bool warned = false;
    for (const Event &info : SessionLog::eventsOf(session, EventKind::Info))
        warned = warned || info.detail->text.contains(QLatin1String("Sec-WebSocket-Extensions"));
    QVERIFY(warned);
    const HttpMessage &request = SessionLog::eventsOf(session, EventKind::HandshakeRequest).first().detail->http;
    QCOMPARE(request.value("Authorization"), QByteArray("Bearer abc"));
    QCOMPARE(request.value("Sec-WebSocket-Extensions"), QByteArray("x-nothing"));
    QVERIFY(!request.hasHeader("X-Disabled"));
    session.abort();
}

void TestSession::refusedConnectionIsANetworkError()
{
    // A bound but not listening socket holds the port (so no one else, e.g. the tap, gets it)
    // and makes every connection to it fail with "refused".
    QTcpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    const quint16 port = holder.localPort();
    Session session;
    session.setSettings(settingsFor(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const QStringList network = SessionLog::errorTexts(session, ErrorCategory::Network);
    QVERIFY2(network.size() == 1, SessionLog::describe(session).constData());
    QVERIFY2(network.first().contains(QLatin1String("refused")), qPrintable(network.first()));
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Error).size(), 1); // Qt's SOCKS error text is suppressed
    // Qt may retry through the tap after a refusal; the log says the sentence once, not again as a note.
    QTest::qWait(200);
    for (const Event &info : SessionLog::eventsOf(session, EventKind::Info))
        QVERIFY2(info.detail->text != network.first(), SessionLog::describe(session).constData());
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).first().detail->closeCode, quint16(1006));
    QCOMPARE(session.state(), SessionState::Closed);
}

void TestSession::silentServerHitsTheHandshakeTimeout()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ConnectionSettings settings = settingsFor(QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort()));
    settings.handshakeTimeoutMs = 300;
    Session session;
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(SessionLog::errorTexts(session, ErrorCategory::Timeout).size(), 1);
    QVERIFY(SessionLog::statesOf(session).contains(SessionState::Handshaking));
    QCOMPARE(session.state(), SessionState::Closed);
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).size(), 1);
}

void TestSession::reconnectRetriesWithBackoff()
{
    QTcpSocket holder; // bound, not listening: connections are refused
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    const quint16 port = holder.localPort();
    ConnectionSettings settings = settingsFor(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    settings.reconnect.enabled = true;
    settings.reconnect.maxAttempts = 2;
    settings.reconnect.initialDelayMs = 50;
    settings.reconnect.maxDelayMs = 80;
    Session session;
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).size(), 3);
    QStringList scheduled;
    for (const Event &info : SessionLog::eventsOf(session, EventKind::Info)) {
        if (info.detail->text.startsWith(QLatin1String("Reconnecting in")))
            scheduled.append(info.detail->text);
    }
    QCOMPARE(scheduled, (QStringList{ QStringLiteral("Reconnecting in 50 ms (attempt 1 of 2)."),
                                      QStringLiteral("Reconnecting in 80 ms (attempt 2 of 2).") }));
}

void TestSession::pingIntervalSendsPingsWhileOpen()
{
    EchoServer server;
    ConnectionSettings settings = settingsFor(server.url());
    settings.pingIntervalMs = 40;
    Session session;
    session.setSettings(settings);
    QVERIFY(session.open());
    QTRY_VERIFY_WITH_TIMEOUT(SessionLog::framesOf(session, Direction::In, FrameHeader::Pong).size() >= 3, 5000);
    QVERIFY(SessionLog::framesOf(session, Direction::Out, FrameHeader::Ping).size() >= 3);
    QVERIFY(session.stats().lastRttUs >= 0);
    session.abort();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Closed, 5000);
    const qsizetype pings = SessionLog::framesOf(session, Direction::Out, FrameHeader::Ping).size();
    QTest::qWait(150);
    QCOMPARE(SessionLog::framesOf(session, Direction::Out, FrameHeader::Ping).size(), pings); // the timer stopped
}

void TestSession::upstreamSocksProxyCarriesTheConnection()
{
    // Another tap instance serves as the user's upstream SOCKS5 proxy (with credentials).
    WireTap proxy("proxy-user", "proxy-pass");
    QVERIFY(proxy.listen());
    int proxied = 0;
    connect(&proxy, &WireTap::tunnelStarted, this, [&proxied](TapTunnel *) { ++proxied; });
    EchoServer server;
    ConnectionSettings settings = settingsFor(server.url());
    settings.proxy = QStringLiteral("socks5://proxy-user:proxy-pass@127.0.0.1:%1").arg(proxy.port());
    Session session;
    session.setSettings(settings);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
    QCOMPARE(proxied, 1);
    QVERIFY(session.sendText(QStringLiteral("via proxy")));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);
    session.abort();
}

void TestSession::deadUpstreamProxyIsAProxyError()
{
    QTcpSocket holder; // bound, not listening: the "proxy" refuses connections
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    EchoServer server;
    ConnectionSettings settings = settingsFor(server.url());
    settings.proxy = QStringLiteral("socks5://127.0.0.1:%1").arg(holder.localPort());
    Session session;
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const QStringList proxyErrors = SessionLog::errorTexts(session, ErrorCategory::Proxy);
    QVERIFY2(proxyErrors.size() == 1, SessionLog::describe(session).constData());
    QVERIFY2(proxyErrors.first().contains(QStringLiteral("127.0.0.1:%1").arg(holder.localPort())), qPrintable(proxyErrors.first()));
    QCOMPARE(server.connections, 0);
}

void TestSession::aClosedSessionCanBeOpenedAgain()
{
    EchoServer server;
    Session session;
    session.setSettings(settingsFor(server.url()));
    QSignalSpy finished(&session, &Session::finished);
    for (int round = 1; round <= 2; ++round) {
        QVERIFY(session.open());
        QString error;
        QVERIFY(!session.open(&error)); // not twice at once
        QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 5000);
        QVERIFY(session.close());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), round, 5000);
    }
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).size(), 2);
    QCOMPARE(server.connections, 2);
}

void TestSession::destroyingAnOpenSessionIsSafe()
{
    EchoServer server;
    auto session = std::make_unique<Session>();
    session->setSettings(settingsFor(server.url()));
    QVERIFY(session->open());
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Open, 5000);
    QVERIFY(session->sendText(QStringLiteral("bye")));
    session.reset();
    QTest::qWait(50); // queued deliveries to the dead session must not crash
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
