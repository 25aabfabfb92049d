#include "core/export/harexporter.h"
#include "core/export/jsonlexporter.h"
#include "core/export/sessionimporter.h"
#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/handshake.h"
#include "testevents.h"

#include <QJsonDocument>
#include <QtTest>

namespace {

constexpr qint64 T0 = 1795788001002LL; // 2026-11-27T14:00:01.002Z

QString fixture(const char *name)
{
    return QStringLiteral(WSSCOPE_TEST_DATA_DIR "/") + QLatin1String(name);
}

HttpMessage request()
{
    HttpMessage http;
    http.isRequest = true;
    http.method = "GET";
    http.target = "/chat?room=1";
    http.headers = {{"Host", "127.0.0.1:8080"}, {"Upgrade", "websocket"}, {"Connection", "Upgrade"},
                    {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}, {"Sec-WebSocket-Version", "13"}};
    return http;
}

HttpMessage response()
{
    HttpMessage http;
    http.isRequest = false;
    http.statusCode = 101;
    http.reasonPhrase = "Switching Protocols";
    http.headers = {{"Upgrade", "websocket"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="}};
    return http;
}

Event state(SessionState s, qint64 at, const QString &text = {})
{
    return TestEvents::withDetail(EventKind::State, Direction::None, [&](EventDetail &d) { d.state = s; d.text = text; }, 0, at);
}

// A session as the tap logs it: every kind of event, a fragmented message, a pong with its
// round trip, a masked Close, a tap-off reconnect, and what only JSONL keeps (TLS, info).
QList<Event> richSession()
{
    QList<Event> events;
    events << state(SessionState::Connecting, T0);
    events << TestEvents::withDetail(EventKind::HandshakeRequest, Direction::Out, [](EventDetail &d) {
        d.http = request();
        d.http.rawHead = "GET /chat?room=1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    }, 0, T0 + 1);
    events << TestEvents::withDetail(EventKind::Tls, Direction::None, [](EventDetail &d) {
        d.tlsProtocol = QStringLiteral("TLS 1.3");
        d.tlsCipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        d.tlsChain = {QStringLiteral("CN=localhost")};
    }, 0, T0 + 2);
    events << TestEvents::withDetail(EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) {
        d.http = response();
        d.acceptExpected = Handshake::acceptFor("dGhlIHNhbXBsZSBub25jZQ==");
        d.acceptReceived = d.acceptExpected;
        d.acceptValid = true;
    }, 0, T0 + 3);
    events << state(SessionState::Open, T0 + 3);
    events << TestEvents::frame(Direction::Out, FrameHeader::Text, "{\"op\":\"join\"}", 0, T0 + 10);
    events << TestEvents::frame(Direction::In, FrameHeader::Text, "tab\there \"quoted\" ünï", 0, T0 + 11);
    events << TestEvents::frame(Direction::In, FrameHeader::Binary, QByteArray("\x00\x01\xff", 3), 0, T0 + 12);
    TestEvents::FrameSpec first;
    first.fin = false;
    events << TestEvents::frame(Direction::In, FrameHeader::Text, "Hel", first, 0, T0 + 20);
    events << TestEvents::frame(Direction::In, FrameHeader::Continuation, "lo, ", first, 0, T0 + 21);
    events << TestEvents::lastFragment(Direction::In, FrameHeader::Text, "world", "Hello, world", 3, 0, T0 + 22);
    events << TestEvents::frame(Direction::Out, FrameHeader::Ping, "p1", 0, T0 + 30);
    Event pong = TestEvents::frame(Direction::In, FrameHeader::Pong, "p1", 0, T0 + 31);
    auto rtt = QSharedPointer<EventDetail>::create();
    rtt->rttUs = 1250;
    pong.detail = rtt;
    events << pong;
    events << TestEvents::withDetail(EventKind::Info, Direction::None, [](EventDetail &d) { d.text = QStringLiteral("a note"); }, 0, T0 + 32);
    events << TestEvents::frame(Direction::Out, FrameHeader::Close, QByteArray("\x03\xe8" "bye", 5), 0, T0 + 40);
    events << state(SessionState::Closing, T0 + 40);
    events << TestEvents::frame(Direction::In, FrameHeader::Close, QByteArray("\x03\xe8", 2), 0, T0 + 41);
    events << TestEvents::withDetail(EventKind::Close, Direction::None, [](EventDetail &d) {
        d.closeCode = 1000;
        d.closeReason = QStringLiteral("bye");
        d.closeInitiator = CloseInitiator::Client;
        d.closeClean = true;
        d.attemptOpened = true;
    }, 0, T0 + 42);
    events << state(SessionState::Closed, T0 + 42);
    // A second attempt that never opened, tap off: its Close record is no row.
    events << state(SessionState::Connecting, T0 + 100);
    events << TestEvents::withDetail(EventKind::Error, Direction::None, [](EventDetail &d) {
        d.errorCategory = ErrorCategory::Network;
        d.text = QStringLiteral("Connection refused");
    }, 0, T0 + 101);
    events << TestEvents::withDetail(EventKind::Close, Direction::None, [](EventDetail &d) {
        d.closeCode = 1006;
        d.closeInitiator = CloseInitiator::None;
        d.closeCleanKnown = false;
        d.attemptOpened = false;
    }, 0, T0 + 102);
    events << TestEvents::untapped(Direction::Out, FrameHeader::Text, "untapped", 0, T0 + 103);
    // As the session does: the Close record carries the first Close frame of its connection.
    events[17].frame = events.at(14).frame;
    events[17].payload = events.at(14).payload;
    events[17].length = events.at(14).length;
    auto closeDetail = QSharedPointer<EventDetail>::create(*events.at(17).detail);
    closeDetail->text = QStringLiteral("a note on the close");
    events[17].detail = closeDetail;
    // The workbench: an injected violation, a withheld and a delayed pong, a scripted expectation.
    Event injected = TestEvents::frame(Direction::Out, 0x3, QByteArray("\x00\xff", 2), 0, T0 + 200);
    injected.frame.flags |= FrameFields::Injected;
    auto verdict = QSharedPointer<EventDetail>::create();
    verdict->injectedLegal = false;
    verdict->text = QStringLiteral("RFC 6455 §5.2, a strict server closes with 1002: reserved opcode");
    verdict->closeCode = 1002;
    injected.detail = verdict;
    events << injected;
    Event withheld = TestEvents::frame(Direction::Out, FrameHeader::Pong, "p2", 0, T0 + 201);
    withheld.frame.flags |= FrameFields::Withheld;
    events << withheld;
    Event delayed = TestEvents::frame(Direction::Out, FrameHeader::Pong, "p3", 0, T0 + 202);
    delayed.frame.flags |= FrameFields::Delayed;
    auto delay = QSharedPointer<EventDetail>::create();
    delay->delayMs = 3000;
    delayed.detail = delay;
    events << delayed;
    events << TestEvents::withDetail(EventKind::Expectation, Direction::None, [](EventDetail &d) {
        d.text = QStringLiteral("the server closes with 1002");
        d.expectationActual = QStringLiteral("the server closed with 1002 \"\"");
        d.expectationMet = true;
    }, 0, T0 + 203);
    for (int i = 0; i < events.size(); ++i)
        events[i].seq = quint64(i + 1);
    return events;
}

QByteArray toJsonl(const QList<Event> &events)
{
    QByteArray out;
    for (const Event &e : events)
        JsonlExporter::appendLine(e, out);
    return out;
}

} // namespace

class TestSessionImporter : public QObject
{
    Q_OBJECT

private slots:
    void jsonlRoundTripsEveryLineByteForByte();
    void jsonlRestoresWhatFollowsFromEarlierLines();
    void chromeHarOpensAsUntappedFramesWithItsHandshake();
    void firefoxHarWithoutResourceTypeOpens();
    void wsscopeHarRestoresStatesCloseAndControlPayloads();
    void badFilesSayWhere_data();
    void badFilesSayWhere();
    void formatFollowsTheNameThenTheContent();
};

void TestSessionImporter::jsonlRoundTripsEveryLineByteForByte()
{
    const QList<Event> original = richSession();
    const QByteArray jsonl = toJsonl(original);
    const SessionImport imported = SessionImporter::read(jsonl, QStringLiteral("session.jsonl"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.format, SessionImport::Format::Jsonl);
    QCOMPARE(imported.events.size(), original.size());
    for (int i = 0; i < original.size(); ++i) {
        Event back = imported.events.at(i);
        QCOMPARE(back.wallMs, original.at(i).wallMs); // the original times, not the time of opening
        back.seq = original.at(i).seq; // the log numbers them again
        QCOMPARE(JsonlExporter::toLine(back), JsonlExporter::toLine(original.at(i)));
        QCOMPARE(LogRules::isRow(back), LogRules::isRow(original.at(i)));
        QCOMPARE(back.kind, original.at(i).kind);
        QCOMPARE(back.dir, original.at(i).dir);
        QCOMPARE(back.payload, original.at(i).payload);
        QCOMPARE(back.frame.headerBytes().toByteArray(), original.at(i).frame.headerBytes().toByteArray());
        QCOMPARE(back.frame.maskKey(), original.at(i).frame.maskKey());
    }
}

void TestSessionImporter::jsonlRestoresWhatFollowsFromEarlierLines()
{
    const QList<Event> original = richSession();
    const SessionImport imported = SessionImporter::read(toJsonl(original), QStringLiteral("session.jsonl"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    // The fragmented message is whole again on its last frame.
    const LogRules::Message message = LogRules::messageOf(imported.events.at(10));
    QVERIFY(message.valid);
    QCOMPARE(message.payload, QByteArray("Hello, world"));
    QCOMPARE(message.frames, 3);
    QCOMPARE(message.opcode, quint8(FrameHeader::Text));
    // The Close record of the attempt that opened is a row; the one of the refused attempt is not.
    QVERIFY(imported.events.at(17).detail->attemptOpened);
    QVERIFY(!imported.events.at(21).detail->attemptOpened);
    QVERIFY(!LogRules::isRow(imported.events.at(21)));
    // The handshake's head is rebuilt from its lines, as it went on the wire.
    QCOMPARE(imported.events.at(1).detail->http.rawHead, original.at(1).detail->http.rawHead);
    QCOMPARE(imported.events.at(3).detail->acceptValid, true);
    QCOMPARE(imported.events.at(12).detail->rttUs, qint64(1250));
    QCOMPARE(imported.events.at(17).detail->text, QStringLiteral("a note on the close"));
    QCOMPARE(imported.events.at(17).payload, QByteArray("\x03\xe8" "bye", 5));
}

void TestSessionImporter::chromeHarOpensAsUntappedFramesWithItsHandshake()
{
    const SessionImport imported = SessionImporter::readFile(fixture("chrome-websocket.har"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.format, SessionImport::Format::Har);
    QCOMPARE(imported.creator, QStringLiteral("WebInspector"));
    QCOMPARE(imported.url, QUrl(QStringLiteral("ws://127.0.0.1:8080/chat?room=1")));
    QList<EventKind> kinds;
    for (const Event &e : imported.events)
        kinds << e.kind;
    // The page's document entry is skipped; the WebSocket entry is one attempt.
    QCOMPARE(kinds, (QList<EventKind>{EventKind::State, EventKind::HandshakeRequest, EventKind::HandshakeResponse,
                                      EventKind::State, EventKind::Frame, EventKind::Frame, EventKind::Frame, EventKind::Frame}));
    QCOMPARE(imported.events.at(0).detail->state, SessionState::Connecting);
    QCOMPARE(imported.events.at(0).wallMs, 1795788000700LL);
    const EventDetail &req = *imported.events.at(1).detail;
    QCOMPARE(req.http.method, QByteArray("GET"));
    QCOMPARE(req.http.target, QByteArray("/chat?room=1"));
    QCOMPARE(req.http.value("User-Agent").left(11), QByteArray("Mozilla/5.0"));
    QCOMPARE(req.http.headers.size(), 12);
    const EventDetail &resp = *imported.events.at(2).detail;
    QCOMPARE(resp.http.statusCode, 101);
    QCOMPARE(imported.events.at(2).wallMs, 1795788000702LL); // start + timings.wait
    QVERIFY(resp.acceptValid); // checked again, by the same validator as a live handshake
    QCOMPARE(resp.acceptExpected, QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(imported.events.at(3).detail->state, SessionState::Open);

    const Event &sent = imported.events.at(4);
    QCOMPARE(sent.dir, Direction::Out);
    QCOMPARE(sent.payload, QByteArray("{\"op\":\"join\",\"room\":1}"));
    QCOMPARE(sent.wallMs, 1795788001010LL);
    QVERIFY(!sent.frame.headerKnown()); // DevTools save no frame headers
    QVERIFY(LogRules::endsMessage(sent));
    const Event &binary = imported.events.at(6);
    QCOMPARE(binary.frame.opcode, quint8(FrameHeader::Binary));
    QCOMPARE(binary.payload, QByteArray("\x00\x01\x02\xff", 4)); // base64 in the HAR
    QCOMPARE(binary.length, quint64(4));
    QCOMPARE(QString::fromUtf8(imported.events.at(7).payload), QStringLiteral("grüße 👋"));
}

void TestSessionImporter::firefoxHarWithoutResourceTypeOpens()
{
    const SessionImport imported = SessionImporter::readFile(fixture("firefox-websocket.har"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.creator, QStringLiteral("Firefox"));
    QCOMPARE(imported.url.scheme(), QStringLiteral("wss"));
    QCOMPARE(imported.events.size(), 6);
    QCOMPARE(imported.events.at(0).wallMs, 1795788000300LL); // "+01:00" read as such
    const EventDetail &resp = *imported.events.at(2).detail;
    QVERIFY2(resp.acceptValid && resp.handshakeProblems.isEmpty(), qPrintable(resp.handshakeProblems.join(u'\n')));
    QCOMPARE(imported.events.at(4).dir, Direction::In);
    QCOMPARE(imported.events.at(4).payload, QByteArray("hello"));
    QCOMPARE(imported.events.at(5).dir, Direction::Out);
}

void TestSessionImporter::wsscopeHarRestoresStatesCloseAndControlPayloads()
{
    QList<Event> original = richSession();
    original.resize(19); // the first attempt: the second one has no handshake of its own
    const QByteArray har = QJsonDocument(HarExporter::toHar(original, QUrl(QStringLiteral("wss://127.0.0.1:8080/chat?room=1"))))
                                   .toJson();
    const SessionImport imported = SessionImporter::read(har, QStringLiteral("session.har"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.url, QUrl(QStringLiteral("wss://127.0.0.1:8080/chat?room=1")));

    // Messages (the fragmented one whole), control frames, states and the Close record, in order.
    QStringList seen;
    for (const Event &e : imported.events) {
        if (e.kind == EventKind::Frame)
            seen << FrameHeader::opcodeName(e.frame.opcode) + QLatin1Char(':') + QString::fromLatin1(e.payload.toHex());
        else if (e.kind == EventKind::State)
            seen << QStringLiteral("state:") + QString::number(int(e.detail->state));
        else
            seen << JsonlExporter::toJson(e).value(QStringLiteral("event")).toString();
    }
    const auto hex = [](const QByteArray &b) { return QString::fromLatin1(b.toHex()); };
    const QStringList expected{
            QStringLiteral("state:1"), QStringLiteral("handshake_request"), QStringLiteral("handshake_response"),
            QStringLiteral("state:3"), QStringLiteral("text:") + hex("{\"op\":\"join\"}"),
            QStringLiteral("text:") + hex("tab\there \"quoted\" ünï"), QStringLiteral("binary:0001ff"),
            QStringLiteral("text:") + hex("Hello, world"), QStringLiteral("ping:") + hex("p1"),
            QStringLiteral("pong:") + hex("p1"), QStringLiteral("close:03e8") + hex("bye"), QStringLiteral("state:4"),
            QStringLiteral("close:03e8"), QStringLiteral("close"), QStringLiteral("state:5")};
    QCOMPARE(seen, expected);
    const Event &close = imported.events.at(13);
    QCOMPARE(close.detail->closeCode, quint16(1000));
    QCOMPARE(close.detail->closeReason, QStringLiteral("bye"));
    QVERIFY(close.detail->attemptOpened);
    QVERIFY(LogRules::isRow(close));
    QCOMPARE(imported.events.at(4).wallMs, T0 + 10);
}

void TestSessionImporter::badFilesSayWhere_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("A HAR cut off in the middle names its line and column")
            << QByteArray("{\n  \"log\": {\n    \"entries\": [\n      {\"request\": \"x\"") << "cut.har"
            << "cut.har: line 4, column 22: unterminated string" << 4 << 22;
    QTest::newRow("A HAR with a stray comma names its line and column")
            << QByteArray("{\"log\": {\"entries\": [],}}") << "comma.har" << "comma.har: line 1, column 25: " << 1 << 25;
    QTest::newRow("A JSON file that is no HAR says what is missing")
            << QByteArray("{\"entries\": []}") << "x.har" << "x.har: this is not a HAR file: it has no “log” object" << 0 << 0;
    QTest::newRow("A HAR without WebSocket entries says so")
            << QByteArray("{\"log\": {\"entries\": [{\"request\": {\"url\": \"http://a/\"}}]}}") << "pages.har"
            << "pages.har: the HAR holds no WebSocket connection (1 entry read, none with _webSocketMessages or a ws:// URL)" << 0 << 0;
    QTest::newRow("A HAR message of an unknown type names entry, message and field")
            << QByteArray("{\"log\": {\"entries\": [{\"startedDateTime\": \"2026-11-27T14:00:00.700Z\", \"request\": {\"url\": \"ws://a/\", "
                          "\"headers\": []}, \"_webSocketMessages\": [{\"type\": \"send\", \"time\": 1, \"opcode\": 1, \"data\": \"a\"}, "
                          "{\"type\": \"sideways\", \"time\": 1, \"opcode\": 1, \"data\": \"b\"}]}]}}")
            << "t.har" << "t.har: entry 1, message 2: field “type”: “sideways” is not send or receive" << 0 << 0;
    QTest::newRow("Binary data that is not base64 names entry and message")
            << QByteArray("{\"log\": {\"entries\": [{}, {\"startedDateTime\": \"2026-11-27T14:00:00.700Z\", \"request\": {\"url\": \"ws://a/\", "
                          "\"headers\": []}, \"_webSocketMessages\": [{\"type\": \"receive\", \"time\": 1, \"opcode\": 2, \"data\": \"**\"}]}]}}")
            << "b.har" << "b.har: entry 2, message 1: field “data” is not valid base64 (binary messages are base64 in a HAR)" << 0 << 0;
    QTest::newRow("A bad _wsscopeEvents item names its index and field")
            << QByteArray("{\"log\": {\"entries\": [{\"startedDateTime\": \"2026-11-27T14:00:00.700Z\", \"request\": {\"url\": \"ws://a/\", "
                          "\"headers\": []}, \"_wsscopeEvents\": [{\"event\": \"state\", \"time\": \"2026-11-27T14:00:00.700Z\", "
                          "\"state\": \"asleep\"}]}]}}")
            << "w.har" << "w.har: entry 1, _wsscopeEvents[1]: field “state”: “asleep” is not a session state this version knows" << 0 << 0;
    QTest::newRow("A JSONL line that is not JSON names its line and column")
            << QByteArray("{\"seq\":1,\"time\":\"2026-11-27T14:00:01.002Z\",\"event\":\"info\",\"message\":\"a\"}\n"
                          "{\"seq\":2,\"time\":\"2026-11-27T14:00:01.002Z\",\"event\":\"info\" \"message\":\"b\"}\n")
            << "log.jsonl" << "log.jsonl: line 2, column 60: " << 2 << 60;
    QTest::newRow("A JSONL line with an unknown opcode names its line and field")
            << QByteArray("\n{\"seq\":1,\"time\":\"2026-11-27T14:00:01.002Z\",\"event\":\"info\",\"message\":\"a\"}\n"
                          "{\"seq\":2,\"time\":\"2026-11-27T14:00:01.002Z\",\"event\":\"frame\",\"dir\":\"in\",\"opcode\":\"shout\","
                          "\"length\":1,\"header\":null,\"payload\":\"a\"}\n")
            << "log.jsonl" << "log.jsonl: line 3: field “opcode”: “shout” is not an opcode" << 3 << 0;
    QTest::newRow("A JSONL frame whose header disagrees with its opcode says both")
            << QByteArray("{\"seq\":1,\"time\":\"2026-11-27T14:00:01.002Z\",\"event\":\"frame\",\"dir\":\"in\",\"opcode\":\"text\","
                          "\"length\":1,\"header\":\"8201\",\"payload\":\"a\"}\n")
            << "log.jsonl" << "log.jsonl: line 1: field “header” has opcode binary, field “opcode” says text" << 1 << 0;
    QTest::newRow("A JSONL frame with half a header says it is not whole")
            << QByteArray("{\"seq\":1,\"time\":\"2026-11-27T14:00:01.002Z\",\"event\":\"frame\",\"dir\":\"in\",\"opcode\":\"text\","
                          "\"length\":300,\"header\":\"817e01\",\"payload\":\"a\"}\n")
            << "log.jsonl" << "log.jsonl: line 1: field “header”: 817e01 is not one whole frame header (RFC 6455 §5.2)" << 1 << 0;
    QTest::newRow("A JSONL line without a time names the field")
            << QByteArray("{\"seq\":1,\"event\":\"info\",\"message\":\"a\"}") << "log.jsonl"
            << "log.jsonl: line 1: field “time” is missing" << 1 << 0;
    QTest::newRow("A JSONL line that is an array is refused at its line")
            << QByteArray("[1,2]\n") << "log.jsonl" << "log.jsonl: line 1, column 1: a JSONL line must be one JSON object" << 1 << 1;
    QTest::newRow("An empty file is called empty") << QByteArray("  \n") << "e.jsonl" << "e.jsonl is empty" << 0 << 0;
}

void TestSessionImporter::badFilesSayWhere()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const SessionImport imported = SessionImporter::read(content, name);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error.startsWith(message), qPrintable(imported.error));
    QVERIFY(imported.events.isEmpty()); // never half a session
    QCOMPARE(imported.errorLine, line);
    QCOMPARE(imported.errorColumn, column);
}

void TestSessionImporter::formatFollowsTheNameThenTheContent()
{
    const QByteArray jsonl = toJsonl(richSession());
    QCOMPARE(SessionImporter::read(jsonl, QStringLiteral("log.txt")).format, SessionImport::Format::Jsonl);
    QVERIFY(SessionImporter::read(jsonl, QStringLiteral("log.txt")).ok());
    const QByteArray har = QJsonDocument(HarExporter::toHar(richSession().mid(0, 19))).toJson();
    const SessionImport fromContent = SessionImporter::read(har, QStringLiteral("capture"));
    QVERIFY2(fromContent.ok(), qPrintable(fromContent.error));
    QCOMPARE(fromContent.format, SessionImport::Format::Har);
    QVERIFY(SessionImporter::looksLikeSessionFile(QStringLiteral("/a/b.HAR")));
    QVERIFY(SessionImporter::looksLikeSessionFile(QStringLiteral("b.jsonl")));
    const SessionImport missing = SessionImporter::readFile(QStringLiteral("/nonexistent/dir/x.har"));
    QVERIFY(missing.error.startsWith(QStringLiteral("Cannot read /nonexistent/dir/x.har: ")));
}

QTEST_GUILESS_MAIN(TestSessionImporter)
#include "tst_sessionimporter.moc"
