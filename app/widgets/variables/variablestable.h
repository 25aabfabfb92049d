#pragma once

#include "core/variables/environment.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Edits one list of variables (an environment's, the globals', a profile's): a table of name,
// value, enabled and secret. A secret value reads •••• (its editor masks it too) until
// "Show secret values" is ticked. check() names the first problem: a name VariableResolver
// refuses, or a name given twice.
class VariablesTable : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, EnabledColumn, SecretColumn, ColumnCount };

    explicit VariablesTable(QWidget *parent);

    void setVariables(const QList<Variable> &variables);
    QList<Variable> variables() const;
    // Empty when every row may be saved, else one translated sentence naming the variable.
    QString check() const;
    static QString check(const QList<Variable> &variables);

    // Nothing can be edited; `reason` says why (shown above the table).
    void setReadOnly(bool readOnly, const QString &reason = {});
    void addVariable(const Variable &variable);

    QTableWidget *table() const { return m_table; }
    QCheckBox *revealToggle() const { return m_reveal; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // What the value cell shows (•••• for a hidden secret).
    QString displayedValue(int row) const;

    void retranslateUi();

signals:
    void edited();

private:
    void updateButtons();

    // In the order Tab walks them (reading order).
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    bool m_readOnly = false;
};
