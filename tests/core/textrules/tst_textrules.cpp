#include "core/rules/textrules.h"
#include "pseudotranslator.h"

#include <QtTest>

// TextRules: text that has to leave as UTF-8 (RFC 6455 §5.6) must not hold a lone surrogate.
class TestTextRules : public QObject
{
    Q_OBJECT

private slots:
    void firstLoneSurrogate_data();
    void firstLoneSurrogate();
    void messageNamesLineColumnAndHalf_data();
    void messageNamesLineColumnAndHalf();
    void messageIsTranslated();
};

void TestTextRules::firstLoneSurrogate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("index");

    QTest::newRow("An empty text has no lone surrogate") << QString() << qsizetype(-1);
    QTest::newRow("Plain ASCII has no lone surrogate") << QStringLiteral("hello") << qsizetype(-1);
    QTest::newRow("Hangul outside the surrogate range is fine") << QStringLiteral("\uD55C\uAE00") << qsizetype(-1);
    QTest::newRow("An emoji is a complete surrogate pair") << QStringLiteral("a\U0001F600b") << qsizetype(-1);
    QTest::newRow("Two emoji in a row are two complete pairs") << QStringLiteral("\U0001F600\U0001F601") << qsizetype(-1);
    QTest::newRow("A high surrogate at the end has no low half")
            << QString(QStringLiteral("ab") + QChar(0xD83D)) << qsizetype(2);
    QTest::newRow("A low surrogate at the start has no high half")
            << QString(QChar(0xDE00) + QStringLiteral("ab")) << qsizetype(0);
    QTest::newRow("A high surrogate followed by a letter is lone")
            << QString(QChar(0xD800) + QStringLiteral("x")) << qsizetype(0);
    QTest::newRow("Two high surrogates in a row: the first is lone")
            << QString(QStringLiteral("x") + QChar(0xD800) + QChar(0xD800) + QChar(0xDC00)) << qsizetype(1);
    QTest::newRow("A lone surrogate after a complete pair is found after the pair")
            << QString(QStringLiteral("\U0001F600") + QChar(0xDC00)) << qsizetype(2);
}

void TestTextRules::firstLoneSurrogate()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, index);
    QCOMPARE(TextRules::firstLoneSurrogate(text), index);
    QCOMPARE(TextRules::checkEncodableAsUtf8(text).isEmpty(), index < 0);
}

void TestTextRules::messageNamesLineColumnAndHalf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("contains");

    QTest::newRow("A lone high surrogate in one line is named by column and as the first half")
            << QString(QStringLiteral("ab") + QChar(0xD800) + QStringLiteral("c"))
            << QStringList{QStringLiteral("Line 1, column 3"), QStringLiteral("U+D800"), QStringLiteral("first half"),
                           QStringLiteral("RFC 6455 §5.6")};
    QTest::newRow("A lone low surrogate on the second line is named by line and column and as the second half")
            << QString(QStringLiteral("one\n\U0001F600x") + QChar(0xDFFF))
            << QStringList{QStringLiteral("Line 2, column 3"), QStringLiteral("U+DFFF"), QStringLiteral("second half")};
}

void TestTextRules::messageNamesLineColumnAndHalf()
{
    QFETCH(QString, text);
    QFETCH(QStringList, contains);
    const QString why = TextRules::checkEncodableAsUtf8(text);
    for (const QString &part : contains)
        QVERIFY2(why.contains(part), qPrintable(why));
}

void TestTextRules::messageIsTranslated()
{
    const PseudoTranslator translator;
    const QString why = TextRules::checkEncodableAsUtf8(QString(QChar(0xD800)));
    QVERIFY2(why.contains(QLatin1String("[[U+D800 is the first half")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
