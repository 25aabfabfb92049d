// ScenarioPanel: editing scenarios and their steps (menus, dialogs, files); each change is saved at once.
#include "widgets/session/scenariopanel.h"

#include "core/scenario/scenarioparser.h"
#include "core/scenario/scenariowriter.h"
#include "widgets/session/scenariojsondialog.h"
#include "widgets/session/scenariostepdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QTreeWidget>

namespace {

const QString kScenarioFilter = QStringLiteral("*.json");

} // namespace

bool ScenarioPanel::refuse(QString *error, const QString &why)
{
    showMessage(why, true);
    if (error)
        *error = why;
    return false;
}

void ScenarioPanel::clearStatuses()
{
    m_rows.fill(Row{});
    m_summary->clear();
    m_verdict->clear();
    m_verdict->setVisible(false);
}

bool ScenarioPanel::storeSteps(const QList<ScenarioStep> &list, QString *error, int selectRow)
{
    if (isRunning())
        return refuse(error, tr("The scenario is running; stop it to edit it."));
    if (m_current.isEmpty())
        return refuse(error, tr("Create a scenario first (⋯ → New Scenario…)."));
    QString why;
    if (!m_library.put(SavedScenario{m_current, list}, m_current, &why))
        return refuse(error, why);
    showMessage(QString(), false);
    clearStatuses();
    refresh();
    if (selectRow >= 0 && selectRow < m_steps->topLevelItemCount())
        m_steps->setCurrentItem(m_steps->topLevelItem(selectRow));
    return true;
}

bool ScenarioPanel::newScenario(const QString &name, QString *error)
{
    if (isRunning())
        return refuse(error, tr("The scenario is running; stop it first."));
    if (m_library.scenario(name.trimmed()))
        return refuse(error, tr("There is already a scenario named \"%1\".").arg(name.trimmed()));
    QString why;
    if (!m_library.put(SavedScenario{name, {}}, QString(), &why))
        return refuse(error, why);
    showMessage(QString(), false);
    m_current = name.trimmed();
    clearStatuses();
    refresh();
    return true;
}

bool ScenarioPanel::renameScenario(const QString &newName, QString *error)
{
    if (isRunning() || m_current.isEmpty())
        return refuse(error, tr("There is no scenario to rename."));
    QString why;
    if (!m_library.put(SavedScenario{newName, steps()}, m_current, &why))
        return refuse(error, why);
    showMessage(QString(), false);
    m_current = newName.trimmed();
    refresh();
    return true;
}

bool ScenarioPanel::duplicateScenario(QString *error)
{
    if (isRunning() || m_current.isEmpty())
        return refuse(error, tr("There is no scenario to duplicate."));
    const QString name = m_library.uniqueName(tr("%1 (copy)").arg(m_current));
    QString why;
    if (!m_library.put(SavedScenario{name, steps()}, QString(), &why))
        return refuse(error, why);
    showMessage(QString(), false);
    m_current = name;
    clearStatuses();
    refresh();
    return true;
}

bool ScenarioPanel::deleteScenario(QString *error)
{
    if (isRunning() || m_current.isEmpty())
        return refuse(error, tr("There is no scenario to delete."));
    QString why;
    if (!m_library.remove(m_current, &why))
        return refuse(error, why);
    showMessage(QString(), false);
    m_current.clear();
    clearStatuses();
    refresh();
    return true;
}

bool ScenarioPanel::addStep(const ScenarioStep &step, QString *error)
{
    QList<ScenarioStep> list = steps();
    const int row = selectedRow();
    const int at = row >= 0 ? row + 1 : int(list.size());
    list.insert(at, step);
    return storeSteps(list, error, at);
}

bool ScenarioPanel::replaceStep(int index, const ScenarioStep &step, QString *error)
{
    QList<ScenarioStep> list = steps();
    if (index < 0 || index >= list.size())
        return refuse(error, tr("There is no step %1.").arg(index + 1));
    list[index] = step;
    return storeSteps(list, error, index);
}

bool ScenarioPanel::removeStep(int index, QString *error)
{
    QList<ScenarioStep> list = steps();
    if (index < 0 || index >= list.size())
        return refuse(error, tr("There is no step %1.").arg(index + 1));
    list.removeAt(index);
    return storeSteps(list, error, qMin(index, int(list.size()) - 1));
}

bool ScenarioPanel::moveStep(int index, int delta, QString *error)
{
    QList<ScenarioStep> list = steps();
    const int to = index + delta;
    if (index < 0 || index >= list.size() || to < 0 || to >= list.size())
        return refuse(error, tr("The step cannot move there."));
    list.move(index, to);
    return storeSteps(list, error, to);
}

bool ScenarioPanel::setSteps(const QList<ScenarioStep> &list, QString *error)
{
    return storeSteps(list, error);
}

bool ScenarioPanel::importFile(const QString &path, QString *error)
{
    ScenarioParser::Error why;
    const std::optional<QList<ScenarioStep>> parsed = ScenarioParser::parseFile(path, &why);
    if (!parsed)
        return refuse(error, why.message);
    if (m_current.isEmpty()) {
        // A file into an empty panel becomes a scenario of its own, named after the file.
        const QString name = m_library.uniqueName(QFileInfo(path).completeBaseName());
        QString problem;
        if (!m_library.put(SavedScenario{name, *parsed}, QString(), &problem))
            return refuse(error, problem);
        m_current = name;
        showMessage(QString(), false);
        clearStatuses();
        refresh();
        return true;
    }
    return storeSteps(*parsed, error);
}

bool ScenarioPanel::exportFile(const QString &path, QString *error) const
{
    QFile file(path);
    const QByteArray data = ScenarioWriter::toFile(steps());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !file.flush()) {
        if (error)
            *error = tr("Cannot write the scenario to \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ScenarioPanel::editSelectedStep()
{
    const int row = selectedRow();
    const QList<ScenarioStep> list = steps();
    if (isRunning() || row < 0 || row >= list.size())
        return;
    ScenarioStepDialog dialog(list.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        replaceStep(row, dialog.step());
}

void ScenarioPanel::addStepOfAction(const QString &action)
{
    if (m_current.isEmpty() && !newScenario(m_library.uniqueName(tr("Scenario"))))
        return;
    ScenarioStep step;
    step.action = action;
    if (action == QLatin1String("wait"))
        step.value = QStringLiteral("500");
    ScenarioStepDialog dialog(step, this);
    if (dialog.exec() == QDialog::Accepted)
        addStep(dialog.step());
}

void ScenarioPanel::editAsJson()
{
    if (isRunning() || m_current.isEmpty())
        return;
    ScenarioJsonDialog dialog(steps(), this);
    if (dialog.exec() == QDialog::Accepted)
        setSteps(dialog.steps());
}

void ScenarioPanel::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Scenario"), QString(),
                                                      tr("Scenario files (%1);;All files (*)").arg(kScenarioFilter));
    if (!path.isEmpty())
        importFile(path);
}

void ScenarioPanel::chooseExportFile()
{
    if (m_current.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Scenario"), m_current + QStringLiteral(".json"),
                                                      tr("Scenario files (%1);;All files (*)").arg(kScenarioFilter));
    QString error;
    if (!path.isEmpty() && !exportFile(path, &error))
        showMessage(error, true);
    else if (!path.isEmpty())
        showMessage(tr("Exported to \"%1\".").arg(path), false);
}

void ScenarioPanel::askNew()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Scenario"), tr("Name of the scenario:"), QLineEdit::Normal,
                                               m_library.uniqueName(tr("Scenario")), &ok);
    if (ok)
        newScenario(name);
}

void ScenarioPanel::askRename()
{
    if (m_current.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Scenario"), tr("New name:"), QLineEdit::Normal, m_current, &ok);
    if (ok && name.trimmed() != m_current)
        renameScenario(name);
}

void ScenarioPanel::askDelete()
{
    if (m_current.isEmpty())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
            this, tr("Delete Scenario"), tr("Delete the scenario \"%1\" with its steps?").arg(m_current),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deleteScenario();
}
