#include "core/codecs/payloadclassifier.h"
#include "core/protocol/frameheader.h"

#include <QtTest>

#include <QElapsedTimer>

using Kind = PayloadClassifier::Kind;

Q_DECLARE_METATYPE(PayloadClassifier::Kind)

class TestPayloadClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void hugeJsonIsNotCheckedBeyondTheBound();
    void kindNames();
};

void TestPayloadClassifier::classify_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("invalidOffset");
    QTest::addColumn<bool>("jsonChecked");
    QTest::addColumn<bool>("violatesRfc");

    const int text = FrameHeader::Text;
    const int binary = FrameHeader::Binary;

    QTest::newRow("An empty text message is Empty, whatever the opcode")
            << text << QByteArray() << true << Kind::Empty << QStringLiteral("no payload bytes") << qint64(-1) << false << false;
    QTest::newRow("An empty binary message is Empty too")
            << binary << QByteArray() << true << Kind::Empty << QStringLiteral("no payload bytes") << qint64(-1) << false << false;
    QTest::newRow("Plain ASCII text is Text with its character count")
            << text << QByteArray("hello world") << true << Kind::Text << QStringLiteral("valid UTF-8, 11 character(s)")
            << qint64(-1) << false << false;
    QTest::newRow("Korean and an emoji count as characters, not bytes")
            << text << QByteArray("\xEC\x95\x88\xEB\x85\x95 \xF0\x9F\x98\x80") << true << Kind::Text
            << QStringLiteral("valid UTF-8, 4 character(s)") << qint64(-1) << false << false;
    QTest::newRow("A JSON object is Json")
            << text << QByteArray(R"({"a":[1,2,{"b":null}]})") << true << Kind::Json
            << QStringLiteral("valid JSON, an object of 22 character(s)") << qint64(-1) << true << false;
    QTest::newRow("A JSON array after whitespace and a byte order mark is Json")
            << text << QByteArray("\xEF\xBB\xBF \n[1, 2]") << true << Kind::Json
            << QStringLiteral("valid JSON, an array of 9 character(s)") << qint64(-1) << true << false;
    QTest::newRow("A bare JSON string is Text: scalars do not count as JSON documents")
            << text << QByteArray(R"("hi")") << true << Kind::Text << QStringLiteral("valid UTF-8, 4 character(s)")
            << qint64(-1) << false << false;
    QTest::newRow("A bare number is Text as well")
            << text << QByteArray("42") << true << Kind::Text << QStringLiteral("valid UTF-8, 2 character(s)")
            << qint64(-1) << false << false;
    QTest::newRow("Text that starts like JSON but has an error on line 3 says where and why")
            << text << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}") << true << Kind::Text
            << QStringLiteral("valid UTF-8, 21 character(s); looks like JSON but: Line 3, column 7: missing ':' after the "
                              "key; found '2' (U+0032).")
            << qint64(-1) << true << false;
    QTest::newRow("A text frame with an invalid byte is Binary and breaks RFC 6455 section 8.1")
            << text << QByteArray("hello\xFFworld") << true << Kind::Binary
            << QStringLiteral("a text frame that is not valid UTF-8 (RFC 6455 §8.1): Byte offset 5 (line 1, column 6): "
                              "byte 0xFF never appears in UTF-8.")
            << qint64(5) << false << true;
    QTest::newRow("A complete text message that ends inside a UTF-8 sequence is invalid")
            << text << QByteArray("ab\xE2\x82") << true << Kind::Binary
            << QStringLiteral("a text frame that is not valid UTF-8 (RFC 6455 §8.1): Byte offset 2 (line 1, column 3): "
                              "the text ends in the middle of a 3-byte sequence that starts with byte 0xE2.")
            << qint64(2) << false << true;
    QTest::newRow("An incomplete message may end inside a UTF-8 sequence: still Text")
            << text << QByteArray("ab\xE2\x82") << false << Kind::Text
            << QStringLiteral("valid UTF-8 so far, 3 character(s) (the message is not complete)") << qint64(-1) << false << false;
    QTest::newRow("An incomplete message that starts like JSON is not checked as JSON")
            << text << QByteArray(R"({"a":[1,2)") << false << Kind::Text
            << QStringLiteral("valid UTF-8 so far, 9 character(s); it starts like JSON, but the message is not complete, "
                              "so it is not checked as JSON")
            << qint64(-1) << false << false;
    QTest::newRow("The binary opcode is Binary even when the bytes are JSON")
            << binary << QByteArray(R"({"a":1})") << true << Kind::Binary
            << QStringLiteral("binary opcode (0x2): the bytes are shown as they are") << qint64(-1) << false << false;
    QTest::newRow("A Close payload is Binary: a code and a reason")
            << int(FrameHeader::Close) << QByteArray("\x03\xE8") << true << Kind::Binary
            << QStringLiteral("a Close frame payload: a 2-byte status code and a UTF-8 reason (RFC 6455 §5.5.1)")
            << qint64(-1) << false << false;
    QTest::newRow("A ping with text is Text")
            << int(FrameHeader::Ping) << QByteArray("keepalive") << true << Kind::Text
            << QStringLiteral("valid UTF-8, 9 character(s)") << qint64(-1) << false << false;
    QTest::newRow("A pong with JSON is Json")
            << int(FrameHeader::Pong) << QByteArray("[]") << true << Kind::Json
            << QStringLiteral("valid JSON, an array of 2 character(s)") << qint64(-1) << true << false;
    QTest::newRow("A ping with arbitrary bytes is Binary without breaking any rule")
            << int(FrameHeader::Ping) << QByteArray("\x00\x01\x80\xFE", 4) << true << Kind::Binary
            << QStringLiteral("not valid UTF-8, so shown as bytes: Byte offset 2 (line 1, column 3): byte 0x80 is a "
                              "continuation byte with no lead byte before it.")
            << qint64(2) << false << false;
    QTest::newRow("A continuation frame is sniffed like any payload: its message type is not known here")
            << int(FrameHeader::Continuation) << QByteArray("\xC3\x28") << true << Kind::Binary
            << QStringLiteral("not valid UTF-8, so shown as bytes: Byte offset 1 (line 1, column 2): byte 0x28 interrupts "
                              "the 2-byte sequence that starts with 0xC3 at byte offset 0; a continuation byte (0x80 to "
                              "0xBF) was expected.")
            << qint64(1) << false << false;
}

void TestPayloadClassifier::classify()
{
    QFETCH(int, opcode);
    QFETCH(QByteArray, payload);
    QFETCH(bool, complete);
    QFETCH(Kind, kind);
    QFETCH(QString, reason);
    QFETCH(qint64, invalidOffset);
    QFETCH(bool, jsonChecked);
    QFETCH(bool, violatesRfc);
    const PayloadClassifier::Result r = PayloadClassifier::classify(quint8(opcode), payload, complete);
    QCOMPARE(r.reason, reason);
    QCOMPARE(r.kind, kind);
    QCOMPARE(r.invalidOffset, invalidOffset);
    QCOMPARE(r.jsonChecked, jsonChecked);
    QCOMPARE(r.violatesRfc, violatesRfc);
    QCOMPARE(r.utf8Error.has_value(), invalidOffset >= 0);
    if (r.utf8Error)
        QCOMPARE(r.utf8Error->position, invalidOffset);
    QCOMPARE(r.jsonError.has_value(), reason.contains(QStringLiteral("looks like JSON but")));
    QCOMPARE(r.characters >= 0, kind == Kind::Text || kind == Kind::Json);
}

void TestPayloadClassifier::hugeJsonIsNotCheckedBeyondTheBound()
{
    // A valid JSON array one byte over the bound: Text, not checked, and fast.
    QByteArray json(PayloadClassifier::MaxJsonCheckBytes + 1, ' ');
    json[0] = '[';
    json[json.size() - 1] = ']';
    QElapsedTimer timer;
    timer.start();
    const PayloadClassifier::Result over = PayloadClassifier::classify(FrameHeader::Text, json);
    const qint64 overMs = timer.elapsed();
    QCOMPARE(over.kind, Kind::Text);
    QVERIFY(!over.jsonChecked);
    QCOMPARE(over.reason, QStringLiteral("valid UTF-8, 8388609 character(s); it starts like JSON but is larger than 8 MiB, "
                                         "so it is not checked as JSON"));

    // Exactly at the bound it is checked.
    json.chop(2);
    json.append(']');
    QCOMPARE(json.size(), PayloadClassifier::MaxJsonCheckBytes);
    timer.restart();
    const PayloadClassifier::Result at = PayloadClassifier::classify(FrameHeader::Text, json);
    const qint64 atMs = timer.elapsed();
    QCOMPARE(at.kind, Kind::Json);
    QVERIFY(at.jsonChecked);
    qInfo("8 MiB + 1 byte, UTF-8 only: %lld ms; 8 MiB with JSON check: %lld ms", overMs, atMs);
}

void TestPayloadClassifier::kindNames()
{
    QCOMPARE(PayloadClassifier::kindName(Kind::Empty), QStringLiteral("empty"));
    QCOMPARE(PayloadClassifier::kindName(Kind::Text), QStringLiteral("text"));
    QCOMPARE(PayloadClassifier::kindName(Kind::Json), QStringLiteral("JSON"));
    QCOMPARE(PayloadClassifier::kindName(Kind::Binary), QStringLiteral("binary"));
}

QTEST_GUILESS_MAIN(TestPayloadClassifier)
#include "tst_payloadclassifier.moc"
