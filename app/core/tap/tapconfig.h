#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// What a tunnel of the wire tap needs to know about its session's connection: whether the
// upstream leg speaks TLS and how it is verified, which proxy it may use, the Host line to fix,
// and the decoder limits. The Session fills it in before each connection attempt.
struct TapConfig
{
    bool secure = false;                     // wss://: the tap opens TLS upstream (docs/ARCHITECTURE.md, "The wire tap")
    bool ignoreTlsErrors = false;            // explicit user opt-in; the errors are still logged
    QList<QSslCertificate> caCertificates;   // added to the system CAs
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QString clientCertificateFile;           // where they came from, for the messages
    QString clientKeyFile;
    QNetworkProxy upstreamProxy = QNetworkProxy(QNetworkProxy::NoProxy); // never the system proxy
    // QWebSocket talks plain ws:// to the tap with an explicit port and writes "Host: host:443";
    // a wss client on the default port writes "Host: host" (RFC 7230 §5.4), so the tap replaces
    // exactly that value before the request goes upstream. Empty: no rewrite.
    QByteArray hostHeaderFrom;
    QByteArray hostHeaderTo;
    quint64 maxIncomingFrameSize = quint64(64) * 1024 * 1024;
    quint64 maxIncomingMessageSize = quint64(256) * 1024 * 1024;
    // A wss:// URL aimed at a plain ws:// server leaves the TLS handshake waiting forever: the
    // server waits for an HTTP request and never answers the ClientHello. The tap gives up after
    // this long (docs/ARCHITECTURE.md, "The wire tap"), and before the session's own handshake
    // timeout when handshakeTimeoutMs is set, so the log says why.
    static constexpr int DefaultTlsHandshakeStallMs = 10000;
    int tlsHandshakeStallMs = DefaultTlsHandshakeStallMs;
    int handshakeTimeoutMs = 0;              // the session's whole-handshake bound; 0: none
};
