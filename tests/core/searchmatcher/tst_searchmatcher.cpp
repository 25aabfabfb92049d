// SearchMatcher: the ranges the log and the payload view highlight are the matches the filter
// finds; an invalid regular expression says why and matches nothing.

#include "core/log/searchmatcher.h"

#include <QtTest>

using Range = SearchMatcher::Range;
Q_DECLARE_METATYPE(QList<Range>)

namespace QTest {
template<>
char *toString(const QList<Range> &ranges)
{
    QByteArray text;
    for (const Range &range : ranges)
        text += '(' + QByteArray::number(range.start) + ',' + QByteArray::number(range.length) + ')';
    return qstrdup(text.constData());
}
} // namespace QTest

class TestSearchMatcher : public QObject
{
    Q_OBJECT

private slots:
    void ranges_data();
    void ranges();
    void invalidRegexSaysWhereAndMatchesNothing();
    void rangesStopAtTheLimit();
};

void TestSearchMatcher::ranges_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QList<Range>>("expected");
    QTest::newRow("A substring is found everywhere, case-insensitively")
            << QStringLiteral("op") << false << false << QStringLiteral("{\"op\":\"OPEN\"}")
            << QList<Range>{{2, 2}, {7, 2}};
    QTest::newRow("Case-sensitive finds only the same case")
            << QStringLiteral("op") << false << true << QStringLiteral("{\"op\":\"OPEN\"}") << QList<Range>{{2, 2}};
    QTest::newRow("Matches do not overlap") << QStringLiteral("aa") << false << false << QStringLiteral("aaaaa")
                                            << QList<Range>{{0, 2}, {2, 2}};
    QTest::newRow("A regular expression gives each match's extent")
            << QStringLiteral("\\d+") << true << false << QStringLiteral("id 7, id 42") << QList<Range>{{3, 1}, {9, 2}};
    QTest::newRow("Empty-width regex matches are no ranges") << QStringLiteral("x*") << true << false
                                                             << QStringLiteral("axxb") << QList<Range>{{1, 2}};
    QTest::newRow("^ anchors at every line") << QStringLiteral("^a") << true << false << QStringLiteral("ab\nac")
                                             << QList<Range>{{0, 1}, {3, 1}};
    QTest::newRow("Nothing found is no range") << QStringLiteral("zz") << false << false << QStringLiteral("abc")
                                               << QList<Range>{};
    QTest::newRow("Ranges count UTF-16 units") << QStringLiteral("b") << false << false
                                               << QStringLiteral("😀b") << QList<Range>{{2, 1}};
}

void TestSearchMatcher::ranges()
{
    QFETCH(QString, pattern);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(QString, haystack);
    QFETCH(QList<Range>, expected);
    const SearchMatcher matcher(pattern, regex, caseSensitive);
    QVERIFY(matcher.isValid());
    QCOMPARE(matcher.ranges(haystack), expected);
    QCOMPARE(matcher.matches(haystack), !expected.isEmpty());
}

void TestSearchMatcher::invalidRegexSaysWhereAndMatchesNothing()
{
    const SearchMatcher matcher(QStringLiteral("(op"), true, false);
    QVERIFY(!matcher.isValid());
    QVERIFY2(matcher.errorString().startsWith(QStringLiteral("Invalid regular expression at position 3: ")),
             qPrintable(matcher.errorString()));
    QVERIFY(!matcher.matches(QStringLiteral("(op")));
    QVERIFY(matcher.ranges(QStringLiteral("(op")).isEmpty());
    // The same text as a substring is fine.
    const SearchMatcher substring(QStringLiteral("(op"), false, false);
    QVERIFY(substring.isValid());
    QCOMPARE(substring.ranges(QStringLiteral("x(op")), (QList<Range>{{1, 3}}));
    QVERIFY(SearchMatcher().isEmpty());
    QVERIFY(SearchMatcher().ranges(QStringLiteral("abc")).isEmpty());
}

void TestSearchMatcher::rangesStopAtTheLimit()
{
    const SearchMatcher matcher(QStringLiteral("a"), false, false);
    const QString many(50, QLatin1Char('a'));
    QCOMPARE(matcher.ranges(many, 7).size(), 7);
    QCOMPARE(matcher.ranges(many).size(), 50);
}

QTEST_GUILESS_MAIN(TestSearchMatcher)
#include "tst_searchmatcher.moc"
