#pragma once

#include "core/log/event.h"
#include "core/scenario/scenarioaction.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class Session;

// Runs a list of compiled steps (ScenarioAction) on an open Session, in order: the one way a
// script runs, for wsscope-cli's command line and --scenario, and for the desktop app's scenario
// panel.
//
// - A wait step pauses (a QTimer); a file step waits until the file is out (Session::fileSent).
// - Sends, pings and close steps need the connection Open; injected frames may also go while it
//   is Closing (after an injected Close); pong-policy and expect steps always run. A step that
//   may not run any more is an Error (skipped, see wasSkipped()) and the steps after it are not
//   run, except the expectations.
// - Every expectation is fed with every event the session logs from the runner's construction
//   on; reaching its step starts it (a message only counts from then on, and its within-time
//   runs from then). Each verdict is logged once as an Expectation event (Session::logEvent).
//   settle() (or the session's finished()) decides what is still open.
// - stepStarted/stepFinished tell a panel where the script is; scriptDone() comes when the last
//   step has run, finished() when every step has its status: after the last verdict, settle()
//   or stop().
class ScenarioRunner : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Done,   // the step ran
        Passed, // an expectation that was met
        Failed, // an expectation that was not met
        Error,  // refused (the session's error), or skipped because the connection was no longer open
        NotRun, // never reached: stopped, or the connection ended first
    };
    Q_ENUM(Status)

    ScenarioRunner(Session *session, const QList<ScenarioAction> &steps, QObject *parent = nullptr);
    ~ScenarioRunner() override;

    // Starts the first step. False with a translated *error when the session is not Open or the
    // runner was started before.
    bool start(QString *error = nullptr);
    // Cancels: no further step runs, open expectations are dropped unlogged, every step without
    // a status is NotRun, and finished(false) is emitted.
    void stop();
    // The connection is over: every expectation is decided (and logged), every other step
    // without a status is NotRun, then finished(). Also runs on the session's finished().
    void settle();

    int stepCount() const { return int(m_steps.size()); }
    const ScenarioAction &step(int index) const { return m_steps.at(index); }
    // Status of a step that has finished (see stepFinished); NotRun before.
    Status status(int index) const { return m_states.at(index).status; }
    bool isFinished(int index) const { return m_states.at(index).finished; }
    // An Error because the connection was no longer open when the step came (not a refusal).
    bool wasSkipped(int index) const { return m_states.at(index).skipped; }

    bool isRunning() const { return m_phase == Phase::Running; }
    bool isScriptDone() const { return m_phase == Phase::ScriptDone || m_phase == Phase::Finished; }
    bool isFinished() const { return m_phase == Phase::Finished; }

    bool hasExpectations() const;
    bool allExpectationsMet() const;
    // An expectation of a close or a drop: the script's end is the server's to make.
    bool expectsServerEnd() const;
    // A message expectation with a within-time that is not decided yet.
    bool awaitsMessage() const;

signals:
    void stepStarted(int index);
    void stepFinished(int index, ScenarioRunner::Status status, const QString &text);
    // An expect-message step's within-time passed without a match (after its stepFinished).
    void expectationExpired(int index);
    void scriptDone();
    void finished(bool allPassed);

private:
    enum class Phase { Ready, Running, ScriptDone, Finished };
    struct StepState
    {
        bool started = false;
        bool finished = false;
        bool skipped = false;
        bool verdictLogged = false;
        Status status = Status::NotRun;
    };

    bool isExpect(int index) const { return m_steps.at(index).kind == ScenarioAction::Kind::Expect; }
    bool mayAct(ScenarioAction::Kind kind) const;
    void runNext();
    bool act(int index, QString *error);
    void onWaitDone();
    void onFileSent(bool ok, const QString &error);
    void onEventLogged(const Event &event);
    void onExpectationTimer(int index);
    void onDecided(int index);
    void finishStep(int index, Status status, const QString &text);
    void skipRest(int from, const QString &text);
    void endScript();
    void checkAllDecided();
    void finishRun();

    QPointer<Session> m_session;
    QList<ScenarioAction> m_steps;
    QList<StepState> m_states;
    QTimer m_wait;
    Phase m_phase = Phase::Ready;
    int m_pos = 0;
    int m_waitStep = -1;  // the wait step in progress
    int m_fileStep = -1;  // the file step whose send is in progress
    bool m_inFileCall = false;
};
