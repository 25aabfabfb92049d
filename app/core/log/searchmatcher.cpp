#include "core/log/searchmatcher.h"

namespace {

// match(QStringView) became matchView() in Qt 6.5 (the old overload is deprecated later).
QRegularExpressionMatch matchIn(const QRegularExpression &regex, QStringView haystack)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return regex.matchView(haystack);
#else
    return regex.match(haystack);
#endif
}

QRegularExpressionMatchIterator globalMatchIn(const QRegularExpression &regex, QStringView haystack)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return regex.globalMatchView(haystack);
#else
    return regex.globalMatch(haystack);
#endif
}

} // namespace

SearchMatcher::SearchMatcher(const QString &text, bool regex, bool caseSensitive)
    : m_text(text)
    , m_isRegex(regex)
    , m_caseSensitive(caseSensitive)
{
    if (!regex || text.isEmpty())
        return;
    // Multiline: ^ and $ anchor at the lines of a payload (and the type line).
    QRegularExpression::PatternOptions options = QRegularExpression::MultilineOption;
    if (!caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    m_regex = QRegularExpression(text, options);
    if (!m_regex.isValid()) {
        m_error = tr("Invalid regular expression at position %1: %2").arg(m_regex.patternErrorOffset()).arg(m_regex.errorString());
        return;
    }
    m_regex.optimize();
}

bool SearchMatcher::matches(QStringView haystack) const
{
    if (m_text.isEmpty() || !isValid())
        return false;
    if (m_isRegex)
        return matchIn(m_regex, haystack).hasMatch();
    return haystack.contains(m_text, m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

QList<SearchMatcher::Range> SearchMatcher::ranges(QStringView haystack, qsizetype maxRanges) const
{
    QList<Range> found;
    if (m_text.isEmpty() || !isValid())
        return found;
    if (!m_isRegex) {
        const Qt::CaseSensitivity cs = m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        qsizetype from = 0;
        while (found.size() < maxRanges) {
            const qsizetype at = haystack.indexOf(m_text, from, cs);
            if (at < 0)
                break;
            found.append({at, m_text.size()});
            from = at + m_text.size();
        }
        return found;
    }
    QRegularExpressionMatchIterator it = globalMatchIn(m_regex, haystack);
    while (it.hasNext() && found.size() < maxRanges) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            found.append({match.capturedStart(), match.capturedLength()});
    }
    return found;
}
