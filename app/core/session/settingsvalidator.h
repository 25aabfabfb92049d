#pragma once

#include "core/session/connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

// Checks a ConnectionSettings value before anything is sent, with one specific translated
// sentence per problem, and loads the TLS material and upstream proxy it names.
class SettingsValidator
{
    Q_DECLARE_TR_FUNCTIONS(SettingsValidator)

public:
    struct TlsMaterial
    {
        QList<QSslCertificate> caCertificates;
        QSslCertificate clientCertificate;
        QSslKey clientKey;
    };

    // The first problem in *error; notes that are not errors (e.g. a Sec-WebSocket-Extensions
    // header QWebSocket cannot honour) in *warnings.
    static bool validate(const ConnectionSettings &settings, QString *error, QStringList *warnings = nullptr);

    static bool validateUrl(const QUrl &url, QString *error);
    static bool validateHeader(const HeaderEntry &header, const ConnectionSettings &settings, QString *error);
    // RFC 7230 §3.2.6 token (header names, subprotocol names: RFC 6455 §4.1 item 10).
    static bool isToken(QByteArrayView text);
    static bool loadTls(const TlsSettings &tls, TlsMaterial *material, QString *error);
    // socks5://[user:pass@]host:port or http://host:port; an empty URL gives NoProxy.
    static bool proxyFromUrl(const QUrl &url, QNetworkProxy *proxy, QString *error);
};
