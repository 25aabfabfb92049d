#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>

// Our own translated words for a TLS failure (docs/TLS-FAILURES.md), the one place both ways
// of connecting (the tap's upstream leg and, tap off, QWebSocket's socket) get them from.
// Qt's QSslError::errorString() is untranslated and generic ("The certificate has expired"),
// and a handshake refused by the server comes only as OpenSSL's error string, so each case
// is turned into one sentence with the certificate's own data and what to do about it.
class TlsErrorText
{
    Q_DECLARE_TR_FUNCTIONS(TlsErrorText)

public:
    // What is wrong with the server's certificate in one sentence, with its data (dates in ISO
    // form, the names it is for, its issuer); `host` is the host name the user asked for. The
    // sentence a Tls event lists, ignored or not.
    static QString certificateProblem(const QSslError &error, const QString &host);
    // The sentences of `errors`, without repeats (OpenSSL reports an unknown issuer twice).
    static QStringList certificateProblems(const QList<QSslError> &errors, const QString &host);
    // The Error text when verification of `target` ("host:port") failed: the problems and what
    // to do about the first of them.
    static QString verificationFailed(const QList<QSslError> &errors, const QString &host, const QString &target);

    // What the client knows about a handshake that failed without a certificate error.
    struct HandshakeFacts
    {
        QString target;                 // "host:port"
        QString libraryText;            // the socket's errorString(): OpenSSL's words
        bool serverHelloSeen = false;   // a cipher was agreed, so the server answered the ClientHello
        QString clientCertificateFile;  // empty: the connection presents no client certificate
        QString clientKeyFile;
    };
    enum class HandshakeFailure {
        ClientCertificateRequired, // the server asked for a certificate and got none
        ClientCertificateRejected, // the server refused the certificate we presented
        ProtocolTooOld,            // the server speaks only TLS 1.0/1.1 (or no TLS we accept)
        KeyMismatch,               // our private key is not our certificate's
        Other,
    };
    // Which case OpenSSL's words and the facts describe.
    static HandshakeFailure classify(const HandshakeFacts &facts);
    // The Error text for a handshake that failed without certificate errors.
    static QString handshakeFailed(const HandshakeFacts &facts);
    // Whether a socket error is a failed TLS handshake whose text handshakeFailed() should give.
    static bool isHandshakeError(QAbstractSocket::SocketError error);

    // The client's private key does not belong to its certificate: said before connecting.
    static QString keyMismatch(const QString &certificateFile, const QString &keyFile);

private:
    TlsErrorText() = delete;
};
