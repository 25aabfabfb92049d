#include "widgets/variables/environmentsdialog.h"

#include "core/variables/environmentserializer.h"
#include "core/variables/environmentstore.h"
#include "widgets/detail/statuscolors.h"
#include "widgets/variables/variablestable.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

EnvironmentsDialog::EnvironmentsDialog(EnvironmentStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_variables(new VariablesTable(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    if (m_store)
        m_set = m_store->environments();
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_rename);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *panes = new QHBoxLayout;
    panes->addLayout(left, 1);
    panes->addWidget(m_variables, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        storeTable();
        showCurrent();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString name = askName(tr("New environment"), QString());
        QString error;
        if (!name.isEmpty() && !addEnvironment(name, &error))
            showMessage(error);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const Environment *environment = current();
        if (!environment || m_list->currentRow() == 0)
            return;
        const QString oldName = environment->name;
        const QString name = askName(tr("Rename environment"), oldName);
        QString error;
        if (!name.isEmpty() && !renameEnvironment(oldName, name, &error))
            showMessage(error);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const Environment *environment = current(); environment && m_list->currentRow() > 0)
            deleteEnvironment(environment->name);
    });
    connect(m_variables, &VariablesTable::edited, this, [this] { showMessage(m_variables->check()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    fillList(m_set.active);
    const bool readOnly = !m_store || m_store->isReadOnly();
    if (readOnly) {
        const QString reason = m_store ? tr("%1 could not be read, so it is shown read-only: %2")
                                                 .arg(m_store->filePath(), m_store->loadError().message)
                                       : tr("No environments file is open.");
        m_variables->setReadOnly(true, reason);
        showMessage(reason);
    }
    m_add->setEnabled(!readOnly);
    m_rename->setEnabled(!readOnly);
    m_delete->setEnabled(!readOnly);
    saveButton()->setEnabled(!readOnly);
    resize(760, 440);
}

QPushButton *EnvironmentsDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

Environment *EnvironmentsDialog::current()
{
    const int row = m_list->currentRow();
    if (row == 0)
        return &m_set.globals;
    if (row > 0 && row <= m_set.environments.size())
        return &m_set.environments[row - 1];
    return nullptr;
}

void EnvironmentsDialog::fillList(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItem(tr("Globals (every environment)"));
    int row = 0;
    for (int i = 0; i < m_set.environments.size(); ++i) {
        m_list->addItem(m_set.environments.at(i).name);
        if (m_set.environments.at(i).name == select)
            row = i + 1;
    }
    m_list->setCurrentRow(row);
    m_shown = -1;
    showCurrent();
}

void EnvironmentsDialog::storeTable()
{
    if (m_shown == 0)
        m_set.globals.variables = m_variables->variables();
    else if (m_shown > 0 && m_shown <= m_set.environments.size())
        m_set.environments[m_shown - 1].variables = m_variables->variables();
}

void EnvironmentsDialog::showCurrent()
{
    const Environment *environment = current();
    m_variables->setVariables(environment ? environment->variables : QList<Variable>());
    m_shown = m_list->currentRow();
    const bool named = m_shown > 0 && m_store && !m_store->isReadOnly();
    m_rename->setEnabled(named);
    m_delete->setEnabled(named);
}

EnvironmentSet EnvironmentsDialog::environments() const
{
    EnvironmentSet set = m_set;
    if (m_shown == 0)
        set.globals.variables = m_variables->variables();
    else if (m_shown > 0 && m_shown <= set.environments.size())
        set.environments[m_shown - 1].variables = m_variables->variables();
    return set;
}

bool EnvironmentsDialog::addEnvironment(const QString &name, QString *error)
{
    storeTable();
    QString why = EnvironmentSerializer::checkEnvironmentName(name);
    if (why.isEmpty() && m_set.find(name))
        why = tr("There is already an environment named “%1”.").arg(name);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    m_set.environments.append(Environment{name, {}});
    fillList(name);
    showMessage(QString());
    return true;
}

bool EnvironmentsDialog::renameEnvironment(const QString &oldName, const QString &newName, QString *error)
{
    storeTable();
    Environment *environment = m_set.find(oldName);
    QString why = EnvironmentSerializer::checkEnvironmentName(newName);
    if (why.isEmpty() && newName != oldName && m_set.find(newName))
        why = tr("There is already an environment named “%1”.").arg(newName);
    if (!environment)
        why = tr("There is no environment named “%1”.").arg(oldName);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    environment->name = newName;
    if (m_set.active == oldName)
        m_set.active = newName;
    fillList(newName);
    return true;
}

void EnvironmentsDialog::deleteEnvironment(const QString &name)
{
    storeTable();
    for (int i = 0; i < m_set.environments.size(); ++i) {
        if (m_set.environments.at(i).name == name) {
            m_set.environments.removeAt(i);
            break;
        }
    }
    if (m_set.active == name)
        m_set.active.clear();
    fillList(QString());
}

void EnvironmentsDialog::selectEnvironment(const QString &name)
{
    storeTable();
    int row = 0;
    for (int i = 0; i < m_set.environments.size(); ++i) {
        if (m_set.environments.at(i).name == name)
            row = i + 1;
    }
    m_list->setCurrentRow(row);
}

bool EnvironmentsDialog::save()
{
    storeTable();
    // The first problem, named with where it is, before anything is written.
    QString problem = VariablesTable::check(m_set.globals.variables);
    if (!problem.isEmpty())
        problem = tr("Globals: %1").arg(problem);
    for (const Environment &environment : std::as_const(m_set.environments)) {
        if (!problem.isEmpty())
            break;
        if (const QString why = VariablesTable::check(environment.variables); !why.isEmpty())
            problem = tr("%1: %2").arg(environment.name, why);
    }
    QString error;
    if (problem.isEmpty() && !m_store)
        problem = tr("No environments file is open.");
    if (problem.isEmpty() && !m_store->save(m_set, &error))
        problem = tr("Not saved: %1").arg(error);
    showMessage(problem);
    return problem.isEmpty();
}

QString EnvironmentsDialog::askName(const QString &title, const QString &current)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, tr("Environment name:"), QLineEdit::Normal, current, &ok);
    return ok ? name.trimmed() : QString();
}

void EnvironmentsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    StatusColors::setColor(m_message, QPalette::WindowText, StatusColors::bad(palette()));
    m_message->setVisible(!text.isEmpty());
}

void EnvironmentsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EnvironmentsDialog::retranslateUi()
{
    setWindowTitle(tr("Environments"));
    m_add->setText(tr("&New…"));
    m_rename->setText(tr("Re&name…"));
    m_delete->setText(tr("&Delete"));
    saveButton()->setText(tr("&Save"));
    if (m_list->count() > 0)
        m_list->item(0)->setText(tr("Globals (every environment)"));
    m_variables->retranslateUi();
}
