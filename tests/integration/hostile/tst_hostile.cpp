// Hostile servers: an in-process raw QTcpServer on 127.0.0.1 reads the upgrade request and
// answers with crafted bytes (broken handshakes, RFC 6455 violations, abrupt ends). Each attack
// must end in Closed, quickly, with a specific message in the log, the Close event's code the
// one RFC 6455 assigns, and the offending bytes attributed to the server by the wire tap.

#include "core/log/eventlog.h"
#include "core/protocol/closepayload.h"
#include "core/protocol/framedecoder.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/handshake.h"
#include "core/protocol/httpparser.h"
#include "core/session/session.h"
#include "sessionlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {

enum class After {
    Stay,      // keep the connection; answer the client's Close and then close TCP (RFC 6455 §7.1.1)
    CloseTcp,  // close TCP right after the crafted bytes, no Close frame
    Slowloris, // the response head never ends: one more header line every 20 ms
};

// Decodes what the client sends after its request, to answer its Close frame.
class ClientFrames : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &header) override
    {
        opcode = header.opcode;
        payload.clear();
    }
    void framePayload(QByteArrayView chunk) override { payload += chunk; }
    void frameFinished(const FrameHeader &header) override
    {
        opcodes.append(header.opcode);
        if (header.opcode == 0x8)
            closePayloads.append(payload);
    }
    void violation(quint16, const QString &message, bool) override { violations.append(message); }

    quint8 opcode = 0;
    QByteArray payload;
    QList<quint8> opcodes;
    QList<QByteArray> closePayloads;
    QStringList violations;
};

// A raw "WebSocket server" that answers the first upgrade request with `head` (where "{accept}"
// becomes the correct Sec-WebSocket-Accept value) followed by `frames`.
class HostileServer : public QObject
{
public:
    HostileServer(const QByteArray &head, const QByteArray &frames, After after, bool serverCloses, int framesDelayMs)
        : m_head(head), m_frames(frames), m_after(after), m_serverSentClose(serverCloses), m_framesDelayMs(framesDelayMs)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                ++connections;
                if (m_socket) {
                    socket->abort();
                    continue;
                }
                m_socket = socket;
                connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
                connect(socket, &QTcpSocket::disconnected, this, [this] { clientGone = true; });
            }
        });
        m_slowTimer.setInterval(20);
        connect(&m_slowTimer, &QTimer::timeout, this, [this] {
            if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
                m_socket->write("X-Slow-" + QByteArray::number(++m_slowLines) + ": still coming\r\n");
            else
                m_slowTimer.stop();
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/hostile").arg(port()); }

    int connections = 0;
    bool clientGone = false;
    QByteArray request;   // the client's upgrade request head
    ClientFrames fromClient;

private:
    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        if (!m_answered) {
            const qsizetype used = m_parser.feed(data);
            if (m_parser.state() != HttpParser::State::Complete)
                return;
            request = m_parser.message().rawHead;
            answer();
            m_decoder.feed(QByteArrayView(data).sliced(used));
        } else {
            m_decoder.feed(data);
        }
        if (!fromClient.closePayloads.isEmpty() && !m_closeHandled) {
            m_closeHandled = true;
            // Echo the client's status code (RFC 6455 §5.5.1) unless we closed first, then end TCP.
            if (!m_serverSentClose)
                m_socket->write(FrameEncoder::encode(0x8, fromClient.closePayloads.first().left(2)));
            m_socket->disconnectFromHost();
        }
    }

    void answer()
    {
        m_answered = true;
        QByteArray head = m_head;
        head.replace("{accept}", Handshake::acceptFor(m_parser.message().value("Sec-WebSocket-Key")));
        if (m_framesDelayMs > 0) {
            // Separately, once the client is surely open: the violation arrives in state Open.
            m_socket->write(head);
            QTimer::singleShot(m_framesDelayMs, m_socket, [this] { m_socket->write(m_frames); });
        } else {
            m_socket->write(head + m_frames); // one write: the frames arrive with the 101 response
        }
        if (m_after == After::CloseTcp)
            m_socket->disconnectFromHost();
        else if (m_after == After::Slowloris)
            m_slowTimer.start();
    }

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    HttpParser m_parser{ HttpParser::Kind::Request };
    FrameDecoder m_decoder{ FrameDecoder::Role::ClientToServer, &fromClient };
    QByteArray m_head;
    QByteArray m_frames;
    After m_after;
    bool m_serverSentClose;
    int m_framesDelayMs;
    bool m_answered = false;
    bool m_closeHandled = false;
    QTimer m_slowTimer;
    int m_slowLines = 0;
};

const QByteArray Good101 = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Accept: {accept}\r\n\r\n";

QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true)
{
    return FrameEncoder::encode(opcode, payload, fin);
}

// Resident set size in KiB (Linux), 0 where unknown.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileServer_data();
    void hostileServer();
};

void TestHostile::initTestCase()
{
    qRegisterMetaType<Event>();
    qRegisterMetaType<SessionState>();
}

void TestHostile::hostileServer_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("frames");
    QTest::addColumn<int>("after");
    QTest::addColumn<QStringList>("offered");      // subprotocols the client offers
    QTest::addColumn<int>("category");             // ErrorCategory of the specific error
    QTest::addColumn<QStringList>("fragments");    // all in one error of that category
    QTest::addColumn<int>("closeCode");            // of the Close event
    QTest::addColumn<int>("initiator");            // CloseInitiator of the Close event
    QTest::addColumn<int>("clientCloseCode");      // the client's Close frame as the server decoded it, 0: none
    QTest::addColumn<int>("offendingOpcode");      // a server frame the tap must show (dir In), -1: none
    QTest::addColumn<int>("framesDelayMs");        // 0: the frames come in the same write as the 101

    const int handshake = int(ErrorCategory::Handshake);
    const int protocol = int(ErrorCategory::Protocol);
    const int stay = int(After::Stay);
    const int client = int(CloseInitiator::Client);
    const int server = int(CloseInitiator::Server);
    const int none = int(CloseInitiator::None);
    const QStringList noOffer;

    // Opening handshake (RFC 6455 §4.1): QWebSocket must never reach Open; the tap shows the response.
    QTest::newRow("A 101 response with a wrong Sec-WebSocket-Accept value is refused")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n\r\n")
            << QByteArray() << stay << noOffer << handshake
            << QStringList{ QStringLiteral("Sec-WebSocket-Accept is wrong"), QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAA=") }
            << 1006 << none << 0 << -1 << 0;
    QTest::newRow("A 101 response without an Upgrade header is refused")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n")
            << QByteArray() << stay << noOffer << handshake
            << QStringList{ QStringLiteral("no Upgrade header") } << 1006 << none << 0 << -1 << 0;
    QTest::newRow("A 101 response whose Connection header lacks the Upgrade token is refused")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: keep-alive\r\n"
                          "Sec-WebSocket-Accept: {accept}\r\n\r\n")
            << QByteArray() << stay << noOffer << handshake
            << QStringList{ QStringLiteral("Connection header is \"keep-alive\"") } << 1006 << none << 0 << -1 << 0;
    QTest::newRow("A 200 OK instead of 101 is a refused upgrade with its body kept")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world")
            << QByteArray() << stay << noOffer << handshake
            << QStringList{ QStringLiteral("refused the WebSocket upgrade"), QStringLiteral("200 OK") } << 1006 << none << 0 << -1 << 0;
    QTest::newRow("A subprotocol the client did not offer is refused")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Protocol: evil.v9\r\n\r\n")
            << QByteArray() << stay << QStringList{ QStringLiteral("chat.v1") } << handshake
            << QStringList{ QStringLiteral("\"evil.v9\""), QStringLiteral("did not offer") } << 1006 << none << 0 << -1 << 0;
    QTest::newRow("An extension the client did not request is refused")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: {accept}\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n")
            << QByteArray() << stay << noOffer << handshake
            << QStringList{ QStringLiteral("\"permessage-deflate\""), QStringLiteral("did not request") } << 1006 << none << 0 << -1 << 0;
    QTest::newRow("Garbage instead of an HTTP response is reported as not HTTP")
            << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n") << QByteArray() << stay << noOffer << handshake
            << QStringList{ QStringLiteral("not valid HTTP"), QStringLiteral("SSH-2.0-OpenSSH_9.2p1") } << 1006 << none << 0 << -1 << 0;
    QTest::newRow("A response header line over 64 KiB hits the head size limit")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nX-Huge: ") + QByteArray(70000, 'h')
                    + QByteArray("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n")
            << QByteArray() << stay << noOffer << handshake
            << QStringList{ QStringLiteral("not valid HTTP"), QStringLiteral("larger than the limit of 65536 bytes") } << 1006 << none << 0 << -1 << 0;
    QTest::newRow("A response head that never ends (slowloris) hits the handshake timeout")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\n") << QByteArray() << int(After::Slowloris) << noOffer
            << int(ErrorCategory::Timeout) << QStringList{ QStringLiteral("No WebSocket handshake"), QStringLiteral("within 800 ms") }
            << 1006 << none << 0 << -1 << 0;

    // Framing (RFC 6455 §5): the client fails the connection with the code of §7.4.1.
    QTest::newRow("A masked server frame fails the connection with 1002")
            << Good101 << FrameEncoder::encode(0x1, "masked", true, 0x11223344u) << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("masked") } << 1002 << client << 1002 << 0x1 << 0;
    FrameHeader rsv1;
    rsv1.opcode = 0x1;
    rsv1.rsv = 0x4;
    QTest::newRow("RSV1 set without a negotiated extension fails the connection with 1002")
            << Good101 << FrameEncoder::encode(rsv1, "deflated?") << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("RSV1") } << 1002 << client << 1002 << 0x1 << 0;
    QTest::newRow("Reserved data opcode 0x3 fails the connection with 1002")
            << Good101 << frame(0x3, "three") << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("0x3") } << 1002 << client << 1002 << 0x3 << 0;
    QTest::newRow("Reserved control opcode 0xB fails the connection with 1002")
            << Good101 << frame(0xB, "eleven") << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("0xB") } << 1002 << client << 1002 << 0xB << 0;
    QTest::newRow("A ping of 126 bytes fails the connection with 1002")
            << Good101 << frame(0x9, QByteArray(126, 'p')) << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("126 bytes") } << 1002 << client << 1002 << 0x9 << 0;
    QTest::newRow("A fragmented ping fails the connection with 1002")
            << Good101 << frame(0x9, "half", false) + frame(0x0, "ping", true) << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("must not be fragmented") } << 1002 << client << 1002 << 0x9 << 0;
    QTest::newRow("A continuation frame without a started message fails the connection with 1002")
            << Good101 << frame(0x0, "orphan") << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("no fragmented message") } << 1002 << client << 1002 << 0x0 << 0;
    QTest::newRow("Invalid UTF-8 in a text frame fails the connection with 1007")
            << Good101 << frame(0x1, "caf\xff") << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("not valid UTF-8"), QStringLiteral("0xff") }
            << 1007 << client << 1007 << 0x1 << 0;
    QTest::newRow("Invalid UTF-8 split across two fragments fails the connection with 1007")
            << Good101 << frame(0x1, "euro \xe2\x82", false) + frame(0x0, "(", true) << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("byte 7 of the message") }
            << 1007 << client << 1007 << 0x0 << 0;

    // Close frames (RFC 6455 §5.5.1, §7.4): a malformed Close is a protocol error, not a status.
    QTest::newRow("A Close frame with a 1-byte payload fails the connection with 1002")
            << Good101 << frame(0x8, "\x03") << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("1 byte") } << 1002 << server << 1002 << 0x8 << 0;
    QTest::newRow("A Close frame carrying code 1005 on the wire fails the connection with 1002")
            << Good101 << frame(0x8, "\x03\xed") << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("1005") } << 1002 << server << 1002 << 0x8 << 0;
    QTest::newRow("A Close frame whose reason is not UTF-8 fails the connection with 1007")
            << Good101 << frame(0x8, "\x03\xe8" "bad \xc0\xaf") << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("close reason is not valid UTF-8") }
            << 1007 << server << 1007 << 0x8 << 0;

    // Lengths (RFC 6455 §5.2): nothing is allocated for a declared length.
    FrameHeader huge;
    huge.opcode = 0x2;
    huge.payloadLength = quint64(1) << 62;
    QTest::newRow("A frame declaring 2^62 bytes fails the connection with 1009 without allocating")
            << Good101 << FrameEncoder::encodeHeader(huge) + QByteArray(64, 'x') << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("4611686018427387904") } << 1009 << client << 1009 << -1 << 0;
    QTest::newRow("A 64-bit length with its most significant bit set fails the connection with 1002")
            << Good101 << QByteArray("\x82\x7f\x80\x00\x00\x00\x00\x00\x00\x05hello", 15) << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("most significant bit") } << 1002 << client << 1002 << -1 << 0;

    // Endings.
    QTest::newRow("A server that closes TCP right after 101 gives 1006")
            << Good101 << QByteArray() << int(After::CloseTcp) << noOffer << -1 << QStringList() << 1006 << none << 0 << -1 << 0;
    QTest::newRow("A server Close with 1012 is reported as 1012 received, not rewritten to 1002")
            << Good101 << frame(0x8, "\x03\xf4" "service restart") << stay << noOffer << -1 << QStringList()
            << 1012 << server << 1002 << 0x8 << 0;
    QTest::newRow("A server that keeps sending frames after its Close frame is a protocol violation")
            << Good101 << frame(0x8, "\x03\xe8" "bye") + frame(0x1, "zombie text") + frame(0x2, "zombie binary")
            << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("after its sender's Close frame") } << 1000 << server << 1000 << 0x1 << 0;

    // The same violations once the connection is Open (the frames in a later TCP segment).
    QTest::newRow("A masked server frame sent after the connection opened fails it with 1002")
            << Good101 << FrameEncoder::encode(0x2, "late mask", true, 0x0badf00du) << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("masked binary frame") } << 1002 << client << 1002 << 0x2 << 150;
    QTest::newRow("Invalid UTF-8 sent after the connection opened fails it with 1007")
            << Good101 << frame(0x1, "\xed\xa0\x80 surrogate") << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("not valid UTF-8") } << 1007 << client << 1007 << 0x1 << 150;
    QTest::newRow("A 2^62-byte frame sent after the connection opened fails it with 1009")
            << Good101 << FrameEncoder::encodeHeader(huge) << stay << noOffer << protocol
            << QStringList{ QStringLiteral("The server violated"), QStringLiteral("more than the limit") } << 1009 << client << 1009 << -1 << 150;
}

void TestHostile::hostileServer()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, frames);
    QFETCH(int, after);
    QFETCH(QStringList, offered);
    QFETCH(int, category);
    QFETCH(QStringList, fragments);
    QFETCH(int, closeCode);
    QFETCH(int, initiator);
    QFETCH(int, clientCloseCode);
    QFETCH(int, offendingOpcode);
    QFETCH(int, framesDelayMs);

    // The server spoke first when its crafted bytes start with a Close frame.
    const bool serverCloses = frames.startsWith(char(0x88));
    HostileServer server(head, frames, After(after), serverCloses, framesDelayMs);
    QVERIFY(server.port() != 0);
    ConnectionSettings settings;
    settings.url = QUrl(server.url()).toString();
    settings.subprotocols = offered;
    settings.handshakeTimeoutMs = 800;
    Session session;
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    const qint64 rssBefore = residentKiB();
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(finished.size() == 1, SessionLog::describe(session).constData(), 8000);
    const qint64 elapsedMs = clock.elapsed();
    QCOMPARE(session.state(), SessionState::Closed);
    // Well within the tap's 1 s linger plus the handshake timeout: nothing waits for a hang.
    QVERIFY2(elapsedMs < 3000, qPrintable(QStringLiteral("took %1 ms").arg(elapsedMs)));
    QCOMPARE(server.connections, 1);
    QVERIFY(!server.request.isEmpty());
    const QByteArray log = SessionLog::describe(session);

    // The specific message: every fragment in one error of the expected category.
    if (category >= 0) {
        bool found = false;
        for (const Event &event : SessionLog::eventsOf(session, EventKind::Error)) {
            if (event.detail->errorCategory != ErrorCategory(category))
                continue;
            bool all = true;
            for (const QString &fragment : std::as_const(fragments))
                all = all && event.detail->text.contains(fragment);
            if (!all)
                continue;
            found = true;
            // The tap pins what it decoded on the server's bytes; a timeout belongs to no side.
            QCOMPARE(event.dir, category == int(ErrorCategory::Timeout) ? Direction::None : Direction::In);
            if (category == int(ErrorCategory::Protocol))
                QCOMPARE(int(event.detail->closeCode), closeCode == 1000 ? 1002 : closeCode); // 1000: the server closed first, normally
        }
        QVERIFY2(found, log.constData());
    } else {
        QVERIFY2(SessionLog::errorTexts(session, ErrorCategory::Protocol).isEmpty(), log.constData());
        QVERIFY2(SessionLog::errorTexts(session, ErrorCategory::Handshake).isEmpty(), log.constData());
    }
    // Every error says what went wrong, and no violation is pinned on the client.
    for (const Event &event : SessionLog::eventsOf(session, EventKind::Error)) {
        QVERIFY2(!event.detail->text.isEmpty(), log.constData());
        QVERIFY2(!event.detail->text.contains(QLatin1String("The client violated")), log.constData());
    }

    // Exactly one Close event, with the code RFC 6455 assigns, last but for the final state.
    const QList<Event> closes = SessionLog::eventsOf(session, EventKind::Close);
    QVERIFY2(closes.size() == 1, log.constData());
    QVERIFY2(int(closes.first().detail->closeCode) == closeCode, log.constData());
    QVERIFY2(int(closes.first().detail->closeInitiator) == initiator, log.constData());
    QCOMPARE(session.log()->at(session.log()->size() - 2).kind, EventKind::Close);

    const bool handshakeAttack = head != Good101;
    const QList<Event> responses = SessionLog::eventsOf(session, EventKind::HandshakeResponse);
    const QList<Event> states = SessionLog::eventsOf(session, EventKind::State);
    bool opened = false;
    for (const Event &state : states)
        opened = opened || state.detail->state == SessionState::Open;
    if (handshakeAttack) {
        QVERIFY2(!opened, log.constData());
        QVERIFY2(SessionLog::eventsOf(session, EventKind::Frame).isEmpty(), log.constData());
        // What the server sent is in the log as its response (direction In), also when it is no HTTP.
        if (after != int(After::Slowloris)) {
            QVERIFY2(responses.size() == 1, log.constData());
            QCOMPARE(responses.first().dir, Direction::In);
            QVERIFY(head.startsWith(responses.first().detail->http.rawHead.left(20)));
            QVERIFY(!responses.first().detail->http.rawHead.isEmpty());
        }
    } else {
        QVERIFY2(opened, log.constData());
        QVERIFY2(responses.size() == 1 && responses.first().detail->acceptValid, log.constData());
    }

    // The offending bytes are the server's: the tap shows that frame coming in, unmasked as sent.
    if (offendingOpcode >= 0) {
        bool seen = false;
        for (const Event &event : SessionLog::eventsOf(session, EventKind::Frame, Direction::In))
            seen = seen || event.frame.opcode == offendingOpcode;
        QVERIFY2(seen, log.constData());
    }
    for (const Event &event : SessionLog::eventsOf(session, EventKind::Frame, Direction::Out))
        QVERIFY2(event.frame.masked, log.constData()); // our own frames stay correct

    // The client's Close frame, as the hostile server decoded it, matches the tap's Out frame.
    const QList<Event> outCloses = [&session] {
        QList<Event> result;
        for (const Event &event : SessionLog::eventsOf(session, EventKind::Frame, Direction::Out)) {
            if (event.frame.opcode == 0x8)
                result.append(event);
        }
        return result;
    }();
    if (clientCloseCode != 0) {
        QTRY_VERIFY2_WITH_TIMEOUT(!server.fromClient.closePayloads.isEmpty(), log.constData(), 2000);
        const ClosePayload atServer = ClosePayload::parse(server.fromClient.closePayloads.first());
        QCOMPARE(int(atServer.code), clientCloseCode);
        QVERIFY2(outCloses.size() == 1, log.constData());
        QCOMPARE(outCloses.first().payload, server.fromClient.closePayloads.first());
        QVERIFY(server.fromClient.violations.isEmpty());
    } else {
        QVERIFY2(outCloses.isEmpty(), log.constData());
    }

    // A declared length is never allocated (the 2^62 row would need exabytes).
    const qint64 rssAfter = residentKiB();
    if (rssBefore > 0)
        QVERIFY2(rssAfter - rssBefore < 64 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(rssAfter - rssBefore)));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
