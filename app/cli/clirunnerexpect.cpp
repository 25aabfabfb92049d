// CliRunner: the expectations of a run (--expect-close, --expect-message, --expect-drop) and the
// stderr line of each injected frame.
#include "cli/clirunner.h"

#include "core/log/eventfactory.h"
#include "core/protocol/frameheader.h"
#include "core/session/session.h"

#include <QTimer>

void CliRunner::startExpectation(int index)
{
    Expectation &expectation = m_expectations[index];
    expectation.start();
    if (expectation.withinMs() > 0) {
        QTimer::singleShot(expectation.withinMs(), this, [this, index] {
            if (m_phase == Phase::Done || m_expectations.at(index).isDecided())
                return;
            m_expectations[index].expire();
            logExpectation(index);
            if (m_phase == Phase::Waiting && !awaitsMessage() && !expectsServerEnd())
                closeNow();
        });
    }
}

void CliRunner::noteExpectations(const Event &event)
{
    if (event.kind == EventKind::Expectation)
        return;
    for (qsizetype i = 0; i < m_expectations.size(); ++i) {
        if (m_expectations[i].note(event))
            logExpectation(int(i));
    }
}

void CliRunner::logExpectation(int index)
{
    if (m_expectationLogged.at(index))
        return;
    m_expectationLogged[index] = true;
    const Expectation &expectation = m_expectations.at(index);
    m_session->logEvent(EventFactory::expectation(expectation.describe(), expectation.actual(), expectation.isMet()));
    if (!expectation.isMet())
        printError(tr("expectation failed: expected %1; %2.").arg(expectation.describe(), expectation.actual()));
}

void CliRunner::settleExpectations()
{
    for (qsizetype i = 0; i < m_expectations.size(); ++i) {
        m_expectations[i].finish();
        logExpectation(int(i));
    }
}

bool CliRunner::expectsServerEnd() const
{
    for (const Expectation &expectation : m_expectations) {
        if (expectation.kind() != Expectation::Kind::Message)
            return true;
    }
    return false;
}

bool CliRunner::awaitsMessage() const
{
    for (const Expectation &expectation : m_expectations) {
        if (expectation.kind() == Expectation::Kind::Message && expectation.withinMs() > 0 && !expectation.isDecided())
            return true;
    }
    return false;
}

int CliRunner::expectationExitCode(int exitCode) const
{
    // The run was a check of the server: its verdict is the expectations', except when there was
    // no connection to check.
    if (exitCode == ExitUsage || exitCode == ExitConnect)
        return exitCode;
    for (const Expectation &expectation : m_expectations) {
        if (!expectation.isMet())
            return ExitExpectation;
    }
    return ExitOk;
}

void CliRunner::printInjected(const Event &event)
{
    const QString verdict = event.detail ? event.detail->text : QString();
    const bool legal = !event.detail || event.detail->injectedLegal;
    printError((legal ? tr("injected %1 frame: %2") : tr("warning: injected %1 frame: %2"))
                       .arg(FrameHeader::opcodeName(event.frame.opcode), verdict));
}
