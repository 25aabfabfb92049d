// Session: the QWebSocket and wire-tap handlers of the current attempt.
#include "core/session/session.h"

#include "core/codecs/textcodec.h"
#include "core/log/eventfactory.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"
#include "core/session/socketerrortext.h"
#include "core/session/tlserrortext.h"
#include "core/tap/taptls.h"

#include <QRegularExpression>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace {

// QWebSocket keeps its QSslSocket to itself; it is its child (created by open()), the one place
// the peer's chain and the agreed cipher can be read with the tap off. Null for ws://.
const QSslSocket *sslSocketOf(const QWebSocket *socket)
{
    return socket ? qobject_cast<const QSslSocket *>(socket->findChild<QTcpSocket *>()) : nullptr;
}

} // namespace

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
    if (!m_attempt.tapActive) {
        // With the tap on, the tap reports messages and pongs from the wire itself.
        connect(socket, &QWebSocket::textMessageReceived, this, &Session::onSocketTextMessage);
        connect(socket, &QWebSocket::binaryMessageReceived, this, &Session::onSocketBinaryMessage);
        connect(socket, &QWebSocket::pong, this, &Session::onSocketPong);
        connect(socket, &QWebSocket::sslErrors, this, &Session::onSocketSslErrors);
    }
    // What the client really got, tap on or off (the tap sees bytes QWebSocket may not have
    // processed yet); after the tap-off Message event above, so the log has it first.
    connect(socket, &QWebSocket::textMessageReceived, this, &Session::onSocketMessageDelivered);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &Session::onSocketMessageDelivered);
}

void Session::onTunnelStarted(TapTunnel *tunnel)
{
    // Only the connection that authenticated with this attempt's one-time credentials is ours.
    if (!m_attempt.awaitingTunnel || m_attempt.socketDone || tunnel->user() != m_tapUser)
        return;
    m_attempt.awaitingTunnel = false;
    m_attempt.tunnel = tunnel;
    m_attempt.tunnelSeen = true;
    connect(tunnel, &TapTunnel::eventProduced, this, &Session::onTunnelEvent);
    connect(tunnel, &TapTunnel::finished, this, &Session::onTunnelFinished);
    connect(tunnel, &TapTunnel::fileSent, this, &Session::fileSent);
    tunnel->setPongPolicy(m_pongPolicy);
}

void Session::onTunnelEvent(const Event &event)
{
    const bool closeFrame = event.kind == EventKind::Frame && event.frame.opcode == FrameHeader::Close;
    appendEvent(event);
    if (event.kind == EventKind::HandshakeResponse && event.detail && event.detail->http.statusCode != 0
        && event.detail->http.statusCode != HttpMessage::SwitchingProtocols) {
        noteRefusedUpgrade(event.detail->http.statusCode, QString::fromLatin1(event.detail->http.reasonPhrase));
    }
    if (event.kind == EventKind::HandshakeRequest && m_state == SessionState::Connecting)
        setState(SessionState::Handshaking, tr("Upgrade request sent"));
    else if (closeFrame && m_state == SessionState::Open)
        setState(SessionState::Closing, event.dir == Direction::In ? tr("The server sent a Close frame") : QString());
    if (closeFrame && event.dir == Direction::In)
        m_attempt.serverCloseSeen = true;
    if (event.kind == EventKind::Frame && event.dir == Direction::Out)
        noteInjectContext();

    if (event.kind != EventKind::Error || !event.detail || event.dir != Direction::In)
        return;
    // The tap decodes the server's bytes before QWebSocket sees them, and it checks what Qt 6.4
    // lets through (an unrequested extension, a runaway response head, masked server frames).
    // Its verdict is the client's verdict: RFC 6455 §4.1 and §7.1.7 require failing the connection.
    if (event.detail->errorCategory == ErrorCategory::Handshake && !m_attempt.wasOpen) {
        m_attempt.handshakeRejected = true;
        failHandshake();
    } else if (event.detail->errorCategory == ErrorCategory::Protocol && event.detail->closeCode != 0
               && !m_attempt.serverCloseSeen) {
        // After the server's Close frame the closing handshake is already under way: what it
        // sends then is reported, and QWebSocket's reply stands.
        if (m_state == SessionState::Open)
            failConnection(event.detail->closeCode);
        else if (!m_attempt.wasOpen && m_attempt.pendingViolation == 0)
            m_attempt.pendingViolation = event.detail->closeCode; // the frames came with the 101 response
    }
}

void Session::failHandshake()
{
    QPointer<QWebSocket> socket = m_socket;
    if (!socket || m_attempt.socketDone)
        return;
    // Outside the tap's signal: the tap is still in the middle of reading the server's bytes.
    QTimer::singleShot(0, socket, [this, socket] {
        if (m_attempt.wasOpen || socket != m_socket || m_attempt.socketDone)
            return;
        abortSocket(socket);
    });
}

void Session::failConnection(quint16 code)
{
    if (!m_socket || m_attempt.sentCloseCode != 0 || m_state != SessionState::Open)
        return;
    m_attempt.sentCloseCode = code;
    // Wire bytes for the server, not UI text: ASCII, far below the 123-byte limit of RFC 6455 §5.5.
    m_attempt.sentCloseReason = QStringLiteral("RFC 6455 violation");
    setState(SessionState::Closing, tr("Failing the connection with %1: the server violated RFC 6455.").arg(CloseCodes::label(code)));
    m_socket->close(QWebSocketProtocol::CloseCode(code), m_attempt.sentCloseReason);
}

void Session::onTunnelFinished()
{
    auto *tunnel = qobject_cast<TapTunnel *>(sender());
    if (!tunnel || tunnel != m_attempt.tunnel)
        return;
    m_attempt.tunnelSummary = tunnel->closeSummary();
    if (m_attempt.subprotocol.isEmpty())
        m_attempt.subprotocol = tunnel->subprotocol();
    m_attempt.tunnelDone = true;
    maybeFinishAttempt();
}

void Session::onSocketConnected()
{
    if (m_attempt.handshakeRejected) {
        // QWebSocket accepted a response the tap rejected; the error is already in the log.
        if (m_socket)
            abortSocket(m_socket);
        return;
    }
    m_handshakeTimer->stop();
    m_attempt.wasOpen = true;
    m_reconnectAttempt = 0;
    if (m_socket)
        m_attempt.subprotocol = m_socket->subprotocol();
    if (m_state == SessionState::Connecting)
        setState(SessionState::Handshaking);
    setState(SessionState::Open, m_attempt.subprotocol.isEmpty() ? QString() : tr("Subprotocol: %1").arg(m_attempt.subprotocol));
    if (m_settings.pingIntervalMs > 0)
        m_pingTimer->start(m_settings.pingIntervalMs);
    if (m_attempt.pendingViolation != 0)
        failConnection(std::exchange(m_attempt.pendingViolation, quint16(0)));
}

void Session::onSocketStateChanged(QAbstractSocket::SocketState state)
{
    if (state == QAbstractSocket::ClosingState) {
        if (m_attempt.sentCloseCode == 0)
            m_attempt.serverClosedFirst = true;
        if (m_state == SessionState::Open)
            setState(SessionState::Closing);
    } else if (state == QAbstractSocket::UnconnectedState) {
        markSocketDone();
    }
}

void Session::onSocketBytesWritten(qint64 bytes)
{
    Q_UNUSED(bytes);
    updateBackPressure();
    // Tap off: the first bytes QWebSocket writes are its upgrade request.
    if (!m_attempt.tapActive && m_state == SessionState::Connecting)
        setState(SessionState::Handshaking, tr("Upgrade request sent"));
}

void Session::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_attempt.socketDone)
        return;
    QWebSocket *socket = m_socket;
    const bool ordinaryEnd = error == QAbstractSocket::RemoteHostClosedError
            && (m_attempt.wasOpen || m_state == SessionState::Closing || m_attempt.sentCloseCode != 0);
    if (m_attempt.tapActive) {
        // The tap already said what really happened (DNS, refused, TLS, refused upgrade...);
        // Qt's generic SOCKS error text would only hide it.
        if (!m_attempt.errorLogged && !ordinaryEnd && error != QAbstractSocket::RemoteHostClosedError) {
            if (m_state == SessionState::Handshaking && socket)
                logError(ErrorCategory::Handshake, tr("QWebSocket rejected the handshake: %1").arg(socket->errorString()));
            else
                logError(SocketErrorText::category(error), SocketErrorText::text(error, targetText()));
        }
    } else if (TlsErrorText::isHandshakeError(error)) {
        // A certificate error was already said in its own words (onSocketSslErrors).
        if (!m_attempt.errorLogged) {
            const QSslSocket *ssl = sslSocketOf(socket);
            if (ssl)
                appendEvent(TapTls::describe(ssl, {}, m_settings.parsedUrl().host(), QString()));
            TlsErrorText::HandshakeFacts facts;
            facts.target = targetText();
            facts.libraryText = socket ? socket->errorString() : QString();
            facts.serverHelloSeen = ssl && !ssl->sessionCipher().isNull();
            facts.clientCertificateFile = m_settings.tls.clientCertificateFile;
            facts.clientKeyFile = m_settings.tls.clientKeyFile;
            logError(ErrorCategory::Tls, TlsErrorText::handshakeFailed(facts));
        }
    } else if (!ordinaryEnd) {
        if (m_state == SessionState::Handshaking && error == QAbstractSocket::ConnectionRefusedError && socket) {
            logError(ErrorCategory::Handshake, tr("The WebSocket handshake failed: %1").arg(socket->errorString()));
            // Tap off, Qt 6.4 gives the refused status only inside its error text
            // ("Unhandled http status code: 401 (Unauthorized)."), the one place it is said.
            static const QRegularExpression status(QStringLiteral("status code: (\\d{3}) \\(([^)]*)\\)"));
            if (const QRegularExpressionMatch m = status.match(socket->errorString()); m.hasMatch())
                noteRefusedUpgrade(m.captured(1).toInt(), m.captured(2));
        }
        else
            logError(SocketErrorText::category(error), SocketErrorText::text(error, targetText()));
    }
    if (!m_attempt.wasOpen && socket) {
        // Qt 6.4 leaves a failed handshake in ConnectingState (docs/ARCHITECTURE.md): end it ourselves,
        // outside Qt's own error handling.
        QTimer::singleShot(0, socket, [this, socket] { abortSocket(socket); });
    }
}

void Session::onSocketSslErrors(const QList<QSslError> &errors)
{
    const bool ignore = m_settings.tls.ignoreErrors || !m_settings.tls.verifyPeer;
    const QString warning = ignore ? tr("Warning: %n certificate error(s) were ignored because the connection is set to ignore TLS errors.",
                                        nullptr, int(errors.size()))
                                   : QString();
    const QString host = m_settings.parsedUrl().host();
    if (const QSslSocket *ssl = sslSocketOf(m_socket)) {
        appendEvent(TapTls::describe(ssl, errors, host, warning));
    } else {
        auto detail = QSharedPointer<EventDetail>::create();
        detail->tlsErrors = TlsErrorText::certificateProblems(errors, host);
        detail->text = warning;
        appendEvent(EventFactory::withDetail(EventKind::Tls, Direction::None, detail));
    }
    if (ignore && m_socket)
        m_socket->ignoreSslErrors(errors);
    else
        logError(ErrorCategory::Tls, TlsErrorText::verificationFailed(errors, host, targetText()));
}

void Session::onSocketTextMessage(const QString &message)
{
    appendEvent(EventFactory::untappedFrame(Direction::In, FrameHeader::Text, TextCodec::toUtf8Exact(message)));
}

void Session::onSocketBinaryMessage(const QByteArray &message)
{
    appendEvent(EventFactory::untappedFrame(Direction::In, FrameHeader::Binary, message));
}

void Session::onSocketPong(quint64 elapsedMs, const QByteArray &payload)
{
    auto detail = QSharedPointer<EventDetail>::create();
    detail->rttUs = qint64(elapsedMs) * 1000;
    Event event = EventFactory::untappedFrame(Direction::In, FrameHeader::Pong, payload);
    event.detail = detail;
    appendEvent(std::move(event));
}


void Session::onSocketMessageDelivered()
{
    ++m_attempt.messagesDelivered;
    emit messageDelivered();
}

void Session::watchArrivals(QWebSocket *socket)
{
    // QWebSocket 6.4 reports nothing while a frame is still arriving, so a long frame looks like
    // silence. It reads from a QTcpSocket it owns as a child (created by open()); its readyRead
    // is the progress signal QWebSocket does not forward. Absent in some other Qt build: then
    // only complete frames count as activity.
    if (auto *transport = socket->findChild<QTcpSocket *>())
        connect(transport, &QTcpSocket::readyRead, this, &Session::bytesArriving);
}

void Session::onPingTimer()
{
    if (m_state != SessionState::Open)
        return;
    ping(QByteArray());
}
