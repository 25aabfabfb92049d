// ScenarioPanel: running the scenario (ScenarioRunner on the tab's Session) and each step's status.
#include "widgets/session/scenariopanel.h"

#include "core/scenario/scenariocompiler.h"
#include "core/session/session.h"
#include "widgets/detail/statuscolors.h"

#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTreeWidget>

namespace {

bool isExpectation(const ScenarioStep &step)
{
    return step.action.startsWith(QLatin1String("expect-"));
}

} // namespace

QString ScenarioPanel::runBlockedReason() const
{
    if (isRunning())
        return tr("The scenario is running.");
    if (m_current.isEmpty())
        return tr("Create a scenario (⋯ → New Scenario…) and add steps to run it.");
    const QList<ScenarioStep> list = steps();
    if (list.isEmpty())
        return tr("Add steps to run the scenario.");
    if (!m_session || m_session->state() != SessionState::Open)
        return tr("Not connected: a scenario runs on an open connection. Connect first.");
    for (int i = 0; i < list.size(); ++i) {
        QString why;
        // What a step needs is known without its files; they are read when it runs.
        const ScenarioCompiler::Result action = ScenarioCompiler::compile(list.at(i), &why, nullptr, FrameSpecParser::Files::Defer);
        if (!action)
            return tr("Step %1: %2").arg(i + 1).arg(why);
        if (action->needsTap() && !m_session->isTapActive())
            return tr("Step %1 (%2) needs the wire tap, and this connection has none: turn the tap on in the "
                      "connection bar and reconnect.").arg(i + 1).arg(list.at(i).action);
    }
    return QString();
}

bool ScenarioPanel::run(QString *error)
{
    if (const QString why = runBlockedReason(); !why.isEmpty())
        return refuse(error, why);
    QString why;
    int index = -1;
    const std::optional<QList<ScenarioAction>> actions = ScenarioCompiler::compile(steps(), &why, &index);
    if (!actions)
        return refuse(error, tr("Step %1: %2").arg(index + 1).arg(why));
    showMessage(QString(), false);
    clearStatuses();
    m_stopped = false;
    m_runName = m_current;
    m_runner = new ScenarioRunner(m_session, *actions, this);
    connect(m_runner, &ScenarioRunner::stepStarted, this, &ScenarioPanel::onStepStarted);
    connect(m_runner, &ScenarioRunner::stepFinished, this, &ScenarioPanel::onStepFinished);
    connect(m_runner, &ScenarioRunner::finished, this, &ScenarioPanel::onRunFinished);
    for (int row = 0; row < m_rows.size(); ++row)
        paintRow(row);
    m_summary->setText(tr("Running…"));
    updateActions();
    emit runningChanged(true);
    ScenarioRunner *runner = m_runner;
    if (!runner->start(&why)) {
        disconnect(runner, nullptr, this, nullptr);
        runner->deleteLater();
        m_runner = nullptr;
        m_summary->clear();
        updateActions();
        emit runningChanged(false);
        return refuse(error, why);
    }
    return true;
}

void ScenarioPanel::stop()
{
    if (!m_runner)
        return;
    m_stopped = true;
    m_runner->stop(); // every step without a status becomes Not run, then finished()
}

void ScenarioPanel::onStepStarted(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index] = Row{RowState::Running, QString()};
    paintRow(index);
    if (QTreeWidgetItem *item = m_steps->topLevelItem(index))
        m_steps->scrollToItem(item);
}

void ScenarioPanel::onStepFinished(int index, ScenarioRunner::Status status, const QString &text)
{
    if (index < 0 || index >= m_rows.size())
        return;
    RowState state = RowState::NotRun;
    switch (status) {
    case ScenarioRunner::Status::Done: state = RowState::Done; break;
    case ScenarioRunner::Status::Passed: state = RowState::Passed; break;
    case ScenarioRunner::Status::Failed: state = RowState::Failed; break;
    case ScenarioRunner::Status::Error: state = RowState::Error; break;
    case ScenarioRunner::Status::NotRun: state = RowState::NotRun; break;
    }
    m_rows[index] = Row{state, text};
    paintRow(index);
    // Failures are spelled out under the list, not only in a tooltip.
    QStringList lines;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if ((r.state == RowState::Failed || r.state == RowState::Error) && !r.text.isEmpty())
            lines << tr("Step %1: %2").arg(row + 1).arg(r.text);
    }
    m_verdict->setText(lines.join(QLatin1Char('\n')));
    m_verdict->setVisible(!lines.isEmpty());
    StatusColors::setColor(m_verdict, QPalette::WindowText, StatusColors::bad(palette()));
}

void ScenarioPanel::onRunFinished()
{
    ScenarioRunner *runner = m_runner;
    m_runner = nullptr;
    if (runner) {
        disconnect(runner, nullptr, this, nullptr);
        runner->deleteLater();
    }
    m_summary->setText(summaryText());
    updateActions();
    emit runningChanged(false);
}

QString ScenarioPanel::summaryText() const
{
    if (isRunning())
        return tr("Running…");
    const QList<ScenarioStep> list = steps();
    int expectations = 0;
    int met = 0;
    int errors = 0;
    int notRun = 0;
    int decided = 0;
    for (int row = 0; row < m_rows.size() && row < list.size(); ++row) {
        const RowState state = m_rows.at(row).state;
        if (state == RowState::None || state == RowState::Running)
            continue;
        ++decided;
        if (isExpectation(list.at(row)))
            ++expectations;
        met += state == RowState::Passed ? 1 : 0;
        errors += state == RowState::Error ? 1 : 0;
        notRun += state == RowState::NotRun ? 1 : 0;
    }
    if (decided == 0)
        return QString();
    QStringList parts;
    if (m_stopped)
        parts << tr("Stopped");
    if (expectations > 0)
        parts << tr("Expectations met: %1 of %2").arg(met).arg(expectations);
    if (errors > 0)
        parts << tr("Could not run: %1").arg(errors);
    if (notRun > 0)
        parts << tr("Not run: %1").arg(notRun);
    if (parts.isEmpty())
        parts << tr("All steps done");
    return parts.join(tr(" · "));
}
