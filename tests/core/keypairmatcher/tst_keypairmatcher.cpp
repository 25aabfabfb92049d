#include "core/rules/keypairmatcher.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// KeyPairMatcher on real keys made by the openssl tool: for RSA, EC and DSA, a certificate's own
// key matches (in PKCS #8 and in the traditional form), another key of the same kind does not,
// and neither does a key of another kind.
class TestKeyPairMatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void anEcKeyWithoutItsPublicPointCannotBeTold();
    void nullInputsCannotBeTold();

private:
    bool openssl(const QStringList &arguments);
    // A self-signed certificate "<name>.pem" and its key "<name>.key" for the algorithm options.
    bool makePair(const QString &name, const QStringList &keyOptions);
    QSslCertificate certificate(const QString &name) const;
    QSslKey key(const QString &file, QSsl::KeyAlgorithm algorithm) const;

    QTemporaryDir m_dir;
    QString m_error;
};

bool TestKeyPairMatcher::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestKeyPairMatcher::makePair(const QString &name, const QStringList &keyOptions)
{
    const QString key = name + QStringLiteral(".key");
    return openssl(QStringList{QStringLiteral("genpkey")} + keyOptions + QStringList{QStringLiteral("-out"), key})
            && openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"), key, QStringLiteral("-out"),
                        name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + name})
            // The same key in the pre-PKCS #8 form ("BEGIN RSA/EC/DSA PRIVATE KEY").
            && openssl({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-traditional"), QStringLiteral("-out"),
                        name + QStringLiteral("-traditional.key")});
}

void TestKeyPairMatcher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList rsa{QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048")};
    const QStringList ec{QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")};
    QVERIFY2(makePair(QStringLiteral("rsa-a"), rsa), qPrintable(m_error));
    QVERIFY2(makePair(QStringLiteral("rsa-b"), rsa), qPrintable(m_error));
    QVERIFY2(makePair(QStringLiteral("ec-a"), ec), qPrintable(m_error));
    QVERIFY2(makePair(QStringLiteral("ec-b"), ec), qPrintable(m_error));
    QVERIFY2(openssl({QStringLiteral("genpkey"), QStringLiteral("-genparam"), QStringLiteral("-algorithm"), QStringLiteral("DSA"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("dsa_paramgen_bits:2048"), QStringLiteral("-out"), QStringLiteral("dsa.params")}),
             qPrintable(m_error));
    const QStringList dsa{QStringLiteral("-paramfile"), QStringLiteral("dsa.params")};
    QVERIFY2(makePair(QStringLiteral("dsa-a"), dsa), qPrintable(m_error));
    QVERIFY2(makePair(QStringLiteral("dsa-b"), dsa), qPrintable(m_error));
}

QSslCertificate TestKeyPairMatcher::certificate(const QString &name) const
{
    QFile file(m_dir.filePath(name + QStringLiteral(".pem")));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

QSslKey TestKeyPairMatcher::key(const QString &fileName, QSsl::KeyAlgorithm algorithm) const
{
    QFile file(m_dir.filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return QSslKey();
    return QSslKey(file.readAll(), algorithm, QSsl::Pem, QSsl::PrivateKey);
}

void TestKeyPairMatcher::matches_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("expected");

    QTest::newRow("An RSA certificate matches its own PKCS #8 key") << "rsa-a" << "rsa-a.key" << int(QSsl::Rsa) << true;
    QTest::newRow("An RSA certificate matches its own traditional key") << "rsa-a" << "rsa-a-traditional.key" << int(QSsl::Rsa) << true;
    QTest::newRow("An RSA certificate does not match another RSA key") << "rsa-a" << "rsa-b.key" << int(QSsl::Rsa) << false;
    QTest::newRow("An EC certificate matches its own PKCS #8 key") << "ec-a" << "ec-a.key" << int(QSsl::Ec) << true;
    QTest::newRow("An EC certificate matches its own SEC 1 key") << "ec-a" << "ec-a-traditional.key" << int(QSsl::Ec) << true;
    QTest::newRow("An EC certificate does not match another EC key on the same curve") << "ec-b" << "ec-a.key" << int(QSsl::Ec) << false;
    QTest::newRow("A DSA certificate matches its own key") << "dsa-a" << "dsa-a.key" << int(QSsl::Dsa) << true;
    QTest::newRow("A DSA certificate matches its own traditional key") << "dsa-a" << "dsa-a-traditional.key" << int(QSsl::Dsa) << true;
    QTest::newRow("A DSA certificate does not match another DSA key with the same parameters")
            << "dsa-a" << "dsa-b.key" << int(QSsl::Dsa) << false;
    QTest::newRow("An RSA certificate does not match an EC key") << "rsa-a" << "ec-a.key" << int(QSsl::Ec) << false;
    QTest::newRow("An EC certificate does not match an RSA key") << "ec-a" << "rsa-a.key" << int(QSsl::Rsa) << false;
}

void TestKeyPairMatcher::matches()
{
    QFETCH(QString, certificate);
    QFETCH(QString, keyFile);
    QFETCH(int, algorithm);
    QFETCH(bool, expected);
    const QSslCertificate cert = this->certificate(certificate);
    const QSslKey privateKey = key(keyFile, QSsl::KeyAlgorithm(algorithm));
    QVERIFY(!cert.isNull());
    QVERIFY(!privateKey.isNull());
    const std::optional<bool> result = KeyPairMatcher::matches(cert, privateKey);
    QVERIFY(result.has_value());
    QCOMPARE(*result, expected);
}

void TestKeyPairMatcher::anEcKeyWithoutItsPublicPointCannotBeTold()
{
    QVERIFY2(openssl({QStringLiteral("ec"), QStringLiteral("-in"), QStringLiteral("ec-a.key"), QStringLiteral("-no_public"),
                      QStringLiteral("-out"), QStringLiteral("ec-a-nopublic.key")}),
             qPrintable(m_error));
    const QSslKey privateKey = key(QStringLiteral("ec-a-nopublic.key"), QSsl::Ec);
    QVERIFY(!privateKey.isNull());
    QCOMPARE(KeyPairMatcher::matches(certificate(QStringLiteral("ec-a")), privateKey), std::optional<bool>());
}

void TestKeyPairMatcher::nullInputsCannotBeTold()
{
    QCOMPARE(KeyPairMatcher::matches(QSslCertificate(), key(QStringLiteral("rsa-a.key"), QSsl::Rsa)), std::optional<bool>());
    QCOMPARE(KeyPairMatcher::matches(certificate(QStringLiteral("rsa-a")), QSslKey()), std::optional<bool>());
}

QTEST_GUILESS_MAIN(TestKeyPairMatcher)
#include "tst_keypairmatcher.moc"
