// The wire tap's SOCKS5 server (RFC 1928 + RFC 1929) and tunnel, driven by raw sockets on
// 127.0.0.1: refusals get the right reply bytes, success comes only once the upstream leg is up,
// the Host line is fixed for default ports, and the tunnel decodes frames and violations.

#include "core/log/logrules.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/handshake.h"
#include "core/tap/socks5negotiation.h"
#include "core/tap/tapbackpressure.h"
#include "core/tap/taptunnel.h"
#include "core/tap/wiretap.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

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
    void oneEventPerFrameReassemblesFragmentsAndTimesPongs();
    void oneTimeCredentialsAreConsumedAndReplacedPerAttempt();
    void idleConnectionsAreCappedTimedOutAndCountedInOneNote();
    void stalledTlsHandshakeIsReportedAndClosesBothLegs_data();
    void stalledTlsHandshakeIsReportedAndClosesBothLegs();
    void lenient101ReachesTheClientInCanonicalForm();
    void serverLegIsNotReadWhileTheClientDoesNotRead();
    void aPendingUpgradeIsBlamedOnTheLegThatClosedFirst_data();
    void aPendingUpgradeIsBlamedOnTheLegThatClosedFirst();

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
    QTest::newRow("A wrong user gets auth status 1, and the text does not repeat the name")
            << greeting() + auth("someone-else", Password) << failed << QByteArray("\x05\x02\x01\x01", 4) << QString() << 0
            << QStringLiteral("Wrong SOCKS username or password.");
    QTest::newRow("A wrong password gets the same auth status 1 and the same text")
            << greeting() + auth(User, "guess") << failed << QByteArray("\x05\x02\x01\x01", 4) << QString() << 0
            << QStringLiteral("Wrong SOCKS username or password.");
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
        // Every feed says how much it took, a failing one too (it takes all it was given).
        const auto feed = [&negotiation](QByteArrayView bytes) {
            qsizetype consumed = -1;
            const QByteArray reply = negotiation.feed(bytes, &consumed);
            if (consumed < 0 || consumed > bytes.size())
                qFatal("feed() consumed %lld of %lld bytes", qint64(consumed), qint64(bytes.size()));
            return reply;
        };
        if (bytewise) {
            for (qsizetype i = 0; i < input.size(); ++i)
                written += feed(QByteArrayView(input).sliced(i, 1));
        } else {
            written = feed(input);
        }
        QCOMPARE(int(negotiation.state()), state);
        QCOMPARE(written.toHex(), output.toHex());
        QCOMPARE(negotiation.host(), host);
        QCOMPARE(int(negotiation.port()), port);
        if (error.isEmpty())
            QVERIFY(negotiation.errorString().isEmpty());
        else
            QVERIFY2(negotiation.errorString().contains(error), qPrintable(negotiation.errorString()));
        QVERIFY(!negotiation.errorString().contains(QLatin1String("someone-else")));
        // Only a successful RFC 1929 exchange names a user.
        QCOMPARE(negotiation.isAuthenticated(), negotiation.username() == User);
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
    QTest::addColumn<bool>("foreign");
    QTest::addColumn<QString>("error");
    QTest::newRow("Wrong password: auth failure reply, closed, counted as foreign")
            << greeting() + auth(User, "nope") << QByteArray("\x05\x02\x01\x01", 4) << true << QString();
    QTest::newRow("Wrong user: auth failure reply, closed, counted as foreign")
            << greeting() + auth("intruder", Password) << QByteArray("\x05\x02\x01\x01", 4) << true << QString();
    QTest::newRow("No authentication offered: method 0xFF, closed, counted as foreign")
            << greeting(QByteArray("\x00", 1)) << QByteArray("\x05\xff", 2) << true << QString();
    QTest::newRow("Not SOCKS at all: closed without a reply, counted as foreign")
            << QByteArray("GET / HTTP/1.1\r\n\r\n") << QByteArray() << true << QString();
    QTest::newRow("Authenticated, then an unsupported command: reply 7, closed, reported for the user")
            << greeting() + auth(User, Password) + connectIPv4(80, 0x02)
            << QByteArray("\x05\x02\x01\x00", 4) + Socks5Negotiation::reply(Socks5Negotiation::CommandNotSupported)
            << false << QStringLiteral("not supported");
}

void TestTap::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reply);
    QFETCH(bool, foreign);
    QFETCH(QString, error);
    WireTap tap(User, Password);
    QVERIFY(tap.listen());
    QSignalSpy started(&tap, &WireTap::tunnelStarted);
    QSignalSpy refused(&tap, &WireTap::foreignConnectionsRefused);
    QSignalSpy failed(&tap, &WireTap::negotiationFailed);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, tap.port());
    QVERIFY(client.waitForConnected(5000));
    client.write(input);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(client.readAll().toHex(), reply.toHex());
    QCOMPARE(started.size(), 0); // no tunnel, no events
    if (foreign) {
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
        QCOMPARE(refused.first().first().toInt(), 1);
        QCOMPARE(failed.size(), 0);
    } else {
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toByteArray(), User);
        QVERIFY2(failed.first().at(1).toString().contains(error), qPrintable(failed.first().at(1).toString()));
        QTest::qWait(WireTap::RefusalNoteWindowMs + 100);
        QCOMPARE(refused.size(), 0);
    }
    QCOMPARE(tap.pendingConnections(), 0);
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
    // The header as it crossed the wire: 0x82, 127, the 64-bit length.
    QCOMPARE(bigEvent.frame.headerBytes().toByteArray(), bigFrame.left(10));
    // One event per frame: each of the three single-frame messages is its frame, marked as the
    // end of its message, and the message is the frame's payload, not a copy.
    int messages = 0;
    for (const Event &frame : recorder.of(EventKind::Frame)) {
        QVERIFY(LogRules::endsMessage(frame));
        const LogRules::Message message = LogRules::messageOf(frame);
        QCOMPARE(message.frames, 1);
        QCOMPARE(message.payload.constData(), frame.payload.constData());
        ++messages;
    }
    QCOMPARE(messages, 3);

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

namespace {

// Greeting + auth + CONNECT to 127.0.0.1:port with the given credentials; returns what came back
// once `expected` bytes arrived (or the connection closed).
QByteArray socksExchange(QTcpSocket &client, quint16 tapPort, const QByteArray &user, const QByteArray &password,
                         quint16 port, qsizetype expected)
{
    client.connectToHost(QHostAddress::LocalHost, tapPort);
    if (!client.waitForConnected(5000))
        return {};
    client.write(greeting() + auth(user, password) + connectIPv4(port));
    QByteArray received;
    (void)QTest::qWaitFor([&] {
        received += client.readAll();
        return received.size() >= expected || client.state() == QAbstractSocket::UnconnectedState;
    }, 5000);
    return received + client.readAll();
}

int sumOf(const QSignalSpy &spy)
{
    int sum = 0;
    for (const QList<QVariant> &arguments : spy)
        sum += arguments.first().toInt();
    return sum;
}

} // namespace

void TestTap::oneTimeCredentialsAreConsumedAndReplacedPerAttempt()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    WireTap tap;
    QVERIFY(tap.listen());
    QList<QByteArray> users;
    connect(&tap, &WireTap::tunnelStarted, this, [&users](TapTunnel *tunnel) { users.append(tunnel->user()); });
    QSignalSpy refused(&tap, &WireTap::foreignConnectionsRefused);

    TapConfig config;
    config.maxIncomingFrameSize = 1234;
    const QNetworkProxy first = tap.beginAttempt(config);
    QCOMPARE(first.type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(first.port(), tap.port());
    QCOMPARE(first.user().size(), 32);
    QCOMPARE(first.password().size(), 32);
    const QByteArray user = first.user().toLatin1();
    const QByteArray password = first.password().toLatin1();

    // The first connection with them is the attempt's: authenticated, tunnel started.
    QTcpSocket ours;
    QCOMPARE(socksExchange(ours, tap.port(), user, password, upstream.serverPort(), 14).left(4).toHex(),
             QByteArray("05020100"));
    QTRY_COMPARE_WITH_TIMEOUT(users.size(), 1, 5000);
    QCOMPARE(users.first(), user);

    // Single use: a second connection with the same credentials is refused.
    QTcpSocket replay;
    QCOMPARE(socksExchange(replay, tap.port(), user, password, upstream.serverPort(), 4).toHex(),
             QByteArray("05020101"));
    QTRY_COMPARE_WITH_TIMEOUT(replay.state(), QAbstractSocket::UnconnectedState, 5000);

    // A new attempt gets new credentials and revokes the unused ones of the previous attempt.
    const QNetworkProxy second = tap.beginAttempt(config);
    const QNetworkProxy third = tap.beginAttempt(config);
    QVERIFY(second.user() != first.user() && third.user() != second.user());
    QVERIFY(third.password() != second.password());
    QTcpSocket stale;
    QCOMPARE(socksExchange(stale, tap.port(), second.user().toLatin1(), second.password().toLatin1(),
                           upstream.serverPort(), 4).toHex(),
             QByteArray("05020101"));
    QTcpSocket current;
    QCOMPARE(socksExchange(current, tap.port(), third.user().toLatin1(), third.password().toLatin1(),
                           upstream.serverPort(), 14).left(4).toHex(),
             QByteArray("05020100"));
    QTRY_COMPARE_WITH_TIMEOUT(users.size(), 2, 5000);
    QCOMPARE(users.last(), third.user().toLatin1());

    // Both refusals make one note.
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
    QCOMPARE(refused.first().first().toInt(), 2);
}

void TestTap::idleConnectionsAreCappedTimedOutAndCountedInOneNote()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    WireTap tap;
    QVERIFY(tap.listen());
    const int timeoutMs = 1500;
    tap.setNegotiationTimeout(timeoutMs);
    QSignalSpy refused(&tap, &WireTap::foreignConnectionsRefused);
    QSignalSpy started(&tap, &WireTap::tunnelStarted);

    constexpr int Foreign = 50;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < Foreign; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, tap.port());
    }
    const auto closedCount = [&idle] {
        return int(std::count_if(idle.cbegin(), idle.cend(), [](const std::unique_ptr<QTcpSocket> &socket) {
            return socket->state() == QAbstractSocket::UnconnectedState;
        }));
    };
    // The cap holds: all but MaxPendingConnections are closed at once.
    QTRY_COMPARE_WITH_TIMEOUT(closedCount(), Foreign - WireTap::MaxPendingConnections, 3000);
    QCOMPARE(tap.pendingConnections(), WireTap::MaxPendingConnections);

    // The attempt's own connection still gets through: it replaces an idle one.
    QTest::qWait(WireTap::EvictableAfterMs + 50);
    const QNetworkProxy proxy = tap.beginAttempt(TapConfig());
    QTcpSocket ours;
    QCOMPARE(socksExchange(ours, tap.port(), proxy.user().toLatin1(), proxy.password().toLatin1(),
                           upstream.serverPort(), 14).left(4).toHex(),
             QByteArray("05020100"));
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
    QCOMPARE(closedCount(), Foreign - WireTap::MaxPendingConnections + 1);

    // The timeout closes the rest; every refusal is counted, in one note per burst.
    QTRY_COMPARE_WITH_TIMEOUT(closedCount(), Foreign, timeoutMs + 2000);
    QCOMPARE(tap.pendingConnections(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(sumOf(refused), Foreign, 3000);
    QVERIFY2(refused.size() <= 2, QByteArray::number(refused.size()).constData());
    QCOMPARE(ours.state(), QAbstractSocket::ConnectedState);
}

void TestTap::stalledTlsHandshakeIsReportedAndClosesBothLegs_data()
{
    QTest::addColumn<int>("stallMs");
    QTest::addColumn<int>("handshakeTimeoutMs");
    QTest::addColumn<QString>("seconds");
    QTest::newRow("The tap's own bound") << 400 << 0 << QStringLiteral("within 0.4 s");
    QTest::newRow("A shorter session handshake timeout wins, with room to spare")
            << TapConfig::DefaultTlsHandshakeStallMs << 500 << QStringLiteral("within 0.4 s");
}

void TestTap::stalledTlsHandshakeIsReportedAndClosesBothLegs()
{
    QFETCH(int, stallMs);
    QFETCH(int, handshakeTimeoutMs);
    QFETCH(QString, seconds);
    // A plain TCP server that accepts and stays silent, as a ws:// server does with a ClientHello.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    WireTap tap(User, Password);
    TapConfig config;
    config.secure = true;
    config.tlsHandshakeStallMs = stallMs;
    config.handshakeTimeoutMs = handshakeTimeoutMs;
    tap.setConfig(config);
    QVERIFY(tap.listen());
    Recorder recorder;
    recorder.attach(tap, this);
    QTcpSocket client;
    QElapsedTimer clock;
    clock.start();
    const QByteArray reply = socksExchange(client, tap.port(), User, Password, plain.serverPort(), 14);
    QTRY_VERIFY_WITH_TIMEOUT(plain.hasPendingConnections(), 5000);
    QTcpSocket *server = plain.nextPendingConnection();
    QVERIFY(server);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(clock.elapsed() >= 350);
    const QByteArray all = reply + client.readAll();
    QCOMPARE(all.mid(4).toHex(), Socks5Negotiation::reply(Socks5Negotiation::GeneralFailure).toHex());
    QTRY_COMPARE_WITH_TIMEOUT(server->state(), QAbstractSocket::UnconnectedState, 5000);
    const QList<Event> errors = recorder.of(EventKind::Error);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().detail->errorCategory, ErrorCategory::Tls);
    const QString text = errors.first().detail->text;
    QVERIFY2(text.contains(QStringLiteral("The TLS handshake with 127.0.0.1:%1 stalled").arg(plain.serverPort())),
             qPrintable(text));
    QVERIFY2(text.contains(seconds), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Is it a plain ws:// server?")), qPrintable(text));
}

void TestTap::lenient101ReachesTheClientInCanonicalForm()
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
    client.readAll();
    const QByteArray key = Handshake::generateKey();
    client.write(upgradeRequest(key).replace("Sec-WebSocket-Version", "Sec-WebSocket-Protocol: chat\r\nSec-WebSocket-Version"));
    QTRY_VERIFY(server->bytesAvailable() > 0);
    server->readAll();
    // Valid by RFC 6455 §4.1 and RFC 9110: any case, a Connection token list, an extra header,
    // another reason phrase; and a frame right behind the head.
    const QByteArray lenient = "HTTP/1.1 101 Web Socket Protocol Handshake\r\nUPGRADE: WebSocket\r\n"
                               "connection: keep-alive, Upgrade\r\nServer: x\r\nsec-websocket-protocol: chat\r\n"
                               "SEC-WEBSOCKET-ACCEPT: " + Handshake::acceptFor(key) + "\r\n\r\n";
    const QByteArray frame = FrameEncoder::encode(0x1, "hi");
    server->write(lenient + frame);
    const QByteArray canonical = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                 "Sec-WebSocket-Accept: " + Handshake::acceptFor(key) + "\r\n"
                                 "Sec-WebSocket-Protocol: chat\r\n\r\n";
    QByteArray atClient;
    QTRY_COMPARE_WITH_TIMEOUT(atClient += client.readAll(), canonical + frame, 5000);
    // The log keeps what really came.
    const QList<Event> responses = recorder.of(EventKind::HandshakeResponse);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().detail->http.rawHead, lenient);
    QVERIFY(responses.first().detail->handshakeProblems.isEmpty());
    QVERIFY(recorder.of(EventKind::Error).isEmpty());
    // Later server bytes pass unchanged.
    server->write(frame);
    QTRY_COMPARE_WITH_TIMEOUT(atClient += client.readAll(), canonical + frame + frame, 5000);
}

void TestTap::serverLegIsNotReadWhileTheClientDoesNotRead()
{
    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    WireTap tap(User, Password);
    QVERIFY(tap.listen());
    QPointer<TapTunnel> tunnel;
    QList<bool> changes;
    connect(&tap, &WireTap::tunnelStarted, this, [&](TapTunnel *t) {
        tunnel = t;
        connect(t, &TapTunnel::backPressureChanged, this, [&changes](Direction dir, bool backedUp) {
            if (dir == Direction::In)
                changes.append(backedUp);
        });
    });
    QTcpSocket client;
    QTcpSocket *server = openTunnel(client, tap, upstream);
    QVERIFY(server && tunnel);
    client.readAll();
    // The client stops reading: Qt holds 64 KiB, the kernel the rest.
    client.setReadBufferSize(64 * 1024);
    const QByteArray chunk(1024 * 1024, 'x');
    constexpr int Chunks = 64;
    for (int i = 0; i < Chunks; ++i)
        server->write(chunk); // an HTTP response without a length: relayed as it comes
    qint64 maxBuffered = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 2000) {
        QTest::qWait(10);
        maxBuffered = std::max(maxBuffered, tunnel->bufferedBytes());
    }
    const qint64 bound = TapBackPressure::HighWaterBytes + 4 * 1024 * 1024;
    QVERIFY2(maxBuffered < bound, QByteArray::number(maxBuffered).constData());
    QVERIFY(tunnel->isBackedUp(Direction::In));
    QVERIFY(!tunnel->isBackedUp(Direction::Out));
    QCOMPARE(changes, QList<bool>{ true });
    // The pressure reached the server: most of its 64 MiB still waits in its own buffer.
    QVERIFY2(server->bytesToWrite() > 32 * 1024 * 1024, QByteArray::number(server->bytesToWrite()).constData());

    // The client reads again: the tunnel resumes and everything arrives, in order.
    client.setReadBufferSize(0);
    qint64 received = 0;
    bool intact = true;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        const QByteArray data = client.readAll();
        intact = intact && data.count('x') == data.size();
        received += data.size();
        return received == qint64(Chunks) * chunk.size();
    }()), 20000);
    QVERIFY(intact);
    QVERIFY(!tunnel->isBackedUp(Direction::In));
    // While it drains, the tunnel may pause again (hysteresis between the marks); it ends resumed.
    QVERIFY(changes.size() % 2 == 0);
    for (qsizetype i = 0; i < changes.size(); ++i)
        QCOMPARE(changes.at(i), i % 2 == 0);
}

void TestTap::oneEventPerFrameReassemblesFragmentsAndTimesPongs()
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
    server->write(switchingProtocols(key));
    QTRY_VERIFY(client.bytesAvailable() > 0);
    client.readAll();

    // We ping; the server sends a message of three frames with its own ping in between
    // (RFC 6455 §5.4: control frames may be injected), then answers our ping.
    const QByteArray ourPing = FrameEncoder::encode(FrameHeader::Ping, "rtt?", true, 0x11223344u);
    client.write(ourPing);
    QTRY_VERIFY(server->bytesAvailable() >= ourPing.size());
    server->readAll();
    const QByteArray first = FrameEncoder::encode(FrameHeader::Text, "Hel", false);
    server->write(first + FrameEncoder::encode(FrameHeader::Ping, "theirs")
                  + FrameEncoder::encode(FrameHeader::Continuation, "lo, ", false)
                  + FrameEncoder::encode(FrameHeader::Continuation, "world") + FrameEncoder::encode(FrameHeader::Pong, "rtt?")
                  + FrameEncoder::encode(FrameHeader::Pong, "unsolicited"));

    QTRY_COMPARE_WITH_TIMEOUT(recorder.of(EventKind::Frame).size(), 7, 5000);
    const QList<Event> frames = recorder.of(EventKind::Frame);
    QList<int> opcodes;
    for (const Event &frame : frames)
        opcodes << frame.frame.opcode;
    QCOMPARE(opcodes, (QList<int>{FrameHeader::Ping, FrameHeader::Text, FrameHeader::Ping, FrameHeader::Continuation,
                                  FrameHeader::Continuation, FrameHeader::Pong, FrameHeader::Pong}));
    QCOMPARE(frames.at(0).dir, Direction::Out);
    QCOMPARE(frames.at(0).frame.headerBytes().toByteArray(), ourPing.left(6)); // masked: 2 + the key
    QCOMPARE(frames.at(0).payload, QByteArray("rtt?"));                          // unmasked
    QCOMPARE(frames.at(1).frame.headerBytes().toByteArray(), first.left(2));
    // Only the last fragment ends the message, and it carries the whole of it.
    QList<bool> ends;
    for (const Event &frame : frames)
        ends << LogRules::endsMessage(frame);
    QCOMPARE(ends, (QList<bool>{false, false, false, false, true, false, false}));
    const LogRules::Message message = LogRules::messageOf(frames.at(4));
    QVERIFY(message.valid);
    QCOMPARE(int(message.opcode), int(FrameHeader::Text));
    QCOMPARE(message.payload, QByteArray("Hello, world"));
    QCOMPARE(message.frames, 3);
    QCOMPARE(frames.at(4).payload, QByteArray("world")); // the frame keeps its own payload
    QVERIFY(!frames.at(1).detail);                       // nothing rides on the first fragment
    // The pong answering our ping has a round-trip time; an unsolicited one has none.
    QVERIFY(frames.at(5).detail);
    QVERIFY(frames.at(5).detail->rttUs >= 0);
    QVERIFY(!frames.at(6).detail || frames.at(6).detail->rttUs < 0);
    QVERIFY(!frames.at(2).detail || frames.at(2).detail->rttUs < 0); // their ping is not ours to time
    QVERIFY(recorder.of(EventKind::Error).isEmpty());
}

void TestTap::aPendingUpgradeIsBlamedOnTheLegThatClosedFirst_data()
{
    QTest::addColumn<QByteArray>("answered");   // what the server sent of its response
    QTest::addColumn<bool>("clientFirst");
    QTest::addColumn<bool>("serverClosesToo");  // after the client, within the linger
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");          // %1: the target

    const QByteArray half = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: web";
    QTest::newRow("The client aborting before the server answered is our own doing: a note, no error")
            << QByteArray() << true << false << int(EventKind::Info)
            << QStringLiteral("The client closed the connection before %1 answered the upgrade request.");
    QTest::newRow("The client aborting first stays our doing when the server then closes during the linger")
            << QByteArray() << true << true << int(EventKind::Info)
            << QStringLiteral("The client closed the connection before %1 answered the upgrade request.");
    QTest::newRow("The client aborting in the middle of the server's head is our doing too")
            << half << true << false << int(EventKind::Info)
            << QStringLiteral("The client closed the connection before %1's handshake response was complete.");
    QTest::newRow("The server closing first without answering is the server's doing: an error names it")
            << QByteArray() << false << false << int(EventKind::Error)
            << QStringLiteral("%1 closed the connection without answering the upgrade request.");
    QTest::newRow("The server closing first in the middle of its head is the server's doing: an error names it")
            << half << false << false << int(EventKind::Error)
            << QStringLiteral("%1 closed the connection before its handshake response was complete.");
}

void TestTap::aPendingUpgradeIsBlamedOnTheLegThatClosedFirst()
{
    QFETCH(QByteArray, answered);
    QFETCH(bool, clientFirst);
    QFETCH(bool, serverClosesToo);
    QFETCH(int, kind);
    QFETCH(QString, text);

    QTcpServer upstream;
    QVERIFY(upstream.listen(QHostAddress::LocalHost, 0));
    WireTap tap(User, Password);
    QVERIFY(tap.listen());
    Recorder recorder;
    recorder.attach(tap, this);
    bool done = false;
    TapTunnel::CloseSummary summary;
    connect(&tap, &WireTap::tunnelStarted, this, [&](TapTunnel *t) {
        connect(t, &TapTunnel::finished, this, [&, t] {
            summary = t->closeSummary();
            done = true;
        });
    });
    QTcpSocket client;
    QTcpSocket *server = openTunnel(client, tap, upstream);
    QVERIFY(server);
    client.write(upgradeRequest(Handshake::generateKey()));
    QTRY_VERIFY(server->bytesAvailable() > 0);
    server->readAll();
    if (!answered.isEmpty()) {
        server->write(answered);
        QTRY_VERIFY(!recorder.of(EventKind::HandshakeRequest).isEmpty());
        QTest::qWait(50); // the tap has the bytes (it holds an unfinished head back from the client)
    }
    if (clientFirst) {
        client.abort(); // what QWebSocket does when the user aborts or the handshake times out
        if (serverClosesToo) {
            QTest::qWait(TapTunnel::LingerMs / 4);
            server->disconnectFromHost();
        }
    } else {
        server->disconnectFromHost();
    }
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);

    const QString expected = text.arg(QStringLiteral("127.0.0.1:%1").arg(upstream.serverPort()));
    const QList<Event> notes = recorder.of(EventKind(kind));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().detail->text, expected);
    if (clientFirst) {
        // Nothing blames the server for an answer it had no chance to give.
        QVERIFY(recorder.of(EventKind::Error).isEmpty());
        QCOMPARE(summary.lingerExpired, !serverClosesToo);
    }
    QVERIFY(recorder.of(EventKind::HandshakeResponse).isEmpty());
    QCOMPARE(summary.first, Direction::None);
    QCOMPARE(summary.code, quint16(CloseCodes::AbnormalClosure));
}

QTEST_GUILESS_MAIN(TestTap)
#include "tst_tap.moc"
