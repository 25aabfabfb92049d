// TlsErrorText: which case OpenSSL's words and the client's facts describe, and the sentence
// each case gets (docs/TLS-FAILURES.md). The integration test meets the cases real servers
// produce; this one also holds the words they do not produce here (other OpenSSL builds,
// other servers).

#include "core/session/tlserrortext.h"

#include <QTest>

using Failure = TlsErrorText::HandshakeFailure;

class TestTlsErrorText : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void eachCaseHasItsOwnSentence_data();
    void eachCaseHasItsOwnSentence();
    void aRepeatedProblemIsListedOnce();
};

void TestTlsErrorText::classify_data()
{
    QTest::addColumn<QString>("libraryText");
    QTest::addColumn<bool>("serverHelloSeen");
    QTest::addColumn<bool>("presentsCertificate");
    QTest::addColumn<Failure>("expected");
    const QString prefix = QStringLiteral("Error during SSL handshake: error:0A000000:SSL routines::");
    QTest::newRow("TLS 1.3 alert certificate required, no certificate: required")
            << prefix + QStringLiteral("tlsv13 alert certificate required") << true << false << Failure::ClientCertificateRequired;
    QTest::newRow("TLS 1.2 handshake failure after the ServerHello, no certificate: required")
            << prefix + QStringLiteral("sslv3 alert handshake failure") << true << false << Failure::ClientCertificateRequired;
    QTest::newRow("TLS 1.2 handshake failure after the ServerHello with a certificate: rejected")
            << prefix + QStringLiteral("sslv3 alert handshake failure") << true << true << Failure::ClientCertificateRejected;
    QTest::newRow("A handshake failure before any ServerHello (no shared cipher) is not about certificates")
            << prefix + QStringLiteral("sslv3 alert handshake failure") << false << false << Failure::Other;
    QTest::newRow("Alert bad certificate with a certificate presented: rejected")
            << prefix + QStringLiteral("sslv3 alert bad certificate") << true << true << Failure::ClientCertificateRejected;
    QTest::newRow("Alert unknown ca with a certificate presented: rejected")
            << prefix + QStringLiteral("tlsv1 alert unknown ca") << true << true << Failure::ClientCertificateRejected;
    QTest::newRow("Alert protocol version: too old")
            << prefix + QStringLiteral("tlsv1 alert protocol version") << false << false << Failure::ProtocolTooOld;
    QTest::newRow("Our side refuses the server's version: too old")
            << prefix + QStringLiteral("unsupported protocol") << false << false << Failure::ProtocolTooOld;
    QTest::newRow("No protocols available: too old")
            << prefix + QStringLiteral("no protocols available") << false << false << Failure::ProtocolTooOld;
    QTest::newRow("Wrong version number: too old (or not TLS)")
            << prefix + QStringLiteral("wrong version number") << false << false << Failure::ProtocolTooOld;
    QTest::newRow("OpenSSL's key values mismatch: our key is not our certificate's")
            << QStringLiteral("Private key does not certify public key, error:05800074:x509 certificate routines::key values mismatch")
            << false << true << Failure::KeyMismatch;
    QTest::newRow("Anything else stays OpenSSL's own words")
            << prefix + QStringLiteral("internal error") << true << false << Failure::Other;
}

void TestTlsErrorText::classify()
{
    QFETCH(QString, libraryText);
    QFETCH(bool, serverHelloSeen);
    QFETCH(bool, presentsCertificate);
    QFETCH(Failure, expected);
    TlsErrorText::HandshakeFacts facts;
    facts.target = QStringLiteral("example.com:443");
    facts.libraryText = libraryText;
    facts.serverHelloSeen = serverHelloSeen;
    if (presentsCertificate) {
        facts.clientCertificateFile = QStringLiteral("/certs/me.pem");
        facts.clientKeyFile = QStringLiteral("/certs/me.key");
    }
    QCOMPARE(TlsErrorText::classify(facts), expected);
}

void TestTlsErrorText::eachCaseHasItsOwnSentence_data()
{
    QTest::addColumn<QString>("libraryText");
    QTest::addColumn<bool>("presentsCertificate");
    QTest::addColumn<QStringList>("words");
    const QString prefix = QStringLiteral("error:0A000000:SSL routines::");
    QTest::newRow("Required names the target, the alert and the options")
            << prefix + QStringLiteral("tlsv13 alert certificate required") << false
            << QStringList{ QStringLiteral("example.com:443 requires a client certificate"),
                            QStringLiteral("\"tlsv13 alert certificate required\""), QStringLiteral("--cert FILE --key FILE") };
    QTest::newRow("Rejected names our certificate file")
            << prefix + QStringLiteral("sslv3 alert bad certificate") << true
            << QStringList{ QStringLiteral("refused the client certificate \"/certs/me.pem\""), QStringLiteral("bad certificate") };
    QTest::newRow("Too old names TLS 1.0 and 1.1 and what is needed")
            << prefix + QStringLiteral("tlsv1 alert protocol version") << false
            << QStringList{ QStringLiteral("TLS 1.0 or 1.1"), QStringLiteral("TLS 1.2 or 1.3"), QStringLiteral("RFC 8996") };
    QTest::newRow("Wrong version number also suspects a plain server")
            << prefix + QStringLiteral("wrong version number") << false
            << QStringList{ QStringLiteral("TLS 1.0 or 1.1"), QStringLiteral("plain ws:// server") };
    QTest::newRow("Key mismatch names both files")
            << QStringLiteral("key values mismatch") << true
            << QStringList{ QStringLiteral("\"/certs/me.key\" does not belong to the client certificate \"/certs/me.pem\"") };
    QTest::newRow("Other failures keep OpenSSL's words")
            << prefix + QStringLiteral("decode error") << false
            << QStringList{ QStringLiteral("TLS handshake with example.com:443 failed: "), QStringLiteral("decode error") };
}

void TestTlsErrorText::eachCaseHasItsOwnSentence()
{
    QFETCH(QString, libraryText);
    QFETCH(bool, presentsCertificate);
    QFETCH(QStringList, words);
    TlsErrorText::HandshakeFacts facts;
    facts.target = QStringLiteral("example.com:443");
    facts.libraryText = libraryText;
    facts.serverHelloSeen = true;
    if (presentsCertificate) {
        facts.clientCertificateFile = QStringLiteral("/certs/me.pem");
        facts.clientKeyFile = QStringLiteral("/certs/me.key");
    }
    const QString text = TlsErrorText::handshakeFailed(facts);
    for (const QString &word : std::as_const(words))
        QVERIFY2(text.contains(word), qPrintable(QStringLiteral("%1 not in: %2").arg(word, text)));
}

void TestTlsErrorText::aRepeatedProblemIsListedOnce()
{
    // OpenSSL reports an unknown issuer as two errors; they are one problem to the user.
    const QList<QSslError> errors{ QSslError(QSslError::UnableToGetLocalIssuerCertificate),
                                   QSslError(QSslError::UnableToVerifyFirstCertificate) };
    QCOMPARE(TlsErrorText::certificateProblems(errors, QStringLiteral("example.com")).size(), 1);
    const QString text = TlsErrorText::verificationFailed(errors, QStringLiteral("example.com"), QStringLiteral("example.com:443"));
    QVERIFY2(text.contains(QLatin1String("not trusted here")) && text.contains(QLatin1String("--insecure")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestTlsErrorText)
#include "tst_tlserrortext.moc"
