#include "core/session/settingsvalidator.h"
#include "pseudotranslator.h"
#include "testcertificates.h"

#include <QFile>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

// SettingsValidator: what the session checks before anything is sent. Each refusal is one
// specific sentence; these tests pin the sentence to the problem.
class TestSettingsValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateRefusesWithASpecificReason_data();
    void validateRefusesWithASpecificReason();
    void validAndDefaultSettingsPass();
    void anExtensionsHeaderOnlyWarns();
    void clientCertificateRules_data();
    void clientCertificateRules();
    void aMatchingPairIsLoaded();
    void loadTlsReadsTheCaAndTheClientPair();
    void proxyFromUrl_data();
    void proxyFromUrl();
    void messagesAreTranslated();

private:
    static ConnectionSettings good();
    QString write(const QString &name, const QByteArray &content);

    TestCertificates m_certs;
    QTemporaryDir m_dir;
};

void TestSettingsValidator::initTestCase()
{
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

ConnectionSettings TestSettingsValidator::good()
{
    ConnectionSettings settings;
    settings.url = QStringLiteral("ws://127.0.0.1:9001/echo");
    return settings;
}

QString TestSettingsValidator::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return path;
}

void TestSettingsValidator::validateRefusesWithASpecificReason_data()
{
    QTest::addColumn<ConnectionSettings>("settings");
    QTest::addColumn<QStringList>("contains");

    const auto with = [](const std::function<void(ConnectionSettings &)> &change) {
        ConnectionSettings s = good();
        change(s);
        return s;
    };
    QTest::newRow("No URL asks for a ws:// or wss:// URL")
            << with([](ConnectionSettings &s) { s.url.clear(); }) << QStringList{QStringLiteral("No URL given")};
    QTest::newRow("An https URL is named as the wrong scheme with the RFC section")
            << with([](ConnectionSettings &s) { s.url = QStringLiteral("https://example.com/"); })
            << QStringList{QStringLiteral("\"https\""), QStringLiteral("RFC 6455 §3")};
    QTest::newRow("An ftp URL is an unsupported scheme")
            << with([](ConnectionSettings &s) { s.url = QStringLiteral("ftp://example.com/"); })
            << QStringList{QStringLiteral("Unsupported URL scheme \"ftp\"")};
    QTest::newRow("A URL without a host is refused for that")
            << with([](ConnectionSettings &s) { s.url = QStringLiteral("ws:///path"); }) << QStringList{QStringLiteral("no host name")};
    QTest::newRow("Port 0 is not a server port")
            << with([](ConnectionSettings &s) { s.url = QStringLiteral("ws://127.0.0.1:0/"); }) << QStringList{QStringLiteral("Port 0")};
    QTest::newRow("A fragment is quoted back and refused")
            << with([](ConnectionSettings &s) { s.url = QStringLiteral("ws://h/#part"); }) << QStringList{QStringLiteral("#part")};
    QTest::newRow("User info in the URL points at the Authorization header")
            << with([](ConnectionSettings &s) { s.url = QStringLiteral("ws://u:p@h/"); }) << QStringList{QStringLiteral("Authorization header")};
    QTest::newRow("A header name with a space is not a token")
            << with([](ConnectionSettings &s) { s.headers = {{QStringLiteral("Bad Name"), QStringLiteral("v"), true}}; })
            << QStringList{QStringLiteral("\"Bad Name\" is not a valid header name"), QStringLiteral("U+0020")};
    QTest::newRow("A header value with CR LF names the header and the character")
            << with([](ConnectionSettings &s) { s.headers = {{QStringLiteral("X-A"), QStringLiteral("1\r\nX-B: 2"), true}}; })
            << QStringList{QStringLiteral("\"X-A\""), QStringLiteral("carriage return"), QStringLiteral("control character")};
    QTest::newRow("A Host header would be sent twice")
            << with([](ConnectionSettings &s) { s.headers = {{QStringLiteral("host"), QStringLiteral("x"), true}}; })
            << QStringList{QStringLiteral("\"host\""), QStringLiteral("send it twice")};
    QTest::newRow("An Origin header next to the Origin setting is refused")
            << with([](ConnectionSettings &s) {
                   s.origin = QStringLiteral("https://a.example");
                   s.headers = {{QStringLiteral("Origin"), QStringLiteral("https://b.example"), true}};
               })
            << QStringList{QStringLiteral("Origin setting only")};
    QTest::newRow("A Sec-WebSocket-Protocol header next to subprotocols is refused")
            << with([](ConnectionSettings &s) {
                   s.subprotocols = {QStringLiteral("chat")};
                   s.headers = {{QStringLiteral("Sec-WebSocket-Protocol"), QStringLiteral("chat"), true}};
               })
            << QStringList{QStringLiteral("subprotocol setting only")};
    QTest::newRow("A subprotocol with a space is not a token")
            << with([](ConnectionSettings &s) { s.subprotocols = {QStringLiteral("chat v1")}; })
            << QStringList{QStringLiteral("\"chat v1\" is not a valid subprotocol name")};
    QTest::newRow("A subprotocol offered twice is refused (RFC 6455 §4.1)")
            << with([](ConnectionSettings &s) { s.subprotocols = {QStringLiteral("a"), QStringLiteral("a")}; })
            << QStringList{QStringLiteral("listed twice")};
    QTest::newRow("An Origin with a line feed is refused like any header value")
            << with([](ConnectionSettings &s) { s.origin = QStringLiteral("https://a\nb"); })
            << QStringList{QStringLiteral("\"Origin\""), QStringLiteral("line feed")};
    QTest::newRow("A zero handshake timeout is refused with its value")
            << with([](ConnectionSettings &s) { s.handshakeTimeoutMs = 0; }) << QStringList{QStringLiteral("handshake timeout"), QStringLiteral("0")};
    QTest::newRow("A zero frame size limit is refused")
            << with([](ConnectionSettings &s) { s.maxIncomingFrameSize = 0; }) << QStringList{QStringLiteral("frame size")};
    QTest::newRow("A zero message size limit is refused")
            << with([](ConnectionSettings &s) { s.maxIncomingMessageSize = 0; }) << QStringList{QStringLiteral("message size")};
    QTest::newRow("A negative ping interval is refused with its value")
            << with([](ConnectionSettings &s) { s.pingIntervalMs = -5; }) << QStringList{QStringLiteral("-5 ms")};
    QTest::newRow("Auto-reconnect with no attempts is refused")
            << with([](ConnectionSettings &s) {
                   s.reconnect.enabled = true;
                   s.reconnect.maxAttempts = 0;
               })
            << QStringList{QStringLiteral("at least 1 attempt")};
    QTest::newRow("A maximum reconnect delay below the first delay is refused")
            << with([](ConnectionSettings &s) {
                   s.reconnect.enabled = true;
                   s.reconnect.initialDelayMs = 1000;
                   s.reconnect.maxDelayMs = 10;
               })
            << QStringList{QStringLiteral("first delay <= maximum delay")};
    QTest::newRow("A missing CA file is named")
            << with([](ConnectionSettings &s) { s.tls.caFile = QStringLiteral("/nonexistent/ca.pem"); })
            << QStringList{QStringLiteral("/nonexistent/ca.pem"), QStringLiteral("does not exist")};
    QTest::newRow("A client certificate without its key is refused")
            << with([](ConnectionSettings &s) { s.tls.clientCertificateFile = QStringLiteral("/nonexistent/c.pem"); })
            << QStringList{QStringLiteral("needs its private key")};
    QTest::newRow("A proxy with an unknown scheme is refused")
            << with([](ConnectionSettings &s) { s.proxy = QStringLiteral("ftp://127.0.0.1:21"); })
            << QStringList{QStringLiteral("Unsupported proxy scheme \"ftp\"")};
}

void TestSettingsValidator::validateRefusesWithASpecificReason()
{
    QFETCH(ConnectionSettings, settings);
    QFETCH(QStringList, contains);
    QString error;
    QVERIFY(!SettingsValidator::validate(settings, &error));
    for (const QString &part : contains)
        QVERIFY2(error.contains(part), qPrintable(error));
    // No error pointer: the answer is the same.
    QVERIFY(!SettingsValidator::validate(settings, nullptr));
}

void TestSettingsValidator::validAndDefaultSettingsPass()
{
    ConnectionSettings settings = good();
    settings.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer x\ty"), true},
                        // A disabled header is not sent, so it is not checked either.
                        {QStringLiteral("Bad Name"), QStringLiteral("\r\n"), false}};
    settings.subprotocols = {QStringLiteral("chat.v2"), QStringLiteral("chat.v1")};
    settings.origin = QStringLiteral("https://app.example");
    settings.proxy = QStringLiteral("socks5://127.0.0.1:1080");
    QString error = QStringLiteral("untouched");
    QStringList warnings;
    QVERIFY2(SettingsValidator::validate(settings, &error, &warnings), qPrintable(error));
    QVERIFY(warnings.isEmpty());
    QVERIFY2(SettingsValidator::validate(good(), &error), qPrintable(error));
}

void TestSettingsValidator::anExtensionsHeaderOnlyWarns()
{
    ConnectionSettings settings = good();
    settings.headers = {{QStringLiteral("sec-websocket-extensions"), QStringLiteral("permessage-deflate"), true}};
    QString error;
    QStringList warnings;
    QVERIFY2(SettingsValidator::validate(settings, &error, &warnings), qPrintable(error));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("QWebSocket implements no extensions")), qPrintable(warnings.first()));
}

void TestSettingsValidator::clientCertificateRules_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("contains"); // empty: accepted

    const QString notPem = write(QStringLiteral("not-a-certificate.pem"), "hello\n");
    const QString caKey = m_certs.directory() + QStringLiteral("/ca.key");
    QTest::newRow("Neither a certificate nor a key is fine (no client authentication)") << QString() << QString() << QStringList();
    QTest::newRow("The client certificate with its own key is accepted")
            << m_certs.clientCertificate() << m_certs.clientKey() << QStringList();
    QTest::newRow("The server certificate with its own key is accepted too")
            << m_certs.serverCertificate() << m_certs.serverKey() << QStringList();
    QTest::newRow("A certificate without a key names the certificate and asks for the key")
            << m_certs.clientCertificate() << QString()
            << QStringList{m_certs.clientCertificate(), QStringLiteral("needs its private key")};
    QTest::newRow("A key without a certificate names the key and asks for the certificate")
            << QString() << m_certs.clientKey()
            << QStringList{m_certs.clientKey(), QStringLiteral("needs the client certificate")};
    QTest::newRow("The client certificate with the server's key is a mismatch")
            << m_certs.clientCertificate() << m_certs.serverKey()
            << QStringList{QStringLiteral("does not belong to the client certificate"), m_certs.serverKey(),
                           m_certs.clientCertificate()};
    QTest::newRow("The server certificate with the CA's key is a mismatch")
            << m_certs.serverCertificate() << caKey << QStringList{QStringLiteral("does not belong")};
    QTest::newRow("A certificate file that does not exist is named")
            << QStringLiteral("/nonexistent/client.pem") << m_certs.clientKey()
            << QStringList{QStringLiteral("client certificate file \"/nonexistent/client.pem\" does not exist")};
    QTest::newRow("A key file that does not exist is named")
            << m_certs.clientCertificate() << QStringLiteral("/nonexistent/client.key")
            << QStringList{QStringLiteral("client key file \"/nonexistent/client.key\" does not exist")};
    QTest::newRow("A certificate file without a PEM certificate is refused")
            << notPem << m_certs.clientKey() << QStringList{QStringLiteral("contains no PEM certificate")};
    QTest::newRow("A key file holding a certificate instead of a key is refused")
            << m_certs.clientCertificate() << m_certs.clientCertificate()
            << QStringList{QStringLiteral("holds no unencrypted RSA, EC or DSA private key")};
}

void TestSettingsValidator::clientCertificateRules()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QStringList, contains);
    const QString why = SettingsValidator::checkClientCertificate(certificate, key);
    QCOMPARE(why.isEmpty(), contains.isEmpty());
    for (const QString &part : contains)
        QVERIFY2(why.contains(part), qPrintable(why));
    // validate() applies the same rule, with the same words, except the pairing: a readable
    // pair that does not belong together fails the connection attempt as a TLS error instead
    // (checkKeyPair, before anything is sent; docs/TLS-FAILURES.md).
    ConnectionSettings settings = good();
    settings.tls.clientCertificateFile = certificate;
    settings.tls.clientKeyFile = key;
    const bool pairing = why.contains(QLatin1String("does not belong"));
    QString error;
    QCOMPARE(SettingsValidator::validate(settings, &error), why.isEmpty() || pairing);
    QCOMPARE(error, pairing ? QString() : why);
    if (pairing) {
        SettingsValidator::TlsMaterial material;
        QVERIFY(SettingsValidator::loadTls(settings.tls, &material, &error));
        QCOMPARE(SettingsValidator::checkKeyPair(material.clientCertificate, material.clientKey, certificate, key), why);
    }
}

void TestSettingsValidator::aMatchingPairIsLoaded()
{
    QSslCertificate certificate;
    QSslKey key;
    QCOMPARE(SettingsValidator::checkClientCertificate(m_certs.clientCertificate(), m_certs.clientKey(), &certificate, &key),
             QString());
    QVERIFY(!certificate.isNull());
    QVERIFY(!key.isNull());
    QCOMPARE(key.type(), QSsl::PrivateKey);
    QVERIFY(certificate.subjectInfo(QSslCertificate::CommonName).contains(QStringLiteral("WsScope Test Client")));

    // A refused pair leaves the outputs alone.
    QSslCertificate untouched;
    QVERIFY(!SettingsValidator::checkClientCertificate(m_certs.clientCertificate(), m_certs.serverKey(), &untouched, nullptr).isEmpty());
    QVERIFY(untouched.isNull());
}

void TestSettingsValidator::loadTlsReadsTheCaAndTheClientPair()
{
    TlsSettings tls;
    tls.caFile = m_certs.caFile();
    tls.clientCertificateFile = m_certs.clientCertificate();
    tls.clientKeyFile = m_certs.clientKey();
    SettingsValidator::TlsMaterial material;
    QString error;
    QVERIFY2(SettingsValidator::loadTls(tls, &material, &error), qPrintable(error));
    QCOMPARE(material.caCertificates.size(), 1);
    QVERIFY(!material.clientCertificate.isNull());
    QVERIFY(!material.clientKey.isNull());

    tls.caFile = write(QStringLiteral("empty-ca.pem"), "no certificate here\n");
    QVERIFY(!SettingsValidator::loadTls(tls, &material, &error));
    QVERIFY2(error.contains(QStringLiteral("contains no certificate (PEM or DER expected)")), qPrintable(error));
}

void TestSettingsValidator::proxyFromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("type"); // QNetworkProxy::ProxyType when accepted
    QTest::addColumn<QString>("contains"); // empty: accepted
    QTest::newRow("No proxy URL means a direct connection") << QString() << int(QNetworkProxy::NoProxy) << QString();
    QTest::newRow("A SOCKS5 proxy with user and password is accepted")
            << QStringLiteral("socks5://u:p@127.0.0.1:1080") << int(QNetworkProxy::Socks5Proxy) << QString();
    QTest::newRow("An HTTP proxy is accepted") << QStringLiteral("http://127.0.0.1:3128") << int(QNetworkProxy::HttpProxy) << QString();
    QTest::newRow("An https proxy scheme is not supported")
            << QStringLiteral("https://127.0.0.1:3128") << 0 << QStringLiteral("Unsupported proxy scheme \"https\"");
    QTest::newRow("A proxy without a port asks for one with an example")
            << QStringLiteral("socks5://127.0.0.1") << 0 << QStringLiteral("needs a port");
}

void TestSettingsValidator::proxyFromUrl()
{
    QFETCH(QString, url);
    QFETCH(int, type);
    QFETCH(QString, contains);
    QNetworkProxy proxy;
    QString error;
    const bool ok = SettingsValidator::proxyFromUrl(QUrl(url), &proxy, &error);
    QCOMPARE(ok, contains.isEmpty());
    if (ok) {
        QCOMPARE(int(proxy.type()), type);
        if (!url.isEmpty())
            QCOMPARE(proxy.hostName(), QStringLiteral("127.0.0.1"));
    } else {
        QVERIFY2(error.contains(contains), qPrintable(error));
    }
}

void TestSettingsValidator::messagesAreTranslated()
{
    const PseudoTranslator translator;
    ConnectionSettings settings = good();
    settings.handshakeTimeoutMs = 0;
    QString error;
    QVERIFY(!SettingsValidator::validate(settings, &error));
    QVERIFY2(error.startsWith(QLatin1String("[[")), qPrintable(error));
    const QString why = SettingsValidator::checkClientCertificate(m_certs.clientCertificate(), m_certs.serverKey());
    QVERIFY2(why.startsWith(QLatin1String("[[")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestSettingsValidator)
#include "tst_settingsvalidator.moc"
