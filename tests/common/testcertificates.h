#pragma once

#include <QString>
#include <QTemporaryDir>

// A throw-away test CA and a server certificate for 127.0.0.1 and localhost signed by it, made
// with the openssl command-line tool in a temporary directory (removed on destruction). Also a
// client certificate signed by the same CA, for mutual-TLS tests.
class TestCertificates
{
public:
    TestCertificates();

    bool create(QString *error = nullptr);
    // The certificates of the TLS failure cases (tests/peers/tls_certs.py, on Debian's
    // python3-cryptography, since the openssl command line cannot backdate a certificate):
    // expired, not yet valid, for another host, self-signed, from an unknown CA, a client
    // certificate, and a key of no certificate. In the same directory; file(name) finds them.
    bool createFailureCases(QString *error = nullptr);
    QString file(const QString &name) const { return path(name); }

    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString serverCertificate() const { return path(QStringLiteral("server.pem")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString clientCertificate() const { return path(QStringLiteral("client.pem")); }
    QString clientKey() const { return path(QStringLiteral("client.key")); }
    QString directory() const { return m_dir.path(); }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool run(const QStringList &arguments, QString *error);

    QTemporaryDir m_dir;
};
