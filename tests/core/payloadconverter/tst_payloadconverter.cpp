#include "core/codecs/payloadconverter.h"

#include <QtTest>

using Format = PayloadConverter::Format;
Q_DECLARE_METATYPE(PayloadConverter::Format)

class TestPayloadConverter : public QObject
{
    Q_OBJECT

private slots:
    void convertsKeepingTheBytes_data();
    void convertsKeepingTheBytes();
    void refusesWhatWouldChangeTheBytes_data();
    void refusesWhatWouldChangeTheBytes();
    void everyByteSurvivesHexToBase64AndBack();
};

void TestPayloadConverter::convertsKeepingTheBytes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Format>("from");
    QTest::addColumn<Format>("to");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Hex pairs become the Base64 of the same bytes")
            << QStringLiteral("48 69") << Format::Hex << Format::Base64 << QStringLiteral("SGk=");
    QTest::newRow("Base64 becomes the text its bytes spell")
            << QStringLiteral("SGk=") << Format::Base64 << Format::Text << QStringLiteral("Hi");
    QTest::newRow("Text becomes the hex of its UTF-8")
            << QStringLiteral("Hé") << Format::Text << Format::Hex << QStringLiteral("48 c3 a9");
    QTest::newRow("URL-safe Base64 becomes hex")
            << QStringLiteral("-_8") << Format::Base64 << Format::Hex << QStringLiteral("fb ff");
    QTest::newRow("C-array hex with prefixes becomes JSON text")
            << QStringLiteral("0x7b, 0x7d") << Format::Hex << Format::Json << QStringLiteral("{}");
    QTest::newRow("JSON to text keeps the text as it is, even invalid JSON")
            << QStringLiteral("{\"a\": ") << Format::Json << Format::Text << QStringLiteral("{\"a\": ");
    QTest::newRow("Text with tabs and new lines becomes Base64")
            << QStringLiteral("a\tb\nc") << Format::Text << Format::Base64 << QStringLiteral("YQliCmM=");
    QTest::newRow("Hex with tabs and new lines becomes text")
            << QStringLiteral("61 09 62 0a 63") << Format::Hex << Format::Text << QStringLiteral("a\tb\nc");
    QTest::newRow("Empty input converts to empty output") << QString() << Format::Hex << Format::Text << QString();
    QTest::newRow("Korean text becomes Base64 of its UTF-8")
            << QStringLiteral("전송") << Format::Text << Format::Base64 << QStringLiteral("7KCE7Iah");
}

void TestPayloadConverter::convertsKeepingTheBytes()
{
    QFETCH(QString, input);
    QFETCH(Format, from);
    QFETCH(Format, to);
    QFETCH(QString, expected);

    const PayloadConverter::Result result = PayloadConverter::convert(input, from, to);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.text, expected);
    QString error;
    const std::optional<QByteArray> before = PayloadConverter::bytesOf(input, from, &error);
    const std::optional<QByteArray> after = PayloadConverter::bytesOf(result.text, to, &error);
    QVERIFY(before && after);
    QCOMPARE(*after, *before);
}

void TestPayloadConverter::refusesWhatWouldChangeTheBytes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Format>("from");
    QTest::addColumn<Format>("to");
    QTest::addColumn<QString>("reason");

    QTest::newRow("Bytes that are not UTF-8 cannot become text")
            << QStringLiteral("48 ff") << Format::Hex << Format::Text << QStringLiteral("not valid UTF-8");
    QTest::newRow("Bytes that are not UTF-8 cannot become JSON")
            << QStringLiteral("/w==") << Format::Base64 << Format::Json << QStringLiteral("cannot become JSON text");
    QTest::newRow("A carriage return cannot be kept by the editor")
            << QStringLiteral("61 0d 0a") << Format::Hex << Format::Text << QStringLiteral("control character 0x0d");
    QTest::newRow("A NUL byte cannot be kept by the editor")
            << QStringLiteral("00") << Format::Hex << Format::Text << QStringLiteral("control character 0x00");
    QTest::newRow("Invalid hex names the bad digit")
            << QStringLiteral("48 6g") << Format::Hex << Format::Base64 << QStringLiteral("'g' (U+0067)");
    QTest::newRow("An odd number of hex digits is named")
            << QStringLiteral("486") << Format::Hex << Format::Text << QStringLiteral("odd number of hex digits");
    QTest::newRow("Broken Base64 is named")
            << QStringLiteral("S") << Format::Base64 << Format::Hex << QStringLiteral("single character");
    QTest::newRow("A lone surrogate in text has no UTF-8")
            << QString(QChar(0xD800)) << Format::Text << Format::Hex << QStringLiteral("U+D800");
}

void TestPayloadConverter::refusesWhatWouldChangeTheBytes()
{
    QFETCH(QString, input);
    QFETCH(Format, from);
    QFETCH(Format, to);
    QFETCH(QString, reason);

    const PayloadConverter::Result result = PayloadConverter::convert(input, from, to);
    QVERIFY(!result.ok);
    QVERIFY(result.text.isEmpty());
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
}

void TestPayloadConverter::everyByteSurvivesHexToBase64AndBack()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString hex = QString::fromLatin1(all.toHex(' '));
    const PayloadConverter::Result base64 = PayloadConverter::convert(hex, Format::Hex, Format::Base64);
    QVERIFY(base64.ok);
    QCOMPARE(base64.text, QString::fromLatin1(all.toBase64()));
    const PayloadConverter::Result back = PayloadConverter::convert(base64.text, Format::Base64, Format::Hex);
    QVERIFY(back.ok);
    QCOMPARE(back.text, hex);
}

QTEST_GUILESS_MAIN(TestPayloadConverter)
#include "tst_payloadconverter.moc"
