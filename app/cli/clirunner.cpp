#include "cli/clirunner.h"

#include "core/export/sessionexportjob.h"

#include "core/export/eventformatter.h"
#include "core/export/harexporter.h"
#include "core/export/jsonlexporter.h"
#include "core/export/jsonlrecorder.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/protocol/closecodes.h"
#include "core/rules/displaytext.h"
#include "core/session/session.h"
#include "core/tap/taptunnel.h"

#include <QDateTime>
#include <QFile>
#include <QFileDevice>
#include <QIODevice>

namespace {

// After an abort, how long the session may take to log the end (Close, Closed) before we exit
// anyway: the tap lingers up to TapTunnel::LingerMs for the other side's Close, plus a margin
// for a busy machine.
constexpr int AbortGraceMs = TapTunnel::LingerMs + 1000;

bool isReceivedTraffic(const Event &event)
{
    if (event.dir != Direction::In)
        return false;
    return event.kind == EventKind::Frame;
}

} // namespace

CliRunner::CliRunner(const CliOptions &options, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
    , m_session(new Session(this))
    , m_redactor(exportRedactor())
{
    m_jsonl = m_options.format != CliOptions::Format::Text;
    m_session->setSettings(m_options.settings);
    connect(m_session, &Session::eventLogged, this, &CliRunner::onEventLogged);
    connect(m_session, &Session::stateChanged, this, &CliRunner::onStateChanged);
    connect(m_session, &Session::finished, this, &CliRunner::onSessionFinished);
    connect(m_session, &Session::messageDelivered, this, &CliRunner::onMessageDelivered);
    connect(m_session, &Session::bytesArriving, this, &CliRunner::onBytesArriving);
    if (m_options.harFile.isEmpty())
        m_session->log()->setCap(CappedLogEvents, CappedLogPayloadBytes);

    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CliRunner::onDeadline);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &CliRunner::onIdle);
    m_outputFlush.setSingleShot(true);
    connect(&m_outputFlush, &QTimer::timeout, this, &CliRunner::writeOutput);
    // Created after the connections above: each event is printed before the expectations see it
    // (a verdict it makes is printed after it), and this runner's finish settles them first.
    m_script = new ScenarioRunner(m_session, m_options.actions, this);
    connect(m_script, &ScenarioRunner::stepFinished, this, &CliRunner::onStepFinished);
    connect(m_script, &ScenarioRunner::expectationExpired, this, &CliRunner::onExpectationExpired);
    connect(m_script, &ScenarioRunner::scriptDone, this, [this] {
        if (m_phase == Phase::Script)
            startWaiting();
    });
    m_abortGrace.setSingleShot(true);
    connect(&m_abortGrace, &QTimer::timeout, this, [this] { finish(m_timedOut ? int(ExitTimeout) : computeExitCode()); });
}

CliRunner::~CliRunner() = default;

bool CliRunner::start()
{
    QString error;
    if (!m_options.recordFile.isEmpty()) {
        // Streams from the session's log, so the cap below loses nothing; nothing is sent when
        // the file cannot even be created.
        m_recorder = new JsonlRecorder(this);
        m_recorder->setRedactor(exportRedactor());
        if (!m_recorder->start(m_session->log(), m_options.recordFile, false, &error)) {
            printError(error);
            m_phase = Phase::Done;
            m_exitCode = ExitExport;
            return false;
        }
        connect(m_recorder, &JsonlRecorder::failed, this, [this](const QString &message) {
            m_recordFailed = true;
            printError(message);
        });
    }
    m_deadline.start(m_options.timeoutMs);
    if (!m_session->open(&error)) {
        printError(error);
        m_deadline.stop();
        m_phase = Phase::Done;
        m_exitCode = ExitUsage;
        return false;
    }
    return true;
}

void CliRunner::onEventLogged(const Event &event)
{
    if (m_jsonl) {
        // Like the files: credential header values only with --include-secrets.
        JsonlExporter::appendLine(m_redactor.touches(event) ? m_redactor.apply(event) : event, m_outBuffer);
        outputAdded();
    } else if (LogRules::isRow(event)) {
        // The same rows as the app's log: one line per frame.
        m_outBuffer += (EventFormatter::textLine(event) + QLatin1Char('\n')).toUtf8();
        outputAdded();
    }
    m_tally.note(event);
    if (event.kind == EventKind::Frame && (event.frame.flags & FrameFields::Injected))
        printInjected(event);
    if (m_phase == Phase::Waiting) {
        if (isReceivedTraffic(event) && m_idle.isActive())
            m_idle.start(); // silence is counted from the last received frame
        checkWaitDone();
    }
}

void CliRunner::onStateChanged(SessionState state)
{
    if (state == SessionState::Open && !m_wasOpen) {
        m_wasOpen = true;
        m_openMs = QDateTime::currentMSecsSinceEpoch();
        // Out of the signal handler: the session finishes its own bookkeeping of "Open" first.
        QTimer::singleShot(0, this, &CliRunner::runScript);
    }
}

void CliRunner::runScript()
{
    if (m_phase != Phase::Connecting)
        return;
    m_phase = Phase::Script;
    QString error;
    // It refuses only when the connection closed meanwhile: the finish handler reports that.
    if (!m_script->start(&error) && m_phase == Phase::Script)
        startWaiting();
}

void CliRunner::startWaiting()
{
    m_phase = Phase::Waiting;
    if (m_options.idleMs > 0)
        m_idle.start(m_options.idleMs);
    else if (m_options.waitMessages <= 0 && !expectsServerEnd())
        m_idle.start(CliOptions::DefaultGraceMs); // an expected close or drop is waited for, up to --timeout
    checkWaitDone();
}

void CliRunner::onMessageDelivered()
{
    // Counted when QWebSocket hands the message over, not when the tap saw its frame: by then
    // QWebSocket has processed everything before it, pongs owed for earlier pings included.
    ++m_messagesIn;
    checkWaitDone();
}

void CliRunner::onBytesArriving()
{
    // A large frame still arriving is activity too, not silence.
    if (m_phase == Phase::Waiting && m_idle.isActive())
        m_idle.start();
}

void CliRunner::checkWaitDone()
{
    if (m_phase == Phase::Waiting && m_options.waitMessages > 0 && m_messagesIn >= m_options.waitMessages)
        closeNow();
}

void CliRunner::onIdle()
{
    if (m_phase != Phase::Waiting)
        return;
    if (awaitsMessage())
        return; // its --within timer ends the wait
    closeNow();
}

void CliRunner::closeNow()
{
    m_phase = Phase::Closing;
    m_idle.stop();
    if (m_session->state() != SessionState::Open)
        return; // already closing or closed: the finish handler reports it
    QString error;
    if (!m_session->close(m_options.closeCode, m_options.closeReason, &error))
        printError(error);
}

void CliRunner::interrupt()
{
    if (m_phase == Phase::Done)
        return;
    if (++m_interrupts == 1 && m_session->state() == SessionState::Open) {
        printError(tr("Interrupted: closing the connection (press Ctrl+C again to drop it)."));
        closeNow();
        return;
    }
    printError(tr("Interrupted: dropping the connection."));
    abortSession(ErrorCategory::Network, tr("Interrupted by the user (Ctrl+C): the connection was dropped without a closing handshake."));
}

void CliRunner::abortSession(ErrorCategory category, const QString &text)
{
    m_idle.stop();
    m_session->abort(category, text);
    startAbortGrace();
}

void CliRunner::startAbortGrace()
{
    m_idle.stop();
    if (m_phase != Phase::Done)
        m_abortGrace.start(AbortGraceMs);
}

void CliRunner::onDeadline()
{
    if (m_phase == Phase::Done)
        return;
    m_timedOut = true;
    const QString text = tr("Timed out after %1 ms.").arg(m_options.timeoutMs);
    printError(text);
    // In the log too (so in JSONL and the HAR), next to the Close event it leads to.
    abortSession(ErrorCategory::Timeout, text);
}

void CliRunner::onSessionFinished()
{
    finish(computeExitCode());
}

int CliRunner::computeExitCode() const
{
    if (m_timedOut || m_tally.timeoutSeen())
        return ExitTimeout;
    if (!m_wasOpen)
        return ExitConnect;
    // A violation by the peer fails the run even when the close code that followed looks normal
    // (e.g. one seen while closing, RFC 6455 §7.1.7).
    if (m_tally.protocolViolationSeen())
        return ExitClosedOther;
    if (m_tally.closeSeen())
        return m_tally.closeCode() == CloseCodes::NormalClosure || m_tally.closeCode() == CloseCodes::GoingAway ? ExitOk : ExitClosedOther;
    return ExitClosedOther;
}

QString CliRunner::failureText(int exitCode) const
{
    if (exitCode == ExitConnect)
        return m_tally.connectFailureText();
    if (exitCode == ExitClosedOther)
        return m_tally.closedText();
    return QString();
}

void CliRunner::finish(int exitCode)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_endMs = QDateTime::currentMSecsSinceEpoch();
    m_deadline.stop();
    m_idle.stop();
    m_abortGrace.stop();
    m_script->settle();
    if (m_script->hasExpectations())
        exitCode = expectationExitCode(exitCode);
    m_exitCode = exitCode;
    writeOutput();
    if ((exitCode == ExitConnect || exitCode == ExitClosedOther) && !m_script->hasExpectations())
        printError(failureText(exitCode));
    if (!m_options.harFile.isEmpty()) {
        QString error;
        if (!SessionExportJob::write(m_session->log()->events(), SessionExportJob::Format::Har, m_options.harFile,
                                     m_options.settings.parsedUrl(), nullptr, nullptr, &error, exportRedactor())) {
            printError(error);
            m_exitCode = ExitExport;
        }
    }
    if (m_recorder) {
        QString error;
        m_recorder->stop(&error); // a failure was reported when it happened
        if (m_recordFailed || !error.isEmpty())
            m_exitCode = ExitExport;
    }
    if (m_options.summary)
        m_err->write((m_tally.summaryLine(m_wasOpen ? qMax<qint64>(1, m_endMs - m_openMs) : 0) + QLatin1Char('\n')).toUtf8());
    emit finished(m_exitCode);
}

void CliRunner::outputAdded()
{
    // A terminal or --flush: each line as it happens. Otherwise the lines of one pass of the event
    // loop (often hundreds: one socket read of a flood) go out in one write, at the end of that
    // pass, so a pipe still sees them at once but does not pay a system call per line.
    if (m_options.flushEachLine || m_outBuffer.size() >= MaxBufferedOutput) {
        writeOutput();
    } else if (!m_outputFlush.isActive()) {
        m_outputFlush.start(0);
    }
}

void CliRunner::writeOutput()
{
    m_outputFlush.stop();
    if (m_outBuffer.isEmpty())
        return;
    m_out->write(m_outBuffer);
    m_outBuffer.clear();
    if (auto *file = qobject_cast<QFileDevice *>(m_out))
        file->flush();
}

void CliRunner::printError(const QString &text)
{
    if (text.isEmpty())
        return;
    // A diagnostic can quote the peer (a reason phrase, a close reason): text only, for a terminal.
    m_err->write((QStringLiteral("wsscope-cli: ") + DisplayText::lines(text) + QLatin1Char('\n')).toUtf8());
    if (auto *file = qobject_cast<QFileDevice *>(m_err))
        file->flush();
}

SecretRedactor CliRunner::exportRedactor() const
{
    // --har and --record files leave credential header values out unless --include-secrets.
    if (m_options.includeSecrets)
        return SecretRedactor::includeAll();
    QStringList marked;
    for (const HeaderEntry &header : m_options.settings.headers) {
        if (header.secret)
            marked << header.name;
    }
    return SecretRedactor(marked);
}
