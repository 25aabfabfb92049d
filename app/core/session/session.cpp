#include "core/session/session.h"

#include "core/log/eventfactory.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"
#include "core/tap/wiretap.h"

#include <QDateTime>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

// The Session's implementation is split by responsibility (docs/ARCHITECTURE.md):
//   session.cpp         construction, accessors, the log and the state
//   sessionattempt.cpp  opening, the attempt's lifecycle and its Close event, reconnects, abort
//   sessionsocket.cpp   the QWebSocket and tap handlers
//   sessionsend.cpp     the send API and back-pressure

Session::Session(QObject *parent)
    : QObject(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_log(new EventLog(this))
    , m_handshakeTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_stateSinceMs(QDateTime::currentMSecsSinceEpoch())
{
    m_tap = new WireTap(this);
    connect(m_tap, &WireTap::tunnelStarted, this, &Session::onTunnelStarted);
    connect(m_tap, &WireTap::negotiationFailed, this, [this](const QByteArray &user, const QString &text) {
        if (m_attempt.awaitingTunnel && user == m_tapUser)
            logError(ErrorCategory::Tap, tr("The wire tap refused our own SOCKS5 request: %1").arg(text));
    });
    // Other local processes may knock on the tap's port; they get nothing, the log one line per burst.
    connect(m_tap, &WireTap::foreignConnectionsRefused, this, [this](int count) {
        logInfo(tr("%n foreign connection(s) to the wire tap were refused.", nullptr, count));
    });

    m_handshakeTimer->setSingleShot(true);
    m_reconnectTimer->setSingleShot(true);
    connect(m_handshakeTimer, &QTimer::timeout, this, &Session::onHandshakeTimeout);
    connect(m_pingTimer, &QTimer::timeout, this, &Session::onPingTimer);
    connect(m_reconnectTimer, &QTimer::timeout, this, &Session::onReconnectTimer);
}

Session::~Session()
{
    // Children die after this body: cut their way back into a half-destroyed Session first.
    m_handshakeTimer->stop();
    m_pingTimer->stop();
    m_reconnectTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
    const QList<TapTunnel *> tunnels = m_tap->findChildren<TapTunnel *>();
    for (TapTunnel *tunnel : tunnels)
        tunnel->disconnect(this);
    delete m_tap;
    m_tap = nullptr;
}

QString Session::id() const
{
    return m_id;
}

void Session::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
}

const ConnectionSettings &Session::settings() const
{
    return m_settings;
}

EventLog *Session::log() const
{
    return m_log;
}

SessionState Session::state() const
{
    return m_state;
}

qint64 Session::stateSinceMs() const
{
    return m_stateSinceMs;
}

QString Session::subprotocol() const
{
    return m_attempt.subprotocol;
}

Session::Stats Session::stats() const
{
    return m_stats;
}

quint16 Session::tapPort() const
{
    return m_tap->port();
}

void Session::appendEvent(Event event)
{
    if (const LogRules::Message message = LogRules::messageOf(event); message.valid) {
        if (event.dir == Direction::In) {
            ++m_stats.messagesIn;
            m_stats.bytesIn += quint64(message.length);
        } else if (event.dir == Direction::Out) {
            ++m_stats.messagesOut;
            m_stats.bytesOut += quint64(message.length);
        }
    } else if (event.kind == EventKind::Frame && event.frame.opcode == FrameHeader::Pong) {
        if (event.detail && event.detail->rttUs >= 0)
            m_stats.lastRttUs = event.detail->rttUs;
    } else if (event.kind == EventKind::Error) {
        if (m_attempt.running && event.detail && event.detail->errorCategory != ErrorCategory::Usage)
            m_attempt.errorLogged = true;
    }
    const Event &stored = m_log->append(std::move(event));
    emit eventLogged(stored);
}

void Session::logError(ErrorCategory category, const QString &text)
{
    appendEvent(EventFactory::error(category, text));
}

void Session::logInfo(const QString &text)
{
    appendEvent(EventFactory::info(text));
}

void Session::setState(SessionState state, const QString &why)
{
    if (state == m_state)
        return;
    m_state = state;
    m_stateSinceMs = QDateTime::currentMSecsSinceEpoch();
    auto detail = QSharedPointer<EventDetail>::create();
    detail->state = state;
    detail->text = why;
    Event event = EventFactory::withDetail(EventKind::State, Direction::None, detail);
    event.wallMs = m_stateSinceMs;
    appendEvent(std::move(event));
    emit stateChanged(state);
    noteInjectContext();
}

bool Session::refuse(QString *error, const QString &text)
{
    if (error)
        *error = text;
    logError(ErrorCategory::Usage, text);
    return false;
}

QString Session::stateName(SessionState state)
{
    switch (state) {
    case SessionState::Idle: return tr("idle");
    case SessionState::Connecting: return tr("connecting");
    case SessionState::Handshaking: return tr("handshaking");
    case SessionState::Open: return tr("open");
    case SessionState::Closing: return tr("closing");
    case SessionState::Closed: return tr("closed");
    }
    return {};
}
