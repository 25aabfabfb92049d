#include "core/tap/taptls.h"

#include "core/log/eventfactory.h"
#include "core/session/tlserrortext.h"
#include "core/tap/taptunnel.h"

#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

namespace {

// The session's handshake timeout covers TCP, TLS and HTTP; the TLS bound takes this share of
// it, which leaves the session's own timer time to see the tap's verdict first.
constexpr int StallSharePercent = 80;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLS 1.2");
    default: break;
    }
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
    if (protocol == QSsl::TlsV1_0)
        return QStringLiteral("TLS 1.0");
    if (protocol == QSsl::TlsV1_1)
        return QStringLiteral("TLS 1.1");
QT_WARNING_POP
    return QStringLiteral("?");
}

QString certificateLine(const QSslCertificate &cert)
{
    const QString subject = cert.subjectDisplayName();
    const QString issuer = cert.issuerDisplayName();
    return TapTunnel::tr("subject: %1; issuer: %2; valid %3 to %4")
            .arg(subject, issuer, cert.effectiveDate().toString(Qt::ISODate), cert.expiryDate().toString(Qt::ISODate));
}

} // namespace

void TapTls::configure(QSslSocket *socket, const TapConfig &config)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!config.caCertificates.isEmpty())
        tls.addCaCertificates(config.caCertificates);
    if (!config.clientCertificate.isNull()) {
        tls.setLocalCertificate(config.clientCertificate);
        tls.setPrivateKey(config.clientKey);
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(tls);
}

Event TapTls::describe(const QSslSocket *socket, const QList<QSslError> &errors, const QString &host,
                       const QString &warning)
{
    auto detail = QSharedPointer<EventDetail>::create();
    const QSslCipher cipher = socket->sessionCipher();
    detail->tlsProtocol = protocolName(socket->sessionProtocol());
    if (cipher.isNull())
        detail->tlsProtocol.clear();
    detail->tlsCipher = cipher.name();
    QList<QSslCertificate> chain = socket->peerCertificateChain();
    // A failed handshake may leave no chain on the socket; the errors still hold the certificate.
    for (const QSslError &error : errors) {
        if (chain.isEmpty() && !error.certificate().isNull())
            chain.append(error.certificate());
    }
    for (const QSslCertificate &cert : std::as_const(chain))
        detail->tlsChain.append(certificateLine(cert));
    detail->tlsErrors = TlsErrorText::certificateProblems(errors, host);
    detail->text = warning;
    return EventFactory::withDetail(EventKind::Tls, Direction::None, detail);
}

int TapTls::stallBoundMs(const TapConfig &config)
{
    int bound = config.tlsHandshakeStallMs;
    if (config.handshakeTimeoutMs > 0)
        bound = std::min(bound, int(qint64(config.handshakeTimeoutMs) * StallSharePercent / 100));
    return std::max(bound, 1);
}

QString TapTls::stallText(const QString &target, int boundMs)
{
    return tr("The TLS handshake with %1 stalled: no answer within %2 s. Is it a plain ws:// server?")
            .arg(target, QString::number(boundMs / 1000.0, 'g', 3));
}
