#include "testcertificates.h"

#include "testpeer.h"

#include <QFile>
#include <QProcess>

TestCertificates::TestCertificates() = default;

bool TestCertificates::run(const QStringList &arguments, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("openssl %1 failed: %2 %3")
                             .arg(arguments.join(QLatin1Char(' ')), openssl.errorString(),
                                  QString::fromLocal8Bit(openssl.readAllStandardError()));
        }
        return false;
    }
    return true;
}

bool TestCertificates::createFailureCases(QString *error)
{
    if (!m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("no temporary directory");
        return false;
    }
    QProcess python;
    python.start(TestPeer::pythonProgram(),
                 { TestPeer::peersDirectory() + QStringLiteral("/tls_certs.py"), m_dir.path() });
    const bool ok = python.waitForFinished(60000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
    if (!ok && error) {
        *error = QStringLiteral("tls_certs.py failed: %1 %2")
                         .arg(python.errorString(), QString::fromLocal8Bit(python.readAllStandardError()));
    }
    return ok;
}

bool TestCertificates::create(QString *error)
{
    if (!m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("no temporary directory");
        return false;
    }
    QFile ext(path(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    QFile clientExt(path(QStringLiteral("client.ext")));
    if (!clientExt.open(QIODevice::WriteOnly))
        return false;
    clientExt.write("basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n");
    clientExt.close();

    const QString days = QStringLiteral("2");
    return run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                 QStringLiteral("ca.pem"), QStringLiteral("-days"), days, QStringLiteral("-subj"),
                 QStringLiteral("/CN=WsScope Test CA") },
               error)
            && run({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=localhost") },
                   error)
            && run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                     QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                     QStringLiteral("-days"), days, QStringLiteral("-extfile"), QStringLiteral("server.ext") },
                   error)
            && run({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("client.key"), QStringLiteral("-out"), QStringLiteral("client.csr"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=WsScope Test Client") },
                   error)
            && run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("client.csr"),
                     QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("client.pem"),
                     QStringLiteral("-days"), days, QStringLiteral("-extfile"), QStringLiteral("client.ext") },
                   error);
}
