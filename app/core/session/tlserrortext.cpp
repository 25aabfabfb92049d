#include "core/session/tlserrortext.h"

#include <QDateTime>
#include <QMultiMap>
#include <QSslCertificate>

namespace {

// OpenSSL's error strings end in the reason after "::" ("error:0A00042E:SSL routines::tlsv1
// alert protocol version"); that reason is what the texts quote.
const QLatin1String ReasonSeparator("::");

QString isoDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString reasonOf(const QString &libraryText)
{
    const qsizetype at = libraryText.lastIndexOf(ReasonSeparator);
    return (at < 0 ? libraryText : libraryText.mid(at + ReasonSeparator.size())).trimmed();
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString TlsErrorText::certificateProblem(const QSslError &error, const QString &host)
{
    const QSslCertificate cert = error.certificate();
    const QString subject = cert.isNull() ? QString() : cert.subjectDisplayName();
    const QString validity = cert.isNull() ? QString()
                                           : tr("valid from %1 to %2").arg(isoTime(cert.effectiveDate()), isoTime(cert.expiryDate()));
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return tr("The server's certificate for %1 (\"%2\") expired on %3 (%4).")
                .arg(host, subject, isoDate(cert.expiryDate()), validity);
    case QSslError::CertificateNotYetValid:
        return tr("The server's certificate for %1 (\"%2\") is not valid before %3 (%4; it is now %5).")
                .arg(host, subject, isoDate(cert.effectiveDate()), validity, isoTime(QDateTime::currentDateTimeUtc()));
    case QSslError::HostNameMismatch: {
        QStringList names;
        const auto alternatives = cert.subjectAlternativeNames();
        for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
            if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
                names.append(it.value());
        }
        if (names.isEmpty())
            names = cert.subjectInfo(QSslCertificate::CommonName);
        return tr("The server's certificate is not for %1: it names only %2.")
                .arg(host, names.isEmpty() ? tr("no host at all") : names.join(QLatin1String(", ")));
    }
    case QSslError::SelfSignedCertificate:
        return tr("The server's certificate for %1 (\"%2\") is self-signed: it vouches for itself, and no trusted "
                  "certificate authority issued it.")
                .arg(host, subject);
    case QSslError::SelfSignedCertificateInChain:
        return tr("The certificate chain of %1 ends in a self-signed certificate authority that is not trusted here "
                  "(\"%2\" was issued by \"%3\").")
                .arg(host, subject, cert.issuerDisplayName());
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return tr("The server's certificate for %1 (\"%2\") was issued by \"%3\", a certificate authority that is "
                  "not trusted here.")
                .arg(host, subject, cert.issuerDisplayName());
    case QSslError::CertificateRevoked:
        return tr("The server's certificate for %1 (\"%2\") has been revoked by its issuer.").arg(host, subject);
    case QSslError::NoPeerCertificate:
        return tr("%1 presented no certificate.").arg(host);
    default:
        break;
    }
    // The rarer cases keep Qt's wording inside our sentence.
    return tr("The server's certificate for %1 failed verification: %2.").arg(host, error.errorString());
}

QStringList TlsErrorText::certificateProblems(const QList<QSslError> &errors, const QString &host)
{
    QStringList problems;
    for (const QSslError &error : errors) {
        const QString problem = certificateProblem(error, host);
        if (!problems.contains(problem))
            problems.append(problem);
    }
    return problems;
}

QString TlsErrorText::verificationFailed(const QList<QSslError> &errors, const QString &host, const QString &target)
{
    QString advice;
    switch (errors.isEmpty() ? QSslError::UnspecifiedError : errors.first().error()) {
    case QSslError::CertificateExpired:
        advice = tr("Renew it on the server.");
        break;
    case QSslError::CertificateNotYetValid:
        advice = tr("Check the clock of this computer and of the server, or wait until it is valid.");
        break;
    case QSslError::HostNameMismatch:
        advice = tr("Connect by a name the certificate lists, or give the server a certificate for %1.").arg(host);
        break;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        advice = tr("If you trust it, choose it as the CA file in the connection's TLS settings (wsscope-cli: --ca FILE).");
        break;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        advice = tr("If you trust that authority, choose its certificate as the CA file in the connection's TLS settings "
                    "(wsscope-cli: --ca FILE).");
        break;
    default:
        advice = tr("Fix the certificate on the server.");
        break;
    }
    return tr("TLS certificate verification of %1 failed. %2 %3 To connect anyway, choose \"Ignore certificate errors\" "
              "in the connection's TLS settings (wsscope-cli: --insecure).")
            .arg(target, certificateProblems(errors, host).join(QLatin1Char(' ')), advice);
}

TlsErrorText::HandshakeFailure TlsErrorText::classify(const HandshakeFacts &facts)
{
    const QString &text = facts.libraryText;
    const bool presentsCertificate = !facts.clientCertificateFile.isEmpty();
    // OpenSSL's words: SSL_CTX_check_private_key's "key values mismatch", and Qt's own wording of it.
    if (containsAny(text, {"key values mismatch", "does not certify"}))
        return HandshakeFailure::KeyMismatch;
    // RFC 8446 §4.4.2.4: TLS 1.3 servers send the "certificate_required" alert (116).
    if (containsAny(text, {"certificate required"}))
        return HandshakeFailure::ClientCertificateRequired;
    // A server that allows only TLS 1.0/1.1 answers our TLS 1.2+ ClientHello with the
    // "protocol_version" alert (RFC 5246 §7.2.2), or OpenSSL refuses its older ServerHello.
    if (containsAny(text, {"protocol version", "unsupported protocol", "no protocols available", "wrong version number",
                           "version too low"}))
        return HandshakeFailure::ProtocolTooOld;
    if (presentsCertificate
        && containsAny(text, {"bad certificate", "unknown ca", "certificate unknown", "unsupported certificate",
                              "certificate expired", "certificate revoked", "access denied"}))
        return HandshakeFailure::ClientCertificateRejected;
    // TLS 1.2 (RFC 5246 §7.4.6): a server that requires a certificate and gets none ends the
    // handshake with "handshake_failure" — after its ServerHello, so after a cipher was agreed
    // (a cipher mismatch fails before one is).
    if (containsAny(text, {"handshake failure"}) && facts.serverHelloSeen)
        return presentsCertificate ? HandshakeFailure::ClientCertificateRejected : HandshakeFailure::ClientCertificateRequired;
    return HandshakeFailure::Other;
}

QString TlsErrorText::handshakeFailed(const HandshakeFacts &facts)
{
    const QString reason = reasonOf(facts.libraryText);
    switch (classify(facts)) {
    case HandshakeFailure::ClientCertificateRequired:
        return tr("%1 requires a client certificate, and this connection presents none (TLS handshake refused: \"%2\"). "
                  "Choose a client certificate and its key in the connection's TLS settings (wsscope-cli: --cert FILE "
                  "--key FILE).")
                .arg(facts.target, reason);
    case HandshakeFailure::ClientCertificateRejected:
        return tr("%1 refused the client certificate \"%2\" (TLS handshake refused: \"%3\"). Check that the server "
                  "trusts the authority that issued it and that it is still valid.")
                .arg(facts.target, facts.clientCertificateFile, reason);
    case HandshakeFailure::ProtocolTooOld:
        if (facts.libraryText.contains(QLatin1String("wrong version number"), Qt::CaseInsensitive)) {
            return tr("%1 answered the TLS handshake in a protocol version WsScope does not speak (\"%2\"): an old "
                      "TLS 1.0 or 1.1 server, or no TLS at all (a plain ws:// server?). WsScope needs TLS 1.2 or newer.")
                    .arg(facts.target, reason);
        }
        return tr("%1 offers only an old protocol version, TLS 1.0 or 1.1 (\"%2\"), which WsScope refuses as insecure "
                  "(RFC 8996). Enable TLS 1.2 or 1.3 on the server.")
                .arg(facts.target, reason);
    case HandshakeFailure::KeyMismatch:
        return keyMismatch(facts.clientCertificateFile, facts.clientKeyFile);
    case HandshakeFailure::Other:
        break;
    }
    // OpenSSL's own words are the only precise account of the other failures.
    return tr("TLS handshake with %1 failed: %2").arg(facts.target, facts.libraryText);
}

bool TlsErrorText::isHandshakeError(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
            || error == QAbstractSocket::SslInvalidUserDataError;
}

QString TlsErrorText::keyMismatch(const QString &certificateFile, const QString &keyFile)
{
    // The text was SettingsValidator's; it keeps that translation context.
    return QCoreApplication::translate("SettingsValidator",
                                       "The private key \"%1\" does not belong to the client certificate \"%2\": its "
                                       "public half is not the certificate's public key, so the server would refuse "
                                       "the TLS handshake.")
            .arg(keyFile, certificateFile);
}
