// wss:// through the wire tap (docs/ARCHITECTURE.md, "The wire tap"): QWebSocket speaks plain ws to the tap, the tap
// speaks TLS to a Python websockets server whose certificate comes from a CA the test makes.

#include "core/session/session.h"
#include "sessionlog.h"
#include "testcertificates.h"
#include "testpeer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestSessionTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutTheCaTheUpstreamLegFails();
    void withTheCaFileTheSessionOpensAndDecodesFrames_data();
    void withTheCaFileTheSessionOpensAndDecodesFrames();
    void ignoreErrorsPassesAndLogsTheIgnoredErrors();
    void tapOffWithTheCaFileStillWorks();
    void clientCertificateIsPresentedUpstream();

private:
    Session *openSession(const ConnectionSettings &settings);

    TestCertificates m_certs;
    TestPeer m_peer;
};

void TestSessionTls::initTestCase()
{
    QString error;
    QVERIFY2(m_certs.create(&error), qPrintable(error));
    QVERIFY2(m_peer.start(TestPeer::Kind::Python, { QStringLiteral("--mode"), QStringLiteral("echo"), QStringLiteral("--tls-cert"),
                                                    m_certs.serverCertificate(), QStringLiteral("--tls-key"), m_certs.serverKey() }),
             qPrintable(m_peer.errorString()));
}

void TestSessionTls::cleanupTestCase()
{
    m_peer.stop();
}

void TestSessionTls::withoutTheCaTheUpstreamLegFails()
{
    Session session;
    ConnectionSettings settings;
    settings.url = QUrl(m_peer.url(true)).toString();
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const QStringList tls = SessionLog::errorTexts(session, ErrorCategory::Tls);
    QCOMPARE(tls.size(), 1);
    QVERIFY2(tls.first().contains(QLatin1String("verification")), qPrintable(tls.first()));
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Error).size(), 1); // no generic proxy error on top
    // The chain the server presented is shown although it was not trusted.
    const QList<Event> tlsEvents = SessionLog::eventsOf(session, EventKind::Tls);
    QCOMPARE(tlsEvents.size(), 1);
    QVERIFY(!tlsEvents.first().detail->tlsChain.isEmpty());
    QVERIFY(tlsEvents.first().detail->tlsChain.first().contains(QLatin1String("localhost")));
    QVERIFY(!tlsEvents.first().detail->tlsErrors.isEmpty());
    QVERIFY(SessionLog::eventsOf(session, EventKind::HandshakeRequest).isEmpty());
    QCOMPARE(SessionLog::eventsOf(session, EventKind::Close).first().detail->closeCode, quint16(1006));
    QCOMPARE(session.state(), SessionState::Closed);
}

void TestSessionTls::withTheCaFileTheSessionOpensAndDecodesFrames_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("Connecting by IP address matches the certificate's IP SAN") << QStringLiteral("127.0.0.1");
    QTest::newRow("Connecting by name sends SNI localhost and matches the DNS SAN") << QStringLiteral("localhost");
}

void TestSessionTls::withTheCaFileTheSessionOpensAndDecodesFrames()
{
    QFETCH(QString, host);
    Session session;
    ConnectionSettings settings;
    settings.url = QStringLiteral("wss://%1:%2/secure").arg(host).arg(m_peer.port());
    settings.tls.caFile = m_certs.caFile();
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 10000);
    QVERIFY(SessionLog::errorTexts(session, ErrorCategory::Tls).isEmpty());

    const QList<Event> tlsEvents = SessionLog::eventsOf(session, EventKind::Tls);
    QCOMPARE(tlsEvents.size(), 1);
    const EventDetail &tls = *tlsEvents.first().detail;
    QVERIFY2(tls.tlsProtocol.startsWith(QLatin1String("TLS 1.")), qPrintable(tls.tlsProtocol));
    QVERIFY(!tls.tlsCipher.isEmpty());
    QVERIFY(tls.tlsErrors.isEmpty());
    QVERIFY(tls.text.isEmpty());
    QVERIFY(!tls.tlsChain.isEmpty());
    QVERIFY(tls.tlsChain.first().contains(QLatin1String("subject: localhost")));
    QVERIFY(tls.tlsChain.first().contains(QLatin1String("WsScope Test CA")));

    // The tap saw plaintext: the request as it went into TLS, the 101, and masked frames.
    const HttpMessage &request = SessionLog::eventsOf(session, EventKind::HandshakeRequest).first().detail->http;
    QCOMPARE(request.target, QByteArray("/secure"));
    QCOMPARE(QString::fromLatin1(request.value("Host")), QStringLiteral("%1:%2").arg(host).arg(m_peer.port()));
    QVERIFY(SessionLog::eventsOf(session, EventKind::HandshakeResponse).first().detail->acceptValid);
    QVERIFY(session.sendText(QStringLiteral("over TLS")));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);
    QCOMPARE(SessionLog::messagesOf(session, Direction::In).first().payload, QByteArray("over TLS"));
    bool maskedOut = false;
    for (const Event &frame : SessionLog::eventsOf(session, EventKind::Frame, Direction::Out))
        maskedOut = maskedOut || (frame.frame.opcode == 0x1 && frame.frame.masked);
    QVERIFY(maskedOut);
    // The peer's own Open line shows the Host it received: the tap logged exactly that.
    bool hostSeen = false;
    for (const QJsonObject &open : m_peer.lines(QStringLiteral("open"))) {
        const QJsonArray headers = open.value(QLatin1String("request_headers")).toArray();
        for (const QJsonValue &header : headers) {
            const QJsonArray pair = header.toArray();
            if (pair.at(0).toString().compare(QLatin1String("Host"), Qt::CaseInsensitive) == 0
                && pair.at(1).toString() == QString::fromLatin1(request.value("Host")))
                hostSeen = true;
        }
    }
    QVERIFY(hostSeen);

    QVERIFY(session.close(1000));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const Event close = SessionLog::eventsOf(session, EventKind::Close).first();
    QCOMPARE(close.detail->closeCode, quint16(1000));
    QVERIFY(close.detail->closeClean);
}

void TestSessionTls::ignoreErrorsPassesAndLogsTheIgnoredErrors()
{
    Session session;
    ConnectionSettings settings;
    settings.url = QUrl(m_peer.url(true)).toString();
    settings.tls.ignoreErrors = true;
    session.setSettings(settings);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 10000);
    const QList<Event> tlsEvents = SessionLog::eventsOf(session, EventKind::Tls);
    QCOMPARE(tlsEvents.size(), 1);
    QVERIFY(!tlsEvents.first().detail->tlsErrors.isEmpty());
    QVERIFY2(tlsEvents.first().detail->text.startsWith(QLatin1String("Warning:")), qPrintable(tlsEvents.first().detail->text));
    QVERIFY(SessionLog::errorTexts(session, ErrorCategory::Tls).isEmpty());
    QVERIFY(session.sendText(QStringLiteral("insecure but working")));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);
    session.abort();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Closed, 5000);
}

void TestSessionTls::tapOffWithTheCaFileStillWorks()
{
    Session session;
    ConnectionSettings settings;
    settings.url = QUrl(m_peer.url(true)).toString();
    settings.tls.caFile = m_certs.caFile();
    settings.tapEnabled = false;
    session.setSettings(settings);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 10000);
    QVERIFY(session.sendText(QStringLiteral("direct")));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);
    session.abort();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Closed, 5000);
}

void TestSessionTls::clientCertificateIsPresentedUpstream()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, { QStringLiteral("--tls-cert"), m_certs.serverCertificate(), QStringLiteral("--tls-key"),
                                                  m_certs.serverKey(), QStringLiteral("--client-ca"), m_certs.caFile() }),
             qPrintable(peer.errorString()));
    Session session;
    ConnectionSettings settings;
    settings.url = QUrl(peer.url(true)).toString();
    settings.tls.caFile = m_certs.caFile();
    settings.tls.clientCertificateFile = m_certs.clientCertificate();
    settings.tls.clientKeyFile = m_certs.clientKey();
    session.setSettings(settings);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, 10000);
    QVERIFY(peer.waitForLines(QStringLiteral("open"), 1));
    QCOMPARE(peer.lines(QStringLiteral("open")).first().value(QLatin1String("client_cn")).toString(),
             QStringLiteral("WsScope Test Client"));
    session.abort();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Closed, 5000);

    // A certificate without its key is refused before anything is sent.
    settings.tls.clientKeyFile.clear();
    session.setSettings(settings);
    QVERIFY(!session.open(&error));
    QVERIFY2(error.contains(QLatin1String("key")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSessionTls)
#include "tst_session_tls.moc"
