// LogFilter: direction × kind toggles combine as "and" across the two sets, "or" within one.

#include "core/log/logfilter.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QtTest>

namespace {

Event frame(Direction dir, quint8 opcode, const QByteArray &payload = "x")
{
    return TestEvents::frame(dir, opcode, payload);
}

Event withKind(EventKind kind, Direction dir, const std::function<void(EventDetail &)> &fill = {})
{
    return TestEvents::withDetail(kind, dir, fill ? fill : [](EventDetail &) {});
}

LogFilter filterOf(quint8 directions, quint16 kinds, bool problemsOnly = false)
{
    LogFilter filter;
    filter.directions = directions;
    filter.kinds = kinds;
    filter.problemsOnly = problemsOnly;
    return filter;
}

} // namespace

Q_DECLARE_METATYPE(LogFilter)

class TestLogFilter : public QObject
{
    Q_OBJECT

private slots:
    void kindsAndDirections_data();
    void kindsAndDirections();
    void combinedToggles_data();
    void combinedToggles();
    void theDefaultAcceptsEverything();
};

void TestLogFilter::kindsAndDirections_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("kinds");
    QTest::newRow("A sent text frame is sent text") << frame(Direction::Out, FrameHeader::Text) << int(LogFilter::Sent)
                                                    << int(LogFilter::Text);
    QTest::newRow("A received binary frame is received binary")
            << frame(Direction::In, FrameHeader::Binary) << int(LogFilter::Received) << int(LogFilter::Binary);
    QTest::newRow("Ping and pong are one kind") << frame(Direction::In, FrameHeader::Ping) << int(LogFilter::Received)
                                                << int(LogFilter::PingPong);
    QTest::newRow("A pong too") << frame(Direction::Out, FrameHeader::Pong) << int(LogFilter::Sent) << int(LogFilter::PingPong);
    QTest::newRow("A Close frame is close") << frame(Direction::Out, FrameHeader::Close, QByteArray::fromHex("03e8"))
                                            << int(LogFilter::Sent) << int(LogFilter::Close);
    QTest::newRow("The Close record is close too") << withKind(EventKind::Close, Direction::Out) << int(LogFilter::Sent)
                                                   << int(LogFilter::Close);
    QTest::newRow("The handshake request is sent handshake")
            << withKind(EventKind::HandshakeRequest, Direction::Out) << int(LogFilter::Sent) << int(LogFilter::Handshake);
    QTest::newRow("The handshake response is received handshake")
            << withKind(EventKind::HandshakeResponse, Direction::In) << int(LogFilter::Received) << int(LogFilter::Handshake);
    QTest::newRow("An error without a direction is a session error")
            << withKind(EventKind::Error, Direction::None) << int(LogFilter::Session) << int(LogFilter::Errors);
    QTest::newRow("A state change is another session row")
            << withKind(EventKind::State, Direction::None) << int(LogFilter::Session) << int(LogFilter::Other);
    QTest::newRow("A reserved opcode is other") << frame(Direction::In, 0x3) << int(LogFilter::Received) << int(LogFilter::Other);
    TestEvents::FrameSpec middle;
    middle.fin = false;
    QTest::newRow("A continuation that does not end its message is text or binary")
            << TestEvents::frame(Direction::In, FrameHeader::Continuation, "x", middle) << int(LogFilter::Received)
            << int(LogFilter::Text | LogFilter::Binary);
    QTest::newRow("The last fragment of a binary message is binary")
            << TestEvents::lastFragment(Direction::In, FrameHeader::Binary, "b", "ab", 2) << int(LogFilter::Received)
            << int(LogFilter::Binary);
}

void TestLogFilter::kindsAndDirections()
{
    QFETCH(Event, event);
    QFETCH(int, direction);
    QFETCH(int, kinds);
    QCOMPARE(int(LogFilter::directionOf(event)), direction);
    QCOMPARE(int(LogFilter::kindsOf(event)), kinds);
}

void TestLogFilter::combinedToggles_data()
{
    QTest::addColumn<LogFilter>("filter");
    QTest::addColumn<Event>("event");
    QTest::addColumn<bool>("accepted");
    const LogFilter receivedText = filterOf(LogFilter::Received, LogFilter::Text);
    QTest::newRow("Received text: a received text frame passes")
            << receivedText << frame(Direction::In, FrameHeader::Text) << true;
    QTest::newRow("Received text: a sent text frame does not")
            << receivedText << frame(Direction::Out, FrameHeader::Text) << false;
    QTest::newRow("Received text: a received ping does not")
            << receivedText << frame(Direction::In, FrameHeader::Ping) << false;
    const LogFilter noPings = filterOf(LogFilter::AllDirections, LogFilter::AllKinds & ~LogFilter::PingPong);
    QTest::newRow("No pings: a ping is hidden") << noPings << frame(Direction::Out, FrameHeader::Ping) << false;
    QTest::newRow("No pings: a Close frame stays") << noPings << frame(Direction::In, FrameHeader::Close, "") << true;
    const LogFilter receivedNoPings = filterOf(LogFilter::Received, LogFilter::AllKinds & ~LogFilter::PingPong);
    QTest::newRow("Received, no pings: a received pong is hidden")
            << receivedNoPings << frame(Direction::In, FrameHeader::Pong) << false;
    QTest::newRow("Received, no pings: a received binary frame stays")
            << receivedNoPings << frame(Direction::In, FrameHeader::Binary) << true;
    QTest::newRow("Received, no pings: a state change (no direction) is hidden")
            << receivedNoPings << withKind(EventKind::State, Direction::None) << false;
    const LogFilter textOnly = filterOf(LogFilter::AllDirections, LogFilter::Text);
    TestEvents::FrameSpec middle;
    middle.fin = false;
    QTest::newRow("Text only: a middle fragment stays, it may be text")
            << textOnly << TestEvents::frame(Direction::In, FrameHeader::Continuation, "x", middle) << true;
    const LogFilter problems = filterOf(LogFilter::AllDirections, LogFilter::AllKinds, true);
    QTest::newRow("Problems only: a refused handshake passes")
            << problems
            << withKind(EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) { d.http.statusCode = 401; })
            << true;
    QTest::newRow("Problems only: an accepted handshake does not")
            << problems << withKind(EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) {
                   d.http.statusCode = 101;
                   d.acceptValid = true;
               }) << false;
    QTest::newRow("Problems only, handshake hidden: a refused handshake is hidden")
            << filterOf(LogFilter::AllDirections, LogFilter::AllKinds & ~LogFilter::Handshake, true)
            << withKind(EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) { d.http.statusCode = 401; })
            << false;
    QTest::newRow("No direction at all hides everything")
            << filterOf(0, LogFilter::AllKinds) << frame(Direction::In, FrameHeader::Text) << false;
}

void TestLogFilter::combinedToggles()
{
    QFETCH(LogFilter, filter);
    QFETCH(Event, event);
    QFETCH(bool, accepted);
    QCOMPARE(filter.accepts(event), accepted);
    QVERIFY(!filter.isAll());
}

void TestLogFilter::theDefaultAcceptsEverything()
{
    const LogFilter all;
    QVERIFY(all.isAll());
    for (const Event &event : {frame(Direction::Out, FrameHeader::Text), frame(Direction::In, 0xB),
                               withKind(EventKind::Error, Direction::None), withKind(EventKind::Tls, Direction::None)})
        QVERIFY(all.accepts(event));
    QCOMPARE(all, LogFilter());
    QVERIFY(filterOf(LogFilter::Sent, LogFilter::AllKinds) != all);
}

QTEST_GUILESS_MAIN(TestLogFilter)
#include "tst_logfilter.moc"
