#include "core/export/jsonlexporter.h"
#include "core/protocol/closecodes.h"
#include "pseudotranslator.h"

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

Event frame(Direction dir, quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0,
            std::optional<quint32> mask = {})
{
    Event e = base(EventKind::Frame, dir);
    e.frame.opcode = opcode;
    e.frame.fin = fin;
    e.frame.rsv = rsv;
    e.frame.masked = mask.has_value();
    e.frame.maskKey = mask.value_or(0);
    e.length = quint64(payload.size());
    e.payload = payload;
    return e;
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
    void writerAppendsOneCompactLinePerEvent();
    void writerReportsAFailingDevice();
    void timeIsUtcWithMilliseconds();
    void tokensStayEnglishWhenTheUiIsTranslated();
};

void TestJsonlExporter::schema_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("Masked text frame from the client with its key in hex")
            << frame(Direction::Out, 1, "hello", true, 0, 0x37fa213dU)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"out","opcode":"text",
                        "fin":true,"rsv":0,"masked":true,"mask_key":"37fa213d","length":5,"payload":"hello"})");
    QTest::newRow("Unmasked binary frame is base64 even when the bytes look like text")
            << frame(Direction::In, 2, "abc")
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in","opcode":"binary",
                        "fin":true,"rsv":0,"masked":false,"length":3,"payload":"YWJj","encoding":"base64"})");
    QTest::newRow("Text fragment with RSV1 and invalid UTF-8 falls back to base64")
            << frame(Direction::In, 1, QByteArray("\xc3\x28", 2), false, 4)
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in","opcode":"text",
                        "fin":false,"rsv":4,"masked":false,"length":2,"payload":"wyg=","encoding":"base64"})");
    QTest::newRow("Continuation and reserved opcodes are named")
            << frame(Direction::In, 0xB, QByteArray())
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"frame","dir":"in",
                        "opcode":"reserved-0xB","fin":true,"rsv":0,"masked":false,"length":0,"payload":""})");

    Event message = withDetail(base(EventKind::Message, Direction::In), [](EventDetail &d) { d.frameCount = 3; });
    message.frame.opcode = 1;
    message.payload = "héllo";
    message.length = quint64(message.payload.size());
    QTest::newRow("Reassembled text message counts its frames")
            << message
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"message","dir":"in","opcode":"text",
                        "length":6,"frames":3,"payload":"héllo"})");

    Event ping = base(EventKind::Ping, Direction::Out);
    ping.payload = "p1";
    QTest::newRow("Ping carries its payload")
            << ping << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"ping","dir":"out","payload":"p1"})");

    Event pong = withDetail(base(EventKind::Pong, Direction::In), [](EventDetail &d) { d.rttUs = 1500; });
    pong.payload = "p1";
    QTest::newRow("Pong answering our ping has the round-trip time in ms")
            << pong
            << parse(R"({"seq":42,"time":"2026-11-27T14:00:01.002Z","event":"pong","dir":"in","payload":"p1","rtt_ms":1.5})");

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
