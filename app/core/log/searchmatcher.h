#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

// The log's search as one value: a substring or a regular expression, with or without case.
// The filter model asks it whether a row matches; the summary column and the payload view ask
// it where, to highlight the same matches. An invalid regular expression matches nothing and
// errorString() says where it breaks (the filter then shows every row, see
// FrameLogFilterModel::setSearchText).
class SearchMatcher
{
    Q_DECLARE_TR_FUNCTIONS(SearchMatcher)

public:
    // A match: `length` UTF-16 units from `start`.
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Range &other) const { return start == other.start && length == other.length; }
    };
    // Highlighting stops after this many ranges: a one-letter search in a megabyte payload.
    static constexpr qsizetype MaxRanges = 10000;

    SearchMatcher() = default;
    SearchMatcher(const QString &text, bool regex, bool caseSensitive);

    bool isEmpty() const { return m_text.isEmpty(); }
    // Empty, or a substring, or a valid regular expression.
    bool isValid() const { return m_error.isEmpty(); }
    // "Invalid regular expression at position 3: missing )"; empty when valid.
    QString errorString() const { return m_error; }
    QString text() const { return m_text; }
    bool isRegex() const { return m_isRegex; }
    bool isCaseSensitive() const { return m_caseSensitive; }
    const QRegularExpression &regex() const { return m_regex; }

    bool matches(QStringView haystack) const;
    // Where it matches, in order, not overlapping; empty-width regex matches are skipped. At
    // most maxRanges ranges.
    QList<Range> ranges(QStringView haystack, qsizetype maxRanges = MaxRanges) const;

    bool operator==(const SearchMatcher &other) const
    {
        return m_text == other.m_text && m_isRegex == other.m_isRegex && m_caseSensitive == other.m_caseSensitive;
    }
    bool operator!=(const SearchMatcher &other) const { return !(*this == other); }

private:
    QString m_text;
    bool m_isRegex = false;
    bool m_caseSensitive = false;
    QRegularExpression m_regex;
    QString m_error;
};
