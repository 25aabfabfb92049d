#include "core/export/harexporter.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 T0 = 1795788001002LL; // 2026-11-27T14:00:01.002Z

Event makeEvent(quint64 seq, qint64 wallMs, EventKind kind, Direction dir)
{
    Event e;
    e.seq = seq;
    e.wallMs = wallMs;
    e.kind = kind;
    e.dir = dir;
    return e;
}

// A frame as the tap logs it (a data frame with FIN ends its message).
Event frame(quint64 seq, qint64 wallMs, Direction dir, quint8 opcode, const QByteArray &payload, bool fin = true)
{
    TestEvents::FrameSpec spec;
    spec.fin = fin;
    return TestEvents::frame(dir, opcode, payload, spec, seq, wallMs);
}

// The frame that completes a fragmented message: the tap put the whole message on it.
Event lastFragment(quint64 seq, qint64 wallMs, Direction dir, quint8 messageOpcode, const QByteArray &payload,
                   const QByteArray &message, int frames)
{
    return TestEvents::lastFragment(dir, messageOpcode, payload, message, frames, seq, wallMs);
}

Event request(quint64 seq, qint64 wallMs)
{
    Event e = makeEvent(seq, wallMs, EventKind::HandshakeRequest, Direction::Out);
    auto d = QSharedPointer<EventDetail>::create();
    d->http.method = "GET";
    d->http.target = "/chat?room=1&user=k%C3%A9";
    d->http.headers = {{"Host", "127.0.0.1:8080"}, {"Upgrade", "websocket"}, {"Connection", "Upgrade"}};
    d->http.rawHead = QByteArray(120, 'r');
    e.detail = d;
    return e;
}

Event response(quint64 seq, qint64 wallMs, int status, const QByteArray &reason, const QByteArray &body = {})
{
    Event e = makeEvent(seq, wallMs, EventKind::HandshakeResponse, Direction::In);
    auto d = QSharedPointer<EventDetail>::create();
    d->http.isRequest = false;
    d->http.statusCode = status;
    d->http.reasonPhrase = reason;
    d->http.headers = {{"Content-Type", "text/plain"}};
    d->http.rawHead = QByteArray(80, 'h');
    d->http.body = body;
    d->http.bodyBytesSeen = body.size();
    d->acceptValid = status == 101;
    e.detail = d;
    return e;
}

QJsonObject entryOf(const QJsonObject &har)
{
    return har.value(QStringLiteral("log")).toObject().value(QStringLiteral("entries")).toArray().at(0).toObject();
}

QJsonArray messagesOf(const QJsonObject &har)
{
    return entryOf(har).value(QStringLiteral("_webSocketMessages")).toArray();
}

} // namespace

class TestHarExporter : public QObject
{
    Q_OBJECT

private slots:
    void logHeaderIsHar12();
    void entryHasTheHandshake();
    void framesBecomeMessagesWithFragmentsJoined();
    void refusedUpgradeKeepsItsBody();
    void aReplyThatIsNotHttpCarriesItsProblem();
    void withTheTapOffEachMessageAndControlFrameIsAnEntry();
    void fragmentsOfAMessageNeverFinishedAreKept_data();
    void fragmentsOfAMessageNeverFinishedAreKept();
    void urlIsRebuiltFromHostWhenNotGiven();
    void writeFileProducesValidJson();
    void writeFileReportsAnUnwritablePath();
    void everyEndIsInTheSessionEvents();
};

void TestHarExporter::logHeaderIsHar12()
{
    const QJsonObject har = HarExporter::toHar(QList<Event>{request(1, T0)}, QUrl(QStringLiteral("ws://127.0.0.1:8080/chat")));
    const QJsonObject log = har.value(QStringLiteral("log")).toObject();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    QCOMPARE(log.value(QStringLiteral("creator")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("WsScope"));
    QCOMPARE(log.value(QStringLiteral("entries")).toArray().size(), 1);
    QVERIFY(log.value(QStringLiteral("pages")).isArray());
}

void TestHarExporter::entryHasTheHandshake()
{
    const QList<Event> events{request(1, T0), response(2, T0 + 15, 101, "Switching Protocols"),
                              frame(3, T0 + 20, Direction::Out, 1, "hi"), frame(4, T0 + 40, Direction::In, 1, "hi")};
    const QUrl url(QStringLiteral("ws://127.0.0.1:8080/chat?room=1&user=k%C3%A9"));
    const QJsonObject entry = entryOf(HarExporter::toHar(events, url));
    QCOMPARE(entry.value(QStringLiteral("startedDateTime")).toString(), QStringLiteral("2026-11-27T14:00:01.002Z"));
    QCOMPARE(entry.value(QStringLiteral("time")).toInt(), 40);
    QCOMPARE(entry.value(QStringLiteral("_resourceType")).toString(), QStringLiteral("websocket"));
    const QJsonObject req = entry.value(QStringLiteral("request")).toObject();
    QCOMPARE(req.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(req.value(QStringLiteral("url")).toString(), QStringLiteral("ws://127.0.0.1:8080/chat?room=1&user=k%C3%A9"));
    QCOMPARE(req.value(QStringLiteral("httpVersion")).toString(), QStringLiteral("HTTP/1.1"));
    QCOMPARE(req.value(QStringLiteral("headersSize")).toInt(), 120);
    const QJsonArray headers = req.value(QStringLiteral("headers")).toArray();
    QCOMPARE(headers.size(), 3);
    QCOMPARE(headers.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Upgrade"));
    QCOMPARE(headers.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("websocket"));
    const QJsonArray query = req.value(QStringLiteral("queryString")).toArray();
    QCOMPARE(query.size(), 2);
    QCOMPARE(query.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("ké"));
    const QJsonObject resp = entry.value(QStringLiteral("response")).toObject();
    QCOMPARE(resp.value(QStringLiteral("status")).toInt(), 101);
    QCOMPARE(resp.value(QStringLiteral("statusText")).toString(), QStringLiteral("Switching Protocols"));
    QVERIFY(resp.value(QStringLiteral("content")).toObject().contains(QStringLiteral("mimeType")));
    QCOMPARE(entry.value(QStringLiteral("timings")).toObject().value(QStringLiteral("wait")).toInt(), 15);
}

void TestHarExporter::framesBecomeMessagesWithFragmentsJoined()
{
    const QList<Event> events{
        request(1, T0),
        response(2, T0 + 1, 101, "Switching Protocols"),
        frame(3, T0 + 1000, Direction::In, 1, "Hel", false),
        frame(4, T0 + 1001, Direction::In, 9, "ping!"),       // a control frame between fragments
        lastFragment(5, T0 + 1002, Direction::In, FrameHeader::Text, "lo", "Hello", 2),
        frame(6, T0 + 1500, Direction::Out, 2, QByteArray::fromHex("00ff")),
        frame(7, T0 + 1600, Direction::Out, 10, "ping!"),
        frame(8, T0 + 2000, Direction::Out, 8, QByteArray::fromHex("03e8")),
    };
    const QJsonArray messages = messagesOf(HarExporter::toHar(events));
    QCOMPARE(messages.size(), 5);
    const QJsonObject ping = messages.at(0).toObject();
    QCOMPARE(ping.value(QStringLiteral("opcode")).toInt(), 9);
    const QJsonObject text = messages.at(1).toObject();
    QCOMPARE(text.value(QStringLiteral("type")).toString(), QStringLiteral("receive"));
    QCOMPARE(text.value(QStringLiteral("opcode")).toInt(), 1);
    QCOMPARE(text.value(QStringLiteral("data")).toString(), QStringLiteral("Hello")); // the message, not its last frame
    QCOMPARE(text.value(QStringLiteral("time")).toDouble(), double(T0 + 1000) / 1000.0);
    const QJsonObject binary = messages.at(2).toObject();
    QCOMPARE(binary.value(QStringLiteral("type")).toString(), QStringLiteral("send"));
    QCOMPARE(binary.value(QStringLiteral("opcode")).toInt(), 2);
    QCOMPARE(binary.value(QStringLiteral("data")).toString(), QStringLiteral("AP8="));
    QCOMPARE(messages.at(3).toObject().value(QStringLiteral("opcode")).toInt(), 10);
    QCOMPARE(messages.at(4).toObject().value(QStringLiteral("opcode")).toInt(), 8);
}

void TestHarExporter::refusedUpgradeKeepsItsBody()
{
    const QList<Event> events{request(1, T0), response(2, T0 + 5, 401, "Unauthorized", "token missing")};
    const QJsonObject resp = entryOf(HarExporter::toHar(events)).value(QStringLiteral("response")).toObject();
    QCOMPARE(resp.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(resp.value(QStringLiteral("statusText")).toString(), QStringLiteral("Unauthorized"));
    const QJsonObject content = resp.value(QStringLiteral("content")).toObject();
    QCOMPARE(content.value(QStringLiteral("text")).toString(), QStringLiteral("token missing"));
    QCOMPARE(content.value(QStringLiteral("size")).toInt(), 13);
    QCOMPARE(content.value(QStringLiteral("mimeType")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(resp.value(QStringLiteral("bodySize")).toInt(), 13);
    QVERIFY(messagesOf(HarExporter::toHar(events)).isEmpty());
}

void TestHarExporter::aReplyThatIsNotHttpCarriesItsProblem()
{
    Event notHttp = makeEvent(2, T0 + 5, EventKind::HandshakeResponse, Direction::In);
    auto d = QSharedPointer<EventDetail>::create();
    d->http.isRequest = false;
    d->handshakeProblems = {QStringLiteral("The status line is not HTTP/1.1.")};
    notHttp.detail = d;
    const QJsonObject resp = entryOf(HarExporter::toHar(QList<Event>{request(1, T0), notHttp})).value(QStringLiteral("response")).toObject();
    QCOMPARE(resp.value(QStringLiteral("status")).toInt(), 0);
    QCOMPARE(resp.value(QStringLiteral("comment")).toString(), QStringLiteral("The status line is not HTTP/1.1."));
    QCOMPARE(resp.value(QStringLiteral("_handshakeProblems")).toArray(),
             QJsonArray{QStringLiteral("The status line is not HTTP/1.1.")});

    // A handshake without problems has neither field.
    const QJsonObject ok = entryOf(HarExporter::toHar(QList<Event>{request(1, T0), response(2, T0 + 5, 101, "Switching Protocols")}))
                                   .value(QStringLiteral("response")).toObject();
    QVERIFY(!ok.contains(QStringLiteral("comment")));
    QVERIFY(!ok.contains(QStringLiteral("_handshakeProblems")));
}

void TestHarExporter::withTheTapOffEachMessageAndControlFrameIsAnEntry()
{
    Event pong = TestEvents::untapped(Direction::In, FrameHeader::Pong, "x", 5, T0 + 20);
    pong.detail = TestEvents::withDetail(EventKind::Info, Direction::None, [](EventDetail &d) { d.rttUs = 900; }).detail;
    const QList<Event> events{request(1, T0), response(2, T0 + 1, 101, "Switching Protocols"),
                              TestEvents::untapped(Direction::In, FrameHeader::Text, "from QWebSocket", 3, T0 + 10),
                              TestEvents::untapped(Direction::Out, FrameHeader::Binary, QByteArray::fromHex("00ff"), 4,
                                                   T0 + 15),
                              pong};
    const QJsonArray messages = messagesOf(HarExporter::toHar(events));
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("data")).toString(), QStringLiteral("from QWebSocket"));
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("opcode")).toInt(), 1);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("time")).toDouble(), double(T0 + 10) / 1000.0);
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("send"));
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("data")).toString(), QStringLiteral("AP8="));
    QCOMPARE(messages.at(2).toObject().value(QStringLiteral("opcode")).toInt(), 10);
}

void TestHarExporter::fragmentsOfAMessageNeverFinishedAreKept_data()
{
    // Each entry: "opcode data @offset-ms" (data as exported: text, or base64 for binary).
    QTest::addColumn<QList<Event>>("frames");
    QTest::addColumn<QStringList>("entries");
    QTest::newRow("The connection drops mid-message: its fragments are kept, each as its own entry")
            << QList<Event>{frame(3, T0 + 10, Direction::In, FrameHeader::Text, "Hel", false),
                            frame(4, T0 + 11, Direction::In, FrameHeader::Continuation, "lo", false)}
            << QStringList{QStringLiteral("1 Hel @10"), QStringLiteral("0 lo @11")};
    QTest::newRow("A continuation without a start is kept as it is")
            << QList<Event>{frame(3, T0 + 10, Direction::In, FrameHeader::Continuation, "stray")}
            << QStringList{QStringLiteral("0 stray @10")};
    QTest::newRow("Unfinished fragments in one direction do not hold back a message in the other")
            << QList<Event>{frame(3, T0 + 10, Direction::In, FrameHeader::Text, "Hel", false),
                            frame(4, T0 + 12, Direction::Out, FrameHeader::Text, "mine")}
            << QStringList{QStringLiteral("1 mine @12"), QStringLiteral("1 Hel @10")};
    QTest::newRow("A new message start after an unfinished one keeps the unfinished fragments")
            << QList<Event>{frame(3, T0 + 10, Direction::In, FrameHeader::Text, "Hel", false),
                            frame(4, T0 + 20, Direction::In, FrameHeader::Text, "a", false),
                            lastFragment(5, T0 + 21, Direction::In, FrameHeader::Text, "b", "ab", 2)}
            << QStringList{QStringLiteral("1 Hel @10"), QStringLiteral("1 ab @20")};
    QTest::newRow("A single-frame message after an unfinished one keeps its own time and the fragments")
            << QList<Event>{frame(3, T0 + 10, Direction::In, FrameHeader::Text, "Hel", false),
                            frame(4, T0 + 20, Direction::In, FrameHeader::Text, "whole")}
            << QStringList{QStringLiteral("1 Hel @10"), QStringLiteral("1 whole @20")};
}

void TestHarExporter::fragmentsOfAMessageNeverFinishedAreKept()
{
    QFETCH(QList<Event>, frames);
    QFETCH(QStringList, entries);
    const QList<Event> events = QList<Event>{request(1, T0), response(2, T0 + 1, 101, "Switching Protocols")} + frames;
    QStringList actual;
    for (const QJsonValue &value : messagesOf(HarExporter::toHar(events))) {
        const QJsonObject message = value.toObject();
        actual << QStringLiteral("%1 %2 @%3")
                          .arg(message.value(QStringLiteral("opcode")).toInt())
                          .arg(message.value(QStringLiteral("data")).toString())
                          .arg(qRound64(message.value(QStringLiteral("time")).toDouble() * 1000.0) - T0);
    }
    QCOMPARE(actual, entries);
}

void TestHarExporter::urlIsRebuiltFromHostWhenNotGiven()
{
    QList<Event> events{request(1, T0)};
    QCOMPARE(entryOf(HarExporter::toHar(events)).value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("ws://127.0.0.1:8080/chat?room=1&user=k%C3%A9"));
    events << makeEvent(2, T0 + 1, EventKind::Tls, Direction::None);
    QCOMPARE(entryOf(HarExporter::toHar(events)).value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("wss://127.0.0.1:8080/chat?room=1&user=k%C3%A9"));
}

void TestHarExporter::writeFileProducesValidJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.har"));
    const std::deque<Event> events{request(1, T0), response(2, T0 + 1, 101, "Switching Protocols"),
                                   frame(3, T0 + 2, Direction::Out, 1, "x")};
    QString error;
    QVERIFY2(HarExporter::writeFile(path, events, QUrl(QStringLiteral("ws://127.0.0.1:8080/chat")), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(messagesOf(doc.object()).size(), 1);
}

void TestHarExporter::writeFileReportsAnUnwritablePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY(!HarExporter::writeFile(dir.filePath(QStringLiteral("missing/dir/x.har")), {}, QUrl(), &error));
    QVERIFY2(error.contains(QStringLiteral("missing/dir/x.har")), qPrintable(error));
}

void TestHarExporter::everyEndIsInTheSessionEvents()
{
    // A run that timed out: its error, the state changes and the attempt's Close record are in
    // `_wsscopeEvents`, in log order, with the JSONL field names; the messages stay where
    // DevTools read them.
    const auto state = [](quint64 seq, qint64 wallMs, SessionState s, const QString &text) {
        return TestEvents::withDetail(EventKind::State, Direction::None, [&](EventDetail &d) {
            d.state = s;
            d.text = text;
        }, seq, wallMs);
    };
    const QList<Event> events{
        state(1, T0, SessionState::Connecting, QString()),
        request(2, T0 + 1),
        response(3, T0 + 2, 101, "Switching Protocols"),
        state(4, T0 + 3, SessionState::Open, QString()),
        frame(5, T0 + 4, Direction::Out, 1, "hi"),
        TestEvents::withDetail(EventKind::Info, Direction::None, [](EventDetail &d) { d.text = QStringLiteral("a note"); }, 6, T0 + 5),
        TestEvents::withDetail(EventKind::Error, Direction::None, [](EventDetail &d) {
            d.errorCategory = ErrorCategory::Timeout;
            d.text = QStringLiteral("Timed out after 1500 ms.");
        }, 7, T0 + 1500),
        TestEvents::withDetail(EventKind::Close, Direction::None, [](EventDetail &d) {
            d.closeCode = 1006;
            d.closeInitiator = CloseInitiator::None;
            d.closeClean = false;
        }, 8, T0 + 1501),
        state(9, T0 + 1502, SessionState::Closed, QStringLiteral("Closed with 1006 (Abnormal closure)")),
    };
    const QJsonObject entry = entryOf(HarExporter::toHar(events, QUrl(QStringLiteral("ws://127.0.0.1:8080/"))));
    QCOMPARE(entry.value(QStringLiteral("_webSocketMessages")).toArray().size(), 1);
    const QJsonArray ends = entry.value(QStringLiteral("_wsscopeEvents")).toArray();
    QStringList kinds;
    for (const QJsonValue &value : ends)
        kinds << value.toObject().value(QStringLiteral("event")).toString();
    QCOMPARE(kinds, (QStringList{QStringLiteral("state"), QStringLiteral("state"), QStringLiteral("error"),
                                 QStringLiteral("close"), QStringLiteral("state")}));
    const QJsonObject error = ends.at(2).toObject();
    QCOMPARE(error.value(QStringLiteral("seq")).toInteger(), 7);
    QCOMPARE(error.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-27T14:00:02.502Z"));
    QCOMPARE(error.value(QStringLiteral("category")).toString(), QStringLiteral("timeout"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Timed out after 1500 ms."));
    const QJsonObject close = ends.at(3).toObject();
    QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1006);
    QCOMPARE(close.value(QStringLiteral("code_name")).toString(), QStringLiteral("Abnormal closure"));
    QCOMPARE(close.value(QStringLiteral("initiator")).toString(), QStringLiteral("none"));
    QCOMPARE(close.value(QStringLiteral("clean")).toBool(true), false);
    QVERIFY(close.contains(QStringLiteral("reason")));
    QCOMPARE(ends.at(4).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(ends.at(4).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("Closed with 1006 (Abnormal closure)"));

    // A log with none of them still has the (empty) field, so readers need not guess.
    const QJsonObject quiet = entryOf(HarExporter::toHar(QList<Event>{request(1, T0)}, QUrl()));
    QVERIFY(quiet.value(QStringLiteral("_wsscopeEvents")).isArray());
    QVERIFY(quiet.value(QStringLiteral("_wsscopeEvents")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestHarExporter)
#include "tst_harexporter.moc"
