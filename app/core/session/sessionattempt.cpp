// Session: opening, one attempt's lifecycle and its Close event, reconnects, abort.
#include "core/session/session.h"

#include "core/log/eventfactory.h"
#include "core/log/eventlog.h"
#include "core/protocol/closecodes.h"
#include "core/session/closeverdict.h"
#include "core/session/settingsvalidator.h"
#include "core/tap/wiretap.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace {

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

QString Session::targetText() const
{
    const QUrl url = m_settings.parsedUrl();
    const bool secure = isSecure(url);
    return QString::fromLatin1(hostForHeader(url)) + QLatin1Char(':') + QString::number(url.port(secure ? 443 : 80));
}

bool Session::open(QString *error)
{
    if (m_attempt.running)
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
    m_attempt = {};
    m_attempt.running = true;

    const bool secure = isSecure(m_settings.parsedUrl());
    SettingsValidator::TlsMaterial tls;
    QNetworkProxy upstreamProxy(QNetworkProxy::NoProxy);
    QString problem;
    // Validated in open(); files can still vanish between reconnects.
    if (!SettingsValidator::loadTls(m_settings.tls, &tls, &problem)
        || !SettingsValidator::proxyFromUrl(m_settings.parsedProxy(), &upstreamProxy, &problem)) {
        setState(SessionState::Connecting);
        logError(ErrorCategory::Usage, problem);
        m_attempt.socketDone = true;
        finishAttempt();
        return;
    }
    // Before any byte is sent: a key that is not the certificate's fails the handshake anyway.
    if (const QString why = SettingsValidator::checkKeyPair(tls.clientCertificate, tls.clientKey,
                                                            m_settings.tls.clientCertificateFile, m_settings.tls.clientKeyFile);
        secure && !why.isEmpty()) {
        setState(SessionState::Connecting);
        logError(ErrorCategory::Tls, why);
        m_attempt.socketDone = true;
        finishAttempt();
        return;
    }

    m_attempt.tapActive = m_settings.tapEnabled;
    if (m_attempt.tapActive && !m_tap->listen(&problem)) {
        logError(ErrorCategory::Tap, problem);
        m_attempt.tapActive = false;
    }

    QUrl url = m_settings.parsedUrl();
    url.setScheme(url.scheme().toLower());
    TapConfig tapConfig;
    if (m_attempt.tapActive) {
        TapConfig &config = tapConfig;
        config.secure = secure;
        config.ignoreTlsErrors = m_settings.tls.ignoreErrors || !m_settings.tls.verifyPeer;
        config.caCertificates = tls.caCertificates;
        config.clientCertificate = tls.clientCertificate;
        config.clientKey = tls.clientKey;
        config.clientCertificateFile = m_settings.tls.clientCertificateFile;
        config.clientKeyFile = m_settings.tls.clientKeyFile;
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
    if (m_attempt.tapActive) {
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

    setState(SessionState::Connecting, tr("Connecting to %1").arg(m_settings.parsedUrl().toDisplayString()));
    if (!m_attempt.tapActive) {
        logInfo(tr("The wire tap is off: the response status and headers, frame headers (FIN, RSV, mask, "
                   "fragmentation), the server's pings and our automatic pongs, and the peer's Close reply are "
                   "unknown. The log shows what QWebSocket reports; its close code cannot tell 1000 from "
                   "1005 or 1006."));
    }
    m_attempt.awaitingTunnel = m_attempt.tapActive;
    m_handshakeTimer->start(m_settings.handshakeTimeoutMs);
    socket->open(request, options);
    watchArrivals(socket);
    if (!m_attempt.tapActive)
        logTapOffRequest(socket->request());
}

void Session::logTapOffRequest(const QNetworkRequest &request)
{
    HttpMessage http;
    http.isRequest = true;
    http.method = "GET";
    const QUrl url = m_settings.parsedUrl();
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

void Session::onHandshakeTimeout()
{
    if (m_attempt.socketDone || m_attempt.wasOpen)
        return;
    logError(ErrorCategory::Timeout,
             tr("No WebSocket handshake with %1 within %2 ms; giving up.").arg(targetText()).arg(m_settings.handshakeTimeoutMs));
    if (m_socket)
        abortSocket(m_socket);
}

void Session::onReconnectTimer()
{
    logInfo(tr("Reconnect attempt %1 of %2.").arg(m_reconnectAttempt).arg(m_settings.reconnect.maxAttempts));
    startAttempt();
}

bool Session::isReconnectPending() const
{
    return m_reconnectTimer->isActive();
}

void Session::noteRefusedUpgrade(int status, const QString &reasonPhrase)
{
    if (m_attempt.refusedStatus != 0 || status == 0)
        return;
    m_attempt.refusedStatus = status;
    m_attempt.refusedReason = reasonPhrase;
    emit upgradeRefused(status, reasonPhrase);
}

void Session::markSocketDone()
{
    if (m_attempt.socketDone || !m_attempt.running)
        return;
    m_attempt.socketDone = true;
    m_handshakeTimer->stop();
    m_pingTimer->stop();
    m_attempt.awaitingTunnel = false;
    // A tunnel held back by a server that does not read no longer reads QWebSocket's leg, so it
    // cannot see it close: the bytes still waiting there will never be sent.
    if (m_attempt.tunnel && m_attempt.tunnel->isBackedUp(Direction::Out))
        m_attempt.tunnel->abandon();
    maybeFinishAttempt();
}

void Session::maybeFinishAttempt()
{
    if (!m_attempt.running || !m_attempt.socketDone)
        return;
    if (m_attempt.tapActive && m_attempt.tunnelSeen && !m_attempt.tunnelDone)
        return; // the tunnel may still record the server's Close reply (≈1 s linger)
    finishAttempt();
}

void Session::finishAttempt()
{
    m_attempt.running = false;
    clearBackPressure();
    CloseVerdict::Facts facts;
    facts.tapActive = m_attempt.tapActive;
    facts.tunnelSeen = m_attempt.tunnelSeen;
    facts.tunnel = m_attempt.tunnelSummary;
    facts.wasOpen = m_attempt.wasOpen;
    facts.sentCloseCode = m_attempt.sentCloseCode;
    facts.sentCloseReason = m_attempt.sentCloseReason;
    facts.serverClosedFirst = m_attempt.serverClosedFirst && m_socket;
    if (m_socket) {
        facts.socketCloseCode = quint16(m_socket->closeCode());
        facts.socketCloseReason = m_socket->closeReason();
    }
    const CloseVerdict verdict = CloseVerdict::decide(facts);
    auto detail = QSharedPointer<EventDetail>::create();
    detail->closeCode = verdict.code;
    detail->closeReason = verdict.reason;
    detail->closeInitiator = verdict.initiator;
    detail->closeClean = verdict.clean;
    detail->closeCleanKnown = verdict.cleanKnown;
    detail->text = verdict.text;
    detail->attemptOpened = m_attempt.wasOpen;
    Event event;
    event.kind = EventKind::Close;
    event.dir = verdict.dir;
    event.frame = verdict.frame;
    event.payload = verdict.payload;
    event.length = quint64(verdict.payload.size());
    event.detail = detail;
    appendEvent(std::move(event));
    setState(SessionState::Closed,
             tr("Closed with %1").arg(CloseCodes::label(detail->closeCode)));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket.clear();
    }
    m_attempt.tunnel.clear();

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
        m_reconnectDueMs = QDateTime::currentMSecsSinceEpoch() + delay;
        emit reconnectScheduled(delay, m_reconnectAttempt, reconnect.maxAttempts);
        return;
    }
    m_reconnectAttempt = 0;
    emit finished();
}

void Session::abort()
{
    abort(ErrorCategory::Network, tr("Aborted by the user: the connection was dropped without a closing handshake."));
}

void Session::abort(ErrorCategory category, const QString &text)
{
    m_userClosed = true;
    if (m_reconnectTimer->isActive()) {
        m_reconnectTimer->stop();
        m_reconnectAttempt = 0;
        logInfo(tr("Reconnect cancelled."));
        emit reconnectCancelled();
        emit finished();
        return;
    }
    if (!m_attempt.running)
        return;
    // Said in the log before the drop, so the end has its reason next to its Close event (and
    // QWebSocket's own error for the drop is not logged on top of it).
    logError(category, text);
    if (m_socket && !m_attempt.socketDone)
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

