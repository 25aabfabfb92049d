#include "cli/clirunner.h"

#include "core/export/eventformatter.h"
#include "core/export/harexporter.h"
#include "core/export/jsonlexporter.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"
#include "core/session/session.h"

#include <QDateTime>
#include <QFileDevice>
#include <QIODevice>
#include <QLocale>

namespace {

// After an abort on timeout, how long the tap may take to report the end before we exit anyway.
constexpr int AbortGraceMs = 300;

bool isReceivedTraffic(const Event &event)
{
    if (event.dir != Direction::In)
        return false;
    return event.kind == EventKind::Frame;
}

QString bytesText(quint64 bytes)
{
    return QLocale::c().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
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
    connect(m_session, &Session::finished, this, &CliRunner::onSessionFinished);

    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CliRunner::onDeadline);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &CliRunner::onIdle);
    m_abortGrace.setSingleShot(true);
    connect(&m_abortGrace, &QTimer::timeout, this, [this] { finish(ExitTimeout); });
}

CliRunner::~CliRunner() = default;

bool CliRunner::start()
{
    m_deadline.start(m_options.timeoutMs);
    QString error;
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
        printLine(JsonlExporter::toLine(event));
    } else if (LogRules::isRow(event)) {
        // The same rows as the app's log: one line per frame.
        printLine((EventFormatter::textLine(event) + QLatin1Char('\n')).toUtf8());
    }
    if (event.dir == Direction::In && LogRules::endsMessage(event))
        ++m_messagesIn;
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
    for (const CliAction &action : std::as_const(m_options.actions)) {
        if (m_session->state() != SessionState::Open)
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
        }
        if (!ok)
            printError(error);
    }
    if (m_phase != Phase::Script)
        return;
    m_phase = Phase::Waiting;
    if (m_options.idleMs > 0)
        m_idle.start(m_options.idleMs);
    else if (m_options.waitMessages <= 0)
        m_idle.start(CliOptions::DefaultGraceMs);
    checkWaitDone();
}

void CliRunner::checkWaitDone()
{
    if (m_phase == Phase::Waiting && m_options.waitMessages > 0 && m_messagesIn >= m_options.waitMessages)
        closeNow();
}

void CliRunner::onIdle()
{
    if (m_phase == Phase::Waiting)
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
    m_idle.stop();
    m_session->abort();
    if (m_phase != Phase::Done)
        m_abortGrace.start(AbortGraceMs);
}

void CliRunner::onDeadline()
{
    if (m_phase == Phase::Done)
        return;
    m_timedOut = true;
    printError(tr("Timed out after %1 ms.").arg(m_options.timeoutMs));
    m_idle.stop();
    m_session->abort();
    if (m_phase != Phase::Done)
        m_abortGrace.start(AbortGraceMs);
}

void CliRunner::onSessionFinished()
{
    finish(computeExitCode());
}

int CliRunner::computeExitCode() const
{
    const std::deque<Event> &events = m_session->log()->events();
    if (m_timedOut)
        return ExitTimeout;
    for (const Event &event : events) {
        if (event.kind == EventKind::Error && event.detail && event.detail->errorCategory == ErrorCategory::Timeout)
            return ExitTimeout;
    }
    if (!m_wasOpen)
        return ExitConnect;
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (it->kind == EventKind::Close && it->detail) {
            const quint16 code = it->detail->closeCode;
            return code == CloseCodes::NormalClosure || code == CloseCodes::GoingAway ? ExitOk : ExitClosedOther;
        }
    }
    return ExitClosedOther;
}

QString CliRunner::failureText(int exitCode) const
{
    const std::deque<Event> &events = m_session->log()->events();
    if (exitCode == ExitConnect) {
        for (const Event &event : events) {
            if (event.kind == EventKind::HandshakeResponse && event.detail && event.detail->http.statusCode != 101
                && event.detail->http.statusCode != 0) {
                return tr("Handshake refused: %1 %2")
                        .arg(event.detail->http.statusCode)
                        .arg(QString::fromLatin1(event.detail->http.reasonPhrase));
            }
        }
        for (auto it = events.rbegin(); it != events.rend(); ++it) {
            if (it->kind == EventKind::Error && it->detail)
                return tr("Could not connect: %1").arg(it->detail->text);
        }
        return tr("Could not connect.");
    }
    if (exitCode == ExitClosedOther) {
        for (auto it = events.rbegin(); it != events.rend(); ++it) {
            if (it->kind == EventKind::Close && it->detail)
                return tr("Connection closed with %1.").arg(CloseCodes::label(it->detail->closeCode));
        }
    }
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
    m_exitCode = exitCode;
    if (exitCode == ExitConnect || exitCode == ExitClosedOther)
        printError(failureText(exitCode));
    if (!m_options.harFile.isEmpty()) {
        QString error;
        if (!HarExporter::writeFile(m_options.harFile, m_session->log()->events(), m_options.settings.url, &error))
            printError(error);
    }
    if (m_options.summary)
        m_err->write((summaryLine() + QLatin1Char('\n')).toUtf8());
    emit finished(m_exitCode);
}

QString CliRunner::summaryLine() const
{
    // Counted from the wire when the tap saw frames, else from QWebSocket's messages.
    const std::deque<Event> &events = m_session->log()->events();
    bool framesKnown = false;
    for (const Event &event : events) {
        if (event.kind == EventKind::Frame && event.frame.headerKnown()) {
            framesKnown = true;
            break;
        }
    }
    quint64 messages[2] = {0, 0};
    quint64 bytes[2] = {0, 0};
    quint64 frames = 0;
    QString close = tr("no close");
    for (const Event &event : events) {
        const int side = event.dir == Direction::Out ? 0 : 1;
        if (event.kind == EventKind::Close && event.detail) {
            const EventDetail &d = *event.detail;
            const QString initiator = d.closeInitiator == CloseInitiator::Client ? tr("by the client")
                    : d.closeInitiator == CloseInitiator::Server                 ? tr("by the server")
                                                                                 : tr("by neither side");
            close = tr("close %1 %2, %3").arg(CloseCodes::label(d.closeCode), initiator,
                                               d.closeClean ? tr("clean") : tr("not clean"));
        }
        if (event.dir == Direction::None)
            continue;
        if (event.kind != EventKind::Frame)
            continue;
        if (event.frame.headerKnown())
            ++frames;
        if (LogRules::isDataFrame(event))
            bytes[side] += event.length;
        if (LogRules::endsMessage(event))
            ++messages[side];
    }
    const qint64 openMs = m_wasOpen ? qMax<qint64>(1, m_endMs - m_openMs) : 0;
    const double seconds = double(openMs) / 1000.0;
    const double rate = openMs > 0 ? double(messages[0] + messages[1]) / seconds : 0.0;
    QString line = tr("summary: sent %1 messages (%2), received %3 messages (%4)")
                           .arg(messages[0])
                           .arg(bytesText(bytes[0]))
                           .arg(messages[1])
                           .arg(bytesText(bytes[1]));
    if (framesKnown)
        line += tr(", %1 frames").arg(frames);
    line += tr(", open %1 s, %2 messages/s, %3")
                    .arg(QLocale::c().toString(seconds, 'f', 3), QLocale::c().toString(rate, 'f', 1), close);
    return line;
}

void CliRunner::printLine(const QByteArray &line)
{
    m_out->write(line);
    // Per line, so a pipe or a script sees each event as it happens.
    if (auto *file = qobject_cast<QFileDevice *>(m_out))
        file->flush();
}

void CliRunner::printError(const QString &text)
{
    if (text.isEmpty())
        return;
    m_err->write((QStringLiteral("wsscope-cli: ") + text + QLatin1Char('\n')).toUtf8());
    if (auto *file = qobject_cast<QFileDevice *>(m_err))
        file->flush();
}
