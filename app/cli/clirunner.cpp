#include "cli/clirunner.h"

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
{
    m_jsonl = m_options.format != CliOptions::Format::Text;
    m_session->setSettings(m_options.settings);
    connect(m_session, &Session::eventLogged, this, &CliRunner::onEventLogged);
    connect(m_session, &Session::stateChanged, this, &CliRunner::onStateChanged);
    connect(m_session, &Session::fileSent, this, &CliRunner::onFileSent);
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
    m_expectations = m_options.expectations;
    m_expectationLogged = QList<bool>(m_expectations.size(), false);
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
        JsonlExporter::appendLine(event, m_outBuffer);
        outputAdded();
    } else if (LogRules::isRow(event)) {
        // The same rows as the app's log: one line per frame.
        m_outBuffer += (EventFormatter::textLine(event) + QLatin1Char('\n')).toUtf8();
        outputAdded();
    }
    m_tally.note(event);
    if (event.kind == EventKind::Frame && (event.frame.flags & FrameFields::Injected))
        printInjected(event);
    noteExpectations(event);
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
    m_scriptPos = 0;
    continueScript();
}

void CliRunner::continueScript()
{
    if (m_phase != Phase::Script)
        return;
    while (m_scriptPos < m_options.actions.size()) {
        const CliAction &action = m_options.actions.at(m_scriptPos++);
        if (action.kind == CliAction::Kind::Wait) {
            QTimer::singleShot(action.waitMs, this, &CliRunner::continueScript);
            return;
        }
        // Injected frames may follow an injected Close (the session is then Closing).
        const bool mayAct = m_session->state() == SessionState::Open
                || (m_session->state() == SessionState::Closing && action.kind == CliAction::Kind::Frames)
                || action.kind == CliAction::Kind::Expect || action.kind == CliAction::Kind::Pong;
        if (!mayAct)
            break; // the server closed meanwhile: the finish handler reports it
        QString error;
        bool ok = true;
        switch (action.kind) {
        case CliAction::Kind::Text:
            ok = m_session->sendText(action.text, &error);
            break;
        case CliAction::Kind::Binary:
            ok = m_session->sendBinary(action.data, &error);
            break;
        case CliAction::Kind::Ping:
            ok = m_session->ping(action.data, &error);
            break;
        case CliAction::Kind::File:
            ok = sendFile(action.text, &error);
            break;
        case CliAction::Kind::Frames:
            ok = m_session->injectFrames(action.frames, &error);
            break;
        case CliAction::Kind::Pong:
            m_session->setPongPolicy(action.pong);
            break;
        case CliAction::Kind::Drop:
            abortSession(ErrorCategory::Network, tr("Dropped the TCP connection without a Close frame (--drop)."));
            break;
        case CliAction::Kind::Expect:
            startExpectation(action.expectation);
            break;
        case CliAction::Kind::Wait:
            break; // above
        case CliAction::Kind::Close:
            ok = m_session->close(action.closeCode, action.text, &error);
            break;
        }
        if (!ok)
            printError(error);
    }
    if (m_phase != Phase::Script)
        return;
    if (m_session->isSendingFile()) {
        m_scriptWaitsForFile = true; // onFileSent() goes on
        return;
    }
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

bool CliRunner::sendFile(const QString &path, QString *error)
{
    // With the tap on the tap streams it (fragments read as the server takes them); the waiting
    // phase starts once it is out (onFileSent), so the grace and the Close never cut it short.
    QString why;
    if (m_session->sendFile(path, &why))
        return true;
    *error = tr("--send-file: %1").arg(why);
    return false;
}

void CliRunner::onFileSent(bool ok, const QString &error)
{
    if (!ok)
        printError(tr("--send-file: %1").arg(error));
    if (m_phase == Phase::Script && m_scriptWaitsForFile) {
        m_scriptWaitsForFile = false;
        startWaiting();
    }
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
    if (!m_expectations.isEmpty()) {
        settleExpectations();
        exitCode = expectationExitCode(exitCode);
    }
    m_exitCode = exitCode;
    writeOutput();
    if ((exitCode == ExitConnect || exitCode == ExitClosedOther) && m_expectations.isEmpty())
        printError(failureText(exitCode));
    if (!m_options.harFile.isEmpty()) {
        QString error;
        if (!HarExporter::writeFile(m_options.harFile, m_session->log()->events(), m_options.settings.url, &error)) {
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

