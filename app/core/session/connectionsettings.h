#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Everything a Session needs to connect. A plain value: profiles store it, the CLI builds it
// from options, the GUI edits it.
struct HeaderEntry
{
    QString name;
    QString value;
    bool enabled = true;
    // Its value is a credential: a profile keeps it in the SecretStore, never in its file
    // (docs/ARCHITECTURE.md, "Secrets").
    bool secret = false;
    bool operator==(const HeaderEntry &o) const
    {
        return name == o.name && value == o.value && enabled == o.enabled && secret == o.secret;
    }
};

struct TlsSettings
{
    bool verifyPeer = true;          // on by default
    QString caFile;                  // extra CA certificate(s), PEM
    QString clientCertificateFile;   // PEM
    QString clientKeyFile;           // PEM, unencrypted
    bool ignoreErrors = false;       // explicit opt-in; every ignored error is still logged
    bool operator==(const TlsSettings &o) const
    {
        return verifyPeer == o.verifyPeer && caFile == o.caFile && clientCertificateFile == o.clientCertificateFile
                && clientKeyFile == o.clientKeyFile && ignoreErrors == o.ignoreErrors;
    }
};

struct ReconnectSettings
{
    bool enabled = false;
    int maxAttempts = 5;
    int initialDelayMs = 500;
    int maxDelayMs = 30000;          // exponential backoff capped here
    bool operator==(const ReconnectSettings &o) const
    {
        return enabled == o.enabled && maxAttempts == o.maxAttempts && initialDelayMs == o.initialDelayMs
                && maxDelayMs == o.maxDelayMs;
    }
};

struct ConnectionSettings
{
    // The URL as the user typed it: ws:// or wss://. In a profile it may hold `{{name}}`
    // references (a QUrl cannot: `{{host}}` is no host), so it stays text until
    // ConnectionResolver resolves it; a Session is only ever given resolved settings.
    QString url;
    QList<HeaderEntry> headers;      // extra request headers, in order
    QStringList subprotocols;        // offered, in order of preference
    QString origin;                  // empty: none
    int handshakeTimeoutMs = 10000;
    TlsSettings tls;
    qint64 maxIncomingFrameSize = 64LL * 1024 * 1024;
    qint64 maxIncomingMessageSize = 256LL * 1024 * 1024;
    int pingIntervalMs = 0;          // 0: no automatic pings
    ReconnectSettings reconnect;
    QString proxy;                   // as typed; empty: direct; socks5://[user:pass@]host:port or http://host:port
    bool tapEnabled = true;          // the wire tap (see docs/ARCHITECTURE.md): off = QWebSocket's view only
    // The password of `proxy` (user:pass@) is a secret: a profile keeps it in the SecretStore
    // and writes the proxy without it.
    bool proxyPasswordSecret = true;

    // The text parsed as a URL (strict: a space or a stray character is an error, not fixed up).
    QUrl parsedUrl() const { return QUrl(url.trimmed(), QUrl::StrictMode); }
    QUrl parsedProxy() const { return QUrl(proxy.trimmed(), QUrl::StrictMode); }

    bool operator==(const ConnectionSettings &o) const
    {
        return url == o.url && headers == o.headers && subprotocols == o.subprotocols && origin == o.origin
                && handshakeTimeoutMs == o.handshakeTimeoutMs && tls == o.tls
                && maxIncomingFrameSize == o.maxIncomingFrameSize && maxIncomingMessageSize == o.maxIncomingMessageSize
                && pingIntervalMs == o.pingIntervalMs && reconnect == o.reconnect && proxy == o.proxy
                && tapEnabled == o.tapEnabled && proxyPasswordSecret == o.proxyPasswordSecret;
    }
    bool operator!=(const ConnectionSettings &o) const { return !(*this == o); }
};
