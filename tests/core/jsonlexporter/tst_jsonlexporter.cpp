#include "core/export/eventformatter.h"
#include "core/export/jsonlexporter.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"
#include "pseudotranslator.h"
#include "testevents.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

constexpr qint64 WallMs = 1795788001002LL; // 2026-11-27T14:00:01.002Z

Event base(EventKind kind, Direction dir)
{
    Event e;
    e.seq = 42;
    e.wallMs = WallMs;
    e.kind = kind;
    e.dir = dir;
    return e;
}

Event withDetail(Event e, const std::function<void(EventDetail &)> &fill)
{
    auto detail = QSharedPointer<EventDetail>::create();
    fill(*detail);
    e.detail = detail;
    return e;
}

// A frame as the tap logs it: its header encoded as on the wire (the key, when masked, given).
Event frame(Direction dir, quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0,
            std::optional<quint32> mask = {})
{
    TestEvents::FrameSpec spec;
    spec.fin = fin;
    spec.rsv = rsv;
    spec.maskSet = true;
    spec.masked = mask.has_value();
    spec.maskKey = mask.value_or(0);
    return TestEvents::frame(dir, opcode, payload, spec, 42, WallMs);
}

Event withRtt(Event e, qint64 rttUs)
{
    return withDetail(std::move(e), [rttUs](EventDetail &d) { d.rttUs = rttUs; });
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected JSON in the test: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace

class TestJsonlExporter : public QObject
{
    Q_OBJECT

private slots:
    void schema_data();
    void schema();
    void noEventTokenNamesAMessagePingOrPong();
    void writerAppendsOneCompactLinePerEvent();
    void writerReportsAFailingDevice();
    void timeIsUtcWithMilliseconds();
    void tokensStayEnglishWhenTheUiIsTranslated();
};

void TestJsonlExporter::schema_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("Masked text frame from the client with its key and exact header in hex")
            << frame(Direction::Out, 1, "hello", true, 0, 0x37fa213dU)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"out","opcode":"text",
                        "fin":true,"rsv":0,"masked":true,"mask_key":"37fa213d","length":5,"header":"818537fa213d",
                        "ends_message":true,"payload":"hello"})");
    QTest::newRow("Unmasked binary frame is base64 even when the bytes look like text")
            << frame(Direction::In, 2, "abc")
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in","opcode":"binary",
                        "fin":true,"rsv":0,"masked":false,"length":3,"header":"8203","ends_message":true,
                        "payload":"YWJj","encoding":"base64"})");
    QTest::newRow("Text fragment with RSV1 and invalid UTF-8 falls back to base64 and ends no message")
            << frame(Direction::In, 1, QByteArray("\xc3\x28", 2), false, 4)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in","opcode":"text",
                        "fin":false,"rsv":4,"masked":false,"length":2,"header":"4102","payload":"wyg=",
                        "encoding":"base64"})");
    QTest::newRow("Continuation and reserved opcodes are named")
            << frame(Direction::In, 0xB, QByteArray())
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in",
                        "opcode":"reserved-0xB","fin":true,"rsv":0,"masked":false,"length":0,"header":"8b00",
                        "payload":""})");
    TestEvents::FrameSpec wide;
    wide.lengthBits = 16;
    QTest::newRow("A non-minimal length encoding shows in the header bytes as sent")
            << TestEvents::frame(Direction::In, 1, "hi", wide, 42, WallMs)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in","opcode":"text",
                        "fin":true,"rsv":0,"masked":false,"length":2,"header":"817e0002","ends_message":true,
                        "payload":"hi"})");

    QTest::newRow("The last frame of a fragmented text message describes the whole message")
            << TestEvents::lastFragment(Direction::In, FrameHeader::Text, "lo", "héllo", 3, 42, WallMs)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in",
                        "opcode":"continuation","fin":true,"rsv":0,"masked":false,"length":2,"header":"8002",
                        "ends_message":true,"payload":"lo","message_opcode":"text","message_frames":3,
                        "message_length":6})");

    QTest::newRow("Ping frame carries its payload and its header")
            << frame(Direction::Out, FrameHeader::Ping, "p1", true, 0, 0x01020304U)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"out","opcode":"ping",
                        "fin":true,"rsv":0,"masked":true,"mask_key":"01020304","length":2,
                        "header":"898201020304","payload":"p1"})");
    QTest::newRow("Pong answering our ping has the round-trip time in ms")
            << withRtt(frame(Direction::In, FrameHeader::Pong, "p1"), 1500)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in","opcode":"pong",
                        "fin":true,"rsv":0,"masked":false,"length":2,"header":"8a02","payload":"p1","rtt_ms":1.5})");

    QTest::newRow("With the tap off a message is a frame whose header is null")
            << TestEvents::untapped(Direction::In, FrameHeader::Text, "from QWebSocket", 42, WallMs)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in","opcode":"text",
                        "length":15,"header":null,"ends_message":true,"payload":"from QWebSocket"})");
    QTest::newRow("With the tap off a pong still has the round-trip time QWebSocket measured")
            << withRtt(TestEvents::untapped(Direction::In, FrameHeader::Pong, "p1", 42, WallMs), 2000)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in","opcode":"pong",
                        "length":2,"header":null,"payload":"p1","rtt_ms":2})");

    Event request = withDetail(base(EventKind::HandshakeRequest, Direction::Out), [](EventDetail &d) {
        d.http.method = "GET";
        d.http.target = "/chat?x=1";
        d.http.headers = {{"Host", "127.0.0.1:8080"}, {"Upgrade", "websocket"}, {"X-Dup", "1"}, {"x-dup", "2"}};
    });
    QTest::newRow("Handshake request keeps headers in wire order with duplicates")
            << request
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"handshake_request","dir":"out",
                        "method":"GET","target":"/chat?x=1","headers":[["Host","127.0.0.1:8080"],
                        ["Upgrade","websocket"],["X-Dup","1"],["x-dup","2"]]})");

    Event accepted = withDetail(base(EventKind::HandshakeResponse, Direction::In), [](EventDetail &d) {
        d.http.isRequest = false;
        d.http.statusCode = 101;
        d.http.reasonPhrase = "Switching Protocols";
        d.http.headers = {{"Upgrade", "websocket"}, {"Sec-WebSocket-Accept", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="}};
        d.acceptExpected = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
        d.acceptReceived = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
        d.acceptValid = true;
    });
    QTest::newRow("Accepted upgrade says the accept value is valid")
            << accepted
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"handshake_response","dir":"in",
                        "status":101,"reason":"Switching Protocols","headers":[["Upgrade","websocket"],
                        ["Sec-WebSocket-Accept","s3pPLMBiTxaQ9kYGzzhZRbK+xOo="]],
                        "accept_expected":"s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
                        "accept_received":"s3pPLMBiTxaQ9kYGzzhZRbK+xOo=","accept_valid":true})");

    Event refused = withDetail(base(EventKind::HandshakeResponse, Direction::In), [](EventDetail &d) {
        d.http.isRequest = false;
        d.http.statusCode = 401;
        d.http.reasonPhrase = "Unauthorized";
        d.http.headers = {{"Content-Length", "13"}};
        d.http.body = "token missing";
        d.acceptExpected = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
    });
    QTest::newRow("Refused upgrade carries its body")
            << refused
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"handshake_response","dir":"in",
                        "status":401,"reason":"Unauthorized","headers":[["Content-Length","13"]],
                        "body":"token missing","accept_expected":"s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
                        "accept_valid":false})");

    Event notHttp = withDetail(base(EventKind::HandshakeResponse, Direction::In), [](EventDetail &d) {
        d.http.isRequest = false;
        d.acceptExpected = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
        d.handshakeProblems = {QStringLiteral("The status line \"SSH-2.0-OpenSSH_9.2\" is not HTTP/1.1.")};
    });
    QTest::newRow("A reply that was not HTTP has status 0 and says why in its problems")
            << notHttp
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"handshake_response","dir":"in",
                        "status":0,"reason":"","headers":[],"accept_expected":"s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
                        "accept_valid":false,"problems":["The status line \"SSH-2.0-OpenSSH_9.2\" is not HTTP/1.1."]})");

    Event close = withDetail(base(EventKind::Close, Direction::None), [](EventDetail &d) {
        d.closeCode = 1000;
        d.closeReason = QStringLiteral("bye");
        d.closeInitiator = CloseInitiator::Client;
        d.closeClean = true;
    });
    QTest::newRow("Clean close started by the client")
            << close
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"close","code":1000,
                        "code_name":"Normal closure","reason":"bye","initiator":"client","clean":true})");

    Event dropped = withDetail(base(EventKind::Close, Direction::None), [](EventDetail &d) { d.closeCode = 1006; });
    QTest::newRow("Dropped connection closes with 1006 and no initiator")
            << dropped
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"close","code":1006,
                        "code_name":"Abnormal closure","reason":"","initiator":"none","clean":false})");

    Event error = withDetail(base(EventKind::Error, Direction::None), [](EventDetail &d) {
        d.errorCategory = ErrorCategory::Handshake;
        d.text = QStringLiteral("The server refused the upgrade");
    });
    QTest::newRow("Error has a category token and a message")
            << error
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"error","category":"handshake",
                        "message":"The server refused the upgrade"})");

    Event state = withDetail(base(EventKind::State, Direction::None), [](EventDetail &d) { d.state = SessionState::Handshaking; });
    QTest::newRow("State change has the state token")
            << state << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"state","state":"handshaking"})");

    Event tls = withDetail(base(EventKind::Tls, Direction::None), [](EventDetail &d) {
        d.tlsProtocol = QStringLiteral("TLSv1.3");
        d.tlsCipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        d.tlsChain = {QStringLiteral("CN=localhost / CN=Test CA")};
        d.tlsErrors = {QStringLiteral("The certificate is self-signed")};
    });
    QTest::newRow("TLS event lists protocol, cipher, chain and errors")
            << tls
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"tls","protocol":"TLSv1.3",
                        "cipher":"TLS_AES_256_GCM_SHA384","chain":["CN=localhost / CN=Test CA"],
                        "errors":["The certificate is self-signed"]})");

    Event info = withDetail(base(EventKind::Info, Direction::None), [](EventDetail &d) { d.text = QStringLiteral("tap off"); });
    QTest::newRow("Info note has its message")
            << info << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"info","message":"tap off"})");
}

void TestJsonlExporter::schema()
{
    QFETCH(Event, event);
    QFETCH(QJsonObject, expected);
    const QJsonObject actual = JsonlExporter::toJson(event);
    if (actual != expected) {
        qWarning("actual:   %s", QJsonDocument(actual).toJson(QJsonDocument::Compact).constData());
        qWarning("expected: %s", QJsonDocument(expected).toJson(QJsonDocument::Compact).constData());
    }
    QCOMPARE(actual, expected);
}

void TestJsonlExporter::noEventTokenNamesAMessagePingOrPong()
{
    // One frame, one event: messages, pings and pongs are frames; the tokens left are these.
    const QList<EventKind> kinds{EventKind::State, EventKind::HandshakeRequest, EventKind::HandshakeResponse,
                                 EventKind::Frame, EventKind::Close, EventKind::Error, EventKind::Tls,
                                 EventKind::Info};
    QStringList tokens;
    for (EventKind kind : kinds)
        tokens << EventFormatter::eventToken(kind);
    QCOMPARE(tokens, (QStringList{QStringLiteral("state"), QStringLiteral("handshake_request"),
                                  QStringLiteral("handshake_response"), QStringLiteral("frame"), QStringLiteral("close"),
                                  QStringLiteral("error"), QStringLiteral("tls"), QStringLiteral("info")}));
}

void TestJsonlExporter::writerAppendsOneCompactLinePerEvent()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonlExporter exporter(&buffer);
    Event a = frame(Direction::Out, 1, "line one\nline two");
    a.seq = 1;
    Event b = frame(Direction::In, 2, QByteArray(3, '\0'));
    b.seq = 2;
    QVERIFY(exporter.write(a));
    QVERIFY(exporter.write(b));
    QCOMPARE(exporter.count(), quint64(2));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
    QVERIFY(lines.at(2).isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("seq")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("payload")).toString(), QStringLiteral("line one\nline two"));
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(QByteArray::fromBase64(second.value(QStringLiteral("payload")).toString().toLatin1()), QByteArray(3, '\0'));
    QCOMPARE(JsonlExporter::toLine(a), lines.at(0) + '\n');
}

void TestJsonlExporter::writerReportsAFailingDevice()
{
    QBuffer buffer; // never opened
    JsonlExporter exporter(&buffer);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!exporter.write(frame(Direction::Out, 1, "x"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write the JSONL log")), qPrintable(error));
    QCOMPARE(exporter.count(), quint64(0));
}

void TestJsonlExporter::timeIsUtcWithMilliseconds()
{
    QCOMPARE(JsonlExporter::isoTime(WallMs), QStringLiteral("2026-11-27T14:00:01.002Z"));
    QCOMPARE(JsonlExporter::isoTime(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
}

void TestJsonlExporter::tokensStayEnglishWhenTheUiIsTranslated()
{
    // Scripts read the JSONL of wsscope-cli whatever language the user's desktop is in.
    const PseudoTranslator translator;
    QCOMPARE(CloseCodes::name(1001), QStringLiteral("[[Going away]]")); // the translation is in effect
    const Event close = withDetail(base(EventKind::Close, Direction::In), [](EventDetail &d) {
        d.closeCode = 1001;
        d.closeInitiator = CloseInitiator::Server;
    });
    QCOMPARE(JsonlExporter::toJson(close).value(QStringLiteral("code_name")).toString(), QStringLiteral("Going away"));
    const Event error = withDetail(base(EventKind::Error, Direction::In), [](EventDetail &d) {
        d.errorCategory = ErrorCategory::Protocol;
    });
    QCOMPARE(JsonlExporter::toJson(error).value(QStringLiteral("category")).toString(), QStringLiteral("protocol"));
    const Event state = withDetail(base(EventKind::State, Direction::None), [](EventDetail &d) { d.state = SessionState::Open; });
    QCOMPARE(JsonlExporter::toJson(state).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
}

QTEST_GUILESS_MAIN(TestJsonlExporter)
#include "tst_jsonlexporter.moc"
