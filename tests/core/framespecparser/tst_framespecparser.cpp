#include "core/protocol/framedecoder.h"
#include "core/protocol/framespecparser.h"

#include <QTemporaryFile>
#include <QtTest>

class TestFrameSpecParser : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreAMaskedFinalTextFrame();
    void fieldsSetEveryHeaderBit();
    void payloadForms();
    void quotedValuesKeepSpacesAndEscapes();
    void lengthAndEncoding();
    void encodedFrameHasTheAskedHeader();
    void errorsNameTheField_data();
    void errorsNameTheField();
    void payloadFileIsRead();
};

void TestFrameSpecParser::defaultsAreAMaskedFinalTextFrame()
{
    FrameSpecParser::Error error;
    const std::optional<FrameSpec> spec = FrameSpecParser::parse(u"payload=hi", &error);
    QVERIFY2(spec, qPrintable(error.message));
    QVERIFY(spec->fin);
    QCOMPARE(spec->rsv, quint8(0));
    QCOMPARE(spec->opcode, quint8(FrameHeader::Text));
    QVERIFY(spec->masked);
    QVERIFY(!spec->maskKey);
    QVERIFY(!spec->declaredLength);
    QCOMPARE(spec->payload, QByteArray("hi"));
}

void TestFrameSpecParser::fieldsSetEveryHeaderBit()
{
    FrameSpecParser::Error error;
    const std::optional<FrameSpec> spec = FrameSpecParser::parse(u"fin=0 rsv1=1 rsv3=1 opcode=0x3 mask=on key=37fa213d", &error);
    QVERIFY2(spec, qPrintable(error.message));
    QVERIFY(!spec->fin);
    QCOMPARE(spec->rsv, quint8(0x5));
    QCOMPARE(spec->opcode, quint8(0x3));
    QCOMPARE(spec->maskKey.value_or(0), quint32(0x37fa213d));

    QCOMPARE(FrameSpecParser::parseOpcode(u"ping").value_or(0xFF), quint8(FrameHeader::Ping));
    QCOMPARE(FrameSpecParser::parseOpcode(u"PONG").value_or(0xFF), quint8(FrameHeader::Pong));
    QCOMPARE(FrameSpecParser::parseOpcode(u"continuation").value_or(0xFF), quint8(0));
    QCOMPARE(FrameSpecParser::parseOpcode(u"reserved-0xb").value_or(0xFF), quint8(0xB));
    QCOMPARE(FrameSpecParser::parseOpcode(u"15").value_or(0xFF), quint8(15));
    QVERIFY(!FrameSpecParser::parseOpcode(u"16"));
    QVERIFY(!FrameSpecParser::parseOpcode(u"0x10"));
    QVERIFY(!FrameSpecParser::parseOpcode(u"txt"));

    const std::optional<FrameSpec> unmasked = FrameSpecParser::parse(u"opcode=binary mask=off", &error);
    QVERIFY(unmasked);
    QVERIFY(!unmasked->masked);
}

void TestFrameSpecParser::payloadForms()
{
    FrameSpecParser::Error error;
    QCOMPARE(FrameSpecParser::parse(u"payload-hex=00ff", &error)->payload, QByteArray::fromHex("00ff"));
    QCOMPARE(FrameSpecParser::parse(u"payload-base64=aGk=", &error)->payload, QByteArray("hi"));
    QCOMPARE(FrameSpecParser::parse(u"payload=한", &error)->payload, QStringLiteral("한").toUtf8());
    QCOMPARE(FrameSpecParser::parse(u"payload=a=b", &error)->payload, QByteArray("a=b"));
    QCOMPARE(FrameSpecParser::parse(u"opcode=close", &error)->payload, QByteArray());
}

void TestFrameSpecParser::quotedValuesKeepSpacesAndEscapes()
{
    FrameSpecParser::Error error;
    const std::optional<FrameSpec> spec = FrameSpecParser::parse(u"payload=\"frag one \\\"x\\\" \\\\\" fin=0", &error);
    QVERIFY2(spec, qPrintable(error.message));
    QCOMPARE(spec->payload, QByteArray("frag one \"x\" \\"));
    QVERIFY(!spec->fin);
}

void TestFrameSpecParser::lengthAndEncoding()
{
    FrameSpecParser::Error error;
    std::optional<FrameSpec> spec = FrameSpecParser::parse(u"length=300 payload=abc", &error);
    QVERIFY(spec);
    QCOMPARE(spec->declaredLength.value_or(0), quint64(300));
    QCOMPARE(spec->lengthBits, quint8(0));
    spec = FrameSpecParser::parse(u"length=/64 payload=abc", &error);
    QVERIFY(spec);
    QVERIFY(!spec->declaredLength);
    QCOMPARE(spec->lengthBits, quint8(64));
    spec = FrameSpecParser::parse(u"length=5/16", &error);
    QVERIFY(spec);
    QCOMPARE(spec->declaredLength.value_or(0), quint64(5));
    QCOMPARE(spec->lengthBits, quint8(16));
}

void TestFrameSpecParser::encodedFrameHasTheAskedHeader()
{
    FrameSpecParser::Error error;
    const std::optional<FrameSpec> spec = FrameSpecParser::parse(u"fin=0 rsv2=1 opcode=binary key=01020304 length=/16 payload-hex=0a0b", &error);
    QVERIFY(spec);
    const QByteArray bytes = spec->encode(0xFFFFFFFF);
    // 0x22: FIN clear, RSV2, binary; 0x80|126, 16-bit length 2, key, masked payload.
    QCOMPARE(bytes.toHex(), QByteArray("22fe000201020304" "0b09"));
    const std::optional<FrameSpec> unmasked = FrameSpecParser::parse(u"opcode=0x3 mask=off payload-hex=00ff", &error);
    QVERIFY(unmasked);
    QCOMPARE(unmasked->encode(0x11223344).toHex(), QByteArray("830200ff"));
    // A declared length unlike the payload's: the header says 9, two bytes follow.
    const std::optional<FrameSpec> lying = FrameSpecParser::parse(u"mask=off length=9 payload=ab", &error);
    QVERIFY(lying);
    QCOMPARE(lying->encode(0).toHex(), QByteArray("81096162"));
    // A fresh key is used when none is given.
    const std::optional<FrameSpec> fresh = FrameSpecParser::parse(u"payload=a", &error);
    QCOMPARE(fresh->header(0xA1B2C3D4).maskKey, quint32(0xA1B2C3D4));
}

void TestFrameSpecParser::errorsNameTheField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("An opcode beyond 0xF is refused") << "opcode=0x10" << "opcode";
    QTest::newRow("An unknown opcode name is refused") << "opcode=txt" << "opcode";
    QTest::newRow("FIN takes 0 or 1") << "fin=yes" << "fin";
    QTest::newRow("RSV2 takes 0 or 1") << "rsv2=2" << "rsv2";
    QTest::newRow("Mask takes on or off") << "mask=maybe" << "mask";
    QTest::newRow("A key needs 8 hex digits") << "key=123" << "key";
    QTest::newRow("A key with non-hex digits is refused") << "key=1234567z" << "key";
    QTest::newRow("A key with mask off is refused") << "mask=off key=01020304" << "key";
    QTest::newRow("A length that is not a number is refused") << "length=many" << "length";
    QTest::newRow("A length encoding other than 7, 16, 64 is refused") << "length=5/32" << "length";
    QTest::newRow("A 7-bit length beyond 125 is refused") << "length=200/7" << "length";
    QTest::newRow("A 16-bit length beyond 65535 is refused") << "length=70000/16" << "length";
    QTest::newRow("Odd hex digits are refused") << "payload-hex=abc" << "payload-hex";
    QTest::newRow("Bad base64 is refused") << "payload-base64=!!" << "payload-base64";
    QTest::newRow("Two payloads are refused") << "payload=a payload-hex=00" << "payload-hex";
    QTest::newRow("A field given twice is refused") << "fin=1 fin=0" << "fin";
    QTest::newRow("An unknown field is refused") << "colour=red" << "colour";
    QTest::newRow("A field without = is refused") << "fin" << "fin";
    QTest::newRow("An unclosed quote is refused") << "payload=\"abc" << "payload";
    QTest::newRow("A missing payload file is refused") << "payload-file=/nonexistent/x" << "payload-file";
    // A device reports size 0 and never ends: the limit holds while reading, not only by size().
    if (QFile::exists(QStringLiteral("/dev/zero")))
        QTest::newRow("An endless device is refused at the size limit") << "payload-file=/dev/zero" << "payload-file";
}

void TestFrameSpecParser::errorsNameTheField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    FrameSpecParser::Error error;
    QVERIFY(!FrameSpecParser::parse(text, &error));
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.startsWith(field) || error.message.startsWith(QLatin1Char('"') + field), qPrintable(error.message));
}

void TestFrameSpecParser::payloadFileIsRead()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray("\xff\xfe", 2));
    file.flush();
    FrameSpecParser::Error error;
    const std::optional<FrameSpec> spec = FrameSpecParser::parse(QStringLiteral("payload-file=%1").arg(file.fileName()), &error);
    QVERIFY2(spec, qPrintable(error.message));
    QCOMPARE(spec->payload, QByteArray("\xff\xfe", 2));
}

QTEST_GUILESS_MAIN(TestFrameSpecParser)
#include "tst_framespecparser.moc"
