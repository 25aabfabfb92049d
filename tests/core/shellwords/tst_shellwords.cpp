#include "core/import/shellwords.h"

#include <QtTest>

// ShellWords: a pasted command line split as a POSIX shell splits it, nothing run.
class TestShellWords : public QObject
{
    Q_OBJECT

private slots:
    void splits_data();
    void splits();
    void unclosedQuotesAreReportedWithTheirPlace_data();
    void unclosedQuotesAreReportedWithTheirPlace();
};

void TestShellWords::splits_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("Plain words and runs of spaces") << QStringLiteral("wscat  -c\tws://a") << QStringList{"wscat", "-c", "ws://a"};
    QTest::newRow("Single quotes keep everything") << QStringLiteral("-H 'X: a \"b\" $c \\d'")
                                                  << QStringList{"-H", "X: a \"b\" $c \\d"};
    QTest::newRow("Double quotes with escapes") << QStringLiteral("-H \"X: \\\"q\\\" \\\\ \\$HOME \\n\"")
                                               << QStringList{"-H", "X: \"q\" \\ $HOME \\n"};
    QTest::newRow("Quotes joined to a word") << QStringLiteral("--header='A: 1'x") << QStringList{"--header=A: 1x"};
    QTest::newRow("A backslash outside quotes") << QStringLiteral("a\\ b c") << QStringList{"a b", "c"};
    QTest::newRow("Backslash-newline continues the line") << QStringLiteral("curl \\\n  -k \\\r\n  https://h")
                                                         << QStringList{"curl", "-k", "https://h"};
    QTest::newRow("ANSI-C quotes as Copy as cURL writes them")
            << QStringLiteral("-H $'X: it\\'s\\tok\\x21'") << QStringList{"-H", "X: it's\tok!"};
    QTest::newRow("An empty quoted word is a word") << QStringLiteral("a '' b") << QStringList{"a", "", "b"};
    QTest::newRow("Non-ASCII stays") << QStringLiteral("-x '안녕'") << QStringList{"-x", "안녕"};
}

void TestShellWords::splits()
{
    QFETCH(QString, line);
    QFETCH(QStringList, words);
    const ShellWords::Result r = ShellWords::split(line);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.words, words);
}

void TestShellWords::unclosedQuotesAreReportedWithTheirPlace_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("lineNo");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("contains");
    QTest::newRow("An unclosed single quote") << QStringLiteral("wscat -H 'X: 1") << 1 << 10 << QStringLiteral("single quote");
    QTest::newRow("An unclosed double quote on line 2") << QStringLiteral("curl \\\n -H \"X") << 2 << 5 << QStringLiteral("double quote");
    QTest::newRow("A trailing backslash") << QStringLiteral("curl \\") << 1 << 6 << QStringLiteral("backslash");
    QTest::newRow("A bad \\x escape") << QStringLiteral("$'\\xZZ'") << 1 << 3 << QStringLiteral("hex digits");
}

void TestShellWords::unclosedQuotesAreReportedWithTheirPlace()
{
    QFETCH(QString, line);
    QFETCH(int, lineNo);
    QFETCH(int, column);
    QFETCH(QString, contains);
    const ShellWords::Result r = ShellWords::split(line);
    QVERIFY(!r.ok);
    QVERIFY(r.words.isEmpty());
    QCOMPARE(r.line, lineNo);
    QCOMPARE(r.column, column);
    QVERIFY2(r.error.contains(contains), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("column %1").arg(column)), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestShellWords)
#include "tst_shellwords.moc"
