#include "core/scenario/scenariorunner.h"

#include "core/log/eventfactory.h"
#include "core/session/session.h"

#include <utility>

ScenarioRunner::ScenarioRunner(Session *session, const QList<ScenarioAction> &steps, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_steps(steps)
    , m_states(steps.size())
{
    m_steps.detach(); // the expectations change as they are fed: never in a list shared with the caller
    m_wait.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a wait step waits at least what it says.
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_wait, &QTimer::timeout, this, &ScenarioRunner::onWaitDone);
    if (m_session) {
        connect(m_session, &Session::eventLogged, this, &ScenarioRunner::onEventLogged);
        connect(m_session, &Session::fileSent, this, &ScenarioRunner::onFileSent);
        connect(m_session, &Session::finished, this, &ScenarioRunner::settle);
    }
}

ScenarioRunner::~ScenarioRunner() = default;

bool ScenarioRunner::start(QString *error)
{
    if (m_phase != Phase::Ready) {
        if (error)
            *error = tr("The scenario has already been run; start a new run.");
        return false;
    }
    if (!m_session || m_session->state() != SessionState::Open) {
        if (error)
            *error = tr("A scenario runs on an open connection: connect first.");
        return false;
    }
    m_phase = Phase::Running;
    runNext();
    return true;
}

void ScenarioRunner::stop()
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::Finished;
    m_wait.stop();
    m_fileStep = -1;
    for (int i = 0; i < stepCount(); ++i)
        finishStep(i, Status::NotRun, tr("Stopped before this step finished."));
    emit finished(false);
}

void ScenarioRunner::settle()
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::ScriptDone; // no further step runs; verdicts are reported as they are made
    m_wait.stop();
    m_fileStep = -1;
    for (int i = 0; i < stepCount(); ++i) {
        if (isExpect(i)) {
            m_steps[i].expectation.finish();
            onDecided(i);
        } else {
            finishStep(i, Status::NotRun, tr("The connection ended before this step."));
        }
    }
    finishRun();
}

bool ScenarioRunner::hasExpectations() const
{
    for (int i = 0; i < stepCount(); ++i) {
        if (isExpect(i))
            return true;
    }
    return false;
}

bool ScenarioRunner::allExpectationsMet() const
{
    for (int i = 0; i < stepCount(); ++i) {
        if (isExpect(i) && !m_steps.at(i).expectation.isMet())
            return false;
    }
    return true;
}

bool ScenarioRunner::expectsServerEnd() const
{
    for (int i = 0; i < stepCount(); ++i) {
        if (isExpect(i) && m_steps.at(i).expectation.kind() != Expectation::Kind::Message)
            return true;
    }
    return false;
}

bool ScenarioRunner::awaitsMessage() const
{
    for (int i = 0; i < stepCount(); ++i) {
        const Expectation &e = m_steps.at(i).expectation;
        if (isExpect(i) && e.kind() == Expectation::Kind::Message && e.withinMs() > 0 && !e.isDecided())
            return true;
    }
    return false;
}

bool ScenarioRunner::mayAct(ScenarioAction::Kind kind) const
{
    if (kind == ScenarioAction::Kind::Expect || kind == ScenarioAction::Kind::Pong || kind == ScenarioAction::Kind::Wait)
        return true;
    if (!m_session)
        return false;
    const SessionState state = m_session->state();
    // Injected frames may follow an injected Close (the session is then Closing).
    return state == SessionState::Open || (state == SessionState::Closing && kind == ScenarioAction::Kind::Frames);
}

void ScenarioRunner::runNext()
{
    while (m_phase == Phase::Running && m_pos < stepCount()) {
        const int i = m_pos++;
        m_states[i].started = true;
        emit stepStarted(i);
        if (m_phase != Phase::Running)
            return; // stopped or settled from a slot
        const ScenarioAction::Kind kind = m_steps.at(i).kind;
        if (kind == ScenarioAction::Kind::Wait) {
            m_waitStep = i;
            m_wait.start(m_steps.at(i).waitMs);
            return;
        }
        if (!mayAct(kind)) {
            m_states[i].skipped = true;
            finishStep(i, Status::Error, tr("Not run: the connection is no longer open."));
            skipRest(i + 1, tr("Not run: the connection is no longer open."));
            break;
        }
        QString error;
        if (!act(i, &error)) {
            finishStep(i, Status::Error, error);
            continue;
        }
        if (m_fileStep == i)
            return; // onFileSent() goes on
        if (kind != ScenarioAction::Kind::Expect)
            finishStep(i, Status::Done, QString());
    }
    if (m_phase == Phase::Running && m_pos >= stepCount() && m_waitStep < 0 && m_fileStep < 0)
        endScript();
}

bool ScenarioRunner::act(int i, QString *error)
{
    const ScenarioAction &action = m_steps.at(i);
    switch (action.kind) {
    case ScenarioAction::Kind::Text:
        return m_session->sendText(action.text, error);
    case ScenarioAction::Kind::Binary:
        return m_session->sendBinary(action.data, error);
    case ScenarioAction::Kind::Ping:
        return m_session->ping(action.data, error);
    case ScenarioAction::Kind::File: {
        m_fileStep = i;
        m_inFileCall = true;
        const bool ok = m_session->sendFile(action.text, error);
        m_inFileCall = false;
        if (!ok)
            m_fileStep = -1;
        return ok; // with the tap off fileSent() came already and finished the step
    }
    case ScenarioAction::Kind::Frames:
        return m_session->injectFrames(action.frames, error);
    case ScenarioAction::Kind::Pong:
        m_session->setPongPolicy(action.pong);
        return true;
    case ScenarioAction::Kind::Drop: {
        const QString text = action.text;
        finishStep(i, Status::Done, QString());
        m_session->abort(ErrorCategory::Network, text);
        return true;
    }
    case ScenarioAction::Kind::Expect: {
        Expectation &expectation = m_steps[i].expectation;
        expectation.start();
        if (expectation.isDecided())
            onDecided(i); // decided before it was reached (a Close frame that came already)
        else if (expectation.withinMs() > 0)
            QTimer::singleShot(expectation.withinMs(), Qt::PreciseTimer, this, [this, i] { onExpectationTimer(i); });
        return true;
    }
    case ScenarioAction::Kind::Close:
        return m_session->close(action.closeCode, action.text, error);
    case ScenarioAction::Kind::Wait:
        return true; // runNext() waits
    }
    return true;
}

void ScenarioRunner::onWaitDone()
{
    if (m_waitStep < 0)
        return;
    const int i = m_waitStep;
    m_waitStep = -1;
    finishStep(i, Status::Done, QString());
    runNext();
}

void ScenarioRunner::onFileSent(bool ok, const QString &error)
{
    if (m_fileStep < 0)
        return;
    const int i = m_fileStep;
    m_fileStep = -1;
    finishStep(i, ok ? Status::Done : Status::Error, error);
    if (!m_inFileCall)
        runNext();
}

void ScenarioRunner::onEventLogged(const Event &event)
{
    if (event.kind == EventKind::Expectation || m_phase == Phase::Finished)
        return;
    for (int i = 0; i < stepCount(); ++i) {
        if (isExpect(i) && m_steps[i].expectation.note(event))
            onDecided(i);
    }
}

void ScenarioRunner::onExpectationTimer(int i)
{
    if (m_phase == Phase::Finished || m_steps.at(i).expectation.isDecided())
        return;
    m_steps[i].expectation.expire();
    onDecided(i);
    emit expectationExpired(i);
}

void ScenarioRunner::onDecided(int i)
{
    const Expectation &expectation = m_steps.at(i).expectation;
    if (!expectation.isDecided())
        return;
    if (!m_states.at(i).verdictLogged) {
        m_states[i].verdictLogged = true;
        if (m_session)
            m_session->logEvent(EventFactory::expectation(expectation.describe(), expectation.actual(), expectation.isMet()));
    }
    // A verdict made before its step was reached is shown when the step is reached.
    if (m_states.at(i).started || m_phase != Phase::Running) {
        const Expectation &decided = m_steps.at(i).expectation;
        finishStep(i, decided.isMet() ? Status::Passed : Status::Failed, decided.actual());
    }
    checkAllDecided();
}

void ScenarioRunner::finishStep(int i, Status status, const QString &text)
{
    if (m_states.at(i).finished)
        return;
    m_states[i].finished = true;
    m_states[i].status = status;
    emit stepFinished(i, status, text);
}

void ScenarioRunner::skipRest(int from, const QString &text)
{
    for (int j = from; j < stepCount(); ++j) {
        if (!isExpect(j))
            finishStep(j, Status::NotRun, text);
    }
    m_pos = stepCount();
}

void ScenarioRunner::endScript()
{
    m_phase = Phase::ScriptDone;
    emit scriptDone();
    if (m_phase != Phase::ScriptDone)
        return;
    // Expectations after a skipped step are never reached: their verdicts show as they come.
    for (int i = 0; i < stepCount(); ++i) {
        if (isExpect(i) && m_steps.at(i).expectation.isDecided())
            onDecided(i);
    }
    checkAllDecided();
}

void ScenarioRunner::checkAllDecided()
{
    if (m_phase != Phase::ScriptDone)
        return;
    for (int i = 0; i < stepCount(); ++i) {
        if (!m_states.at(i).finished)
            return;
    }
    finishRun();
}

void ScenarioRunner::finishRun()
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::Finished;
    m_wait.stop();
    bool allPassed = true;
    for (const StepState &state : std::as_const(m_states))
        allPassed = allPassed && (state.status == Status::Done || state.status == Status::Passed);
    emit finished(allPassed);
}
