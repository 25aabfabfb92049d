// The wire tap's SOCKS5 server (RFC 1928 + RFC 1929) and tunnel, driven by raw sockets on
// 127.0.0.1: refusals get the right reply bytes, success comes only once the upstream leg is up,
// the Host line is fixed for default ports, and the tunnel decodes frames and violations.

#include "core/protocol/frameencoder.h"
#include "core/protocol/handshake.h"
#include "core/tap/socks5negotiation.h"
#include "core/tap/taptunnel.h"
#include "core/tap/wiretap.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QByteArray User = "session-1234";
const QByteArray Password = "s3cret";

QByteArray greeting(QByteArray methods = QByteArray("\x02", 1))
{
    return QByteArray("\x05") + char(methods.size()) + methods;
}

QByteArray auth(const QByteArray &user, const QByteArray &password)
{
    return QByteArray("\x01") + char(user.size()) + user + char(password.size()) + password;
}

QByteArray connectIPv4(quint16 port, quint8 command = 0x01)
{
    QByteArray request("\x05", 1);
    request += char(command);
    request += QByteArray("\x00\x01\x7f\x00\x00\x01", 6);
    request += char(port >> 8);
    request += char(port & 0xff);
    return request;
}

QByteArray connectDomain(const QByteArray &host, quint16 port)
{
    QByteArray request("\x05\x01\x00\x03", 4);
    request += char(host.size()) + host;
    request += char(port >> 8);
    request += char(port & 0xff);
    return request;
}

// Collects the events of every tunnel the tap starts.
struct Recorder
{
    void attach(WireTap &tap, QObject *context)
    {
        QObject::connect(&tap, &WireTap::tunnelStarted, context, [this, context](TapTunnel *tunnel) {
            QObject::connect(tunnel, &TapTunnel::eventProduced, context, [this](const Event &event) { events.append(event); });
        });
    }

    QList<Event> events;
    QList<Event> of(EventKind kind) const
    {
        QList<Event> result;
        for (const Event &event : events) {
            if (event.kind == kind)
                result.append(event);
        }
        return result;
    }
};

// A WebSocket upgrade request (RFC 6455 §4.1) for `target` on `host`.
QByteArray upgradeRequest(const QByteArray &key, const QByteArray &host = "127.0.0.1", const QByteArray &target = "/")
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

// The server's valid answer to upgradeRequest(key) (RFC 6455 §4.2.2).
QByteArray switchingProtocols(const QByteArray &key)
{
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
           + Handshake::acceptFor(key) + "\r\n\r\n";
}

} // namespace

class TestTap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void negotiation_data();
    void negotiation();
    void negotiationKeepsBytesAfterTheRequest();
    void refusals_data();
    void refusals();
    void successOnlyOnceUpstreamIsConnected_data();
    void successOnlyOnceUpstreamIsConnected();
    void refusedUpstreamGetsReplyCode5AndANetworkError();
    void hostLineIsRewrittenForTheDefaultPortAndLoggedAsSent();
    void tunnelDecodesFramesAndViolations();
    void closeWithoutStatusIs1005AndTheSummaryIsClean();

private:
    // Connects a raw client to the tap and completes greeting + auth + CONNECT to 127.0.0.1:port.
    bool socksConnect(QTcpSocket &client, WireTap &tap, quint16 port, QByteArray *reply);
    // socksConnect() to `upstream`; returns the upstream server's end of the tunnel, or null.
    QTcpSocket *openTunnel(QTcpSocket &client, WireTap &tap, QTcpServer &upstream);
};

void TestTap::initTestCase()
{
    qRegisterMetaType<Event>();
}

void TestTap::negotiation_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("state");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("error");
    const int ready = int(Socks5Negotiation::State::RequestReady);
    const int failed = int(Socks5Negotiation::State::Failed);
    QTest::newRow("Good credentials and a CONNECT to a host name succeed")
            << greeting() + auth(User, Password) + connectDomain("example.test", 443) << ready
            << QByteArray("\x05\x02\x01\x00", 4) << QStringLiteral("example.test") << 443 << QString();
    QTest::newRow("A CONNECT to an IPv4 address succeeds")
            << greeting() + auth(User, Password) + connectIPv4(8080) << ready << QByteArray("\x05\x02\x01\x00", 4)
            << QStringLiteral("127.0.0.1") << 8080 << QString();
    QTest::newRow("A CONNECT to an IPv6 address succeeds")
            << greeting(QByteArray("\x00\x02", 2)) + auth(User, Password)
                    + QByteArray("\x05\x01\x00\x04", 4) + QByteArray(15, '\0') + QByteArray("\x01\x00\x50", 3)
            << ready << QByteArray("\x05\x02\x01\x00", 4) << QStringLiteral("::1") << 80 << QString();
    QTest::newRow("A client that offers no username/password method gets 0xFF")
            << greeting(QByteArray("\x00", 1)) << failed << QByteArray("\x05\xff", 2) << QString() << 0
            << QStringLiteral("did not offer username/password");
    QTest::newRow("A wrong user (another session) gets auth status 1")
            << greeting() + auth("someone-else", Password) << failed << QByteArray("\x05\x02\x01\x01", 4) << QString() << 0
            << QStringLiteral("Unknown SOCKS user \"someone-else\"");
    QTest::newRow("A wrong password gets auth status 1")
            << greeting() + auth(User, "guess") << failed << QByteArray("\x05\x02\x01\x01", 4) << QString() << 0
            << QStringLiteral("Wrong SOCKS password");
    QTest::newRow("BIND is not supported: reply 7")
            << greeting() + auth(User, Password) + connectIPv4(80, 0x02) << failed
            << QByteArray("\x05\x02\x01\x00", 4) + Socks5Negotiation::reply(Socks5Negotiation::CommandNotSupported)
            << QString() << 0 << QStringLiteral("command 2 is not supported");
    QTest::newRow("UDP ASSOCIATE is not supported: reply 7")
            << greeting() + auth(User, Password) + connectIPv4(80, 0x03) << failed
            << QByteArray("\x05\x02\x01\x00", 4) + Socks5Negotiation::reply(Socks5Negotiation::CommandNotSupported)
            << QString() << 0 << QStringLiteral("command 3 is not supported");
    QTest::newRow("An unknown address type gets reply 8")
            << greeting() + auth(User, Password) + QByteArray("\x05\x01\x00\x09\x00\x00", 6) << failed
            << QByteArray("\x05\x02\x01\x00", 4) + Socks5Negotiation::reply(Socks5Negotiation::AddressTypeNotSupported)
            << QString() << 0 << QStringLiteral("address type 9");
    QTest::newRow("SOCKS4 is refused without a reply")
            << QByteArray("\x04\x01\x00\x50\x7f\x00\x00\x01\x00", 9) << failed << QByteArray() << QString() << 0
            << QStringLiteral("SOCKS version 4");
}

void TestTap::negotiation()
{
    QFETCH(QByteArray, input);
    QFETCH(int, state);
    QFETCH(QByteArray, output);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, error);
    // Whole, and one byte at a time: the result must not depend on how TCP cut the stream.
    for (const bool bytewise : { false, true }) {
        Socks5Negotiation negotiation(User, Password);
        QByteArray written;
        if (bytewise) {
            for (qsizetype i = 0; i < input.size(); ++i)
                written += negotiation.feed(QByteArrayView(input).sliced(i, 1));
        } else {
            written = negotiation.feed(input);
        }
        QCOMPARE(int(negotiation.state()), state);
        QCOMPARE(written.toHex(), output.toHex());
        QCOMPARE(negotiation.host(), host);
        QCOMPARE(int(negotiation.port()), port);
        if (error.isEmpty())
            QVERIFY(negotiation.errorString().isEmpty());
        else
            QVERIFY2(negotiation.errorString().contains(error), qPrintable(negotiation.errorString()));
    }
}

void TestTap::negotiationKeepsBytesAfterTheRequest()
{
    Socks5Negotiation negotiation(User, Password);
    const QByteArray input = greeting() + auth(User, Password) + connectIPv4(9) + "GET / HTTP/1.1\r\n";
    qsizetype consumed = 0;
    negotiation.feed(input, &consumed);
    QCOMPARE(negotiation.state(), Socks5Negotiation::State::RequestReady);
    QCOMPARE(input.mid(consumed), QByteArray("GET / HTTP/1.1\r\n"));
}

void TestTap::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("error");
    QTest::newRow("Wrong password: auth failure reply, connection closed")
            << greeting() + auth(User, "nope") << QByteArray("\x05\x02\x01\x01", 4) << QStringLiteral("Wrong SOCKS password");
    QTest::newRow("Wrong user: auth failure reply, connection closed")
            << greeting() + auth("intruder", Password) << QByteArray("\x05\x02\x01\x01", 4) << QStringLiteral("Unknown SOCKS user");
    QTest::newRow("No authentication offered: method 0xFF, connection closed")
            << greeting(QByteArray("\x00", 1)) << QByteArray("\x05\xff", 2) << QStringLiteral("did not offer");
    QTest::newRow("Unsupported command: reply 7, connection closed")
            << greeting() + auth(User, Password) + connectIPv4(80, 0x02)
            << QByteArray("\x05\x02\x01\x00", 4) + Socks5Negotiation::reply(Socks5Negotiation::CommandNotSupported)
            << QStringLiteral("not supported");
}

void TestTap::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reply);
    QFETCH(QString, error);
    WireTap tap(User, Password);
    QVERIFY(tap.listen());
    Recorder recorder;
    recorder.attach(tap, this);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, tap.port());
    QVERIFY(client.waitForConnected(5000));
    client.write(input);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(client.readAll().toHex(), reply.toHex());
    const QList<Event> errors = recorder.of(EventKind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().detail->errorCategory, ErrorCategory::Tap);
    QVERIFY2(errors.first().detail->text.contains(error), qPrintable(errors.first().detail->text));
}

bool TestTap::socksConnect(QTcpSocket &client, WireTap &tap, quint16 port, QByteArray *reply)
{
    client.connectToHost(QHostAddress::LocalHost, tap.port());
    if (!client.waitForConnected(5000))
        return false;
    client.write(greeting() + auth(User, Password) + connectIPv4(port));
    QByteArray received;
    for (int i = 0; i < 500 && received.size() < 14; ++i) {
        QTest::qWait(10);
        received += client.readAll();
    }
    *reply = received;
    return received.size() == 14;
}

QTcpSocket *TestTap::openTunnel(QTcpSocket &client, WireTap &tap, QTcpServer &upstream)
{
    QByteArray reply;
    if (!socksConnect(client, tap, upstream.serverPort(), &reply))
        return nullptr;
    if (!QTest::qWaitFor([&upstream] { return upstream.hasPendingConnections(); }, 5000))
        return nullptr;
    return upstream.nextPendingConnection();
}

void TestTap::successOnlyOnceUpstreamIsConnected_data()
{
    QTest::addColumn<bool>("byName");
    QTest::newRow("CONNECT to 127.0.0.1 by address") << false;
    QTest::newRow("CONNECT to localhost by name: the tap resolves it") << true;
}

void TestTap::successOnlyOnceUpstreamIsConnected()
{
    QFETCH(bool, byName);
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    WireTap tap(User, Password);
    QVERIFY(tap.listen());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, tap.port());
    QVERIFY(client.waitForConnected(5000));
    client.write(greeting() + auth(User, Password)
                 + (byName ? connectDomain("localhost", upstream.serverPort()) : connectIPv4(upstream.serverPort())));
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()).size() >= 14, 5000);
    // By the time the success reply arrives, the upstream server has the connection.
    QVERIFY(upstream.hasPendingConnections());
    QCOMPARE(received.mid(4, 2).toHex(), QByteArray("0500"));
    QTcpSocket *server = upstream.nextPendingConnection();
    const QByteArray request = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";
    client.write(request);
    QByteArray atServer;
    QTRY_COMPARE_WITH_TIMEOUT(atServer += server->readAll(), request, 5000);
    const QByteArray response = "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nnope";
    server->write(response);
    QByteArray back;
    QTRY_COMPARE_WITH_TIMEOUT(back += client.readAll(), response, 5000);
}

void TestTap::refusedUpstreamGetsReplyCode5AndANetworkError()
{
    QTcpSocket holder; // bound, not listening: connections to it are refused
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    WireTap tap(User, Password);
    QVERIFY(tap.listen());
    Recorder recorder;
    QSignalSpy finished(&tap, &WireTap::tunnelStarted);
    recorder.attach(tap, this);
    QTcpSocket client;
    QByteArray reply;
    QVERIFY(socksConnect(client, tap, holder.localPort(), &reply));
    QCOMPARE(reply.mid(4).toHex(), Socks5Negotiation::reply(Socks5Negotiation::ConnectionRefused).toHex());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
    const QList<Event> errors = recorder.of(EventKind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().detail->errorCategory, ErrorCategory::Network);
    QVERIFY2(errors.first().detail->text.contains(QLatin1String("refused")), qPrintable(errors.first().detail->text));
}

void TestTap::hostLineIsRewrittenForTheDefaultPortAndLoggedAsSent()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    WireTap tap(User, Password);
    TapConfig config;
    config.hostHeaderFrom = "secure.example:443";
    config.hostHeaderTo = "secure.example";
    tap.setConfig(config);
    QVERIFY(tap.listen());
    Recorder recorder;
    recorder.attach(tap, this);
    QTcpSocket client;
    QTcpSocket *server = openTunnel(client, tap, upstream);
    QVERIFY(server);
    const QByteArray key = Handshake::generateKey();
    // Sent in two pieces: the tap must wait for the whole head before it can fix the Host line.
    client.write("GET /chat HTTP/1.1\r\nHost: secure.exa");
    QTest::qWait(50);
    QCOMPARE(server->bytesAvailable(), qint64(0));
    client.write("mple:443\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                 + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    const QByteArray expected = upgradeRequest(key, "secure.example", "/chat");
    QByteArray atServer;
    QTRY_COMPARE_WITH_TIMEOUT(atServer += server->readAll(), expected, 5000);
    const QList<Event> requests = recorder.of(EventKind::HandshakeRequest);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().detail->http.rawHead, expected);
    QCOMPARE(requests.first().detail->http.value("Host"), QByteArray("secure.example"));
}

void TestTap::tunnelDecodesFramesAndViolations()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    WireTap tap(User, Password);
    QVERIFY(tap.listen());
    Recorder recorder;
    recorder.attach(tap, this);
    QTcpSocket client;
    QTcpSocket *server = openTunnel(client, tap, upstream);
    QVERIFY(server);
    const QByteArray key = Handshake::generateKey();
    client.write(upgradeRequest(key));
    QTRY_VERIFY(server->bytesAvailable() > 0);
    server->readAll();

    // 101 + a big binary frame in several TCP writes + a frame with RSV1 set (no extension).
    QByteArray big(200000, Qt::Uninitialized);
    for (int i = 0; i < big.size(); ++i)
        big[i] = char(i * 7);
    const QByteArray bigFrame = FrameEncoder::encode(0x2, big);
    server->write(switchingProtocols(key) + bigFrame.left(1000));
    server->flush();
    QTest::qWait(20);
    server->write(bigFrame.mid(1000));
    FrameHeader rsv;
    rsv.opcode = 0x1;
    rsv.rsv = 0x4;
    server->write(FrameEncoder::encode(rsv, "compressed?"));
    // And the client sends an unmasked frame, which RFC 6455 §5.1 forbids.
    client.write(FrameEncoder::encode(0x1, "unmasked"));

    QTRY_COMPARE_WITH_TIMEOUT(recorder.of(EventKind::Frame).size(), 3, 5000);
    const QList<Event> responses = recorder.of(EventKind::HandshakeResponse);
    QCOMPARE(responses.size(), 1);
    QVERIFY(responses.first().detail->acceptValid);
    QVERIFY(responses.first().detail->handshakeProblems.isEmpty());

    Event bigEvent;
    for (const Event &frame : recorder.of(EventKind::Frame)) {
        if (frame.dir == Direction::In && frame.frame.opcode == 0x2)
            bigEvent = frame;
    }
    QCOMPARE(bigEvent.length, quint64(big.size()));
    QCOMPARE(bigEvent.frame.lengthBits, quint8(64));
    QVERIFY(bigEvent.payload == big);
    QVERIFY(bigEvent.payload.capacity() <= 2 * big.size());
    const QList<Event> messages = recorder.of(EventKind::Message);
    QCOMPARE(messages.size(), 3);
    bool shared = false;
    for (const Event &message : messages)
        shared = shared || (message.dir == Direction::In && message.payload.constData() == bigEvent.payload.constData());
    QVERIFY(shared); // the message shares the frame's payload, no copy

    QStringList protocolErrors;
    for (const Event &error : recorder.of(EventKind::Error)) {
        QCOMPARE(error.detail->errorCategory, ErrorCategory::Protocol);
        protocolErrors.append(error.detail->text);
    }
    QCOMPARE(protocolErrors.size(), 2);
    QVERIFY(protocolErrors.join(QLatin1Char('\n')).contains(QLatin1String("The server violated RFC 6455 (close code 1002")));
    QVERIFY(protocolErrors.join(QLatin1Char('\n')).contains(QLatin1String("The client violated RFC 6455 (close code 1002")));
}

void TestTap::closeWithoutStatusIs1005AndTheSummaryIsClean()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    WireTap tap(User, Password);
    QVERIFY(tap.listen());
    QPointer<TapTunnel> tunnel;
    TapTunnel::CloseSummary summary;
    bool done = false;
    connect(&tap, &WireTap::tunnelStarted, this, [&](TapTunnel *t) {
        tunnel = t;
        connect(t, &TapTunnel::finished, this, [&, t] {
            summary = t->closeSummary();
            done = true;
        });
    });
    QTcpSocket client;
    QTcpSocket *server = openTunnel(client, tap, upstream);
    QVERIFY(server);
    const QByteArray key = Handshake::generateKey();
    client.write(upgradeRequest(key, "x"));
    QTRY_VERIFY(server->bytesAvailable() > 0);
    server->readAll();
    server->write(switchingProtocols(key) + FrameEncoder::encode(0x8, QByteArray()));
    QByteArray atClient;
    QTRY_VERIFY_WITH_TIMEOUT((atClient += client.readAll()).endsWith(QByteArray("\x88\x00", 2)), 5000);
    client.write(FrameEncoder::encode(0x8, QByteArray(), true, 0x01020304u));
    client.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(summary.code, quint16(1005));
    QCOMPARE(summary.first, Direction::In);
    QVERIFY(summary.inSeen);
    QVERIFY(summary.outSeen);
    QVERIFY(!summary.lingerExpired);
}

QTEST_GUILESS_MAIN(TestTap)
#include "tst_tap.moc"
