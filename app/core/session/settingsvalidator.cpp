#include "core/session/settingsvalidator.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

bool SettingsValidator::isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    // tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
    for (const char c : text) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool SettingsValidator::validateUrl(const QUrl &url, QString *error)
{
    if (url.isEmpty())
        return fail(error, tr("No URL given: enter a ws:// or wss:// URL."));
    if (!url.isValid())
        return fail(error, tr("The URL is not valid: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) {
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            return fail(error, tr("The URL scheme is \"%1\"; WebSocket URLs start with ws:// or wss:// (RFC 6455 §3).").arg(scheme));
        return fail(error, tr("Unsupported URL scheme \"%1\": use ws:// or wss://.").arg(scheme));
    }
    if (url.host().isEmpty())
        return fail(error, tr("The URL has no host name."));
    if (url.port() == 0)
        return fail(error, tr("Port 0 is not a valid server port."));
    if (url.hasFragment())
        return fail(error, tr("WebSocket URLs must not contain a fragment (\"#%1\"), RFC 6455 §3.").arg(url.fragment()));
    if (!url.userInfo().isEmpty())
        return fail(error, tr("User name and password in the URL are not sent by WebSocket clients; use an Authorization header instead."));
    return true;
}

bool SettingsValidator::validateHeader(const HeaderEntry &header, const ConnectionSettings &settings, QString *error)
{
    const QByteArray name = header.name.trimmed().toUtf8();
    if (name.isEmpty())
        return fail(error, tr("A header has an empty name."));
    if (!isToken(name))
        return fail(error, tr("\"%1\" is not a valid header name: only letters, digits and !#$%&'*+-.^_`|~ are allowed (RFC 7230 §3.2).").arg(header.name));
    for (const QChar c : header.value) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F)
            return fail(error, tr("The value of header \"%1\" contains a control character (U+%2); line breaks cannot be sent in a header.")
                                       .arg(header.name)
                                       .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    static const char *const owned[] = { "Host", "Upgrade", "Connection", "Sec-WebSocket-Key", "Sec-WebSocket-Version" };
    for (const char *builtIn : owned) {
        if (name.compare(builtIn, Qt::CaseInsensitive) == 0)
            return fail(error, tr("The header \"%1\" is written by the WebSocket client itself; adding it would send it twice.").arg(header.name));
    }
    if (name.compare("Origin", Qt::CaseInsensitive) == 0 && !settings.origin.isEmpty())
        return fail(error, tr("Both an Origin header and the Origin setting are given; use the Origin setting only."));
    if (name.compare("Sec-WebSocket-Protocol", Qt::CaseInsensitive) == 0 && !settings.subprotocols.isEmpty())
        return fail(error, tr("Both a Sec-WebSocket-Protocol header and subprotocols are given; list the subprotocols in the subprotocol setting only."));
    return true;
}

bool SettingsValidator::loadTls(const TlsSettings &tls, TlsMaterial *material, QString *error)
{
    TlsMaterial loaded;
    auto readFile = [error](const QString &path, const QString &what, QByteArray *data) {
        QFile file(path);
        if (!QFileInfo::exists(path))
            return fail(error, tr("The %1 file \"%2\" does not exist.").arg(what, path));
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, tr("The %1 file \"%2\" cannot be read: %3").arg(what, path, file.errorString()));
        *data = file.readAll();
        return true;
    };
    if (!tls.caFile.isEmpty()) {
        QByteArray pem;
        if (!readFile(tls.caFile, tr("CA certificate"), &pem))
            return false;
        loaded.caCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (loaded.caCertificates.isEmpty())
            loaded.caCertificates = QSslCertificate::fromData(pem, QSsl::Der);
        if (loaded.caCertificates.isEmpty())
            return fail(error, tr("The CA file \"%1\" contains no certificate (PEM or DER expected).").arg(tls.caFile));
    }
    if (tls.clientCertificateFile.isEmpty() != tls.clientKeyFile.isEmpty())
        return fail(error, tr("A client certificate needs both the certificate file and its key file."));
    if (!tls.clientCertificateFile.isEmpty()) {
        QByteArray pem;
        if (!readFile(tls.clientCertificateFile, tr("client certificate"), &pem))
            return false;
        const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certs.isEmpty())
            return fail(error, tr("The client certificate file \"%1\" contains no PEM certificate.").arg(tls.clientCertificateFile));
        loaded.clientCertificate = certs.first();
        QByteArray keyPem;
        if (!readFile(tls.clientKeyFile, tr("client key"), &keyPem))
            return false;
        for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
            const QSslKey key(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull()) {
                loaded.clientKey = key;
                break;
            }
        }
        if (loaded.clientKey.isNull())
            return fail(error, tr("The key file \"%1\" holds no unencrypted RSA, EC or DSA private key in PEM form.").arg(tls.clientKeyFile));
    }
    if (material)
        *material = loaded;
    return true;
}

bool SettingsValidator::proxyFromUrl(const QUrl &url, QNetworkProxy *proxy, QString *error)
{
    if (url.isEmpty()) {
        if (proxy)
            *proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        return true;
    }
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else
        return fail(error, tr("Unsupported proxy scheme \"%1\": use socks5:// or http://.").arg(url.scheme()));
    if (!url.isValid() || url.host().isEmpty())
        return fail(error, tr("The proxy URL \"%1\" has no host.").arg(url.toDisplayString()));
    if (url.port() <= 0)
        return fail(error, tr("The proxy URL \"%1\" needs a port, e.g. socks5://127.0.0.1:1080.").arg(url.toDisplayString()));
    if (proxy)
        *proxy = QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
    return true;
}

bool SettingsValidator::validate(const ConnectionSettings &settings, QString *error, QStringList *warnings)
{
    if (!validateUrl(settings.url, error))
        return false;
    for (const HeaderEntry &header : settings.headers) {
        if (!header.enabled)
            continue;
        if (!validateHeader(header, settings, error))
            return false;
        if (warnings && header.name.trimmed().compare(QLatin1String("Sec-WebSocket-Extensions"), Qt::CaseInsensitive) == 0) {
            warnings->append(tr("The Sec-WebSocket-Extensions header is sent as given, but QWebSocket implements no "
                                "extensions: if the server accepts one (e.g. permessage-deflate), its compressed frames "
                                "will fail the connection with 1002."));
        }
    }
    QSet<QString> seen;
    for (const QString &protocol : settings.subprotocols) {
        if (!isToken(protocol.toUtf8()))
            return fail(error, tr("\"%1\" is not a valid subprotocol name: it must be a token without spaces, commas or quotes (RFC 6455 §4.1).").arg(protocol));
        if (seen.contains(protocol))
            return fail(error, tr("The subprotocol \"%1\" is listed twice (RFC 6455 §4.1 requires unique values).").arg(protocol));
        seen.insert(protocol);
    }
    for (const QChar c : settings.origin) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return fail(error, tr("The Origin contains a control character."));
    }
    if (settings.handshakeTimeoutMs <= 0)
        return fail(error, tr("The handshake timeout must be greater than 0 ms (it is %1).").arg(settings.handshakeTimeoutMs));
    if (settings.maxIncomingFrameSize <= 0)
        return fail(error, tr("The maximum incoming frame size must be greater than 0 bytes."));
    if (settings.maxIncomingMessageSize <= 0)
        return fail(error, tr("The maximum incoming message size must be greater than 0 bytes."));
    if (settings.pingIntervalMs < 0)
        return fail(error, tr("The ping interval cannot be negative (it is %1 ms).").arg(settings.pingIntervalMs));
    if (settings.reconnect.enabled) {
        if (settings.reconnect.maxAttempts < 1)
            return fail(error, tr("Auto-reconnect needs at least 1 attempt."));
        if (settings.reconnect.initialDelayMs < 0 || settings.reconnect.maxDelayMs < settings.reconnect.initialDelayMs)
            return fail(error, tr("The reconnect delays must satisfy 0 <= first delay <= maximum delay."));
    }
    if (!loadTls(settings.tls, nullptr, error))
        return false;
    if (!proxyFromUrl(settings.proxy, nullptr, error))
        return false;
    return true;
}
