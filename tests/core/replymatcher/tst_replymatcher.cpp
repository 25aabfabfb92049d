// ReplyMatcher: ping ↔ pong by payload, request ↔ reply by JSON "id", never across a reconnect.

#include "core/log/eventlog.h"
#include "core/log/replymatcher.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QtTest>

namespace {

Event text(Direction dir, const QByteArray &payload)
{
    return TestEvents::frame(dir, FrameHeader::Text, payload);
}

Event connecting()
{
    return TestEvents::withDetail(EventKind::State, Direction::None, [](EventDetail &d) { d.state = SessionState::Connecting; });
}

// Appends the events and returns their sequence numbers.
QList<quint64> fill(EventLog &log, const QList<Event> &events)
{
    QList<quint64> seqs;
    for (const Event &event : events)
        seqs << log.append(event).seq;
    return seqs;
}

} // namespace

class TestReplyMatcher : public QObject
{
    Q_OBJECT

private slots:
    void pingFindsItsPongAndBack();
    void requestFindsItsReplyByIdAndBack();
    void nothingMatchesWithoutAnId();
    void aReplyNeverCrossesAReconnect();
    void jsonId_data();
    void jsonId();
};

void TestReplyMatcher::pingFindsItsPongAndBack()
{
    EventLog log;
    const QList<quint64> seq = fill(log, {TestEvents::frame(Direction::Out, FrameHeader::Ping, "a"),
                                          TestEvents::frame(Direction::Out, FrameHeader::Ping, "b"),
                                          text(Direction::In, "noise"),
                                          TestEvents::frame(Direction::In, FrameHeader::Pong, "b"),
                                          TestEvents::frame(Direction::In, FrameHeader::Pong, "a"),
                                          TestEvents::frame(Direction::In, FrameHeader::Ping, "s"),
                                          TestEvents::frame(Direction::Out, FrameHeader::Pong, "s")});
    QCOMPARE(ReplyMatcher::match(log, seq[0]), std::optional<quint64>(seq[4]));
    QCOMPARE(ReplyMatcher::match(log, seq[1]), std::optional<quint64>(seq[3]));
    QCOMPARE(ReplyMatcher::match(log, seq[3]), std::optional<quint64>(seq[1]));
    QCOMPARE(ReplyMatcher::match(log, seq[4]), std::optional<quint64>(seq[0]));
    // The server's ping and our automatic pong.
    QCOMPARE(ReplyMatcher::match(log, seq[5]), std::optional<quint64>(seq[6]));
    QCOMPARE(ReplyMatcher::match(log, seq[6]), std::optional<quint64>(seq[5]));
    QVERIFY(ReplyMatcher::canMatch(*log.find(seq[0])));
    QVERIFY(!ReplyMatcher::canMatch(*log.find(seq[2])));
}

void TestReplyMatcher::requestFindsItsReplyByIdAndBack()
{
    EventLog log;
    const QList<quint64> seq = fill(log, {text(Direction::Out, R"({"jsonrpc":"2.0","id":7,"method":"a"})"),
                                          text(Direction::Out, R"({"jsonrpc":"2.0","id":"7","method":"b"})"),
                                          text(Direction::In, R"({"jsonrpc":"2.0","result":{"id":7},"id":"7"})"),
                                          text(Direction::In, R"({"id" : 7, "result": true})"),
                                          TestEvents::lastFragment(Direction::In, FrameHeader::Text, R"(:9})",
                                                                   R"({"id":9})", 2)});
    // 7 and "7" are different ids; the "id" inside "result" is not the top-level one.
    QCOMPARE(ReplyMatcher::match(log, seq[0]), std::optional<quint64>(seq[3]));
    QCOMPARE(ReplyMatcher::match(log, seq[1]), std::optional<quint64>(seq[2]));
    QCOMPARE(ReplyMatcher::match(log, seq[2]), std::optional<quint64>(seq[1]));
    QCOMPARE(ReplyMatcher::match(log, seq[3]), std::optional<quint64>(seq[0]));
    // A reassembled message has its id too, but no request asked for 9.
    QVERIFY(ReplyMatcher::canMatch(*log.find(seq[4])));
    QCOMPARE(ReplyMatcher::match(log, seq[4]), std::nullopt);
}

void TestReplyMatcher::nothingMatchesWithoutAnId()
{
    EventLog log;
    const QList<quint64> seq = fill(log, {text(Direction::Out, R"({"op":"join"})"), text(Direction::In, R"({"op":"join"})"),
                                          TestEvents::frame(Direction::Out, FrameHeader::Binary, R"({"id":1})"),
                                          text(Direction::In, R"({"id":1})")});
    QCOMPARE(ReplyMatcher::match(log, seq[0]), std::nullopt);
    QVERIFY(!ReplyMatcher::canMatch(*log.find(seq[0])));
    // A binary message is not read as JSON.
    QCOMPARE(ReplyMatcher::match(log, seq[2]), std::nullopt);
    QCOMPARE(ReplyMatcher::match(log, seq[3]), std::nullopt);
    QCOMPARE(ReplyMatcher::match(log, 999), std::nullopt);
}

void TestReplyMatcher::aReplyNeverCrossesAReconnect()
{
    EventLog log;
    const QList<quint64> seq = fill(log, {connecting(), TestEvents::frame(Direction::Out, FrameHeader::Ping, "p"),
                                          text(Direction::Out, R"({"id":1})"), connecting(),
                                          TestEvents::frame(Direction::In, FrameHeader::Pong, "p"),
                                          text(Direction::In, R"({"id":1})")});
    QCOMPARE(ReplyMatcher::match(log, seq[1]), std::nullopt);
    QCOMPARE(ReplyMatcher::match(log, seq[2]), std::nullopt);
    QCOMPARE(ReplyMatcher::match(log, seq[4]), std::nullopt);
    QCOMPARE(ReplyMatcher::match(log, seq[5]), std::nullopt);
}

void TestReplyMatcher::jsonId_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<bool>("found");
    QTest::newRow("A number id") << QByteArray(R"({"id":42})") << QByteArray("42") << true;
    QTest::newRow("A string id keeps its quotes") << QByteArray(R"( {"a":[1,{"id":2}], "id":"x"})") << QByteArray("\"x\"") << true;
    QTest::newRow("A null id") << QByteArray(R"({"id":null})") << QByteArray("null") << true;
    QTest::newRow("An object as id is none") << QByteArray(R"({"id":{"n":1}})") << QByteArray() << false;
    QTest::newRow("An array is no object") << QByteArray(R"([{"id":1}])") << QByteArray() << false;
    QTest::newRow("Only a nested id") << QByteArray(R"({"r":{"id":1}})") << QByteArray() << false;
    QTest::newRow("Not JSON") << QByteArray(R"({"id":)") << QByteArray() << false;
}

void TestReplyMatcher::jsonId()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, id);
    QFETCH(bool, found);
    const std::optional<QByteArray> result = ReplyMatcher::jsonId(json);
    QCOMPARE(result.has_value(), found);
    if (found)
        QCOMPARE(*result, id);
}

QTEST_GUILESS_MAIN(TestReplyMatcher)
#include "tst_replymatcher.moc"
