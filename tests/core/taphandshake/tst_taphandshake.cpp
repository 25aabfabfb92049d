// The tap's HTTP upgrade as a value, without sockets (RFC 6455 §4.1, §4.2.2): what goes upstream
// for a request head, what QWebSocket gets for the response, and who the log blames when a leg
// closes before the response is complete: the server when it closed first, nobody when the
// client gave up first.

#include "core/protocol/handshake.h"
#include "core/tap/taphandshake.h"
#include "core/tap/tapstream.h"

#include <QTest>

namespace {

class NoFrames : public TapStream::Listener
{
public:
    void frameDecoded(TapStream &, const FrameHeader &, Event &) override {}
    void streamEvent(const Event &) override {}
};

const QString Target = QStringLiteral("example.test:443");

QByteArray upgradeRequest(const QByteArray &key, const QByteArray &host)
{
    return "GET /chat HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

// A tap handshake whose request went upstream; its events land in `events`.
struct Upgrade
{
    explicit Upgrade(QList<Event> *events, const QByteArray &hostFrom = {}, const QByteArray &hostTo = {})
        : handshake(Target, hostFrom, hostTo, [events](const Event &event) { events->append(event); })
    {
    }

    bool sendRequest(const QByteArray &request, QByteArray *head, QByteArray *rest)
    {
        return handshake.takeRequestBytes(out, request, head, rest);
    }

    NoFrames listener;
    TapStream out{ Direction::Out, &listener };
    TapStream in{ Direction::In, &listener };
    TapHandshake handshake;
    const QByteArray key = Handshake::generateKey();
};

QList<Event> ofKind(const QList<Event> &events, EventKind kind)
{
    QList<Event> result;
    for (const Event &event : events) {
        if (event.kind == kind)
            result.append(event);
    }
    return result;
}

} // namespace

class TestTapHandshake : public QObject
{
    Q_OBJECT

private slots:
    void aLegClosingBeforeTheResponse_data();
    void aLegClosingBeforeTheResponse();
    void nothingIsSaidWhenTheRequestNeverWentUpstream();
    void theHostLineIsRewrittenOnlyWhenItIsExactlyQWebSocketsOwn_data();
    void theHostLineIsRewrittenOnlyWhenItIsExactlyQWebSocketsOwn();
    void anAccepted101ReachesTheClientInCanonicalFormWithTheFramesThatCameWithIt();
    void aRefusalIsHeldUntilItsBodyIsCompleteAndThenRelayedWhole();
};

void TestTapHandshake::aLegClosingBeforeTheResponse_data()
{
    QTest::addColumn<QByteArray>("response");       // what the server sent before the close
    QTest::addColumn<bool>("clientClosedFirst");
    QTest::addColumn<int>("kind");                  // of the event about the close; -1: none
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("responseLogged");

    const QByteArray partial = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n";
    const QByteArray toTheClose = "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nnot you";
    QTest::newRow("The server closing first without a byte of answer is the server's doing: an error names it")
            << QByteArray() << false << int(EventKind::Error)
            << QStringLiteral("%1 closed the connection without answering the upgrade request.").arg(Target) << false;
    QTest::newRow("The server closing first in the middle of its head is the server's doing: an error names it")
            << partial << false << int(EventKind::Error)
            << QStringLiteral("%1 closed the connection before its handshake response was complete.").arg(Target) << false;
    QTest::newRow("The client giving up first before any answer blames nobody: a note that the client closed")
            << QByteArray() << true << int(EventKind::Info)
            << QStringLiteral("The client closed the connection before %1 answered the upgrade request.").arg(Target)
            << false;
    QTest::newRow("The client giving up first in the middle of the server's head blames nobody either")
            << partial << true << int(EventKind::Info)
            << QStringLiteral("The client closed the connection before %1's handshake response was complete.").arg(Target)
            << false;
    QTest::newRow("A refusal whose body ends with the server's close is complete and logged as the refusal it is")
            << toTheClose << false << int(EventKind::Error)
            << QStringLiteral("The server refused the WebSocket upgrade: HTTP 403 Forbidden.") << true;
    QTest::newRow("A refusal whose body ends when the client gave up is complete all the same")
            << toTheClose << true << int(EventKind::Error)
            << QStringLiteral("The server refused the WebSocket upgrade: HTTP 403 Forbidden.") << true;
}

void TestTapHandshake::aLegClosingBeforeTheResponse()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, clientClosedFirst);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(bool, responseLogged);

    QList<Event> events;
    Upgrade upgrade(&events);
    QByteArray head;
    QByteArray rest;
    QVERIFY(upgrade.sendRequest(upgradeRequest(upgrade.key, "example.test"), &head, &rest));
    if (!response.isEmpty()) {
        qsizetype used = 0;
        QCOMPARE(upgrade.handshake.takeResponseBytes(upgrade.in, response, &used), TapHandshake::ResponseStep::Incomplete);
    }
    events.clear();
    upgrade.handshake.endResponse(upgrade.in, upgrade.out, clientClosedFirst);
    QVERIFY(upgrade.in.isHttpDone());

    QCOMPARE(ofKind(events, EventKind::HandshakeResponse).size(), responseLogged ? 1 : 0);
    const QList<Event> notes = ofKind(events, EventKind(kind));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().detail->text, text);
    if (clientClosedFirst && !responseLogged) // our own abort is no error of anyone's
        QVERIFY(ofKind(events, EventKind::Error).isEmpty());
    // Said once: a second close of the other leg adds nothing.
    const qsizetype count = events.size();
    upgrade.handshake.endResponse(upgrade.in, upgrade.out, !clientClosedFirst);
    QCOMPARE(events.size(), count);
}

void TestTapHandshake::nothingIsSaidWhenTheRequestNeverWentUpstream()
{
    QList<Event> events;
    Upgrade upgrade(&events);
    QByteArray head;
    QByteArray rest;
    const QByteArray unfinished = "GET /chat HTTP/1.1\r\nHost: exa";
    QVERIFY(!upgrade.sendRequest(unfinished, &head, &rest));
    QCOMPARE(upgrade.handshake.bufferedBytes(), qint64(unfinished.size())); // kept: the Host line may change
    upgrade.handshake.endResponse(upgrade.in, upgrade.out, false);
    QVERIFY(events.isEmpty()); // no request went upstream: there was nothing to answer
}

void TestTapHandshake::theHostLineIsRewrittenOnlyWhenItIsExactlyQWebSocketsOwn_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("sent");

    QTest::newRow("QWebSocket's host:443 becomes the host a wss client on the default port writes")
            << QByteArray("example.test:443") << QByteArray("example.test");
    QTest::newRow("Any other Host value goes upstream unchanged")
            << QByteArray("other.test:443") << QByteArray("other.test:443");
}

void TestTapHandshake::theHostLineIsRewrittenOnlyWhenItIsExactlyQWebSocketsOwn()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, sent);

    QList<Event> events;
    Upgrade upgrade(&events, "example.test:443", "example.test");
    const QByteArray frame("\x81\x80\x00\x00\x00\x00", 6); // an empty masked text frame
    QByteArray head;
    QByteArray rest;
    QVERIFY(upgrade.sendRequest(upgradeRequest(upgrade.key, host) + frame, &head, &rest));
    QCOMPARE(head, upgradeRequest(upgrade.key, sent));
    QCOMPARE(rest, frame);
    QVERIFY(upgrade.out.isFraming());
    QCOMPARE(upgrade.handshake.request().value("Host"), sent);
    const QList<Event> logged = ofKind(events, EventKind::HandshakeRequest);
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().detail->http.value("Host"), sent); // logged as it went upstream
}

void TestTapHandshake::anAccepted101ReachesTheClientInCanonicalFormWithTheFramesThatCameWithIt()
{
    QList<Event> events;
    Upgrade upgrade(&events);
    QByteArray head;
    QByteArray rest;
    QVERIFY(upgrade.sendRequest(upgradeRequest(upgrade.key, "example.test"), &head, &rest));
    // RFC 6455 lets a server write the Connection token in a list and in upper case; QWebSocket 6.4
    // would refuse that, so it gets the canonical form.
    const QByteArray lenient = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: WebSocket\r\nConnection: keep-alive, UPGRADE\r\n"
                               "Sec-WebSocket-Accept: " + Handshake::acceptFor(upgrade.key) + "\r\n\r\n";
    const QByteArray frame("\x81\x02hi", 4);
    const QByteArray first = lenient.left(20);
    const QByteArray second = lenient.mid(20) + frame;
    qsizetype used = 0;
    QCOMPARE(upgrade.handshake.takeResponseBytes(upgrade.in, first, &used), TapHandshake::ResponseStep::Incomplete);
    QVERIFY(upgrade.handshake.hold(upgrade.in, first));
    QCOMPARE(upgrade.handshake.takeResponseBytes(upgrade.in, second, &used), TapHandshake::ResponseStep::Complete);
    QCOMPARE(used, lenient.size() - first.size());
    QVERIFY(upgrade.in.isFraming());
    QVERIFY(!upgrade.handshake.hold(upgrade.in, second));
    const QByteArray toClient = upgrade.handshake.forClient(second);
    QVERIFY(toClient.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
    QVERIFY(toClient.contains("\r\nConnection: Upgrade\r\n"));
    const QByteArray endOfHead = QByteArray("\r\n\r\n") + frame;
    QVERIFY(toClient.endsWith(endOfHead));
    QVERIFY(ofKind(events, EventKind::Error).isEmpty());
    // Once through, the server's bytes pass as they are.
    QCOMPARE(upgrade.handshake.forClient(frame), frame);
    QCOMPARE(upgrade.handshake.bufferedBytes(), qint64(0));
}

void TestTapHandshake::aRefusalIsHeldUntilItsBodyIsCompleteAndThenRelayedWhole()
{
    QList<Event> events;
    Upgrade upgrade(&events);
    QByteArray head;
    QByteArray rest;
    QVERIFY(upgrade.sendRequest(upgradeRequest(upgrade.key, "example.test"), &head, &rest));
    const QByteArray refusal = "HTTP/1.1 401 Unauthorized\r\nContent-Length: 6\r\n\r\nlogin!";
    const QByteArray first = refusal.left(refusal.size() - 3);
    const QByteArray second = refusal.right(3);
    qsizetype used = 0;
    QCOMPARE(upgrade.handshake.takeResponseBytes(upgrade.in, first, &used), TapHandshake::ResponseStep::Incomplete);
    QVERIFY(upgrade.handshake.hold(upgrade.in, first));
    QCOMPARE(upgrade.handshake.bufferedBytes(), qint64(first.size()));
    QCOMPARE(upgrade.handshake.takeResponseBytes(upgrade.in, second, &used), TapHandshake::ResponseStep::Complete);
    QVERIFY(!upgrade.in.isFraming());
    QVERIFY(!upgrade.handshake.hold(upgrade.in, second));
    QCOMPARE(upgrade.handshake.forClient(second), refusal);
    const QList<Event> responses = ofKind(events, EventKind::HandshakeResponse);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().payload, QByteArray("login!"));
    QCOMPARE(ofKind(events, EventKind::Error).size(), 1);
}

QTEST_GUILESS_MAIN(TestTapHandshake)
#include "tst_taphandshake.moc"
