// DisplayText: the characters a peer could use to take over a terminal line or a log cell (C0, C1,
// DEL, bidirectional embeddings/overrides/isolates) are shown as U+FFFD; everything else, other
// scripts and emoji included, is left alone.
#include "core/rules/displaytext.h"

#include <QtTest>

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void unsafeCharacters_data();
    void unsafeCharacters();
    void oneLineReplacesEachUnsafeCharacter();
    void linesKeepsLineBreaksOnly();
};

void TestDisplayText::unsafeCharacters_data()
{
    QTest::addColumn<int>("codePoint");
    QTest::addColumn<bool>("unsafe");
    QTest::newRow("NUL") << 0x00 << true;
    QTest::newRow("BEL") << 0x07 << true;
    QTest::newRow("ESC (starts ANSI sequences)") << 0x1B << true;
    QTest::newRow("DEL") << 0x7F << true;
    QTest::newRow("first C1") << 0x80 << true;
    QTest::newRow("CSI (C1)") << 0x9B << true;
    QTest::newRow("last C1") << 0x9F << true;
    QTest::newRow("NBSP is text") << 0xA0 << false;
    QTest::newRow("LRE") << 0x202A << true;
    QTest::newRow("RLO") << 0x202E << true;
    QTest::newRow("narrow NBSP after the overrides") << 0x202F << false;
    QTest::newRow("LRI") << 0x2066 << true;
    QTest::newRow("PDI") << 0x2069 << true;
    QTest::newRow("space") << 0x20 << false;
    QTest::newRow("tilde") << 0x7E << false;
    QTest::newRow("Hangul") << 0xD55C << false;
}

void TestDisplayText::unsafeCharacters()
{
    QFETCH(int, codePoint);
    QFETCH(bool, unsafe);
    QCOMPARE(DisplayText::isUnsafe(QChar(char16_t(codePoint))), unsafe);
}

void TestDisplayText::oneLineReplacesEachUnsafeCharacter()
{
    const QString hostile = QStringLiteral("\x1b[2J\x1b]0;owned\x07 evil \u202Etxt.exe\u2066 red\u009B31m\n!");
    const QString shown = DisplayText::oneLine(hostile);
    QCOMPARE(shown, QStringLiteral("\uFFFD[2J\uFFFD]0;owned\uFFFD evil \uFFFDtxt.exe\uFFFD red\uFFFD31m\uFFFD!"));
    QCOMPARE(shown.size(), hostile.size());
    const QString safe = QStringLiteral("안녕 😀 café — ok");
    QCOMPARE(DisplayText::oneLine(safe), safe);
}

void TestDisplayText::linesKeepsLineBreaksOnly()
{
    QCOMPARE(DisplayText::lines(QStringLiteral("a\r\nb\nc\rd\te\x1b")), QStringLiteral("a\r\nb\nc\uFFFDd\uFFFDe\uFFFD"));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
