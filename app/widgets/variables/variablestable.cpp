#include "widgets/variables/variablestable.h"

#include "core/variables/variableresolver.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QString kMask = QStringLiteral("••••");

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(VariablesTable::SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

// Masks a secret's value in the cell and in its editor unless the reveal toggle is on.
class SecretValueDelegate : public QStyledItemDelegate
{
public:
    SecretValueDelegate(const QCheckBox *reveal, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_reveal(reveal)
    {
    }

    bool masks(const QModelIndex &index) const { return isSecretRow(index) && !m_reveal->isChecked(); }
    QString shownText(const QModelIndex &index) const
    {
        const QString text = index.data().toString();
        return masks(index) && !text.isEmpty() ? kMask : text;
    }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (masks(index) && !option->text.isEmpty())
            option->text = kMask;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && masks(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

private:
    const QCheckBox *m_reveal;
};

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem; // owned by the table once set
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

VariablesTable::VariablesTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_reveal(new QCheckBox(this))
    , m_readOnlyNote(new QLabel(this))
{
    m_table->setItemDelegateForColumn(ValueColumn, new SecretValueDelegate(m_reveal, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addVariable(Variable{});
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updateButtons();
        emit edited();
    });
    connect(m_reveal, &QCheckBox::toggled, m_table->viewport(), qOverload<>(&QWidget::update));
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == SecretColumn)
            m_table->viewport()->update(); // the value's mask follows
        emit edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &VariablesTable::updateButtons);
    retranslateUi();
    updateButtons();
}

void VariablesTable::addVariable(const Variable &variable)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(variable.name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(variable.value));
    m_table->setItem(row, EnabledColumn, checkItem(variable.enabled));
    m_table->setItem(row, SecretColumn, checkItem(variable.secret));
    updateButtons();
}

void VariablesTable::setVariables(const QList<Variable> &variables)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    for (const Variable &variable : variables)
        addVariable(variable);
}

QList<Variable> VariablesTable::variables() const
{
    QList<Variable> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Variable v;
        v.name = m_table->item(row, NameColumn)->text().trimmed();
        v.value = m_table->item(row, ValueColumn)->text();
        v.enabled = m_table->item(row, EnabledColumn)->checkState() == Qt::Checked;
        v.secret = m_table->item(row, SecretColumn)->checkState() == Qt::Checked;
        out.append(v);
    }
    return out;
}

QString VariablesTable::check(const QList<Variable> &variables)
{
    QSet<QString> seen;
    for (int i = 0; i < variables.size(); ++i) {
        const QString &name = variables.at(i).name;
        if (name.isEmpty())
            return tr("Row %1 has no name; give the variable one or remove the row.").arg(i + 1);
        if (!VariableResolver::isValidName(name))
            return tr("“%1” is not a valid variable name: start with a letter or _, then use letters, digits, _, - "
                      "and . (names starting with $ are built-ins).")
                    .arg(name);
        if (seen.contains(name))
            return tr("The variable “%1” is defined twice; each name may be used once.").arg(name);
        seen.insert(name);
    }
    return {};
}

QString VariablesTable::check() const
{
    return check(variables());
}

QString VariablesTable::displayedValue(int row) const
{
    const QModelIndex index = m_table->model()->index(row, ValueColumn);
    return static_cast<const SecretValueDelegate *>(m_table->itemDelegateForColumn(ValueColumn))->shownText(index);
}

void VariablesTable::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_table->setEnabled(!readOnly);
    m_readOnlyNote->setText(reason);
    m_readOnlyNote->setVisible(readOnly && !reason.isEmpty());
    updateButtons();
}

void VariablesTable::updateButtons()
{
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0);
}

void VariablesTable::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Enabled"), tr("Secret")});
    m_reveal->setText(tr("Show secret values"));
    m_reveal->setToolTip(tr("Secret values read •••• until shown; they are never written to a file."));
    m_add->setText(tr("&Add variable"));
    m_remove->setText(tr("&Remove"));
}
