#include "widgets/detail/payloadtextview.h"

#include "widgets/detail/payloadview.h"

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
    setExtraSelections({mark});
}

void PayloadTextView::clearMarks()
{
    setExtraSelections({});
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
