#include "codecchecks.h"
#include "core/codecs/base64codec.h"

#include <QtTest>

#include <QRandomGenerator>

class TestBase64Codec : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void decodeErrors_data();
    void decodeErrors();
    void encode_data();
    void encode();
    void randomBytesRoundTripAndMatchQt();
};

void TestBase64Codec::decode_data()
{
    CodecChecks::addDecodeColumns();

    QTest::newRow("Standard base64 with padding") << QStringLiteral("SGVsbG8=") << QByteArray("Hello");
    QTest::newRow("Standard base64 without its padding") << QStringLiteral("SGVsbG8") << QByteArray("Hello");
    QTest::newRow("Two padding characters for one byte") << QStringLiteral("YQ==") << QByteArray("a");
    QTest::newRow("One byte without its two padding characters") << QStringLiteral("YQ") << QByteArray("a");
    QTest::newRow("Two bytes without their padding character") << QStringLiteral("YWI") << QByteArray("ab");
    QTest::newRow("A length that needs no padding") << QStringLiteral("SGVsbG8h") << QByteArray("Hello!");
    QTest::newRow("Spaces, tabs and new lines anywhere are ignored")
            << QStringLiteral(" SGV\tsb\r\nG8\n=\n") << QByteArray("Hello");
    QTest::newRow("The standard alphabet's + and /") << QStringLiteral("+/8=") << QByteArray("\xFB\xFF");
    QTest::newRow("The URL-safe alphabet's - and _") << QStringLiteral("-_8=") << QByteArray("\xFB\xFF");
    QTest::newRow("The URL-safe alphabet without padding, as in JWTs") << QStringLiteral("-_8") << QByteArray("\xFB\xFF");
    QTest::newRow("Unused low bits that are not zero are ignored (RFC 4648 section 3.5 allows it)")
            << QStringLiteral("YR==") << QByteArray("a");
    QTest::newRow("An empty text is zero bytes") << QString() << QByteArray();
    QTest::newRow("Only whitespace is zero bytes") << QStringLiteral(" \n ") << QByteArray();
}

void TestBase64Codec::decode()
{
    CodecChecks::checkDecodes(&Base64Codec::decode);
}

void TestBase64Codec::decodeErrors_data()
{
    CodecChecks::addDecodeErrorColumns();

    QTest::newRow("A character in neither alphabet is named with its position")
            << QStringLiteral("SGV*bG8=") << qint64(3) << 1 << 4
            << QStringLiteral("Line 1, column 4: '*' (U+002A) is not a base64 character (A-Z, a-z, 0-9, '+' and '/', or '-' and '_').");
    QTest::newRow("A bad character on the second line reports line 2")
            << QStringLiteral("SGVs\nbG8.") << qint64(8) << 2 << 4 << QStringLiteral("Line 2, column 4: '.' (U+002E)");
    QTest::newRow("A non-ASCII letter is not base64") << QStringLiteral("SGV\u00E9") << qint64(3) << 1 << 4
                                                      << QStringLiteral("'\u00E9' (U+00E9) is not a base64 character");
    QTest::newRow("A URL-safe character after a standard one mixes alphabets")
            << QStringLiteral("+/-_") << qint64(2) << 1 << 3
            << QStringLiteral("Line 1, column 3: '-' (U+002D) belongs to the URL-safe alphabet, but '+' (U+002B) at line 1, "
                              "column 1 belongs to the standard one; use one alphabet.");
    QTest::newRow("A standard character after a URL-safe one mixes alphabets")
            << QStringLiteral("ab_c\nab/c") << qint64(7) << 2 << 3
            << QStringLiteral("'/' (U+002F) belongs to the standard alphabet, but '_' (U+005F) at line 1, column 3 belongs "
                              "to the URL-safe one");
    QTest::newRow("Data after the padding is refused")
            << QStringLiteral("YQ==YQ==") << qint64(4) << 1 << 5
            << QStringLiteral("Line 1, column 5: 'Y' (U+0059) comes after the '=' padding at line 1, column 3; padding may only end the text.");
    QTest::newRow("A last group of a single character cannot make a byte")
            << QStringLiteral("SGVsb") << qint64(4) << 1 << 5
            << QStringLiteral("the last group has a single character ('b' (U+0062))");
    QTest::newRow("Three padding characters are too many")
            << QStringLiteral("YQ===") << qint64(2) << 1 << 3
            << QStringLiteral("found 3 '=' but the last group of 2 characters needs exactly 2.");
    QTest::newRow("Two padding characters after a three-character group are one too many")
            << QStringLiteral("YWI==") << qint64(3) << 1 << 4 << QStringLiteral("found 2 '=' but the last group of 3 characters needs exactly 1.");
    QTest::newRow("One padding character after a two-character group is too few")
            << QStringLiteral("YQ=") << qint64(2) << 1 << 3 << QStringLiteral("found 1 '=' but the last group of 2 characters needs exactly 2.");
    QTest::newRow("Padding after whole groups is unexpected")
            << QStringLiteral("SGVs=") << qint64(4) << 1 << 5 << QStringLiteral("unexpected '=' padding");
    QTest::newRow("Padding alone is unexpected") << QStringLiteral("==") << qint64(0) << 1 << 1
                                                 << QStringLiteral("unexpected '=' padding");
}

void TestBase64Codec::decodeErrors()
{
    CodecChecks::checkDecodeFails(&Base64Codec::decode);
}

void TestBase64Codec::encode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("urlSafe");
    QTest::addColumn<QString>("text");

    QTest::newRow("RFC 4648 test vector 'foobar' in the standard alphabet")
            << QByteArray("foobar") << false << QStringLiteral("Zm9vYmFy");
    QTest::newRow("RFC 4648 test vector 'fo' is padded") << QByteArray("fo") << false << QStringLiteral("Zm8=");
    QTest::newRow("RFC 4648 test vector 'f' is padded twice") << QByteArray("f") << false << QStringLiteral("Zg==");
    QTest::newRow("Bytes FB FF use + and / in the standard alphabet") << QByteArray("\xFB\xFF") << false << QStringLiteral("+/8=");
    QTest::newRow("Bytes FB FF use - and _ in the URL-safe alphabet") << QByteArray("\xFB\xFF") << true << QStringLiteral("-_8=");
    QTest::newRow("No bytes are an empty text") << QByteArray() << false << QString();
}

void TestBase64Codec::encode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, urlSafe);
    QFETCH(QString, text);
    QCOMPARE(Base64Codec::encode(bytes, urlSafe), text);
}

void TestBase64Codec::randomBytesRoundTripAndMatchQt()
{
    QRandomGenerator random(20240601);
    for (int size = 0; size <= 64; ++size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        for (const bool urlSafe : {false, true}) {
            const QString text = Base64Codec::encode(bytes, urlSafe);
            CodecError error;
            std::optional<QByteArray> decoded = Base64Codec::decode(text, &error);
            QVERIFY2(decoded.has_value(), qPrintable(error.message));
            QCOMPARE(*decoded, bytes);
            // Without padding it decodes the same, and Qt's decoder agrees on the padded text.
            QString unpadded = text;
            while (unpadded.endsWith(QLatin1Char('=')))
                unpadded.chop(1);
            decoded = Base64Codec::decode(unpadded, &error);
            QVERIFY2(decoded.has_value(), qPrintable(error.message));
            QCOMPARE(*decoded, bytes);
            const auto options = urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding;
            QCOMPARE(QByteArray::fromBase64(text.toLatin1(), options), bytes);
        }
    }
}

QTEST_GUILESS_MAIN(TestBase64Codec)
#include "tst_base64codec.moc"
