#include "widgets/session/logrowdelegate.h"

#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "widgets/detail/statuscolors.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {

constexpr int HighlightAlpha = 110;

} // namespace

LogRowDelegate::LogRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<SearchMatcher::Range> LogRowDelegate::highlightRanges(const QModelIndex &index) const
{
    if (!m_filter || index.column() != FrameLogModel::SummaryColumn || m_filter->searchMatcher().isEmpty())
        return {};
    return m_filter->searchMatcher().ranges(index.data(Qt::DisplayRole).toString(), MaxRangesPerCell);
}

void LogRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const auto rowStyle = FrameLogModel::RowStyle(index.data(FrameLogModel::RowStyleRole).toInt());
    if (rowStyle == FrameLogModel::RowStyle::AttemptSeparator)
        opt.font.setBold(true);
    else if (rowStyle == FrameLogModel::RowStyle::ConnectionEnd)
        opt.font.setItalic(true);
    opt.fontMetrics = QFontMetrics(opt.font);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const QList<SearchMatcher::Range> ranges = highlightRanges(index);
    if (ranges.isEmpty()) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    } else {
        // The cell without its text, then the text with the matches marked.
        const QString text = opt.text;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        opt.text = text;
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
        const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, rect.width());
        const qsizetype visible = shown == text ? text.size() : qMax<qsizetype>(0, shown.size() - 1);
        QColor mark = StatusColors::warning(opt.palette);
        mark.setAlpha(HighlightAlpha);
        QList<QTextLayout::FormatRange> formats;
        for (const SearchMatcher::Range &range : ranges) {
            if (range.start >= visible)
                break;
            QTextLayout::FormatRange format;
            format.start = int(range.start);
            format.length = int(qMin(range.length, visible - range.start));
            format.format.setBackground(mark);
            formats.append(format);
        }
        QTextLayout layout(shown, opt.font);
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(rect.width());
        layout.endLayout();
        const bool selected = opt.state & QStyle::State_Selected;
        QColor pen = opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                       selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected && opt.backgroundBrush.style() == Qt::NoBrush) {
            const QVariant foreground = index.data(Qt::ForegroundRole);
            if (foreground.canConvert<QColor>() && foreground.value<QColor>().isValid())
                pen = foreground.value<QColor>();
        }
        painter->save();
        painter->setPen(pen);
        painter->setClipRect(rect);
        const qreal y = rect.top() + (rect.height() - line.height()) / 2;
        layout.draw(painter, QPointF(rect.left(), y));
        painter->restore();
    }

    if (rowStyle == FrameLogModel::RowStyle::AttemptSeparator) {
        painter->save();
        painter->setPen(opt.palette.color(QPalette::Mid));
        painter->drawLine(opt.rect.topLeft(), opt.rect.topRight());
        painter->restore();
    }
}
