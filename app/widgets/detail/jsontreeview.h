#pragma once

#include <QTreeView>

class JsonTree;
class JsonTreeModel;

// The JSON tree of the Payload tab: a QTreeView over a JsonTreeModel it owns. Rows are made as
// nodes are opened; "Expand all" opens at most MaxExpandAll containers (in document order) so a
// document of 60,000 objects stays responsive; columns are fitted once per change of the tree
// or of the width, never once per row.
class JsonTreeView : public QTreeView
{
    Q_OBJECT

public:
    static constexpr int MaxExpandAll = 5000;

    explicit JsonTreeView(QWidget *parent = nullptr);

    // Shows the tree (its top-level value opened); an invalid tree empties the view.
    void setTree(const JsonTree &tree);
    void clearTree();
    JsonTreeModel *jsonModel() const { return m_model; }

    // Opens containers up to MaxExpandAll; returns how many it opened, *more when some stayed closed.
    int expandAllBounded(bool *more = nullptr);
    // Rebuilds the translated texts (type names, header), keeping the top-level value open.
    void retranslate();
    // Key and Value as wide as what shows (within bounds), Type right after them.
    void fitColumns();

protected:
    bool viewportEvent(QEvent *event) override;

private:
    JsonTreeModel *m_model = nullptr;
    bool m_bulk = false; // expanding many nodes at once: fit the columns once, at the end
    int m_fittedWidth = -1;
};
