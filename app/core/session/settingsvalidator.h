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
    // The name and value rules are HeaderRules' (RFC 9110 §5.1, §5.5); on top of them the headers
    // the WebSocket client writes itself, and the ones that clash with a setting.
    static bool validateHeader(const HeaderEntry &header, const ConnectionSettings &settings, QString *error);
    // The one rule for a client certificate and its key, used by the session (through
    // validate() and loadTls()), the command line and the profile editor: neither file, or both;
    // the certificate file holds a PEM certificate, the key file an unencrypted RSA, EC or DSA
    // private key in PEM form, and the key is the certificate's (its public half is the
    // certificate's public key). Empty when that holds, else the translated reason why not.
    // On success *certificate and *key (when given) receive what was loaded.
    static QString checkClientCertificate(const QString &certificateFile, const QString &keyFile,
                                          QSslCertificate *certificate = nullptr, QSslKey *key = nullptr);
    // The pairing part of that rule alone: empty when `key` is `certificate`'s (or when that
    // cannot be told), else TlsErrorText::keyMismatch naming both files. The session asks it
    // before each attempt connects and fails the attempt with a Tls error (docs/TLS-FAILURES.md).
    static QString checkKeyPair(const QSslCertificate &certificate, const QSslKey &key, const QString &certificateFile,
                                const QString &keyFile);
    // The CA file and the client certificate files, read and parsed; the pair is not compared
    // here (checkKeyPair), so validate() accepts a readable pair that does not belong together.
    static bool loadTls(const TlsSettings &tls, TlsMaterial *material, QString *error);
    // socks5://[user:pass@]host:port or http://host:port; an empty URL gives NoProxy.
    static bool proxyFromUrl(const QUrl &url, QNetworkProxy *proxy, QString *error);

private:
    // Empty with *data filled, or why the file cannot be read; what names it ("CA certificate").
    static QString readFile(const QString &path, const QString &what, QByteArray *data);
    // checkClientCertificate without the pairing.
    static QString loadClientCertificate(const QString &certificateFile, const QString &keyFile,
                                         QSslCertificate *certificate, QSslKey *key);
};
