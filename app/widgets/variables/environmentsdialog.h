#pragma once

#include "core/variables/environment.h"

#include <QDialog>
#include <QPointer>

class EnvironmentStore;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class VariablesTable;

// Session → Manage environments…: the globals and the named environments of the profiles
// folder (EnvironmentStore), each a table of variables (VariablesTable). Add, rename and delete
// environments, edit their variables, Save writes them all through EnvironmentStore::save and
// shows its error (the dialog stays open). A store that could not be read is shown read-only,
// with the reason.
class EnvironmentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EnvironmentsDialog(EnvironmentStore *store, QWidget *parent = nullptr);

    // The set as edited so far (the table's rows included).
    EnvironmentSet environments() const;
    // What the buttons do after asking for a name; false with *error when the name is refused.
    bool addEnvironment(const QString &name, QString *error = nullptr);
    bool renameEnvironment(const QString &oldName, const QString &newName, QString *error = nullptr);
    void deleteEnvironment(const QString &name);
    // Shows the globals (row 0) or an environment.
    void selectEnvironment(const QString &name);
    bool save();

    QListWidget *list() const { return m_list; }
    VariablesTable *variablesTable() const { return m_variables; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillList(const QString &select);
    void storeTable();
    void showCurrent();
    void showMessage(const QString &text);
    QString askName(const QString &title, const QString &current);
    Environment *current();

    QPointer<EnvironmentStore> m_store;
    EnvironmentSet m_set;
    int m_shown = -1; // the list row the table holds
    // In the order Tab walks them.
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    VariablesTable *m_variables = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
