#pragma once

#include "cli/clioptions.h"
#include "cli/clitally.h"
#include "core/export/secretredactor.h"
#include "core/log/event.h"
#include "core/scenario/scenariorunner.h"

#include <QObject>
#include <QTimer>

class JsonlRecorder;
class QIODevice;
class Session;

// Runs one wsscope-cli session: connect, run the send script in order once open (a
// ScenarioRunner, the one way a script runs, which also checks the expectations), wait
// (--wait-messages / --idle / the default grace), close with --close, wait for the close
// handshake, then write the HAR and the summary. Every event is printed as it is logged (text
// or JSONL, flushed per line); the whole log is kept only for the HAR: without --har it is capped,
// so memory stays flat however long the run.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    enum ExitCode {
        ExitOk = 0,          // closed with 1000/1001 by either side
        ExitClosedOther = 1, // any other close code, or abnormal (1006)
        ExitUsage = 2,       // invalid input: nothing was sent
        ExitConnect = 3,     // could not connect, handshake refused or invalid
        ExitTimeout = 4,     // --timeout passed
        // --har FILE could not be written (e.g. the disk is full; no partial file is left), or
        // --record FILE could not be created or written. It wins over the codes above: the file
        // the caller asked for does not exist (or is incomplete), and the run's own outcome is
        // still on stderr and in the event lines.
        ExitExport = 5,
        // An expectation (--expect-close, --expect-message, --expect-drop) was not met.
        ExitExpectation = 5,
    };

    // `out` gets the event lines, `err` diagnostics; both must outlive the runner.
    CliRunner(const CliOptions &options, QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~CliRunner() override;

    // Opens the session. False (exitCode() == ExitUsage) when the session refuses the settings.
    bool start();
    int exitCode() const { return m_exitCode; }
    // True once finished() was emitted (possibly already inside start()).
    bool isFinished() const { return m_phase == Phase::Done; }
    const Session *session() const { return m_session; }

    // Ctrl+C: the first one closes the session as the run would have (--close), so the log and the
    // HAR end with the close handshake; a second one (or the first one before the connection is
    // open) drops the connection at once. Either way the log ends with an Error, Close and Closed.
    void interrupt();

    // Without --har no export needs the events: the log keeps this many (and payload bytes).
    static constexpr qsizetype CappedLogEvents = 256;
    static constexpr qint64 CappedLogPayloadBytes = 4 * 1024 * 1024;

signals:
    void finished(int exitCode);

private:
    SecretRedactor exportRedactor() const;
    enum class Phase { Connecting, Script, Waiting, Closing, Done };
    int m_interrupts = 0;

    void onEventLogged(const Event &event);
    void onStateChanged(SessionState state);
    void onSessionFinished();
    void onDeadline();
    void onIdle();
    void onMessageDelivered();
    void onBytesArriving();
    void abortSession(ErrorCategory category, const QString &text);
    // After an abort: the session may take a while to log the end, but not forever.
    void startAbortGrace();
    void startWaiting();

    void runScript();
    // The script's steps as they end: refusals on stderr, a drop's grace, failed expectations.
    void onStepFinished(int index, ScenarioRunner::Status status, const QString &text);
    void onExpectationExpired(int index);
    bool expectsServerEnd() const;
    bool awaitsMessage() const;
    int expectationExitCode(int exitCode) const;
    void printInjected(const Event &event);
    void checkWaitDone();
    void closeNow();
    void finish(int exitCode);
    int computeExitCode() const;
    QString failureText(int exitCode) const;
    // Output lines are gathered in m_outBuffer; see outputAdded().
    void outputAdded();
    void writeOutput();
    static constexpr qsizetype MaxBufferedOutput = 256 * 1024;
    void printError(const QString &text);

    CliOptions m_options;
    QIODevice *m_out;
    QIODevice *m_err;
    Session *m_session;
    SecretRedactor m_redactor; // what stdout JSONL leaves out (exportRedactor())
    JsonlRecorder *m_recorder = nullptr; // --record
    bool m_recordFailed = false;
    QTimer m_deadline;
    QTimer m_idle;
    QTimer m_abortGrace;
    QTimer m_outputFlush;
    QByteArray m_outBuffer;
    Phase m_phase = Phase::Connecting;
    bool m_jsonl = true;
    bool m_wasOpen = false;
    bool m_timedOut = false;
    CliTally m_tally;
    int m_messagesIn = 0;
    qint64 m_openMs = 0;
    qint64 m_endMs = 0;
    int m_exitCode = ExitOk;
    ScenarioRunner *m_script = nullptr;
};
