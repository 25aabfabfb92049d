#include "core/session/settingsvalidator.h"

#include "core/rules/headerrules.h"
#include "core/rules/keypairmatcher.h"
#include "core/session/tlserrortext.h"

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

QString SettingsValidator::readFile(const QString &path, const QString &what, QByteArray *data)
{
    if (!QFileInfo::exists(path))
        return tr("The %1 file \"%2\" does not exist.").arg(what, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The %1 file \"%2\" cannot be read: %3").arg(what, path, file.errorString());
    *data = file.readAll();
    return {};
}

QString SettingsValidator::checkClientCertificate(const QString &certificateFile, const QString &keyFile,
                                                  QSslCertificate *certificate, QSslKey *key)
{
    QSslCertificate loadedCertificate;
    QSslKey loadedKey;
    if (const QString why = loadClientCertificate(certificateFile, keyFile, &loadedCertificate, &loadedKey); !why.isEmpty())
        return why;
    if (const QString why = checkKeyPair(loadedCertificate, loadedKey, certificateFile, keyFile); !why.isEmpty())
        return why;
    if (certificate)
        *certificate = loadedCertificate;
    if (key)
        *key = loadedKey;
    return {};
}

QString SettingsValidator::checkKeyPair(const QSslCertificate &certificate, const QSslKey &key,
                                        const QString &certificateFile, const QString &keyFile)
{
    // nullopt (a form we cannot compare) is left to the TLS handshake, which reports it too.
    if (KeyPairMatcher::matches(certificate, key) == std::optional<bool>(false))
        return TlsErrorText::keyMismatch(certificateFile, keyFile);
    return {};
}

QString SettingsValidator::loadClientCertificate(const QString &certificateFile, const QString &keyFile,
                                                 QSslCertificate *certificate, QSslKey *key)
{
    if (certificateFile.isEmpty() && keyFile.isEmpty())
        return {};
    // The server checks the certificate against the signature made with its key (RFC 8446
    // §4.4.3): one without the other cannot authenticate the client.
    if (keyFile.isEmpty())
        return tr("The client certificate \"%1\" needs its private key: choose the key file too.").arg(certificateFile);
    if (certificateFile.isEmpty())
        return tr("The private key \"%1\" needs the client certificate it belongs to: choose the certificate file too.")
                .arg(keyFile);
    QByteArray pem;
    if (const QString why = readFile(certificateFile, tr("client certificate"), &pem); !why.isEmpty())
        return why;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return tr("The client certificate file \"%1\" contains no PEM certificate.").arg(certificateFile);
    QByteArray keyPem;
    if (const QString why = readFile(keyFile, tr("client key"), &keyPem); !why.isEmpty())
        return why;
    QSslKey loadedKey;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        const QSslKey candidate(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!candidate.isNull()) {
            loadedKey = candidate;
            break;
        }
    }
    if (loadedKey.isNull())
        return tr("The key file \"%1\" holds no unencrypted RSA, EC or DSA private key in PEM form.").arg(keyFile);
    if (certificate)
        *certificate = certs.first();
    if (key)
        *key = loadedKey;
    return {};
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
    const QString trimmed = header.name.trimmed();
    const QByteArray name = trimmed.toUtf8();
    if (const QString why = HeaderRules::checkHeader(trimmed, header.value); !why.isEmpty())
        return fail(error, why);
    if (name.compare("Origin", Qt::CaseInsensitive) == 0 && !settings.origin.isEmpty())
        return fail(error, tr("Both an Origin header and the Origin setting are given; use the Origin setting only."));
    if (name.compare("Sec-WebSocket-Protocol", Qt::CaseInsensitive) == 0 && !settings.subprotocols.isEmpty())
        return fail(error, tr("Both a Sec-WebSocket-Protocol header and subprotocols are given; list the subprotocols in the subprotocol setting only."));
    return true;
}

bool SettingsValidator::loadTls(const TlsSettings &tls, TlsMaterial *material, QString *error)
{
    TlsMaterial loaded;
    if (!tls.caFile.isEmpty()) {
        QByteArray pem;
        if (const QString why = readFile(tls.caFile, tr("CA certificate"), &pem); !why.isEmpty())
            return fail(error, why);
        loaded.caCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (loaded.caCertificates.isEmpty())
            loaded.caCertificates = QSslCertificate::fromData(pem, QSsl::Der);
        if (loaded.caCertificates.isEmpty())
            return fail(error, tr("The CA file \"%1\" contains no certificate (PEM or DER expected).").arg(tls.caFile));
    }
    // Whether the key is the certificate's is a TLS failure of the attempt (checkKeyPair), not a
    // settings error: the files are fine, the pair is not (docs/TLS-FAILURES.md).
    const QString why = loadClientCertificate(tls.clientCertificateFile, tls.clientKeyFile, &loaded.clientCertificate,
                                              &loaded.clientKey);
    if (!why.isEmpty())
        return fail(error, why);
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
    if (!validateUrl(settings.parsedUrl(), error))
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
        if (const QString why = HeaderRules::checkSubprotocol(protocol); !why.isEmpty())
            return fail(error, why);
        if (seen.contains(protocol))
            return fail(error, tr("The subprotocol \"%1\" is listed twice (RFC 6455 §4.1 requires unique values).").arg(protocol));
        seen.insert(protocol);
    }
    // The origin is sent as the Origin header's value (RFC 6455 §4.1 item 8).
    if (const QString why = HeaderRules::checkValue(u"Origin", settings.origin); !why.isEmpty())
        return fail(error, why);
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
    if (!proxyFromUrl(settings.parsedProxy(), nullptr, error))
        return false;
    return true;
}
