// EventFormatter's one-line summaries of handshake responses and its two names for states and
// error categories: translated for people, stable tokens for files and scripts.

#include "core/export/eventformatter.h"
#include "pseudotranslator.h"

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

QTEST_GUILESS_MAIN(TestEventFormatter)
#include "tst_eventformatter.moc"
