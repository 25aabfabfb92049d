#include "widgets/detail/payloadtextview.h"

#include "widgets/detail/payloadview.h"
#include "widgets/detail/statuscolors.h"

#include <QFontDatabase>
#include <QLocale>
#include <QTextBlock>

namespace {

// RFC 3629 §3: a UTF-8 sequence is a lead byte and up to three continuation bytes (10xxxxxx).
constexpr quint8 ContinuationMask = 0xC0;
constexpr quint8 ContinuationBits = 0x80;
constexpr int MaxContinuationBytes = 3;

} // namespace

PayloadTextView::PayloadTextView(qsizetype maxBytes, int longLineChars, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_maxBytes(maxBytes)
    , m_longLineChars(longLineChars)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

qsizetype PayloadTextView::utf8Cut(const QByteArray &bytes, qsizetype max)
{
    if (bytes.size() <= max)
        return bytes.size();
    qsizetype n = max;
    for (int back = 0; back < MaxContinuationBytes && n > 0 && (quint8(bytes[n]) & ContinuationMask) == ContinuationBits;
         ++back)
        --n;
    return n;
}

PayloadTextView::Shown PayloadTextView::showUtf8(const QByteArray &bytes)
{
    Shown shown;
    shown.bytes = utf8Cut(bytes, m_maxBytes);
    QString text = QString::fromUtf8(bytes.constData(), shown.bytes);
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != QLatin1Char('\n'))
            continue;
        if (i - lineStart > m_longLineChars) {
            shown.linesBroken = true;
            break;
        }
        lineStart = i + 1;
    }
    if (shown.linesBroken) {
        QString split;
        split.reserve(text.size() + text.size() / m_longLineChars + 1);
        qsizetype run = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n')) {
                run = 0;
            } else if (run >= m_longLineChars && !c.isLowSurrogate()) {
                split += QLatin1Char('\n');
                run = 0;
            }
            split += c;
            ++run;
        }
        text = split;
    }
    setPlainText(text);
    updateSearchRanges();
    return shown;
}

void PayloadTextView::markPosition(int line, int column, const QColor &color)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::min(column - 1, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    QTextEdit::ExtraSelection mark;
    mark.cursor = cursor;
    mark.cursor.clearSelection();
    mark.format.setBackground(color);
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_marks = {mark};
    applySelections();
}

void PayloadTextView::clearMarks()
{
    m_marks.clear();
    applySelections();
}

void PayloadTextView::setSearch(const SearchMatcher &matcher)
{
    if (matcher == m_search && matcher.isValid() == m_search.isValid())
        return;
    m_search = matcher;
    updateSearchRanges();
}

void PayloadTextView::updateSearchRanges()
{
    m_searchRanges = m_search.isEmpty() ? QList<SearchMatcher::Range>() : m_search.ranges(toPlainText());
    applySelections();
}

void PayloadTextView::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections = m_marks;
    QColor match = StatusColors::warning(palette());
    constexpr int MatchAlpha = 110;
    match.setAlpha(MatchAlpha);
    // The ranges were found in the text showUtf8() set; after a clear() they point nowhere.
    const qsizetype end = document()->characterCount() - 1;
    for (const SearchMatcher::Range &range : std::as_const(m_searchRanges)) {
        if (range.start + range.length > end)
            break;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(range.start));
        selection.cursor.setPosition(int(range.start + range.length), QTextCursor::KeepAnchor);
        selection.format.setBackground(match);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QString PayloadTextView::describe(const Shown &shown, qsizetype total, bool wholePayload, int longLineChars)
{
    QString note;
    if (shown.bytes < total) {
        note = wholePayload ? PayloadView::tr("Showing the first %1 of %2; the Hex view shows all of it.")
                                      .arg(PayloadView::dataSize(shown.bytes), PayloadView::dataSize(total))
                            : PayloadView::tr("Showing the first %1 of %2.")
                                      .arg(PayloadView::dataSize(shown.bytes), PayloadView::dataSize(total));
    }
    if (shown.linesBroken) {
        note += (note.isEmpty() ? QString() : QStringLiteral(" "))
                + PayloadView::tr("Lines longer than %1 characters are shown in pieces.").arg(QLocale().toString(longLineChars));
    }
    return note;
}
