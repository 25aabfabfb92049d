// The direct JSONL writer of Frame events must write exactly what the general path (QJsonObject
// through QJsonDocument) writes, for every kind of frame and payload.
#include "core/export/jsonlexporter.h"
#include "core/export/jsonlframewriter.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

class TestJsonlFrameWriter : public QObject
{
    Q_OBJECT

private slots:
    void directLineEqualsTheGeneralPath_data();
    void directLineEqualsTheGeneralPath();
    void randomPayloadsGiveTheSameLineBothWays();
    void pongWithARoundTripTimeTakesTheGeneralPath();
    void timeIsCachedPerSecondButExactPerMillisecond();
};

namespace {

constexpr qint64 T0 = 1764597601002; // 2025-12-01T14:00:01.002Z

QByteArray generalLine(const Event &event)
{
    return QJsonDocument(JsonlExporter::toJson(event)).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray directLine(const Event &event)
{
    QByteArray out;
    JsonlFrameWriter::append(event, out);
    return out;
}

} // namespace

void TestJsonlFrameWriter::directLineEqualsTheGeneralPath_data()
{
    QTest::addColumn<Event>("event");
    using F = FrameHeader;
    QTest::newRow("A received text frame") << TestEvents::frame(Direction::In, F::Text, "hello", 7, T0);
    QTest::newRow("A sent masked text frame") << TestEvents::frame(Direction::Out, F::Text, "hi", 8, T0 + 1);
    QTest::newRow("Quotes, backslashes and every C0 control are escaped")
            << TestEvents::frame(Direction::In, F::Text, QByteArray("\"\\\b\f\n\r\t\x01\x1f/", 11), 9, T0);
    QTest::newRow("DEL and non-ASCII text stay as they are")
            << TestEvents::frame(Direction::In, F::Text, "\x7f caf\xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x98\x80", 10, T0);
    QTest::newRow("A text frame that is not UTF-8 is base64")
            << TestEvents::frame(Direction::In, F::Text, "\xff\xfe", 11, T0);
    QTest::newRow("A binary frame is base64 even when it decodes as text")
            << TestEvents::frame(Direction::In, F::Binary, "abc", 12, T0);
    QTest::newRow("An empty ping") << TestEvents::frame(Direction::Out, F::Ping, QByteArray(), 13, T0);
    QTest::newRow("An unsolicited pong") << TestEvents::frame(Direction::In, F::Pong, "p", 14, T0);
    QTest::newRow("A close frame") << TestEvents::frame(Direction::In, F::Close, QByteArray("\x03\xe8" "bye", 5), 15, T0);
    TestEvents::FrameSpec first;
    first.fin = false;
    QTest::newRow("The first fragment of a message")
            << TestEvents::frame(Direction::In, F::Text, "Hel", first, 16, T0);
    QTest::newRow("The last fragment carries the message")
            << TestEvents::lastFragment(Direction::In, F::Text, "lo", "Hello", 2, 17, T0);
    TestEvents::FrameSpec rsv;
    rsv.rsv = 5;
    QTest::newRow("RSV bits set") << TestEvents::frame(Direction::In, F::Text, "x", rsv, 18, T0);
    QTest::newRow("A 300-byte payload (16-bit length)")
            << TestEvents::frame(Direction::In, F::Text, QByteArray(300, 'a'), 19, T0);
    QTest::newRow("Tap off: a message without a header")
            << TestEvents::untapped(Direction::In, F::Text, "plain", 20, T0);
    QTest::newRow("Tap off: a sent binary message") << TestEvents::untapped(Direction::Out, F::Binary, "\x00\x01", 21, T0);
    QTest::newRow("A time before 1970") << TestEvents::frame(Direction::In, F::Text, "old", 22, -1500);
}

void TestJsonlFrameWriter::directLineEqualsTheGeneralPath()
{
    QFETCH(Event, event);
    QVERIFY(JsonlFrameWriter::handles(event));
    QCOMPARE(directLine(event), generalLine(event));
    QCOMPARE(JsonlExporter::toLine(event), generalLine(event));
}

void TestJsonlFrameWriter::randomPayloadsGiveTheSameLineBothWays()
{
    QRandomGenerator random(20261201);
    const quint8 opcodes[] = {FrameHeader::Text, FrameHeader::Binary, FrameHeader::Continuation, FrameHeader::Ping};
    for (int i = 0; i < 2000; ++i) {
        QByteArray payload(int(random.bounded(40)), Qt::Uninitialized);
        for (char &c : payload)
            c = char(random.bounded(i % 2 ? 128 : 256)); // half ASCII with controls, half any byte
        const Direction dir = i % 3 ? Direction::In : Direction::Out;
        const Event event = TestEvents::frame(dir, opcodes[i % 4], payload, quint64(i + 1), T0 + i * 7);
        QCOMPARE(directLine(event), generalLine(event));
    }
}

void TestJsonlFrameWriter::pongWithARoundTripTimeTakesTheGeneralPath()
{
    Event pong = TestEvents::frame(Direction::In, FrameHeader::Pong, "p", 1, T0);
    auto detail = QSharedPointer<EventDetail>::create();
    detail->rttUs = 1234;
    pong.detail = detail;
    QVERIFY(!JsonlFrameWriter::handles(pong));
    QVERIFY(JsonlExporter::toLine(pong).contains("\"rtt_ms\":1.234"));
    QCOMPARE(JsonlExporter::toLine(pong), generalLine(pong));
}

void TestJsonlFrameWriter::timeIsCachedPerSecondButExactPerMillisecond()
{
    for (const qint64 ms : {T0, T0 + 1, T0 + 998, T0 + 999, T0 + 1000, T0 - 1, qint64(0), qint64(-1), qint64(999)}) {
        QByteArray out;
        JsonlFrameWriter::appendIsoTime(ms, out);
        QCOMPARE(QString::fromLatin1(out), JsonlExporter::isoTime(ms));
    }
}

QTEST_GUILESS_MAIN(TestJsonlFrameWriter)
#include "tst_jsonlframewriter.moc"
