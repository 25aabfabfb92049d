#include "widgets/detail/jsontreeview.h"

#include "widgets/detail/jsontreemodel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>

namespace {

constexpr int MinFitWidth = 200;   // below this the viewport is not laid out yet
constexpr int KeyPadding = 12;
constexpr int TypePadding = 12;
constexpr int ValuePadding = 24;

} // namespace

JsonTreeView::JsonTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new JsonTreeModel(this))
{
    setModel(m_model);
    setUniformRowHeights(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Key and Value are fitted to what shows (fitColumns), and Type takes the rest: the type then
    // sits right after the values instead of at the far edge of a wide pane.
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Interactive);
    setTextElideMode(Qt::ElideMiddle);
    // Deeper levels need wider columns: fit them when the user opens a node (one fit per click).
    connect(this, &QTreeView::expanded, this, [this] {
        if (!m_bulk)
            fitColumns();
    });
}

void JsonTreeView::setTree(const JsonTree &tree)
{
    m_model->setTree(tree);
    if (!m_model->isEmpty())
        expand(m_model->index(0, JsonTreeModel::KeyColumn));
    fitColumns();
}

void JsonTreeView::clearTree()
{
    m_model->clear();
}

int JsonTreeView::expandAllBounded(bool *more)
{
    m_bulk = true;
    // One model reset loads the rows; after it the view lays out once (a delayed layout is
    // pending), so each expand() below only records the node as open.
    const QModelIndexList containers = m_model->loadContainers(MaxExpandAll, more);
    for (const QModelIndex &index : containers)
        expand(index);
    m_bulk = false;
    fitColumns();
    return int(containers.size());
}

void JsonTreeView::retranslate()
{
    m_model->retranslate();
    if (!m_model->isEmpty())
        expand(m_model->index(0, JsonTreeModel::KeyColumn));
    fitColumns();
}

void JsonTreeView::fitColumns()
{
    // Each column as wide as what shows in it (Qt measures the rows near the view, not all of
    // them), but the key at most a third and the value at most what is left after the Type
    // column's own width: a long string is elided, never pushes Type out of sight.
    QHeaderView *h = header();
    const int available = qMax(viewport()->width(), MinFitWidth);
    m_fittedWidth = viewport()->width();
    resizeColumnToContents(JsonTreeModel::TypeColumn);
    const int typeWidth = h->sectionSize(JsonTreeModel::TypeColumn) + TypePadding;
    resizeColumnToContents(JsonTreeModel::KeyColumn);
    const int keyWidth = qMin(h->sectionSize(JsonTreeModel::KeyColumn) + KeyPadding, available / 3);
    h->resizeSection(JsonTreeModel::KeyColumn, keyWidth);
    resizeColumnToContents(JsonTreeModel::ValueColumn);
    const int valueWidth = qMin(h->sectionSize(JsonTreeModel::ValueColumn) + ValuePadding,
                                qMax(available - keyWidth - typeWidth, available / 4));
    h->resizeSection(JsonTreeModel::ValueColumn, valueWidth);
}

bool JsonTreeView::viewportEvent(QEvent *event)
{
    // The viewport gets its real width only once its page is laid out and shown: fit the
    // columns to that width, and again whenever the pane is resized.
    if (event->type() == QEvent::Resize && !m_model->isEmpty() && viewport()->width() != m_fittedWidth) {
        const bool handled = QTreeView::viewportEvent(event);
        fitColumns();
        return handled;
    }
    return QTreeView::viewportEvent(event);
}
