#include "core/protocol/utf8validator.h"

#include <QtTest>

// Independent reference: decodes by the bit patterns of RFC 3629 §3, then applies the §3/§4
// constraints (shortest form, no surrogates, at most U+10FFFF) as separate checks.
static qint64 referenceFirstInvalid(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto lead = quint8(bytes.at(i));
        int length = 0;
        quint32 cp = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            cp = lead & 0x07;
        } else {
            return i;
        }
        {
            // A lead byte that no continuation can make valid (C0, C1: always overlong; F5-F7:
            // always above U+10FFFF) is itself the first invalid byte.
            const int bits = 6 * (length - 1);
            const quint32 low = cp << bits;
            const quint32 high = low | ((1u << bits) - 1);
            const quint32 minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
            if (high < minimum || low > 0x10FFFF)
                return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= bytes.size())
                return i; // truncated at the end: the start of the sequence
            const auto c = quint8(bytes.at(i + k));
            if ((c & 0xC0) != 0x80)
                return i + k;
            cp = (cp << 6) | (c & 0x3F);
            // The first continuation byte already decides overlong/surrogate/range, so a strict
            // validator rejects exactly that byte: check the prefix as soon as it is known.
            if (k == 1) {
                const int remaining = 6 * (length - 2);
                const quint32 low = cp << remaining;
                const quint32 high = low | ((1u << remaining) - 1);
                const quint32 minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
                if (high < minimum || low > 0x10FFFF || (low >= 0xD800 && high <= 0xDFFF))
                    return i + k;
            }
        }
        i += length;
    }
    return -1;
}

static QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(hex);
}

class TestUtf8Validator : public QObject
{
    Q_OBJECT

private slots:
    void firstInvalidOffset_data();
    void firstInvalidOffset();
    void everySplitGivesTheSameAnswer_data();
    void everySplitGivesTheSameAnswer();
    void everyCodePointIsAccepted();
    void agreesWithReferenceOnAllShortSequences();
    void agreesWithReferenceOnFourByteSequences();
    void errorIsStickyUntilReset();
    void longAsciiRunsWithOneBadByte_data();
    void longAsciiRunsWithOneBadByte();
};

void TestUtf8Validator::firstInvalidOffset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("An empty buffer is valid and complete") << QByteArray() << qint64(-1);
    QTest::newRow("Plain ASCII text is valid") << QByteArray("Hello, world") << qint64(-1);
    QTest::newRow("A two-byte sequence (U+00E9) is valid") << fromHex("c3a9") << qint64(-1);
    QTest::newRow("A three-byte sequence (U+20AC) is valid") << fromHex("e282ac") << qint64(-1);
    QTest::newRow("A four-byte sequence (U+1F600) is valid") << fromHex("f09f9880") << qint64(-1);
    QTest::newRow("The largest code point U+10FFFF is valid") << fromHex("f48fbfbf") << qint64(-1);
    QTest::newRow("U+D7FF just below the surrogates is valid") << fromHex("ed9fbf") << qint64(-1);
    QTest::newRow("U+E000 just above the surrogates is valid") << fromHex("ee8080") << qint64(-1);
    QTest::newRow("U+FFFF (a noncharacter, still well-formed) is valid") << fromHex("efbfbf") << qint64(-1);
    QTest::newRow("Greek kosme followed by a surrogate is invalid at the surrogate's second byte")
            << fromHex("cebae1bdb9cf83cebcceb5eda080656469746564") << qint64(12);
    QTest::newRow("A stray continuation byte at the start is invalid at offset 0") << fromHex("80") << qint64(0);
    QTest::newRow("A stray continuation byte after ASCII is invalid at its offset") << fromHex("414243bf") << qint64(3);
    QTest::newRow("The overlong lead byte C0 is invalid") << fromHex("c080") << qint64(0);
    QTest::newRow("The overlong lead byte C1 is invalid") << fromHex("41c1bf") << qint64(1);
    QTest::newRow("An overlong three-byte form of '/' is invalid at the second byte") << fromHex("e080af") << qint64(1);
    QTest::newRow("An overlong four-byte form of U+FFFF is invalid at the second byte") << fromHex("f08fbfbf") << qint64(1);
    QTest::newRow("The high surrogate U+D800 is invalid at the second byte") << fromHex("eda080") << qint64(1);
    QTest::newRow("The low surrogate U+DFFF is invalid at the second byte") << fromHex("edbfbf") << qint64(1);
    QTest::newRow("U+110000 above the Unicode range is invalid at the second byte") << fromHex("f4908080") << qint64(1);
    QTest::newRow("The lead byte F5 is invalid") << fromHex("f5808080") << qint64(0);
    QTest::newRow("The byte FF is invalid") << fromHex("6162ff") << qint64(2);
    QTest::newRow("The byte FE is invalid") << fromHex("fe") << qint64(0);
    QTest::newRow("A two-byte sequence cut by ASCII is invalid at the ASCII byte") << fromHex("c341") << qint64(1);
    QTest::newRow("A four-byte sequence cut at its last byte is invalid there") << fromHex("f09f9841") << qint64(3);
    QTest::newRow("A truncated two-byte sequence at the end reports its start") << fromHex("4142c3") << qint64(2);
    QTest::newRow("A truncated three-byte sequence at the end reports its start") << fromHex("41e282") << qint64(1);
    QTest::newRow("A truncated four-byte sequence at the end reports its start") << fromHex("f09f98") << qint64(0);
}

void TestUtf8Validator::firstInvalidOffset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, expected);
    QCOMPARE(Utf8Validator::firstInvalidOffset(bytes), expected);
    QCOMPARE(referenceFirstInvalid(bytes), expected);
}

void TestUtf8Validator::everySplitGivesTheSameAnswer_data()
{
    firstInvalidOffset_data();
}

void TestUtf8Validator::everySplitGivesTheSameAnswer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, expected);
    Utf8Validator whole;
    whole.feed(bytes);
    const bool truncated = expected >= 0 && whole.isValid();
    if (truncated) {
        QVERIFY(!whole.isComplete());
        QCOMPARE(whole.pendingSequenceOffset(), expected);
        QCOMPARE(whole.errorOffset(), qint64(-1));
    } else {
        QCOMPARE(whole.errorOffset(), expected);
        QCOMPARE(whole.isComplete(), expected < 0);
    }

    // Every two-part split, and byte by byte.
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        Utf8Validator split;
        const bool first = split.feed(QByteArrayView(bytes).first(cut));
        const bool second = split.feed(QByteArrayView(bytes).sliced(cut));
        QCOMPARE(second, whole.isValid());
        QVERIFY(first || !second);
        QCOMPARE(split.isValid(), whole.isValid());
        QCOMPARE(split.isComplete(), whole.isComplete());
        QCOMPARE(split.errorOffset(), whole.errorOffset());
    }
    Utf8Validator bytewise;
    for (char c : bytes)
        bytewise.feed(QByteArrayView(&c, 1));
    QCOMPARE(bytewise.isValid(), whole.isValid());
    QCOMPARE(bytewise.isComplete(), whole.isComplete());
    QCOMPARE(bytewise.errorOffset(), whole.errorOffset());
    QCOMPARE(bytewise.pendingSequenceOffset(), whole.pendingSequenceOffset());
}

void TestUtf8Validator::everyCodePointIsAccepted()
{
    // Every scalar value U+0000..U+10FFFF except the surrogates, encoded by Qt, in one buffer.
    QByteArray all;
    all.reserve(5 * 1024 * 1024);
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        all += QString::fromUcs4(&cp, 1).toUtf8();
    }
    QCOMPARE(Utf8Validator::firstInvalidOffset(all), qint64(-1));
    Utf8Validator chunked;
    for (qsizetype i = 0; i < all.size(); i += 7)
        QVERIFY(chunked.feed(QByteArrayView(all).sliced(i, std::min<qsizetype>(7, all.size() - i))));
    QVERIFY(chunked.isComplete());
    QCOMPARE(chunked.bytesFed(), qint64(all.size()));
}

void TestUtf8Validator::agreesWithReferenceOnAllShortSequences()
{
    // All 1-, 2- and 3-byte inputs: 16.8 M would be slow, so 3-byte inputs use every lead byte
    // from C0 upwards (the interesting ones) with every second and third byte.
    QByteArray buffer(3, '\0');
    int checked = 0;
    for (int a = 0; a < 256; ++a) {
        buffer.resize(1);
        buffer[0] = char(a);
        QCOMPARE(Utf8Validator::firstInvalidOffset(buffer), referenceFirstInvalid(buffer));
        buffer.resize(2);
        for (int b = 0; b < 256; ++b) {
            buffer[1] = char(b);
            QCOMPARE(Utf8Validator::firstInvalidOffset(buffer), referenceFirstInvalid(buffer));
            ++checked;
            if (a < 0xC0)
                continue;
            buffer.resize(3);
            for (int c = 0; c < 256; ++c) {
                buffer[2] = char(c);
                const qint64 got = Utf8Validator::firstInvalidOffset(buffer);
                if (got != referenceFirstInvalid(buffer))
                    QFAIL(qPrintable(QStringLiteral("Mismatch for %1").arg(QString::fromLatin1(buffer.toHex()))));
                ++checked;
            }
            buffer.resize(2);
        }
    }
    QVERIFY(checked > 4000000);
}

void TestUtf8Validator::agreesWithReferenceOnFourByteSequences()
{
    const int interesting[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF};
    QByteArray buffer(4, '\0');
    for (int a = 0xF0; a < 0x100; ++a) {
        buffer[0] = char(a);
        for (int b = 0; b < 256; ++b) {
            buffer[1] = char(b);
            for (int c : interesting) {
                buffer[2] = char(c);
                for (int d : interesting) {
                    buffer[3] = char(d);
                    if (Utf8Validator::firstInvalidOffset(buffer) != referenceFirstInvalid(buffer))
                        QFAIL(qPrintable(QStringLiteral("Mismatch for %1").arg(QString::fromLatin1(buffer.toHex()))));
                }
            }
        }
    }
}

void TestUtf8Validator::errorIsStickyUntilReset()
{
    Utf8Validator validator;
    QVERIFY(validator.feed("ab"));
    QVERIFY(!validator.feed(fromHex("ff")));
    QCOMPARE(validator.errorOffset(), qint64(2));
    QVERIFY(!validator.feed("valid ASCII does not clear the error"));
    QVERIFY(!validator.isValid());
    QVERIFY(!validator.isComplete());
    QCOMPARE(validator.errorOffset(), qint64(2));
    validator.reset();
    QVERIFY(validator.isValid());
    QVERIFY(validator.isComplete());
    QCOMPARE(validator.errorOffset(), qint64(-1));
    QCOMPARE(validator.bytesFed(), qint64(0));
    QVERIFY(validator.feed(fromHex("e2")));
    QVERIFY(validator.isValid());
    QVERIFY(!validator.isComplete());
    QCOMPARE(validator.pendingSequenceOffset(), qint64(0));
    QVERIFY(validator.feed(fromHex("82ac")));
    QVERIFY(validator.isComplete());
    QCOMPARE(validator.pendingSequenceOffset(), qint64(-1));
}

void TestUtf8Validator::longAsciiRunsWithOneBadByte_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("badAt");
    // The validator skips ASCII eight bytes at a time; the bad byte must be found in any lane.
    for (int badAt = 0; badAt < 17; ++badAt)
        QTest::addRow("A 17-byte ASCII run with 0xFF at offset %d is invalid exactly there", badAt) << 17 << badAt;
    QTest::newRow("A 1000-byte ASCII run with 0x80 at the very end is invalid there") << 1000 << 999;
}

void TestUtf8Validator::longAsciiRunsWithOneBadByte()
{
    QFETCH(int, length);
    QFETCH(int, badAt);
    QByteArray bytes(length, 'x');
    bytes[badAt] = char(length == 17 ? 0xFF : 0x80);
    QCOMPARE(Utf8Validator::firstInvalidOffset(bytes), qint64(badAt));
}

QTEST_GUILESS_MAIN(TestUtf8Validator)
#include "tst_utf8validator.moc"
