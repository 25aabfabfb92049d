// The built-in test server refuses what a web page (or a flood) could do with it: a foreign
// Origin or Host, too many clients, heads that are not HTTP or too large, a client that queues
// more than it reads. The rules are checked as a unit, then end to end against a running server
// with raw TCP clients (to see the HTTP answers) and QWebSocket clients.
#include "core/protocol/httpparser.h"
#include "core/testserver/testserver.h"
#include "core/testserver/testserverpolicy.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>

#include <memory>

namespace {

HttpMessage request(const QByteArray &head)
{
    HttpParser parser(HttpParser::Kind::Request);
    parser.feed(head);
    return parser.message();
}

QByteArray upgradeHead(quint16 port, const QByteArray &extra = {}, const QByteArray &host = {})
{
    return "GET /echo HTTP/1.1\r\nHost: " + (host.isNull() ? "127.0.0.1:" + QByteArray::number(port) : host)
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n"
            + extra + "\r\n";
}

// What the server answers `bytes` with, until it closes the connection (or 5 s pass).
QByteArray exchange(quint16 port, const QByteArray &bytes, bool *closed = nullptr)
{
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, port);
    // The server runs in this thread: wait with the event loop running, never with waitFor…().
    if (!QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::ConnectedState; }, 5000))
        return "(no connection)";
    raw.write(bytes);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (raw.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        QTest::qWait(10);
        answer += raw.readAll();
        if (answer.startsWith("HTTP/1.1 101"))
            break; // an upgrade stays open
    }
    answer += raw.readAll();
    if (closed)
        *closed = raw.state() != QAbstractSocket::ConnectedState;
    return answer;
}

} // namespace

class TestTestServerPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ownHosts_data();
    void ownHosts();
    void ownOrigins_data();
    void ownOrigins();
    void admitsOnlyAnUpgradeFromItself_data();
    void admitsOnlyAnUpgradeFromItself();
    void theRefusalIsAWholeHttpResponse();

    void aWebPageOriginIsRefusedBeforeTheUpgrade_data();
    void aWebPageOriginIsRefusedBeforeTheUpgrade();
    void aQWebSocketWithAForeignOriginCannotConnect();
    void aRebindingHostIsRefused();
    void plainHttpAndGarbageGetAnAnswer();
    void anOversizedHeadIsRefused();
    void aSilentConnectionIsDropped();
    void clientsAreCapped();
    void aClientThatQueuesTooMuchIsClosed();
    void anOversizedMessageIsRefused();
};

void TestTestServerPolicy::ownHosts_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("own");
    QTest::newRow("127.0.0.1 with the port") << QByteArray("127.0.0.1:4321") << true;
    QTest::newRow("localhost, any case") << QByteArray("LocalHost:4321") << true;
    QTest::newRow("IPv6 loopback") << QByteArray("[::1]:4321") << true;
    QTest::newRow("another port") << QByteArray("127.0.0.1:4322") << false;
    QTest::newRow("no port") << QByteArray("127.0.0.1") << false;
    QTest::newRow("a rebinding name") << QByteArray("attacker.example:4321") << false;
    QTest::newRow("a name ending like localhost") << QByteArray("evil.localhost.example:4321") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("port not a number") << QByteArray("127.0.0.1:43x1") << false;
}

void TestTestServerPolicy::ownHosts()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, own);
    QCOMPARE(TestServerPolicy::isOwnHost(host, 4321), own);
}

void TestTestServerPolicy::ownOrigins_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<bool>("own");
    QTest::newRow("the server itself over http") << QByteArray("http://127.0.0.1:4321") << true;
    QTest::newRow("the server itself as ws") << QByteArray("ws://localhost:4321") << true;
    QTest::newRow("a local page on another port") << QByteArray("http://127.0.0.1:8080") << false;
    QTest::newRow("a web site") << QByteArray("https://attacker.example") << false;
    QTest::newRow("a file:// page (null)") << QByteArray("null") << false;
    QTest::newRow("a path is no origin") << QByteArray("http://127.0.0.1:4321/x") << false;
    QTest::newRow("another scheme") << QByteArray("chrome-extension://127.0.0.1:4321") << false;
}

void TestTestServerPolicy::ownOrigins()
{
    QFETCH(QByteArray, origin);
    QFETCH(bool, own);
    QCOMPARE(TestServerPolicy::isOwnOrigin(origin, 4321), own);
}

void TestTestServerPolicy::admitsOnlyAnUpgradeFromItself_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("status");
    QTest::newRow("no Origin: admitted") << upgradeHead(4321) << 0 << 0;
    QTest::newRow("its own Origin: admitted") << upgradeHead(4321, "Origin: http://127.0.0.1:4321\r\n") << 0 << 0;
    QTest::newRow("a web page's Origin") << upgradeHead(4321, "Origin: https://attacker.example\r\n") << 0 << 403;
    QTest::newRow("one good and one bad Origin") << upgradeHead(4321, "Origin: http://127.0.0.1:4321\r\nOrigin: null\r\n") << 0 << 403;
    QTest::newRow("a foreign Host") << upgradeHead(4321, {}, "attacker.example:4321") << 0 << 421;
    QTest::newRow("two Host headers") << upgradeHead(4321, "Host: 127.0.0.1:4321\r\n") << 0 << 400;
    QTest::newRow("no upgrade") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:4321\r\n\r\n") << 0 << 426;
    QTest::newRow("one client too many") << upgradeHead(4321) << TestServerPolicy::MaxClients << 503;
    QTest::newRow("one below the cap") << upgradeHead(4321) << TestServerPolicy::MaxClients - 1 << 0;
}

void TestTestServerPolicy::admitsOnlyAnUpgradeFromItself()
{
    QFETCH(QByteArray, head);
    QFETCH(int, clients);
    QFETCH(int, status);
    QCOMPARE(TestServerPolicy::admit(request(head), 4321, clients).status, status);
}

void TestTestServerPolicy::theRefusalIsAWholeHttpResponse()
{
    const TestServerPolicy::Decision decision =
            TestServerPolicy::admit(request(upgradeHead(4321, "Origin: https://a.example\r\n")), 4321, 0);
    const QByteArray response = TestServerPolicy::response(decision);
    HttpParser parser(HttpParser::Kind::Response);
    parser.feed(response);
    QCOMPARE(parser.state(), HttpParser::State::Complete);
    QCOMPARE(parser.message().statusCode, 403);
    QCOMPARE(parser.message().value("Connection"), QByteArray("close"));
    QVERIFY2(parser.message().body.contains("Origin: https://a.example"), parser.message().body.constData());
}

void TestTestServerPolicy::aWebPageOriginIsRefusedBeforeTheUpgrade_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("a web site") << QByteArray("https://attacker.example");
    QTest::newRow("a local file") << QByteArray("null");
    QTest::newRow("a local page on another port") << QByteArray("http://localhost:8000");
}

void TestTestServerPolicy::aWebPageOriginIsRefusedBeforeTheUpgrade()
{
    QFETCH(QByteArray, origin);
    TestServer server;
    QVERIFY(server.start());
    QSignalSpy refused(&server, &TestServer::requestRefused);
    QSignalSpy connected(&server, &TestServer::clientConnected);
    bool closed = false;
    const QByteArray answer = exchange(server.port(), upgradeHead(server.port(), "Origin: " + origin + "\r\n"), &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 403 Forbidden\r\n"), answer.constData());
    QVERIFY2(answer.contains(QByteArray("requests from web pages are refused (Origin: " + origin + ")")), answer.constData());
    QVERIFY(closed);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).toInt(), 403);
    QCOMPARE(connected.count(), 0);
    QCOMPARE(server.clientCount(), 0);
    // The same request without the Origin is upgraded.
    QVERIFY(exchange(server.port(), upgradeHead(server.port())).startsWith("HTTP/1.1 101"));
}

void TestTestServerPolicy::aQWebSocketWithAForeignOriginCannotConnect()
{
    TestServer server;
    QVERIFY(server.start());
    QWebSocket pageLike(QStringLiteral("https://attacker.example"));
    QSignalSpy connected(&pageLike, &QWebSocket::connected);
    QSignalSpy disconnected(&pageLike, &QWebSocket::disconnected);
    pageLike.open(server.url(QStringLiteral("/echo")));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(connected.count(), 0);
    // WsScope's own client (no Origin) still can.
    QWebSocket own;
    QSignalSpy ownConnected(&own, &QWebSocket::connected);
    own.open(server.url(QStringLiteral("/echo")));
    QVERIFY(ownConnected.wait(5000));
}

void TestTestServerPolicy::aRebindingHostIsRefused()
{
    TestServer server;
    QVERIFY(server.start());
    const QByteArray host = "attacker.example:" + QByteArray::number(server.port());
    const QByteArray answer = exchange(server.port(), upgradeHead(server.port(), {}, host));
    QVERIFY2(answer.startsWith("HTTP/1.1 421 Misdirected Request\r\n"), answer.constData());
    QVERIFY(answer.contains(QByteArray("Host \"" + host + "\" is not this server")));
    QCOMPARE(server.clientCount(), 0);
}

void TestTestServerPolicy::plainHttpAndGarbageGetAnAnswer()
{
    TestServer server;
    QVERIFY(server.start());
    const QByteArray port = QByteArray::number(server.port());
    const QByteArray plain = exchange(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
    QVERIFY2(plain.startsWith("HTTP/1.1 426 Upgrade Required\r\n"), plain.constData());
    QVERIFY(plain.contains(QByteArray("ws://127.0.0.1:" + port + "/echo")));
    const QByteArray garbage = exchange(server.port(), QByteArray("\x16\x03\x01\x02\x00 GET\r\n\r\n", 12));
    QVERIFY2(garbage.startsWith("HTTP/1.1 400 Bad Request\r\n"), garbage.constData());
}

void TestTestServerPolicy::anOversizedHeadIsRefused()
{
    TestServer server;
    QVERIFY(server.start());
    const QByteArray big = "X-Filler: " + QByteArray(TestServerPolicy::MaxHeadBytes, 'a') + "\r\n";
    const QByteArray answer = exchange(server.port(), upgradeHead(server.port(), big));
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(200).constData());
}

void TestTestServerPolicy::aSilentConnectionIsDropped()
{
    TestServer server;
    TestServer::Limits limits;
    limits.headTimeoutMs = 300;
    server.setLimits(limits);
    QVERIFY(server.start());
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::ConnectedState, 5000);
    raw.write("GET /echo HTTP/1.1\r\nHost: 127.0.0.1"); // and never the rest
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
}

void TestTestServerPolicy::clientsAreCapped()
{
    TestServer server;
    QVERIFY(server.start());
    std::vector<std::unique_ptr<QWebSocket>> clients;
    for (int i = 0; i < TestServerPolicy::MaxClients; ++i) {
        clients.push_back(std::make_unique<QWebSocket>());
        clients.back()->open(server.url(QStringLiteral("/echo")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), TestServerPolicy::MaxClients, 10000);
    const QByteArray answer = exchange(server.port(), upgradeHead(server.port()));
    QVERIFY2(answer.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), answer.constData());
    // One leaves: there is room again.
    clients.front()->close();
    QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), TestServerPolicy::MaxClients - 1, 5000);
    QVERIFY(exchange(server.port(), upgradeHead(server.port())).startsWith("HTTP/1.1 101"));
}

void TestTestServerPolicy::aClientThatQueuesTooMuchIsClosed()
{
    // /slow holds each echo back; what waits counts as queued for the client.
    TestServer server;
    TestServer::Limits limits;
    limits.queuedBytes = 1024 * 1024;
    server.setLimits(limits);
    QVERIFY(server.start());
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(server.url(QStringLiteral("/slow?ms=60000")));
    QVERIFY(connected.wait(5000));
    const QByteArray chunk(300 * 1024, 'x');
    for (int i = 0; i < 3; ++i)
        client.sendBinaryMessage(chunk); // 900 KiB waiting: under the cap
    QTest::qWait(300);
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    client.sendBinaryMessage(chunk); // 1.2 MiB: over it
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(client.closeCode()), 1008);
    QVERIFY2(client.closeReason().contains(QStringLiteral("more than 1 MiB queued")), qPrintable(client.closeReason()));
}

void TestTestServerPolicy::anOversizedMessageIsRefused()
{
    TestServer server;
    TestServer::Limits limits;
    limits.messageBytes = 64 * 1024;
    server.setLimits(limits);
    QVERIFY(server.start());
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy echoed(&client, &QWebSocket::binaryMessageReceived);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(server.url(QStringLiteral("/echo")));
    QVERIFY(connected.wait(5000));
    client.sendBinaryMessage(QByteArray(60 * 1024, 'a'));
    QVERIFY(echoed.wait(5000));
    client.sendBinaryMessage(QByteArray(100 * 1024, 'b'));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(client.closeCode()), 1009);
    QCOMPARE(echoed.count(), 1);
}

QTEST_GUILESS_MAIN(TestTestServerPolicy)
#include "tst_testserverpolicy.moc"
