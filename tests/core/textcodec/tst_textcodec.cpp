#include "core/codecs/textcodec.h"

#include <QtTest>

class TestTextCodec : public QObject
{
    Q_OBJECT

private slots:
    void exactUtf8EqualsToUtf8AndKeepsNoSpareCapacity_data();
    void exactUtf8EqualsToUtf8AndKeepsNoSpareCapacity();
    void validateUtf8_data();
    void validateUtf8();
    void everyLoneByteAgreesWithQt();
    void lineColumn_data();
    void lineColumn();
    void lineColumnUtf8_data();
    void lineColumnUtf8();
    void describeCharacter_data();
    void describeCharacter();
    void errorAtWordsThePosition();
};

void TestTextCodec::validateUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("position");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("contains");

    QTest::newRow("Empty input is valid UTF-8") << QByteArray() << true << qint64(-1) << 0 << 0 << QStringList();
    QTest::newRow("Plain ASCII is valid UTF-8") << QByteArray("hello, world\n") << true << qint64(-1) << 0 << 0 << QStringList();
    QTest::newRow("Korean text in three-byte sequences is valid")
            << QString(QStringLiteral("안녕하세요")).toUtf8() << true << qint64(-1) << 0 << 0 << QStringList();
    QTest::newRow("An emoji in a four-byte sequence is valid")
            << QByteArray("\xF0\x9F\x98\x80") << true << qint64(-1) << 0 << 0 << QStringList();
    QTest::newRow("U+10FFFF, the last code point, is valid")
            << QByteArray("\xF4\x8F\xBF\xBF") << true << qint64(-1) << 0 << 0 << QStringList();

    QTest::newRow("A continuation byte without a lead byte is named by value and offset")
            << QByteArray("ab\x80") << false << qint64(2) << 1 << 3
            << QStringList{QStringLiteral("Byte offset 2 (line 1, column 3)"), QStringLiteral("0x80"), QStringLiteral("no lead byte")};
    QTest::newRow("C0 can only start an overlong encoding")
            << QByteArray("\xC0\xAF") << false << qint64(0) << 1 << 1 << QStringList{QStringLiteral("0xC0"), QStringLiteral("overlong")};
    QTest::newRow("E0 80 80 is an overlong three-byte encoding, found at the second byte")
            << QByteArray("\xE0\x80\x80") << false << qint64(1) << 1 << 1
            << QStringList{QStringLiteral("0xE0 0x80"), QStringLiteral("overlong")};
    QTest::newRow("F0 80 80 80 is an overlong four-byte encoding")
            << QByteArray("\xF0\x80\x80\x80") << false << qint64(1) << 1 << 1 << QStringList{QStringLiteral("overlong")};
    QTest::newRow("ED A0 80 encodes a UTF-16 surrogate, which UTF-8 forbids")
            << QByteArray("\xED\xA0\x80") << false << qint64(1) << 1 << 1
            << QStringList{QStringLiteral("0xED 0xA0"), QStringLiteral("surrogate")};
    QTest::newRow("F4 90 80 80 is above U+10FFFF")
            << QByteArray("\xF4\x90\x80\x80") << false << qint64(1) << 1 << 1 << QStringList{QStringLiteral("above U+10FFFF")};
    QTest::newRow("F5 never appears in UTF-8") << QByteArray("x\xF5") << false << qint64(1) << 1 << 2
                                               << QStringList{QStringLiteral("0xF5 never appears")};
    QTest::newRow("FF never appears in UTF-8") << QByteArray("\xFF") << false << qint64(0) << 1 << 1
                                               << QStringList{QStringLiteral("0xFF never appears")};
    QTest::newRow("A three-byte sequence cut off by the end is reported at its lead byte")
            << QByteArray("ok\xE2\x82") << false << qint64(2) << 1 << 3
            << QStringList{QStringLiteral("ends in the middle of a 3-byte sequence"), QStringLiteral("0xE2")};
    QTest::newRow("A lead byte followed by ASCII is an interrupted sequence")
            << QByteArray("\xC3" "A") << false << qint64(1) << 1 << 2
            << QStringList{QStringLiteral("0x41 interrupts the 2-byte sequence"), QStringLiteral("0xC3 at byte offset 0")};
    QTest::newRow("An error on the second line is reported with line and column")
            << QByteArray("ab\ncd\xFF") << false << qint64(5) << 2 << 3 << QStringList{QStringLiteral("line 2, column 3")};
    QTest::newRow("Columns count characters, not bytes")
            << QByteArray("\xC3\xA9\xC3\xA9\xFF") << false << qint64(4) << 1 << 3 << QStringList{QStringLiteral("Byte offset 4")};
}

void TestTextCodec::validateUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(qint64, position);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, contains);

    const std::optional<CodecError> error = TextCodec::validateUtf8(bytes);
    QCOMPARE(!error.has_value(), valid);
    if (!error)
        return;
    QCOMPARE(error->position, position);
    QCOMPARE(error->line, line);
    QCOMPARE(error->column, column);
    for (const QString &part : contains)
        QVERIFY2(error->message.contains(part), qPrintable(error->message));
}

void TestTextCodec::everyLoneByteAgreesWithQt()
{
    // Each byte alone, and each lead byte with every second byte: validity must match Qt's own
    // strict decoder, and every error must come with a message.
    for (int first = 0; first < 256; ++first) {
        for (int second = -1; second < 256; ++second) {
            QByteArray bytes(1, char(first));
            if (second >= 0)
                bytes.append(char(second));
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder(bytes);
            const bool qtValid = !decoder.hasError() && !decoded.contains(QChar::ReplacementCharacter);
            const std::optional<CodecError> error = TextCodec::validateUtf8(bytes);
            QVERIFY2(qtValid == !error.has_value(), bytes.toHex(' ').constData());
            if (error)
                QVERIFY(!error->message.isEmpty());
        }
    }
}

void TestTextCodec::lineColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("The first character is line 1, column 1") << QStringLiteral("abc") << 0 << 1 << 1;
    QTest::newRow("The end of a one-line text is after its last column") << QStringLiteral("abc") << 3 << 1 << 4;
    QTest::newRow("A line feed starts line 2") << QStringLiteral("ab\ncd") << 4 << 2 << 2;
    QTest::newRow("CR LF counts as one line break") << QStringLiteral("ab\r\ncd") << 5 << 2 << 2;
    QTest::newRow("A lone CR is a line break too") << QStringLiteral("ab\rcd") << 3 << 2 << 1;
    QTest::newRow("A surrogate pair is one column") << QStringLiteral("\U0001F600x") << 2 << 1 << 2;
    QTest::newRow("A tab is one column") << QStringLiteral("\tx") << 1 << 1 << 2;
}

void TestTextCodec::lineColumn()
{
    QFETCH(QString, text);
    QFETCH(int, index);
    QFETCH(int, line);
    QFETCH(int, column);
    int l = 0;
    int c = 0;
    TextCodec::lineColumn(text, index, &l, &c);
    QCOMPARE(l, line);
    QCOMPARE(c, column);
}

void TestTextCodec::lineColumnUtf8_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("The first byte is line 1, column 1") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("A two-byte character is one column") << QByteArray("\xC3\xA9x") << 2 << 1 << 2;
    QTest::newRow("A Korean syllable (three bytes) is one column") << QByteArray("\xEC\x95\x88x") << 3 << 1 << 2;
    QTest::newRow("A line feed starts line 2") << QByteArray("a\nbc") << 3 << 2 << 2;
    QTest::newRow("CR LF counts as one line break") << QByteArray("a\r\n\r\nb") << 5 << 3 << 1;
}

void TestTextCodec::lineColumnUtf8()
{
    QFETCH(QByteArray, utf8);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    int l = 0;
    int c = 0;
    TextCodec::lineColumnUtf8(utf8, offset, &l, &c);
    QCOMPARE(l, line);
    QCOMPARE(c, column);
}

void TestTextCodec::describeCharacter_data()
{
    QTest::addColumn<uint>("ch");
    QTest::addColumn<QString>("text");

    QTest::newRow("A letter is quoted with its code point") << uint('g') << QStringLiteral("'g' (U+0067)");
    QTest::newRow("A Korean syllable is quoted with its code point") << 0xD55Cu << QStringLiteral("'한' (U+D55C)");
    QTest::newRow("An emoji outside the BMP is quoted with its five-digit code point")
            << 0x1F600u << QStringLiteral("'\U0001F600' (U+1F600)");
    QTest::newRow("A tab is named, not quoted") << uint('\t') << QStringLiteral("U+0009 (tab)");
    QTest::newRow("A space is named, not quoted") << uint(' ') << QStringLiteral("U+0020 (space)");
    QTest::newRow("NUL is named") << 0u << QStringLiteral("U+0000 (NUL)");
    QTest::newRow("A no-break space is called invisible") << 0xA0u << QStringLiteral("U+00A0 (an invisible character)");
    QTest::newRow("A zero-width space is called invisible") << 0x200Bu << QStringLiteral("U+200B (an invisible character)");
}

void TestTextCodec::describeCharacter()
{
    QFETCH(uint, ch);
    QFETCH(QString, text);
    QCOMPARE(TextCodec::describeCharacter(char32_t(ch)), text);
}

void TestTextCodec::errorAtWordsThePosition()
{
    const CodecError error = TextCodec::errorAt(QStringLiteral("ab\ncd"), 4, QStringLiteral("bad"));
    QCOMPARE(error.position, qint64(4));
    QCOMPARE(error.line, 2);
    QCOMPARE(error.column, 2);
    QCOMPARE(error.message, QStringLiteral("Line 2, column 2: bad"));
    const CodecError utf8 = TextCodec::errorAtUtf8(QByteArray("\xC3\xA9\xC3\xA9x"), 4, QStringLiteral("bad"));
    QCOMPARE(utf8.position, qint64(4));
    QCOMPARE(utf8.column, 3);
    QCOMPARE(utf8.message, QStringLiteral("Line 1, column 3: bad"));
}

void TestTextCodec::exactUtf8EqualsToUtf8AndKeepsNoSpareCapacity_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Empty text") << QString();
    QTest::newRow("ASCII") << QStringLiteral("{\"op\":\"join\",\"room\":1}");
    QTest::newRow("Two-byte characters") << QStringLiteral("café, naïve");
    QTest::newRow("Three-byte characters") << QStringLiteral("한국어 UI");
    QTest::newRow("A surrogate pair (four bytes)") << QString::fromUcs4(U"smile \U0001F600!");
    QTest::newRow("A lone high surrogate is written as toUtf8() writes it") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"));
    QTest::newRow("A lone low surrogate at the end is written as toUtf8() writes it") << (QStringLiteral("z") + QChar(0xDC00));
}

void TestTextCodec::exactUtf8EqualsToUtf8AndKeepsNoSpareCapacity()
{
    QFETCH(QString, text);
    const QByteArray exact = TextCodec::toUtf8Exact(text);
    QCOMPARE(exact, text.toUtf8());
    QVERIFY2(exact.capacity() <= exact.size() + 1,
             qPrintable(QStringLiteral("capacity %1 for %2 bytes").arg(exact.capacity()).arg(exact.size())));
}

QTEST_GUILESS_MAIN(TestTextCodec)
#include "tst_textcodec.moc"
