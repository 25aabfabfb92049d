// LogRules: the rules every reader of a session's log shares (the frame log, wsscope-cli, the
// exporters, the session's counters): which events are rows, which frames carry data or control,
// which one ends a message and what that message is.

#include "core/log/eventfactory.h"
#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QtTest>

namespace {

Event fragment(Direction dir, quint8 opcode, const QByteArray &payload)
{
    TestEvents::FrameSpec spec;
    spec.fin = false;
    return TestEvents::frame(dir, opcode, payload, spec);
}

Event closeRecord(Direction dir, bool opened)
{
    return TestEvents::withDetail(EventKind::Close, dir, [opened](EventDetail &d) {
        d.closeCode = 1000;
        d.attemptOpened = opened;
    });
}

Event kindOnly(EventKind kind)
{
    return TestEvents::withDetail(kind, Direction::None, {});
}

} // namespace

class TestLogRules : public QObject
{
    Q_OBJECT

private slots:
    void classification_data();
    void classification();
    void messageOf_data();
    void messageOf();
    void theMessageSharesTheEventsBytes();
};

void TestLogRules::classification_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<bool>("isRow");
    QTest::addColumn<bool>("isDataFrame");
    QTest::addColumn<bool>("isControl");
    QTest::addColumn<bool>("endsMessage");
    QTest::addColumn<int>("effectiveOpcode");

    QTest::newRow("A single-frame text message is a data frame that ends its message")
            << TestEvents::frame(Direction::In, FrameHeader::Text, "hi") << true << true << false << true << 0x1;
    QTest::newRow("A single-frame binary message is a data frame that ends its message")
            << TestEvents::frame(Direction::Out, FrameHeader::Binary, "\x01") << true << true << false << true << 0x2;
    QTest::newRow("The first fragment of a message is a data frame that ends nothing")
            << fragment(Direction::In, FrameHeader::Text, "He") << true << true << false << false << 0x1;
    QTest::newRow("A middle continuation frame is a data frame that ends nothing")
            << fragment(Direction::In, FrameHeader::Continuation, "ll") << true << true << false << false << 0x0;
    QTest::newRow("A continuation with FIN the tap did not mark (a stray one) ends nothing")
            << TestEvents::frame(Direction::In, FrameHeader::Continuation, "o") << true << true << false << false << 0x0;
    QTest::newRow("The last fragment of a message ends it")
            << TestEvents::lastFragment(Direction::In, FrameHeader::Text, "o", "Hello", 3) << true << true << false
            << true << 0x0;
    QTest::newRow("A ping frame is a control frame and ends no message")
            << TestEvents::frame(Direction::Out, FrameHeader::Ping, "p") << true << false << true << false << 0x9;
    QTest::newRow("A pong frame is a control frame and ends no message")
            << TestEvents::frame(Direction::In, FrameHeader::Pong, "p") << true << false << true << false << 0xA;
    QTest::newRow("A close frame is a control frame")
            << TestEvents::frame(Direction::In, FrameHeader::Close, "\x03\xe8") << true << false << true << false << 0x8;
    QTest::newRow("A reserved control opcode counts as control (RFC 6455 §5.5: 0x8-0xF)")
            << TestEvents::frame(Direction::In, 0xB, QByteArray()) << true << false << true << false << 0xB;
    TestEvents::FrameSpec unmarked; // the tap marks the end of text and binary messages only
    unmarked.endsMessage = false;
    QTest::newRow("A reserved data opcode counts as data (RFC 6455 §5.2: 0x3-0x7)")
            << TestEvents::frame(Direction::In, 0x3, QByteArray(), unmarked) << true << true << false << false << 0x3;
    QTest::newRow("A text message logged with the tap off is a data frame that ends its message")
            << TestEvents::untapped(Direction::In, FrameHeader::Text, "quiet") << true << true << false << true << 0x1;
    QTest::newRow("A binary message sent with the tap off ends its message")
            << TestEvents::untapped(Direction::Out, FrameHeader::Binary, "b") << true << true << false << true << 0x2;
    QTest::newRow("A ping logged with the tap off is a control frame")
            << TestEvents::untapped(Direction::Out, FrameHeader::Ping, "p") << true << false << true << false << 0x9;
    QTest::newRow("A pong logged with the tap off is a control frame")
            << TestEvents::untapped(Direction::In, FrameHeader::Pong, "p") << true << false << true << false << 0xA;
    QTest::newRow("The Close record of an attempt that opened is a control row standing for close")
            << closeRecord(Direction::In, true) << true << false << true << false << 0x8;
    QTest::newRow("The Close record of an attempt that never opened is no row")
            << closeRecord(Direction::None, false) << false << false << true << false << 0x8;
    Event bareClose;
    bareClose.kind = EventKind::Close;
    QTest::newRow("A Close record without a detail is a row") << bareClose << true << false << true << false << 0x8;
    QTest::newRow("A state change is a row without an opcode")
            << kindOnly(EventKind::State) << true << false << false << false << -1;
    QTest::newRow("An error is a row without an opcode")
            << EventFactory::error(ErrorCategory::Network, QStringLiteral("refused")) << true << false << false << false
            << -1;
    QTest::newRow("A handshake request is a row without an opcode")
            << kindOnly(EventKind::HandshakeRequest) << true << false << false << false << -1;
    QTest::newRow("A handshake response is a row without an opcode")
            << kindOnly(EventKind::HandshakeResponse) << true << false << false << false << -1;
    QTest::newRow("TLS details are a row without an opcode")
            << kindOnly(EventKind::Tls) << true << false << false << false << -1;
    QTest::newRow("An info note is a row without an opcode")
            << EventFactory::info(QStringLiteral("tap off")) << true << false << false << false << -1;
    Event flagged = EventFactory::info(QStringLiteral("not a frame"));
    flagged.frame.flags = FrameFields::EndsMessage;
    flagged.frame.opcode = FrameHeader::Text;
    QTest::newRow("Only a Frame event ends a message, whatever its flags say")
            << flagged << true << false << false << false << -1;
}

void TestLogRules::classification()
{
    QFETCH(Event, event);
    QFETCH(bool, isRow);
    QFETCH(bool, isDataFrame);
    QFETCH(bool, isControl);
    QFETCH(bool, endsMessage);
    QFETCH(int, effectiveOpcode);
    QCOMPARE(LogRules::isRow(event), isRow);
    QCOMPARE(LogRules::isDataFrame(event), isDataFrame);
    QCOMPARE(LogRules::isControl(event), isControl);
    QCOMPARE(LogRules::endsMessage(event), endsMessage);
    QCOMPARE(LogRules::effectiveOpcode(event), effectiveOpcode);
    QCOMPARE(LogRules::messageOf(event).valid, endsMessage);
}

void TestLogRules::messageOf_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("frames");

    QTest::newRow("A single text frame is the whole message, made of one frame")
            << TestEvents::frame(Direction::In, FrameHeader::Text, "hello") << true << 0x1 << QByteArray("hello") << 1;
    QTest::newRow("A single binary frame is the whole message, made of one frame")
            << TestEvents::frame(Direction::Out, FrameHeader::Binary, QByteArray::fromHex("00ff")) << true << 0x2
            << QByteArray::fromHex("00ff") << 1;
    QTest::newRow("An empty text frame is an empty message")
            << TestEvents::frame(Direction::In, FrameHeader::Text, QByteArray()) << true << 0x1 << QByteArray() << 1;
    QTest::newRow("The last fragment carries the whole message with the first frame's opcode")
            << TestEvents::lastFragment(Direction::In, FrameHeader::Text, "lo", "Hello", 3) << true << 0x1
            << QByteArray("Hello") << 3;
    QTest::newRow("The last fragment of a binary message of two frames")
            << TestEvents::lastFragment(Direction::Out, FrameHeader::Binary, QByteArray::fromHex("02"),
                                        QByteArray::fromHex("0102"), 2)
            << true << 0x2 << QByteArray::fromHex("0102") << 2;
    QTest::newRow("With the tap off the message is the payload and its frame count unknown")
            << TestEvents::untapped(Direction::In, FrameHeader::Text, "from QWebSocket") << true << 0x1
            << QByteArray("from QWebSocket") << 0;
    QTest::newRow("A binary message logged with the tap off has an unknown frame count too")
            << TestEvents::untapped(Direction::Out, FrameHeader::Binary, "b") << true << 0x2 << QByteArray("b") << 0;
    QTest::newRow("The first fragment is no message yet")
            << fragment(Direction::In, FrameHeader::Text, "He") << false << 0 << QByteArray() << 0;
    QTest::newRow("A pong answering our ping is no message")
            << TestEvents::frame(Direction::In, FrameHeader::Pong, "p") << false << 0 << QByteArray() << 0;
    QTest::newRow("A ping logged with the tap off is no message")
            << TestEvents::untapped(Direction::Out, FrameHeader::Ping, "p") << false << 0 << QByteArray() << 0;
    QTest::newRow("A Close record is no message") << closeRecord(Direction::In, true) << false << 0 << QByteArray() << 0;
}

void TestLogRules::messageOf()
{
    QFETCH(Event, event);
    QFETCH(bool, valid);
    QFETCH(int, opcode);
    QFETCH(QByteArray, payload);
    QFETCH(int, frames);
    const LogRules::Message message = LogRules::messageOf(event);
    QCOMPARE(message.valid, valid);
    QCOMPARE(int(message.opcode), opcode);
    QCOMPARE(message.payload, payload);
    QCOMPARE(message.frames, frames);
}

void TestLogRules::theMessageSharesTheEventsBytes()
{
    // A message is derived, never copied: a flood of big messages costs no second copy.
    const Event single = TestEvents::frame(Direction::In, FrameHeader::Binary, QByteArray(4096, 'x'));
    QCOMPARE(LogRules::messageOf(single).payload.constData(), single.payload.constData());
    const Event last = TestEvents::lastFragment(Direction::In, FrameHeader::Binary, QByteArray(10, 'y'),
                                                QByteArray(4106, 'z'), 2);
    QCOMPARE(LogRules::messageOf(last).payload.constData(), last.detail->message.constData());
}

QTEST_GUILESS_MAIN(TestLogRules)
#include "tst_logrules.moc"
