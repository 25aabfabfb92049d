#include "core/tap/tapupstream.h"

#include "core/session/socketerrortext.h"
#include "core/session/tlserrortext.h"
#include "core/tap/socks5negotiation.h"
#include "core/tap/taptls.h"
#include "core/tap/taptunnel.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

TapUpstream::TapUpstream(const QString &host, quint16 port, const QString &target, const TapConfig &config,
                         QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_target(target)
    , m_config(config)
    , m_socket(new QSslSocket(this))
    , m_stall(new QTimer(this))
{
    m_stall->setSingleShot(true);
    connect(m_stall, &QTimer::timeout, this, &TapUpstream::onStalled);
}

void TapUpstream::open()
{
    // Never the system proxy (docs/ARCHITECTURE.md): the user's upstream proxy or none at all.
    m_socket->setProxy(m_config.upstreamProxy);
    connect(m_socket, &QSslSocket::errorOccurred, this, &TapUpstream::onError);
    if (m_config.secure) {
        TapTls::configure(m_socket, m_config);
        connect(m_socket, &QSslSocket::sslErrors, this, &TapUpstream::onSslErrors);
        connect(m_socket, &QSslSocket::encrypted, this, &TapUpstream::settle);
        // A plain server never answers the ClientHello: bound the wait from the TCP connect on.
        connect(m_socket, &QSslSocket::connected, this, [this] { m_stall->start(TapTls::stallBoundMs(m_config)); });
        // The host name from the SOCKS request gives the right SNI and verification name.
        m_socket->connectToHostEncrypted(m_host, m_port);
    } else {
        connect(m_socket, &QSslSocket::connected, this, &TapUpstream::settle);
        m_socket->connectToHost(m_host, m_port);
    }
}

Event TapUpstream::tlsEvent(const QString &warning) const
{
    return TapTls::describe(m_socket, m_tlsErrors, m_host, warning);
}

TlsErrorText::HandshakeFacts TapUpstream::handshakeFacts() const
{
    TlsErrorText::HandshakeFacts facts;
    facts.target = m_target;
    facts.libraryText = m_socket->errorString();
    facts.serverHelloSeen = !m_socket->sessionCipher().isNull();
    if (!m_config.clientCertificate.isNull()) {
        facts.clientCertificateFile = m_config.clientCertificateFile;
        facts.clientKeyFile = m_config.clientKeyFile;
    }
    return facts;
}

void TapUpstream::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    m_stall->stop();
    emit established();
}

void TapUpstream::onSslErrors(const QList<QSslError> &errors)
{
    m_tlsErrors = errors;
    if (m_config.ignoreTlsErrors)
        m_socket->ignoreSslErrors(errors);
}

void TapUpstream::onStalled()
{
    if (m_settled)
        return;
    m_settled = true;
    // RFC 1928 §6 has no code for "stalled"; the text in the log says what happened.
    emit failed(Socks5Negotiation::GeneralFailure, ErrorCategory::Tls, TapTls::stallText(m_target, m_stall->interval()),
                false);
}

void TapUpstream::onError(QAbstractSocket::SocketError error)
{
    if (m_settled)
        return; // the tunnel reports what happens while it relays
    m_settled = true;
    m_stall->stop();
    Socks5Negotiation::ReplyCode code = Socks5Negotiation::GeneralFailure;
    ErrorCategory category = SocketErrorText::category(error);
    QString text = SocketErrorText::text(error, m_target);
    // The texts keep the TapTunnel context they had when this code lived there.
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        code = Socks5Negotiation::HostUnreachable;
        text = TapTunnel::tr("Could not resolve the host name %1.").arg(m_host);
        break;
    case QAbstractSocket::ConnectionRefusedError:
        code = Socks5Negotiation::ConnectionRefused;
        break;
    case QAbstractSocket::NetworkError:
        code = Socks5Negotiation::NetworkUnreachable;
        break;
    case QAbstractSocket::SocketTimeoutError:
        code = Socks5Negotiation::TtlExpired;
        category = ErrorCategory::Network;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        category = ErrorCategory::Tls;
        if (!m_tlsErrors.isEmpty())
            text = TlsErrorText::verificationFailed(m_tlsErrors, m_host, m_target);
        else
            text = TlsErrorText::handshakeFailed(handshakeFacts());
        break;
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        text = TlsErrorText::handshakeFailed(handshakeFacts());
        break;
    default:
        break;
    }
    if (category == ErrorCategory::Proxy) {
        text = TapTunnel::tr("Upstream proxy %1:%2: %3")
                       .arg(m_config.upstreamProxy.hostName())
                       .arg(m_config.upstreamProxy.port())
                       .arg(text);
    }
    emit failed(code, category, text, m_config.secure && (category == ErrorCategory::Tls || !m_tlsErrors.isEmpty()));
}
