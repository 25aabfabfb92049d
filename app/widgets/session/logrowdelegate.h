#pragma once

#include "core/log/searchmatcher.h"

#include <QList>
#include <QStyledItemDelegate>

class FrameLogFilterModel;

// Paints the frame log's cells: the matches of the current search highlighted in the summary
// (the ranges come from the filter model's SearchMatcher, the one the filter uses), and the
// row styles the model gives (FrameLogModel::RowStyle): a line and bold text where a connection
// attempt starts, italic text for the Close record, the end of a connection.
class LogRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Highlighting a summary stops after this many matches.
    static constexpr qsizetype MaxRangesPerCell = 64;

    explicit LogRowDelegate(QObject *parent = nullptr);

    void setFilterModel(const FrameLogFilterModel *filter) { m_filter = filter; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The highlighted ranges of a cell's text (empty outside the summary column or without a
    // search).
    QList<SearchMatcher::Range> highlightRanges(const QModelIndex &index) const;

private:
    const FrameLogFilterModel *m_filter = nullptr;
};
