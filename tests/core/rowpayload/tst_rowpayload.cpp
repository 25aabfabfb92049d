// RowPayload: which bytes a row stands for when it is copied, saved, resent or loaded.

#include "core/log/rowpayload.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QtTest>

class TestRowPayload : public QObject
{
    Q_OBJECT

private slots:
    void bytesOfARow_data();
    void bytesOfARow();
};

void TestRowPayload::bytesOfARow_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("available");
    QTest::addColumn<bool>("isText");
    QTest::addColumn<bool>("isMessage");
    QTest::newRow("A text message is its payload")
            << TestEvents::frame(Direction::Out, FrameHeader::Text, "hi") << QByteArray("hi") << true << true << true;
    QTest::newRow("A binary message is its bytes")
            << TestEvents::frame(Direction::In, FrameHeader::Binary, QByteArray::fromHex("00ff"))
            << QByteArray::fromHex("00ff") << true << false << true;
    QTest::newRow("The last fragment stands for the whole message")
            << TestEvents::lastFragment(Direction::In, FrameHeader::Text, "lo", "hello", 2) << QByteArray("hello") << true
            << true << true;
    TestEvents::FrameSpec first;
    first.fin = false;
    QTest::newRow("A first fragment is only its own bytes, not a message")
            << TestEvents::frame(Direction::In, FrameHeader::Text, "hel", first) << QByteArray("hel") << true << true << false;
    QTest::newRow("A ping is its payload, no message")
            << TestEvents::frame(Direction::Out, FrameHeader::Ping, "p") << QByteArray("p") << true << false << false;
    Event streamed = TestEvents::withDetail(EventKind::Frame, Direction::Out, [](EventDetail &d) {
        d.frameCount = 3;
        d.messageOpcode = FrameHeader::Binary;
        d.messageLength = 1000;
    });
    streamed.frame.opcode = FrameHeader::Continuation;
    streamed.frame.flags = FrameFields::EndsMessage;
    QTest::newRow("A streamed file's bytes are not in the log") << streamed << QByteArray() << false << false << false;
    QTest::newRow("A handshake is its head and body")
            << TestEvents::withDetail(EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) {
                   d.http.rawHead = "HTTP/1.1 401 No\r\n\r\n";
                   d.http.body = "go away";
               }) << QByteArray("HTTP/1.1 401 No\r\n\r\ngo away") << true << true << false;
    QTest::newRow("An error is its text")
            << TestEvents::withDetail(EventKind::Error, Direction::None, [](EventDetail &d) { d.text = QStringLiteral("refused"); })
            << QByteArray("refused") << true << true << false;
}

void TestRowPayload::bytesOfARow()
{
    QFETCH(Event, event);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, available);
    QFETCH(bool, isText);
    QFETCH(bool, isMessage);
    const RowPayload row = RowPayload::of(event);
    QCOMPARE(row.bytes, bytes);
    QCOMPARE(row.available, available);
    QCOMPARE(row.isText, isText);
    QCOMPARE(row.isMessage, isMessage);
}

QTEST_GUILESS_MAIN(TestRowPayload)
#include "tst_rowpayload.moc"
