// EventFormatter's one-line summaries of handshake responses and its two names for states and
// error categories: translated for people, stable tokens for files and scripts.

#include "core/export/eventformatter.h"
#include "core/protocol/frameheader.h"
#include "pseudotranslator.h"
#include "testevents.h"

#include <QSet>
#include <QtTest>

namespace {

Event handshakeResponse(int status, const QByteArray &reason, bool acceptValid, const QStringList &problems,
                        const QByteArray &body = {})
{
    Event event;
    event.kind = EventKind::HandshakeResponse;
    event.dir = Direction::In;
    auto detail = QSharedPointer<EventDetail>::create();
    detail->http.isRequest = false;
    detail->http.statusCode = status;
    detail->http.reasonPhrase = reason;
    detail->http.body = body;
    detail->acceptValid = acceptValid;
    detail->handshakeProblems = problems;
    event.detail = detail;
    return event;
}

const QList<SessionState> AllStates{SessionState::Idle, SessionState::Connecting, SessionState::Handshaking,
                                    SessionState::Open, SessionState::Closing, SessionState::Closed};
const QList<ErrorCategory> AllCategories{ErrorCategory::Usage, ErrorCategory::Dns, ErrorCategory::Network,
                                         ErrorCategory::Proxy, ErrorCategory::Tls, ErrorCategory::Handshake,
                                         ErrorCategory::Protocol, ErrorCategory::Timeout, ErrorCategory::Tap,
                                         ErrorCategory::Internal};

} // namespace

class TestEventFormatter : public QObject
{
    Q_OBJECT

private slots:
    void handshakeResponseSummary_data();
    void handshakeResponseSummary();
    void namesAndTokens_data();
    void namesAndTokens();
    void everyStateAndCategoryHasADistinctToken();
    void tokensStayEnglishWhenTheUiIsTranslated();
    void jsonTextSummaryIsItsCompactForm_data();
    void jsonTextSummaryIsItsCompactForm();
    void theCloseRecordReadsAsTheConnectionsEnd_data();
    void theCloseRecordReadsAsTheConnectionsEnd();
    void handshakeRowsHaveDirectionArrows();
    void attemptSeparatorNamesTheAttemptAndTime();
};

void TestEventFormatter::handshakeResponseSummary_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("isError");

    QTest::newRow("An accepted upgrade shows its status and the valid accept check")
            << handshakeResponse(101, "Switching Protocols", true, {}) << QStringLiteral("101 Switching Protocols ✓ Accept") << false;
    QTest::newRow("A 101 with a wrong accept value shows the failed check and the first problem")
            << handshakeResponse(101, "Switching Protocols", false, {QStringLiteral("Sec-WebSocket-Accept is wrong.")})
            << QStringLiteral("101 Switching Protocols ✗ Accept — Sec-WebSocket-Accept is wrong.") << true;
    QTest::newRow("A refused upgrade shows the first line of its body")
            << handshakeResponse(401, "Unauthorized", false, {}, "token missing\nmore") << QStringLiteral("401 Unauthorized — token missing…")
            << true;
    QTest::newRow("A reply that was not HTTP at all says so with the parser's reason")
            << handshakeResponse(0, QByteArray(), false, {QStringLiteral("The status line \"SSH-2.0-OpenSSH_9.2\" is not HTTP/1.1.")})
            << QStringLiteral("Not an HTTP response: The status line \"SSH-2.0-OpenSSH_9.2\" is not HTTP/1.1.") << true;
    QTest::newRow("A connection that ended before any reply has no response")
            << handshakeResponse(0, QByteArray(), false, {}) << QStringLiteral("no response") << true;
}

void TestEventFormatter::handshakeResponseSummary()
{
    QFETCH(Event, event);
    QFETCH(QString, summary);
    QFETCH(bool, isError);
    QCOMPARE(EventFormatter::summary(event), summary);
    QCOMPARE(EventFormatter::isError(event), isError);
    // The text line of wsscope-cli ends with the same summary.
    QVERIFY2(EventFormatter::textLine(event).endsWith(summary), qPrintable(EventFormatter::textLine(event)));
}

void TestEventFormatter::namesAndTokens_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("stateName");
    QTest::addColumn<QString>("stateToken");
    QTest::addColumn<QString>("categoryName");
    QTest::addColumn<QString>("categoryToken");

    QTest::newRow("Open state and handshake errors")
            << int(SessionState::Open) << int(ErrorCategory::Handshake) << QStringLiteral("Open") << QStringLiteral("open")
            << QStringLiteral("Handshake") << QStringLiteral("handshake");
    QTest::newRow("Handshaking state and protocol errors")
            << int(SessionState::Handshaking) << int(ErrorCategory::Protocol) << QStringLiteral("Handshaking")
            << QStringLiteral("handshaking") << QStringLiteral("Protocol") << QStringLiteral("protocol");
    QTest::newRow("The wire tap's category is spelled out for people and short for scripts")
            << int(SessionState::Closed) << int(ErrorCategory::Tap) << QStringLiteral("Closed") << QStringLiteral("closed")
            << QStringLiteral("Wire tap") << QStringLiteral("tap");
    QTest::newRow("DNS is upper case for people and lower case for scripts")
            << int(SessionState::Idle) << int(ErrorCategory::Dns) << QStringLiteral("Idle") << QStringLiteral("idle")
            << QStringLiteral("DNS") << QStringLiteral("dns");
}

void TestEventFormatter::namesAndTokens()
{
    QFETCH(int, state);
    QFETCH(int, category);
    QFETCH(QString, stateName);
    QFETCH(QString, stateToken);
    QFETCH(QString, categoryName);
    QFETCH(QString, categoryToken);
    QCOMPARE(EventFormatter::stateName(SessionState(state)), stateName);
    QCOMPARE(EventFormatter::stateToken(SessionState(state)), stateToken);
    QCOMPARE(EventFormatter::errorCategoryName(ErrorCategory(category)), categoryName);
    QCOMPARE(EventFormatter::errorCategoryToken(ErrorCategory(category)), categoryToken);
}

void TestEventFormatter::everyStateAndCategoryHasADistinctToken()
{
    QSet<QString> stateTokens;
    for (const SessionState state : AllStates) {
        const QString token = EventFormatter::stateToken(state);
        QVERIFY(!token.isEmpty());
        QCOMPARE(token, token.toLower());
        QVERIFY(!EventFormatter::stateName(state).isEmpty());
        stateTokens.insert(token);
    }
    QCOMPARE(stateTokens.size(), AllStates.size());
    QSet<QString> categoryTokens;
    for (const ErrorCategory category : AllCategories) {
        const QString token = EventFormatter::errorCategoryToken(category);
        QVERIFY(!token.isEmpty());
        QCOMPARE(token, token.toLower());
        QVERIFY(!EventFormatter::errorCategoryName(category).isEmpty());
        categoryTokens.insert(token);
    }
    QCOMPARE(categoryTokens.size(), AllCategories.size());
}

void TestEventFormatter::tokensStayEnglishWhenTheUiIsTranslated()
{
    const PseudoTranslator translator;
    QCOMPARE(EventFormatter::stateName(SessionState::Open), PseudoTranslator::wrapped(QStringLiteral("Open")));
    QCOMPARE(EventFormatter::stateToken(SessionState::Open), QStringLiteral("open"));
    QCOMPARE(EventFormatter::errorCategoryName(ErrorCategory::Tap), PseudoTranslator::wrapped(QStringLiteral("Wire tap")));
    QCOMPARE(EventFormatter::errorCategoryToken(ErrorCategory::Tap), QStringLiteral("tap"));
}

void TestEventFormatter::jsonTextSummaryIsItsCompactForm_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("summary");
    QTest::newRow("Pretty JSON shows as one compact line, not as its first line")
            << TestEvents::frame(Direction::In, FrameHeader::Text, "{\n    \"op\": \"joined\",\n    \"users\": [1, 2]\n}")
            << 200 << QStringLiteral(R"({"op":"joined","users":[1,2]})");
    QTest::newRow("A long JSON summary is cut with an ellipsis")
            << TestEvents::frame(Direction::In, FrameHeader::Text, "[1, 2, 3, 4, 5, 6, 7, 8, 9]") << 6
            << QStringLiteral("[1,2,3…");
    QTest::newRow("Compact JSON shows as it is")
            << TestEvents::frame(Direction::In, FrameHeader::Text, R"({"a":1,"b":["x y"]})") << 200
            << QStringLiteral(R"({"a":1,"b":["x y"]})");
    QTest::newRow("One space after a colon is dropped too")
            << TestEvents::frame(Direction::In, FrameHeader::Text, R"({"a": 1})") << 200 << QStringLiteral(R"({"a":1})");
    QTest::newRow("Text that is not JSON keeps its first line")
            << TestEvents::frame(Direction::Out, FrameHeader::Text, "{ hello\nworld") << 200 << QStringLiteral("{ hello…");
    QTest::newRow("A reassembled text message is compacted too")
            << TestEvents::lastFragment(Direction::In, FrameHeader::Text, "}", "{\n  \"a\": 1\n}", 2) << 200
            << QStringLiteral(R"(text message of 2 frame(s), 12 bytes: {"a":1})");
}

void TestEventFormatter::jsonTextSummaryIsItsCompactForm()
{
    QFETCH(Event, event);
    QFETCH(int, maxChars);
    QFETCH(QString, summary);
    QCOMPARE(EventFormatter::summary(event, maxChars), summary);
}

void TestEventFormatter::theCloseRecordReadsAsTheConnectionsEnd_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("summary");
    const auto record = [](CloseInitiator initiator, bool clean, bool known, const QString &reason) {
        return TestEvents::withDetail(EventKind::Close, Direction::Out, [=](EventDetail &d) {
            d.closeCode = 1000;
            d.closeReason = reason;
            d.closeInitiator = initiator;
            d.closeClean = clean;
            d.closeCleanKnown = known;
            d.attemptOpened = true;
        });
    };
    QTest::newRow("Closed by the client, cleanly")
            << record(CloseInitiator::Client, true, true, QStringLiteral("bye"))
            << QStringLiteral("Connection closed · 1000 Normal closure: bye · by the client · clean");
    QTest::newRow("Closed by the server, not cleanly") << record(CloseInitiator::Server, false, true, QString())
                                                       << QStringLiteral("Connection closed · 1000 Normal closure · by the server · not clean");
    QTest::newRow("Tap off: clean is unknown") << record(CloseInitiator::Server, false, false, QString())
                                               << QStringLiteral("Connection closed · 1000 Normal closure · by the server · clean unknown (tap off)");
}

void TestEventFormatter::theCloseRecordReadsAsTheConnectionsEnd()
{
    QFETCH(Event, event);
    QFETCH(QString, summary);
    QCOMPARE(EventFormatter::summary(event), summary);
    // Not a frame: no frame arrow and not the opcode's name, so it never reads as a second Close frame.
    QCOMPARE(EventFormatter::arrow(event), QStringLiteral("⇄"));
    QCOMPARE(EventFormatter::typeName(event), QStringLiteral("closed"));
    QCOMPARE(EventFormatter::directionName(event), QString());
    const Event frame = TestEvents::frame(Direction::Out, FrameHeader::Close, QByteArray::fromHex("03e8"));
    QCOMPARE(EventFormatter::arrow(frame), QStringLiteral("↑"));
    QCOMPARE(EventFormatter::typeName(frame), QStringLiteral("close"));
}

void TestEventFormatter::handshakeRowsHaveDirectionArrows()
{
    Event request = handshakeResponse(101, "Switching Protocols", true, {});
    request.kind = EventKind::HandshakeRequest;
    request.dir = Direction::Out;
    QCOMPARE(EventFormatter::arrow(request), QStringLiteral("↑"));
    QCOMPARE(EventFormatter::arrow(handshakeResponse(101, "Switching Protocols", true, {})), QStringLiteral("↓"));
    QCOMPARE(EventFormatter::typeName(request), QStringLiteral("handshake"));
    QCOMPARE(EventFormatter::directionName(request), QStringLiteral("Handshake, sent"));
    QCOMPARE(EventFormatter::directionName(handshakeResponse(101, "Switching Protocols", true, {})),
             QStringLiteral("Handshake, received"));
}

void TestEventFormatter::attemptSeparatorNamesTheAttemptAndTime()
{
    Event state;
    state.kind = EventKind::State;
    state.wallMs = QDateTime(QDate(2026, 12, 1), QTime(12, 0, 1, 2)).toMSecsSinceEpoch();
    QCOMPARE(EventFormatter::attemptSeparator(2, state), QStringLiteral("── Connection 2 · 12:00:01.002 ──"));
}

QTEST_GUILESS_MAIN(TestEventFormatter)
#include "tst_eventformatter.moc"
