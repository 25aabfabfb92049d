#include "widgets/detail/hexview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <limits>

namespace {

constexpr int OffsetGap = 2; // spaces between the offset and the first hex byte
constexpr int AsciiGap = 2;  // spaces between the last hex byte and the ASCII column

QChar hexDigit(int nibble)
{
    return QLatin1Char("0123456789abcdef"[nibble & 0xF]);
}

bool isPrintable(char c)
{
    return c >= 0x20 && c < 0x7F;
}

} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    // Only what changes is repainted; the background comes from the palette (dark mode).
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(1);
    retranslateUi();
    updateScrollBars();
}

void HexView::setData(const QByteArray &data)
{
    m_data = data; // implicitly shared: no copy, whatever the size
    m_selStart = 0;
    m_selLength = 0;
    m_dragAnchor = -1;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

qint64 HexView::lineCount() const
{
    return (qint64(m_data.size()) + BytesPerLine - 1) / BytesPerLine;
}

void HexView::setSelection(qint64 start, qint64 length)
{
    start = std::clamp<qint64>(start, 0, m_data.size());
    length = std::clamp<qint64>(length, 0, m_data.size() - start);
    if (length == 0)
        start = 0;
    if (start == m_selStart && length == m_selLength)
        return;
    m_selStart = start;
    m_selLength = length;
    viewport()->update();
    emit selectionChanged(m_selStart, m_selLength);
}

QByteArray HexView::selectedBytes() const
{
    return m_data.mid(m_selStart, m_selLength);
}

int HexView::offsetDigits() const
{
    return m_data.size() > 0xFFFFFFFFLL ? 16 : 8;
}

int HexView::hexColumn(int byteInLine) const
{
    // An extra space after the eighth byte, as in most hex dumps, makes columns countable.
    return offsetDigits() + OffsetGap + byteInLine * 3 + (byteInLine >= BytesPerLine / 2 ? 1 : 0);
}

int HexView::asciiColumn(int byteInLine) const
{
    return hexColumn(BytesPerLine - 1) + 2 + AsciiGap + byteInLine;
}

int HexView::totalColumns() const
{
    return asciiColumn(BytesPerLine - 1) + 1;
}

int HexView::lineHeight() const
{
    return fontMetrics().height();
}

qreal HexView::charWidth() const
{
    // Fractional: the columns must line up with what drawText() lays out for a whole line.
    return std::max<qreal>(1, QFontMetricsF(font()).horizontalAdvance(QLatin1Char('0')));
}

QString HexView::lineText(qint64 line) const
{
    if (line < 0 || line >= lineCount())
        return {};
    const qint64 first = line * BytesPerLine;
    const int count = int(std::min<qint64>(BytesPerLine, m_data.size() - first));
    QString text(totalColumns(), QLatin1Char(' '));
    const int digits = offsetDigits();
    for (int i = 0; i < digits; ++i)
        text[i] = hexDigit(int(quint64(first) >> (4 * (digits - 1 - i))));
    const char *bytes = m_data.constData() + first;
    for (int i = 0; i < count; ++i) {
        const auto b = quint8(bytes[i]);
        text[hexColumn(i)] = hexDigit(b >> 4);
        text[hexColumn(i) + 1] = hexDigit(b);
        text[asciiColumn(i)] = isPrintable(char(b)) ? QLatin1Char(char(b)) : QLatin1Char('.');
    }
    if (count < BytesPerLine)
        text.truncate(asciiColumn(count));
    return text;
}

qint64 HexView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

int HexView::visibleLineCount() const
{
    return std::max(1, viewport()->height() / std::max(1, lineHeight()));
}

void HexView::scrollToOffset(qint64 offset)
{
    const qint64 line = offset / BytesPerLine;
    if (line < firstVisibleLine() || line >= firstVisibleLine() + visibleLineCount())
        verticalScrollBar()->setValue(int(std::min<qint64>(line, std::numeric_limits<int>::max())));
}

QSize HexView::sizeHint() const
{
    const int frame = 2 * frameWidth();
    return {int(totalColumns() * charWidth()) + verticalScrollBar()->sizeHint().width() + frame + 8,
            lineHeight() * 12 + frame};
}

QSize HexView::minimumSizeHint() const
{
    return {int(charWidth() * 20), lineHeight() + 2 * frameWidth()};
}

void HexView::updateScrollBars()
{
    const int visible = visibleLineCount();
    // One scroll step per line; 64 MiB is 4 Mi lines, well inside an int.
    const qint64 maxLine = std::max<qint64>(0, lineCount() - visible);
    verticalScrollBar()->setRange(0, int(std::min<qint64>(maxLine, std::numeric_limits<int>::max())));
    verticalScrollBar()->setPageStep(visible);
    const int contentWidth = int(totalColumns() * charWidth()) + 8;
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(int(charWidth()) + 1);
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    const int lh = lineHeight();
    const qreal cw = charWidth();
    const int ascent = fontMetrics().ascent();
    const qreal x0 = 4 - horizontalScrollBar()->value();
    const qint64 first = firstVisibleLine();
    // One more line than fits, for the partially visible one at the bottom.
    const qint64 last = std::min<qint64>(lineCount(), first + visibleLineCount() + 1);
    const qint64 selEnd = m_selStart + m_selLength;
    const int digits = offsetDigits();
    const QColor dim = pal.color(QPalette::PlaceholderText);
    const QColor text = pal.color(QPalette::Text);
    const QColor selection = pal.color(hasFocus() ? QPalette::Active : QPalette::Inactive, QPalette::Highlight);
    const QColor selectionText = pal.color(hasFocus() ? QPalette::Active : QPalette::Inactive, QPalette::HighlightedText);
    const QRegion all(viewport()->rect());

    for (qint64 line = first; line < last; ++line) {
        const int y = int(line - first) * lh;
        const qint64 lineStart = line * BytesPerLine;
        const QString s = lineText(line);
        const auto cells = [&](int fromCol, int columns) {
            return QRectF(x0 + fromCol * cw, y, columns * cw, lh).toAlignedRect();
        };

        // The selected bytes, in both the hex and the ASCII column.
        QRegion selected;
        if (m_selLength > 0 && selEnd > lineStart && m_selStart < lineStart + BytesPerLine) {
            const int a = int(std::max(m_selStart, lineStart) - lineStart);
            const int b = int(std::min(selEnd, lineStart + BytesPerLine) - lineStart) - 1;
            selected += cells(hexColumn(a), hexColumn(b) + 2 - hexColumn(a));
            selected += cells(asciiColumn(a), b - a + 1);
            for (const QRect &r : selected)
                painter.fillRect(r, selection);
        }

        // The line is drawn as one string (a monospace font keeps the columns), once outside the
        // selection and once inside it in the highlighted-text colour, so glyphs never overlap.
        const QPoint baseline(int(x0), y + ascent);
        painter.setClipRegion(all - selected);
        painter.setPen(dim);
        painter.drawText(baseline, s.left(digits));
        painter.setPen(text);
        painter.drawText(QPointF(x0 + digits * cw, y + ascent), s.mid(digits));
        if (!selected.isEmpty()) {
            painter.setClipRegion(selected);
            painter.setPen(selectionText);
            painter.drawText(QPointF(x0 + digits * cw, y + ascent), s.mid(digits));
        }
        painter.setClipping(false);
    }
    if (m_data.isEmpty()) {
        painter.setPen(dim);
        painter.drawText(viewport()->rect().adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("(no bytes)"));
    }
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

qint64 HexView::byteAt(const QPoint &pos) const
{
    const qreal cw = charWidth();
    const int col = int((pos.x() - 4 + horizontalScrollBar()->value()) / cw);
    const qint64 line = firstVisibleLine() + pos.y() / std::max(1, lineHeight());
    if (line < 0 || line >= lineCount() || pos.x() < 0)
        return -1;
    int inLine = -1;
    if (col >= hexColumn(0) && col < hexColumn(BytesPerLine - 1) + 3) {
        for (int i = BytesPerLine - 1; i >= 0; --i) {
            if (col >= hexColumn(i)) {
                inLine = i;
                break;
            }
        }
    } else if (col >= asciiColumn(0) && col < asciiColumn(BytesPerLine)) {
        inLine = col - asciiColumn(0);
    }
    if (inLine < 0)
        return -1;
    return std::min<qint64>(line * BytesPerLine + inLine, m_data.size() - 1);
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qint64 at = byteAt(event->position().toPoint());
    m_dragAnchor = at;
    if (at < 0)
        setSelection(0, 0);
    else
        setSelection(at, 1);
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragAnchor < 0 || !(event->buttons() & Qt::LeftButton))
        return QAbstractScrollArea::mouseMoveEvent(event);
    const qint64 at = byteAt(event->position().toPoint());
    if (at < 0)
        return;
    const qint64 a = std::min(at, m_dragAnchor);
    const qint64 b = std::max(at, m_dragAnchor);
    setSelection(a, b - a + 1);
}

void HexView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragAnchor = -1;
    event->accept();
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && m_selLength > 0) {
        QGuiApplication::clipboard()->setText(QString::fromLatin1(selectedBytes().toHex(' ')));
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        setSelection(0, m_data.size());
        return;
    }
    if (event->matches(QKeySequence::MoveToStartOfDocument)) {
        verticalScrollBar()->setValue(0);
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument)) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateScrollBars();
        updateGeometry();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void HexView::retranslateUi()
{
    setAccessibleName(tr("Hex view"));
    setAccessibleDescription(tr("Offset, sixteen bytes in hexadecimal and the same bytes as ASCII on each line."));
}
