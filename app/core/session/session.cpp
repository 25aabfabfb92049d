#include "core/session/session.h"

#include "core/log/eventfactory.h"
#include "core/log/eventlog.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/closepayload.h"
#include "core/protocol/frameheader.h"
#include "core/session/settingsvalidator.h"
#include "core/session/socketerrortext.h"
#include "core/tap/wiretap.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace {

// Tap off: QWebSocket does not say how many frames a message took.
constexpr int UnknownFrameCount = 0;

QString stateName(SessionState state)
{
    switch (state) {
    case SessionState::Idle: return Session::tr("idle");
    case SessionState::Connecting: return Session::tr("connecting");
    case SessionState::Handshaking: return Session::tr("handshaking");
    case SessionState::Open: return Session::tr("open");
    case SessionState::Closing: return Session::tr("closing");
    case SessionState::Closed: return Session::tr("closed");
    }
    return {};
}

bool isSecure(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0;
}

QByteArray hostForHeader(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded);
    if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol)
        return '[' + host.toLatin1() + ']';
    return host.toLatin1();
}

} // namespace

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
        if (m_awaitingTunnel && user == m_tapUser)
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
    return m_subprotocol;
}

Session::Stats Session::stats() const
{
    return m_stats;
}

quint16 Session::tapPort() const
{
    return m_tap->port();
}

QString Session::targetText() const
{
    const QUrl &url = m_settings.url;
    const bool secure = isSecure(url);
    return QString::fromLatin1(hostForHeader(url)) + QLatin1Char(':') + QString::number(url.port(secure ? 443 : 80));
}

void Session::appendEvent(Event event)
{
    switch (event.kind) {
    case EventKind::Message:
        if (event.dir == Direction::In) {
            ++m_stats.messagesIn;
            m_stats.bytesIn += event.length;
        } else if (event.dir == Direction::Out) {
            ++m_stats.messagesOut;
            m_stats.bytesOut += event.length;
        }
        break;
    case EventKind::Pong:
        if (event.detail && event.detail->rttUs >= 0)
            m_stats.lastRttUs = event.detail->rttUs;
        break;
    case EventKind::Error:
        if (event.detail)
            m_lastErrorText = event.detail->text;
        if (m_attemptRunning && event.detail && event.detail->errorCategory != ErrorCategory::Usage)
            m_errorLogged = true;
        break;
    default:
        break;
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
}

bool Session::refuse(QString *error, const QString &text)
{
    if (error)
        *error = text;
    logError(ErrorCategory::Usage, text);
    return false;
}

bool Session::open(QString *error)
{
    if (m_attemptRunning)
        return refuse(error, tr("The session is already %1; close it before opening it again.").arg(stateName(m_state)));
    QString problem;
    QStringList warnings;
    if (!SettingsValidator::validate(m_settings, &problem, &warnings))
        return refuse(error, problem);
    m_reconnectTimer->stop();
    for (const QString &warning : std::as_const(warnings))
        logInfo(warning);
    m_userClosed = false;
    m_reconnectAttempt = 0;
    startAttempt();
    return true;
}

void Session::startAttempt()
{
    m_attemptRunning = true;
    m_socketDone = false;
    m_tunnelSeen = false;
    m_tunnelDone = false;
    m_tunnelSummary = TapTunnel::CloseSummary();
    m_errorLogged = false;
    m_wasOpen = false;
    m_sentCloseCode = 0;
    m_sentCloseReason.clear();
    m_serverClosedFirst = false;
    m_handshakeRejected = false;
    m_pendingViolation = 0;
    m_serverCloseSeen = false;
    m_subprotocol.clear();
    m_tunnel.clear();

    const bool secure = isSecure(m_settings.url);
    SettingsValidator::TlsMaterial tls;
    QNetworkProxy upstreamProxy(QNetworkProxy::NoProxy);
    QString problem;
    // Validated in open(); files can still vanish between reconnects.
    if (!SettingsValidator::loadTls(m_settings.tls, &tls, &problem)
        || !SettingsValidator::proxyFromUrl(m_settings.proxy, &upstreamProxy, &problem)) {
        setState(SessionState::Connecting);
        logError(ErrorCategory::Usage, problem);
        m_socketDone = true;
        finishAttempt();
        return;
    }

    m_tapActive = m_settings.tapEnabled;
    if (m_tapActive && !m_tap->listen(&problem)) {
        logError(ErrorCategory::Tap, problem);
        m_tapActive = false;
    }

    QUrl url = m_settings.url;
    url.setScheme(url.scheme().toLower());
    TapConfig tapConfig;
    if (m_tapActive) {
        TapConfig &config = tapConfig;
        config.secure = secure;
        config.ignoreTlsErrors = m_settings.tls.ignoreErrors || !m_settings.tls.verifyPeer;
        config.caCertificates = tls.caCertificates;
        config.clientCertificate = tls.clientCertificate;
        config.clientKey = tls.clientKey;
        config.upstreamProxy = upstreamProxy;
        config.maxIncomingFrameSize = quint64(m_settings.maxIncomingFrameSize);
        config.maxIncomingMessageSize = quint64(m_settings.maxIncomingMessageSize);
        config.handshakeTimeoutMs = m_settings.handshakeTimeoutMs;
        if (secure) {
            // The tap design of docs/ARCHITECTURE.md: QWebSocket speaks plain ws:// to the tap, the tap speaks
            // TLS upstream. Qt then writes "Host: host:443"; a wss client on the default port
            // writes "Host: host" (RFC 6455 §4.1 item 4, RFC 7230 §5.4), so the tap puts that back.
            url.setScheme(QStringLiteral("ws"));
            if (url.port() == -1 || url.port() == 443) {
                url.setPort(443);
                config.hostHeaderFrom = hostForHeader(url) + ":443";
                config.hostHeaderTo = hostForHeader(url);
            }
        }
    }

    auto *socket = new QWebSocket(m_settings.origin, QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    wireSocket(socket);
    socket->setMaxAllowedIncomingFrameSize(quint64(m_settings.maxIncomingFrameSize));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_settings.maxIncomingMessageSize));
    if (m_tapActive) {
        // Credentials for this attempt only: the first connection that uses them is ours.
        const QNetworkProxy proxy = m_tap->beginAttempt(tapConfig);
        m_tapUser = proxy.user().toLatin1();
        socket->setProxy(proxy);
    } else {
        socket->setProxy(upstreamProxy);
        if (secure) {
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            if (!tls.caCertificates.isEmpty())
                config.addCaCertificates(tls.caCertificates);
            if (!tls.clientCertificate.isNull()) {
                config.setLocalCertificate(tls.clientCertificate);
                config.setPrivateKey(tls.clientKey);
            }
            socket->setSslConfiguration(config);
        }
    }

    QNetworkRequest request(url);
    // QNetworkRequest keeps one value per name: repeated names are joined with ", ", which
    // RFC 7230 §3.2.2 makes equivalent to separate field lines.
    QList<QByteArray> names;
    QList<QByteArray> values;
    for (const HeaderEntry &header : std::as_const(m_settings.headers)) {
        if (!header.enabled)
            continue;
        const QByteArray name = header.name.trimmed().toUtf8();
        const QByteArray value = header.value.trimmed().toUtf8();
        qsizetype i = 0;
        for (; i < names.size(); ++i) {
            if (names.at(i).compare(name, Qt::CaseInsensitive) == 0)
                break;
        }
        if (i < names.size()) {
            values[i] += ", " + value;
        } else {
            names.append(name);
            values.append(value);
        }
    }
    for (qsizetype i = 0; i < names.size(); ++i)
        request.setRawHeader(names.at(i), values.at(i));
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_settings.subprotocols);

    setState(SessionState::Connecting, tr("Connecting to %1").arg(m_settings.url.toDisplayString()));
    if (!m_tapActive) {
        logInfo(tr("The wire tap is off: the response status and headers, frame headers (FIN, RSV, mask, "
                   "fragmentation), the server's pings and our automatic pongs, and the peer's Close reply are "
                   "unknown. The log shows what QWebSocket reports; its close code cannot tell 1000 from "
                   "1005 or 1006."));
    }
    m_awaitingTunnel = m_tapActive;
    m_handshakeTimer->start(m_settings.handshakeTimeoutMs);
    socket->open(request, options);
    if (!m_tapActive)
        logTapOffRequest(socket->request());
}

void Session::logTapOffRequest(const QNetworkRequest &request)
{
    HttpMessage http;
    http.isRequest = true;
    http.method = "GET";
    const QUrl &url = m_settings.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    http.target = target;
    const bool secure = isSecure(url);
    QByteArray host = hostForHeader(url);
    if (url.port() != -1 && url.port() != (secure ? 443 : 80))
        host += ':' + QByteArray::number(url.port());
    http.headers.append(HttpMessage::Header("Host", host));
    http.headers.append(HttpMessage::Header("Upgrade", "websocket"));
    http.headers.append(HttpMessage::Header("Connection", "Upgrade"));
    http.headers.append(HttpMessage::Header("Sec-WebSocket-Version", "13"));
    if (!m_settings.origin.isEmpty())
        http.headers.append(HttpMessage::Header("Origin", m_settings.origin.toUtf8()));
    if (!m_settings.subprotocols.isEmpty())
        http.headers.append(HttpMessage::Header("Sec-WebSocket-Protocol", m_settings.subprotocols.join(QLatin1String(", ")).toUtf8()));
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        http.headers.append(HttpMessage::Header(name, request.rawHeader(name)));
    auto detail = QSharedPointer<EventDetail>::create();
    detail->http = http;
    detail->text = tr("Reconstructed from the settings (tap off): the Sec-WebSocket-Key, the header order and the exact bytes are unknown.");
    appendEvent(EventFactory::withDetail(EventKind::HandshakeRequest, Direction::Out, detail));
}

void Session::wireSocket(QWebSocket *socket)
{
    connect(socket, &QWebSocket::connected, this, &Session::onSocketConnected);
    connect(socket, &QWebSocket::disconnected, this, &Session::markSocketDone);
    connect(socket, &QWebSocket::stateChanged, this, &Session::onSocketStateChanged);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, &Session::onSocketError);
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &Session::onSocketError);
#endif
    connect(socket, &QWebSocket::bytesWritten, this, &Session::onSocketBytesWritten);
    if (!m_tapActive) {
        // With the tap on, the tap reports messages and pongs from the wire itself.
        connect(socket, &QWebSocket::textMessageReceived, this, &Session::onSocketTextMessage);
        connect(socket, &QWebSocket::binaryMessageReceived, this, &Session::onSocketBinaryMessage);
        connect(socket, &QWebSocket::pong, this, &Session::onSocketPong);
        connect(socket, &QWebSocket::sslErrors, this, &Session::onSocketSslErrors);
    }
}

void Session::onTunnelStarted(TapTunnel *tunnel)
{
    // Only the connection that authenticated with this attempt's one-time credentials is ours.
    if (!m_awaitingTunnel || m_socketDone || tunnel->user() != m_tapUser)
        return;
    m_awaitingTunnel = false;
    m_tunnel = tunnel;
    m_tunnelSeen = true;
    connect(tunnel, &TapTunnel::eventProduced, this, &Session::onTunnelEvent);
    connect(tunnel, &TapTunnel::finished, this, &Session::onTunnelFinished);
}

void Session::onTunnelEvent(const Event &event)
{
    const bool closeFrame = event.kind == EventKind::Frame && event.frame.opcode == 0x8;
    appendEvent(event);
    if (event.kind == EventKind::HandshakeRequest && m_state == SessionState::Connecting)
        setState(SessionState::Handshaking, tr("Upgrade request sent"));
    else if (closeFrame && m_state == SessionState::Open)
        setState(SessionState::Closing, event.dir == Direction::In ? tr("The server sent a Close frame") : QString());
    if (closeFrame && event.dir == Direction::In)
        m_serverCloseSeen = true;

    if (event.kind != EventKind::Error || !event.detail || event.dir != Direction::In)
        return;
    // The tap decodes the server's bytes before QWebSocket sees them, and it checks what Qt 6.4
    // lets through (an unrequested extension, a runaway response head, masked server frames).
    // Its verdict is the client's verdict: RFC 6455 §4.1 and §7.1.7 require failing the connection.
    if (event.detail->errorCategory == ErrorCategory::Handshake && !m_wasOpen) {
        m_handshakeRejected = true;
        failHandshake();
    } else if (event.detail->errorCategory == ErrorCategory::Protocol && event.detail->closeCode != 0
               && !m_serverCloseSeen) {
        // After the server's Close frame the closing handshake is already under way: what it
        // sends then is reported, and QWebSocket's reply stands.
        if (m_state == SessionState::Open)
            failConnection(event.detail->closeCode);
        else if (!m_wasOpen && m_pendingViolation == 0)
            m_pendingViolation = event.detail->closeCode; // the frames came with the 101 response
    }
}

void Session::failHandshake()
{
    QPointer<QWebSocket> socket = m_socket;
    if (!socket || m_socketDone)
        return;
    // Outside the tap's signal: the tap is still in the middle of reading the server's bytes.
    QTimer::singleShot(0, socket, [this, socket] {
        if (m_wasOpen || socket != m_socket || m_socketDone)
            return;
        abortSocket(socket);
    });
}

void Session::failConnection(quint16 code)
{
    if (!m_socket || m_sentCloseCode != 0 || m_state != SessionState::Open)
        return;
    m_sentCloseCode = code;
    // Wire bytes for the server, not UI text: ASCII, far below the 123-byte limit of RFC 6455 §5.5.
    m_sentCloseReason = QStringLiteral("RFC 6455 violation");
    setState(SessionState::Closing, tr("Failing the connection with %1: the server violated RFC 6455.").arg(CloseCodes::label(code)));
    m_socket->close(QWebSocketProtocol::CloseCode(code), m_sentCloseReason);
}

void Session::onTunnelFinished()
{
    auto *tunnel = qobject_cast<TapTunnel *>(sender());
    if (!tunnel || tunnel != m_tunnel)
        return;
    m_tunnelSummary = tunnel->closeSummary();
    if (m_subprotocol.isEmpty())
        m_subprotocol = tunnel->subprotocol();
    m_tunnelDone = true;
    maybeFinishAttempt();
}

void Session::onSocketConnected()
{
    if (m_handshakeRejected) {
        // QWebSocket accepted a response the tap rejected; the error is already in the log.
        if (m_socket)
            abortSocket(m_socket);
        return;
    }
    m_handshakeTimer->stop();
    m_wasOpen = true;
    m_reconnectAttempt = 0;
    if (m_socket)
        m_subprotocol = m_socket->subprotocol();
    if (m_state == SessionState::Connecting)
        setState(SessionState::Handshaking);
    setState(SessionState::Open, m_subprotocol.isEmpty() ? QString() : tr("Subprotocol: %1").arg(m_subprotocol));
    if (m_settings.pingIntervalMs > 0)
        m_pingTimer->start(m_settings.pingIntervalMs);
    if (m_pendingViolation != 0)
        failConnection(std::exchange(m_pendingViolation, quint16(0)));
}

void Session::onSocketStateChanged(QAbstractSocket::SocketState state)
{
    if (state == QAbstractSocket::ClosingState) {
        if (m_sentCloseCode == 0)
            m_serverClosedFirst = true;
        if (m_state == SessionState::Open)
            setState(SessionState::Closing);
    } else if (state == QAbstractSocket::UnconnectedState) {
        markSocketDone();
    }
}

void Session::onSocketBytesWritten(qint64 bytes)
{
    Q_UNUSED(bytes);
    // Tap off: the first bytes QWebSocket writes are its upgrade request.
    if (!m_tapActive && m_state == SessionState::Connecting)
        setState(SessionState::Handshaking, tr("Upgrade request sent"));
}

void Session::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_socketDone)
        return;
    QWebSocket *socket = m_socket;
    const bool ordinaryEnd = error == QAbstractSocket::RemoteHostClosedError
            && (m_wasOpen || m_state == SessionState::Closing || m_sentCloseCode != 0);
    if (m_tapActive) {
        // The tap already said what really happened (DNS, refused, TLS, refused upgrade...);
        // Qt's generic SOCKS error text would only hide it.
        if (!m_errorLogged && !ordinaryEnd && error != QAbstractSocket::RemoteHostClosedError) {
            if (m_state == SessionState::Handshaking && socket)
                logError(ErrorCategory::Handshake, tr("QWebSocket rejected the handshake: %1").arg(socket->errorString()));
            else
                logError(SocketErrorText::category(error), SocketErrorText::text(error, targetText()));
        }
    } else if (!ordinaryEnd) {
        if (m_state == SessionState::Handshaking && error == QAbstractSocket::ConnectionRefusedError && socket)
            logError(ErrorCategory::Handshake, tr("The WebSocket handshake failed: %1").arg(socket->errorString()));
        else
            logError(SocketErrorText::category(error), SocketErrorText::text(error, targetText()));
    }
    if (!m_wasOpen && socket) {
        // Qt 6.4 leaves a failed handshake in ConnectingState (docs/ARCHITECTURE.md): end it ourselves,
        // outside Qt's own error handling.
        QTimer::singleShot(0, socket, [this, socket] { abortSocket(socket); });
    }
}

void Session::onSocketSslErrors(const QList<QSslError> &errors)
{
    auto detail = QSharedPointer<EventDetail>::create();
    for (const QSslError &error : errors)
        detail->tlsErrors.append(error.errorString());
    const bool ignore = m_settings.tls.ignoreErrors || !m_settings.tls.verifyPeer;
    if (ignore)
        detail->text = tr("Warning: %n certificate error(s) were ignored because the connection is set to ignore TLS errors.",
                          nullptr, int(errors.size()));
    appendEvent(EventFactory::withDetail(EventKind::Tls, Direction::None, detail));
    if (ignore && m_socket)
        m_socket->ignoreSslErrors(errors);
    else
        logError(ErrorCategory::Tls, tr("TLS certificate verification of %1 failed: %2")
                                             .arg(targetText(), detail->tlsErrors.join(QLatin1String("; "))));
}

void Session::onSocketTextMessage(const QString &message)
{
    appendEvent(EventFactory::message(Direction::In, FrameHeader::Text, message.toUtf8(), UnknownFrameCount));
}

void Session::onSocketBinaryMessage(const QByteArray &message)
{
    appendEvent(EventFactory::message(Direction::In, FrameHeader::Binary, message, UnknownFrameCount));
}

void Session::onSocketPong(quint64 elapsedMs, const QByteArray &payload)
{
    auto detail = QSharedPointer<EventDetail>::create();
    detail->rttUs = qint64(elapsedMs) * 1000;
    Event event = EventFactory::control(EventKind::Pong, Direction::In, payload);
    event.detail = detail;
    appendEvent(std::move(event));
}

void Session::onHandshakeTimeout()
{
    if (m_socketDone || m_wasOpen)
        return;
    logError(ErrorCategory::Timeout,
             tr("No WebSocket handshake with %1 within %2 ms; giving up.").arg(targetText()).arg(m_settings.handshakeTimeoutMs));
    if (m_socket)
        abortSocket(m_socket);
}

void Session::onPingTimer()
{
    if (m_state != SessionState::Open)
        return;
    ping(QByteArray());
}

void Session::onReconnectTimer()
{
    logInfo(tr("Reconnect attempt %1 of %2.").arg(m_reconnectAttempt).arg(m_settings.reconnect.maxAttempts));
    startAttempt();
}

void Session::markSocketDone()
{
    if (m_socketDone || !m_attemptRunning)
        return;
    m_socketDone = true;
    m_handshakeTimer->stop();
    m_pingTimer->stop();
    m_awaitingTunnel = false;
    // A tunnel held back by a server that does not read no longer reads QWebSocket's leg, so it
    // cannot see it close: the bytes still waiting there will never be sent.
    if (m_tunnel && m_tunnel->isBackedUp(Direction::Out))
        m_tunnel->abandon();
    maybeFinishAttempt();
}

void Session::maybeFinishAttempt()
{
    if (!m_attemptRunning || !m_socketDone)
        return;
    if (m_tapActive && m_tunnelSeen && !m_tunnelDone)
        return; // the tunnel may still record the server's Close reply (≈1 s linger)
    finishAttempt();
}

void Session::finishAttempt()
{
    m_attemptRunning = false;
    auto detail = QSharedPointer<EventDetail>::create();
    Event event;
    event.kind = EventKind::Close;
    if (m_tapActive && m_tunnelSeen) {
        // The wire's word (RFC 6455 §7.1.5): the first Close frame's code, 1005 when it had
        // none, 1006 when no Close frame crossed at all.
        const TapTunnel::CloseSummary &s = m_tunnelSummary;
        detail->closeCode = s.code;
        detail->closeReason = s.reason;
        detail->closeInitiator = s.first == Direction::Out ? CloseInitiator::Client
                : s.first == Direction::In                ? CloseInitiator::Server
                                                          : CloseInitiator::None;
        detail->closeClean = s.outSeen && s.inSeen && !s.lingerExpired;
        if (s.first != Direction::None && !(s.outSeen && s.inSeen))
            detail->text = s.first == Direction::Out ? tr("The server never answered our Close frame.")
                                                     : tr("No Close frame answered the server's Close frame.");
        const ClosePayload first = s.first == Direction::None ? ClosePayload() : ClosePayload::parse(s.payload);
        if (!first.valid) {
            // A malformed Close frame carries no status (RFC 6455 §5.5.1); receiving one fails the
            // connection with the code of the violation (§7.1.7), which is what the close was.
            detail->closeCode = first.violationCode;
            detail->closeClean = false;
            detail->text = s.first == Direction::In
                    ? tr("The server's Close frame was malformed: %1 The connection failed with %2.")
                              .arg(first.error, CloseCodes::label(first.violationCode))
                    : tr("Our Close frame was malformed: %1").arg(first.error);
        }
        event.dir = s.first;
        event.frame = s.frame;
        event.payload = s.payload;
        event.length = quint64(s.payload.size());
    } else if (m_tapActive || !m_wasOpen) {
        detail->closeCode = 1006;
        detail->closeInitiator = m_sentCloseCode != 0 ? CloseInitiator::Client : CloseInitiator::None;
    } else if (m_sentCloseCode != 0) {
        detail->closeCode = m_sentCloseCode;
        detail->closeReason = m_sentCloseReason;
        detail->closeInitiator = CloseInitiator::Client;
        detail->text = tr("Tap off: whether the server answered our Close frame is unknown.");
        event.dir = Direction::Out;
    } else if (m_serverClosedFirst && m_socket) {
        detail->closeCode = quint16(m_socket->closeCode());
        detail->closeReason = m_socket->closeReason();
        detail->closeInitiator = CloseInitiator::Server;
        detail->text = tr("Tap off: the code is what QWebSocket reports; it reads an empty Close frame as 1000 and "
                          "rewrites 1012-1014 to 1002.");
        event.dir = Direction::In;
    } else {
        detail->closeCode = 1006;
        detail->closeInitiator = CloseInitiator::None;
    }
    event.detail = detail;
    appendEvent(std::move(event));
    setState(SessionState::Closed,
             tr("Closed with %1").arg(CloseCodes::label(detail->closeCode)));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket.clear();
    }
    m_tunnel.clear();

    const ReconnectSettings &reconnect = m_settings.reconnect;
    if (reconnect.enabled && !m_userClosed && m_reconnectAttempt < reconnect.maxAttempts) {
        ++m_reconnectAttempt;
        // Exponential backoff: first delay, doubled per attempt, capped.
        qint64 delay = reconnect.initialDelayMs;
        for (int i = 1; i < m_reconnectAttempt && delay < reconnect.maxDelayMs; ++i)
            delay *= 2;
        delay = qMin<qint64>(delay, reconnect.maxDelayMs);
        logInfo(tr("Reconnecting in %1 ms (attempt %2 of %3).").arg(delay).arg(m_reconnectAttempt).arg(reconnect.maxAttempts));
        m_reconnectTimer->start(int(delay));
        return;
    }
    m_reconnectAttempt = 0;
    emit finished();
}

bool Session::checkOpen(QString *error) const
{
    if (m_state == SessionState::Open && m_socket)
        return true;
    if (error)
        *error = tr("Not connected: the session is %1.").arg(stateName(m_state));
    return false;
}

void Session::logUntappedSend(Event event)
{
    // With the tap on, the tap logs the frame as it crosses the wire.
    if (!m_tapActive)
        appendEvent(std::move(event));
}

bool Session::sendText(const QString &text, QString *error)
{
    QString problem;
    if (!checkOpen(&problem))
        return refuse(error, problem);
    if (!text.isValidUtf16())
        return refuse(error, tr("The text contains an unpaired UTF-16 surrogate and cannot be sent as UTF-8 (RFC 6455 §5.6)."));
    m_socket->sendTextMessage(text);
    logUntappedSend(EventFactory::message(Direction::Out, FrameHeader::Text, text.toUtf8(), UnknownFrameCount));
    return true;
}

bool Session::sendBinary(const QByteArray &data, QString *error)
{
    QString problem;
    if (!checkOpen(&problem))
        return refuse(error, problem);
    m_socket->sendBinaryMessage(data);
    logUntappedSend(EventFactory::message(Direction::Out, FrameHeader::Binary, data, UnknownFrameCount));
    return true;
}

bool Session::ping(const QByteArray &payload, QString *error)
{
    QString problem;
    if (!checkOpen(&problem))
        return refuse(error, problem);
    if (payload.size() > 125)
        return refuse(error, tr("A ping payload may be at most 125 bytes (RFC 6455 §5.5); this one has %1 bytes.").arg(payload.size()));
    m_socket->ping(payload);
    logUntappedSend(EventFactory::control(EventKind::Ping, Direction::Out, payload));
    return true;
}

bool Session::close(quint16 code, const QString &reason, QString *error)
{
    QString problem;
    if (!checkOpen(&problem))
        return refuse(error, problem);
    if (!CloseCodes::maySend(code))
        return refuse(error, CloseCodes::whyNotSendable(code));
    if (!reason.isValidUtf16())
        return refuse(error, tr("The close reason contains an unpaired UTF-16 surrogate and cannot be sent as UTF-8."));
    const qsizetype bytes = reason.toUtf8().size();
    if (bytes > 123)
        return refuse(error, tr("The close reason is %1 bytes in UTF-8; a Close frame holds at most 123 (RFC 6455 §5.5).").arg(bytes));
    m_userClosed = true;
    m_sentCloseCode = code;
    m_sentCloseReason = reason;
    setState(SessionState::Closing, tr("Closing with %1").arg(CloseCodes::label(code)));
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    return true;
}

void Session::abort()
{
    m_userClosed = true;
    if (m_reconnectTimer->isActive()) {
        m_reconnectTimer->stop();
        m_reconnectAttempt = 0;
        logInfo(tr("Reconnect cancelled."));
        emit finished();
        return;
    }
    if (!m_attemptRunning)
        return;
    if (m_socket && !m_socketDone)
        abortSocket(m_socket);
}

void Session::abortSocket(QWebSocket *socket)
{
    socket->abort();
    // abort() may already have reported the disconnect (and even finished the attempt, which
    // lets go of m_socket); a socket that stays unconnected without saying so is ended here.
    if (socket == m_socket && socket->state() == QAbstractSocket::UnconnectedState)
        markSocketDone();
}
