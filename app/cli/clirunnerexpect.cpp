// CliRunner: what the script's steps tell the run as they end (a refused send on stderr, a drop,
// failed expectations and the exit status they make), and the stderr line of each injected frame.
#include "cli/clirunner.h"

#include "core/protocol/frameheader.h"
#include "core/session/session.h"

void CliRunner::onStepFinished(int index, ScenarioRunner::Status status, const QString &text)
{
    const ScenarioAction &step = m_script->step(index);
    switch (step.kind) {
    case ScenarioAction::Kind::Expect:
        if (status == ScenarioRunner::Status::Failed)
            printError(tr("expectation failed: expected %1; %2.").arg(step.expectation.describe(), text));
        break;
    case ScenarioAction::Kind::Drop:
        if (status == ScenarioRunner::Status::Done)
            startAbortGrace();
        break;
    case ScenarioAction::Kind::File:
        if (status == ScenarioRunner::Status::Error && !m_script->wasSkipped(index))
            printError(tr("--send-file: %1").arg(text));
        break;
    case ScenarioAction::Kind::Text:
    case ScenarioAction::Kind::Binary:
    case ScenarioAction::Kind::Ping:
    case ScenarioAction::Kind::Frames:
    case ScenarioAction::Kind::Close:
        // A step the closed connection skipped is not an error of its own: the end is reported.
        if (status == ScenarioRunner::Status::Error && !m_script->wasSkipped(index))
            printError(text);
        break;
    case ScenarioAction::Kind::Pong:
    case ScenarioAction::Kind::Wait:
        break;
    }
}

void CliRunner::onExpectationExpired(int index)
{
    Q_UNUSED(index);
    if (m_phase == Phase::Waiting && !awaitsMessage() && !expectsServerEnd())
        closeNow();
}

bool CliRunner::expectsServerEnd() const
{
    return m_script->expectsServerEnd();
}

bool CliRunner::awaitsMessage() const
{
    return m_script->awaitsMessage();
}

int CliRunner::expectationExitCode(int exitCode) const
{
    // The run was a check of the server: its verdict is the expectations', except when there was
    // no connection to check.
    if (exitCode == ExitUsage || exitCode == ExitConnect)
        return exitCode;
    return m_script->allExpectationsMet() ? int(ExitOk) : int(ExitExpectation);
}

void CliRunner::printInjected(const Event &event)
{
    const QString verdict = event.detail ? event.detail->text : QString();
    const bool legal = !event.detail || event.detail->injectedLegal;
    printError((legal ? tr("injected %1 frame: %2") : tr("warning: injected %1 frame: %2"))
                       .arg(FrameHeader::opcodeName(event.frame.opcode), verdict));
}
