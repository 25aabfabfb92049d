#include "codecchecks.h"
#include "core/codecs/hexcodec.h"

#include <QtTest>

class TestHexCodec : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void decodeErrors_data();
    void decodeErrors();
    void encode_data();
    void encode();
    void everyByteRoundTrips();
};

void TestHexCodec::decode_data()
{
    CodecChecks::addDecodeColumns();

    QTest::newRow("Pairs separated by spaces") << QStringLiteral("48 65 6c") << QByteArray("Hel");
    QTest::newRow("Pairs written without separators") << QStringLiteral("48656c") << QByteArray("Hel");
    QTest::newRow("Pairs with 0x prefixes") << QStringLiteral("0x48 0x65") << QByteArray("He");
    QTest::newRow("An upper-case 0X prefix") << QStringLiteral("0X48 0X65") << QByteArray("He");
    QTest::newRow("One 0x prefix before a run of pairs") << QStringLiteral("0x48656c") << QByteArray("Hel");
    QTest::newRow("Pairs separated by colons") << QStringLiteral("48:65:6c") << QByteArray("Hel");
    QTest::newRow("Pairs separated by dashes") << QStringLiteral("48-65-6c") << QByteArray("Hel");
    QTest::newRow("A C array body with commas and prefixes") << QStringLiteral("0x48, 0x65, 0x6c") << QByteArray("Hel");
    QTest::newRow("Tabs, several spaces and new lines between pairs")
            << QStringLiteral("48\t65  6c\n6c\r\n6f\n") << QByteArray("Hello");
    QTest::newRow("Upper- and lower-case digits mix") << QStringLiteral("aB Cd eF") << QByteArray("\xAB\xCD\xEF");
    QTest::newRow("Zero bytes are kept") << QStringLiteral("00 00") << QByteArray(2, '\0');
    QTest::newRow("An empty text is zero bytes") << QString() << QByteArray();
    QTest::newRow("Only separators is zero bytes") << QStringLiteral(" \n:-, ") << QByteArray();
}

void TestHexCodec::decode()
{
    CodecChecks::checkDecodes(&HexCodec::decode);
}

void TestHexCodec::decodeErrors_data()
{
    CodecChecks::addDecodeErrorColumns();

    QTest::newRow("A single group with three digits is odd")
            << QStringLiteral("486") << qint64(0) << 1 << 1
            << QStringLiteral("Line 1, column 1: '486' has an odd number of hex digits (3); every byte needs two.");
    QTest::newRow("A one-digit group at the end is odd and reported where it starts")
            << QStringLiteral("48 65 6") << qint64(6) << 1 << 7
            << QStringLiteral("Line 1, column 7: '6' has an odd number of hex digits (1); every byte needs two.");
    QTest::newRow("An odd group with a 0x prefix is quoted with its prefix")
            << QStringLiteral("0x48 0x6") << qint64(5) << 1 << 6
            << QStringLiteral("Line 1, column 6: '0x6' has an odd number of hex digits (1); every byte needs two.");
    QTest::newRow("A long odd group is shortened in the message")
            << QString(QString(20, QLatin1Char('a')) + QLatin1Char('b')) << qint64(0) << 1 << 1
            << QString(QStringLiteral("Line 1, column 1: '") + QString(16, QLatin1Char('a')) + QChar(0x2026)
                       + QStringLiteral("' has an odd number of hex digits (21); every byte needs two."));
    QTest::newRow("A letter beyond f is named with its code point")
            << QStringLiteral("48 6g") << qint64(4) << 1 << 5
            << QStringLiteral("Line 1, column 5: 'g' (U+0067) is not a hex digit (0-9, a-f); bytes may be separated by "
                              "spaces, new lines, ':', '-' or ','.");
    QTest::newRow("A bad character on the second line reports line 2")
            << QStringLiteral("48 65\r\n6z") << qint64(8) << 2 << 2 << QStringLiteral("Line 2, column 2: 'z' (U+007A)");
    QTest::newRow("A 0x in the middle of a group is not a prefix")
            << QStringLiteral("480x65") << qint64(3) << 1 << 4 << QStringLiteral("'x' (U+0078) is not a hex digit");
    QTest::newRow("A 0x prefix with no digits after it")
            << QStringLiteral("48 0x") << qint64(3) << 1 << 4
            << QStringLiteral("Line 1, column 4: '0x' is not followed by hex digits.");
    QTest::newRow("A 0x prefix followed by a separator has no digits")
            << QStringLiteral("0x 48") << qint64(0) << 1 << 1 << QStringLiteral("'0x' is not followed by hex digits");
    QTest::newRow("An emoji is named by its full code point, not half a surrogate pair")
            << QStringLiteral("48 \U0001F600") << qint64(3) << 1 << 4 << QStringLiteral("'\U0001F600' (U+1F600) is not a hex digit");
    QTest::newRow("A no-break space is called invisible and is not a separator")
            << QStringLiteral("48\u00A065") << qint64(2) << 1 << 3 << QStringLiteral("U+00A0 (an invisible character) is not a hex digit");
    QTest::newRow("A semicolon is not a separator") << QStringLiteral("48;65") << qint64(2) << 1 << 3
                                                    << QStringLiteral("';' (U+003B) is not a hex digit");
    QTest::newRow("A bad character right after a digit on line 2 is reported at its own column")
            << QStringLiteral("\n4\U0001F6008") << qint64(2) << 2 << 2 << QStringLiteral("Line 2, column 2: '\U0001F600'");
}

void TestHexCodec::decodeErrors()
{
    CodecChecks::checkDecodeFails(&HexCodec::decode);
}

void TestHexCodec::encode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("text");

    QTest::newRow("Lower-case pairs separated by spaces by default")
            << QByteArray("Hel") << QChar(QLatin1Char(' ')) << QStringLiteral("48 65 6c");
    QTest::newRow("A colon separator") << QByteArray("\x00\xff", 2) << QChar(QLatin1Char(':')) << QStringLiteral("00:ff");
    QTest::newRow("A null separator joins the pairs") << QByteArray("Hel") << QChar() << QStringLiteral("48656c");
    QTest::newRow("One byte has no separator") << QByteArray("\x7f") << QChar(QLatin1Char(' ')) << QStringLiteral("7f");
    QTest::newRow("No bytes are an empty text") << QByteArray() << QChar(QLatin1Char(' ')) << QString();
}

void TestHexCodec::encode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    QFETCH(QString, text);
    QCOMPARE(HexCodec::encode(bytes, separator), text);
}

void TestHexCodec::everyByteRoundTrips()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    QCOMPARE(HexCodec::encode(all), QString::fromLatin1(all.toHex(' ')));
    for (const QChar separator : {QChar(QLatin1Char(' ')), QChar(QLatin1Char(':')), QChar(QLatin1Char('-')), QChar()}) {
        CodecError error;
        const std::optional<QByteArray> decoded = HexCodec::decode(HexCodec::encode(all, separator), &error);
        QVERIFY2(decoded.has_value(), qPrintable(error.message));
        QCOMPARE(*decoded, all);
    }
    CodecError error;
    const std::optional<QByteArray> upper = HexCodec::decode(HexCodec::encode(all).toUpper(), &error);
    QVERIFY(upper.has_value());
    QCOMPARE(*upper, all);
}

QTEST_GUILESS_MAIN(TestHexCodec)
#include "tst_hexcodec.moc"
