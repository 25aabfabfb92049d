// TLS failures in their own words (docs/TLS-FAILURES.md): real Python TLS servers on loopback
// with certificates the test makes (expired, not yet valid, for another host, self-signed, from
// an unknown CA), one that requires a client certificate (TLS 1.3 and TLS 1.2), one that speaks
// only TLS 1.0, and a client key that is not its certificate's. Each case, tap on and off, is
// one Tls Error whose text names the case's facts, the same text wsscope-cli prints with exit
// 3; the certificate cases connect when errors are ignored and list what was ignored.

#include "core/session/session.h"
#include "cliresult.h"
#include "sessionlog.h"
#include "testcertificates.h"
#include "testpeer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

constexpr int FinishMs = 15000;
constexpr int CliTimeoutMs = 8000;

} // namespace

class TestSessionTlsFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachFailureIsOneTlsErrorInItsOwnWords_data();
    void eachFailureIsOneTlsErrorInItsOwnWords();
    void theCliExitsWith3AndPrintsTheSameWords_data();
    void theCliExitsWith3AndPrintsTheSameWords();
    void ignoringErrorsConnectsAndListsWhatWasIgnored_data();
    void ignoringErrorsConnectsAndListsWhatWasIgnored();
    void theCliConnectsWithInsecureAndListsWhatWasIgnored_data();
    void theCliConnectsWithInsecureAndListsWhatWasIgnored();

private:
    void failureRows();
    void certificateRows();
    bool startPeer(const QString &name, const QStringList &arguments);
    ConnectionSettings settingsFor(const QString &peer, bool tap) const;

    TestCertificates m_certs;
    QMap<QString, std::shared_ptr<TestPeer>> m_peers;
};

bool TestSessionTlsFailures::startPeer(const QString &name, const QStringList &arguments)
{
    auto peer = std::make_shared<TestPeer>();
    if (!peer->start(TestPeer::Kind::Python, QStringList{ QStringLiteral("--mode"), QStringLiteral("echo") } + arguments)) {
        qWarning("%s: %s", qPrintable(name), qPrintable(peer->errorString()));
        return false;
    }
    m_peers.insert(name, peer);
    return true;
}

void TestSessionTlsFailures::initTestCase()
{
    QString error;
    QVERIFY2(m_certs.createFailureCases(&error), qPrintable(error));
    const QString key = m_certs.file(QStringLiteral("good.key"));
    for (const QString &name : { QStringLiteral("expired"), QStringLiteral("future"), QStringLiteral("wronghost"),
                                 QStringLiteral("selfsigned"), QStringLiteral("unknownca") }) {
        QVERIFY(startPeer(name, { QStringLiteral("--tls-cert"), m_certs.file(name + QStringLiteral(".pem")),
                                  QStringLiteral("--tls-key"), key }));
    }
    const QStringList good{ QStringLiteral("--tls-cert"), m_certs.file(QStringLiteral("good.pem")), QStringLiteral("--tls-key"), key };
    const QStringList clientCert{ QStringLiteral("--require-client-cert"), QStringLiteral("--client-ca"),
                                  m_certs.file(QStringLiteral("ca.pem")) };
    QVERIFY(startPeer(QStringLiteral("client13"), good + clientCert));
    QVERIFY(startPeer(QStringLiteral("client12"), good + clientCert + QStringList{ QStringLiteral("--tls-max-version"), QStringLiteral("1.2") }));
    QVERIFY(startPeer(QStringLiteral("tls10"), good + QStringList{ QStringLiteral("--tls-max-version"), QStringLiteral("1.0") }));
}

void TestSessionTlsFailures::cleanupTestCase()
{
    m_peers.clear();
}

ConnectionSettings TestSessionTlsFailures::settingsFor(const QString &peer, bool tap) const
{
    ConnectionSettings settings;
    settings.url = QUrl(m_peers.value(peer)->url(true)).toString();
    settings.tls.caFile = m_certs.file(QStringLiteral("ca.pem"));
    settings.tapEnabled = tap;
    settings.handshakeTimeoutMs = FinishMs - 5000;
    return settings;
}

void TestSessionTlsFailures::certificateRows()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<bool>("tap");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("mismatchedKey");
    const QList<QPair<QString, QPair<QString, QStringList>>> cases{
        { QStringLiteral("expired"),
          { QStringLiteral("An expired certificate names its expiry date and says to renew it"),
            { QStringLiteral("127.0.0.1"), QStringLiteral("expired on 2021-01-01"),
              QStringLiteral("valid from 2020-01-01 00:00 UTC to 2021-01-01 00:00 UTC"), QStringLiteral("Renew it") } } },
        { QStringLiteral("future"),
          { QStringLiteral("A certificate not yet valid names its start date and the clock"),
            { QStringLiteral("not valid before 2099-01-01"), QStringLiteral("Check the clock") } } },
        { QStringLiteral("wronghost"),
          { QStringLiteral("A certificate for another host names the host asked for and the names it lists"),
            { QStringLiteral("not for 127.0.0.1"), QStringLiteral("it names only wrong.example, 192.0.2.7") } } },
        { QStringLiteral("selfsigned"),
          { QStringLiteral("A self-signed certificate is called self-signed, with its subject"),
            { QStringLiteral("\"WsScope Self-Signed\") is self-signed"), QStringLiteral("--ca FILE") } } },
        { QStringLiteral("unknownca"),
          { QStringLiteral("A certificate from an unknown CA names that CA"),
            { QStringLiteral("issued by \"WsScope Unknown CA\""), QStringLiteral("not trusted here") } } },
    };
    for (const auto &c : cases) {
        for (const bool tap : { true, false }) {
            QTest::addRow("%s (tap %s)", qPrintable(c.second.first), tap ? "on" : "off")
                    << c.first << tap << c.second.second << false;
        }
    }
}

void TestSessionTlsFailures::failureRows()
{
    certificateRows();
    const QList<QPair<QString, QPair<QString, QStringList>>> cases{
        { QStringLiteral("client13"),
          { QStringLiteral("A TLS 1.3 server that requires a client certificate says so"),
            { QStringLiteral("requires a client certificate"), QStringLiteral("presents none"),
              QStringLiteral("certificate required"), QStringLiteral("--cert FILE --key FILE") } } },
        { QStringLiteral("client12"),
          { QStringLiteral("A TLS 1.2 server that requires a client certificate says so"),
            { QStringLiteral("requires a client certificate"), QStringLiteral("presents none"),
              QStringLiteral("handshake failure") } } },
        { QStringLiteral("tls10"),
          { QStringLiteral("A TLS 1.0-only server is refused, naming the old protocol"),
            { QStringLiteral("TLS 1.0 or 1.1"), QStringLiteral("protocol version"), QStringLiteral("TLS 1.2 or 1.3") } } },
        { QStringLiteral("client13"),
          { QStringLiteral("A client key that is not its certificate's names both files before connecting"),
            { QStringLiteral("does not belong to the client certificate"), QStringLiteral("other.key"),
              QStringLiteral("client.pem") } } },
    };
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const auto &c = cases.at(i);
        for (const bool tap : { true, false }) {
            QTest::addRow("%s (tap %s)", qPrintable(c.second.first), tap ? "on" : "off")
                    << c.first << tap << c.second.second << (i == cases.size() - 1);
        }
    }
}

void TestSessionTlsFailures::eachFailureIsOneTlsErrorInItsOwnWords_data()
{
    failureRows();
}

void TestSessionTlsFailures::eachFailureIsOneTlsErrorInItsOwnWords()
{
    QFETCH(QString, peer);
    QFETCH(bool, tap);
    QFETCH(QStringList, words);
    QFETCH(bool, mismatchedKey);
    ConnectionSettings settings = settingsFor(peer, tap);
    if (mismatchedKey) {
        settings.tls.clientCertificateFile = m_certs.file(QStringLiteral("client.pem"));
        settings.tls.clientKeyFile = m_certs.file(QStringLiteral("other.key"));
    }
    const qsizetype handshakesBefore = m_peers.value(peer)->jsonLines().size();
    Session session;
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, FinishMs);

    // One error, of category Tls, in the case's own words; nothing generic on top of it.
    const QList<Event> errors = SessionLog::eventsOf(session, EventKind::Error);
    QVERIFY2(errors.size() == 1, SessionLog::describe(session).constData());
    QCOMPARE(errors.first().detail->errorCategory, ErrorCategory::Tls);
    const QString text = errors.first().detail->text;
    for (const QString &word : std::as_const(words))
        QVERIFY2(text.contains(word), qPrintable(QStringLiteral("%1 not in: %2").arg(word, text)));
    QVERIFY2(!SessionLog::eventsOf(session, EventKind::Close).isEmpty(), SessionLog::describe(session).constData());
    QVERIFY(!SessionLog::eventsOf(session, EventKind::Close).last().detail->attemptOpened);
    QCOMPARE(session.state(), SessionState::Closed);

    if (mismatchedKey) {
        // Said before connecting: the server never saw a handshake.
        QVERIFY(SessionLog::eventsOf(session, EventKind::Tls).isEmpty());
        QTest::qWait(200);
        QCOMPARE(m_peers.value(peer)->jsonLines().size(), handshakesBefore);
        return;
    }
    // The TLS session as far as it went, before the error; for a certificate the chain with
    // its subject and issuer, and the problem in the same words.
    const QList<Event> tls = SessionLog::eventsOf(session, EventKind::Tls);
    QVERIFY2(tls.size() == 1, SessionLog::describe(session).constData());
    QVERIFY(tls.first().seq < errors.first().seq);
    if (!tls.first().detail->tlsErrors.isEmpty()) {
        QVERIFY2(text.contains(tls.first().detail->tlsErrors.first()), qPrintable(text));
        QVERIFY(!tls.first().detail->tlsChain.isEmpty());
        QVERIFY2(tls.first().detail->tlsChain.first().contains(QLatin1String("issuer: ")),
                 qPrintable(tls.first().detail->tlsChain.first()));
        // Nothing went upstream (tap off, QWebSocket's reconstructed request is logged before TLS).
        if (tap)
            QVERIFY(SessionLog::eventsOf(session, EventKind::HandshakeRequest).isEmpty());
    }
}

void TestSessionTlsFailures::theCliExitsWith3AndPrintsTheSameWords_data()
{
    failureRows();
}

void TestSessionTlsFailures::theCliExitsWith3AndPrintsTheSameWords()
{
    QFETCH(QString, peer);
    QFETCH(bool, tap);
    QFETCH(QStringList, words);
    QFETCH(bool, mismatchedKey);
    QStringList arguments{ QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--timeout"),
                           QString::number(CliTimeoutMs), QStringLiteral("--ca"), m_certs.file(QStringLiteral("ca.pem")) };
    if (!tap)
        arguments << QStringLiteral("--no-tap");
    if (mismatchedKey) {
        arguments << QStringLiteral("--cert") << m_certs.file(QStringLiteral("client.pem")) << QStringLiteral("--key")
                  << m_certs.file(QStringLiteral("other.key"));
    }
    arguments << m_peers.value(peer)->url(true);
    const CliResult r = CliResult::run(arguments);
    QVERIFY2(r.finished, r.diagnostics().constData());
    QVERIFY2(r.exitCode == 3, r.diagnostics().constData());
    const QString err = QString::fromUtf8(r.err);
    for (const QString &word : std::as_const(words))
        QVERIFY2(err.contains(word), qPrintable(QStringLiteral("%1 not in: %2").arg(word, err)));
    // The same sentence as the log's Error event, category tls.
    const QList<QJsonObject> errors = r.where(QStringLiteral("error"));
    QVERIFY2(errors.size() == 1, r.diagnostics().constData());
    QCOMPARE(errors.first().value(QLatin1String("category")).toString(), QStringLiteral("tls"));
    QVERIFY2(err.contains(QStringLiteral("Could not connect: ") + errors.first().value(QLatin1String("message")).toString()),
             r.diagnostics().constData());
}

void TestSessionTlsFailures::ignoringErrorsConnectsAndListsWhatWasIgnored_data()
{
    certificateRows();
}

void TestSessionTlsFailures::ignoringErrorsConnectsAndListsWhatWasIgnored()
{
    QFETCH(QString, peer);
    QFETCH(bool, tap);
    QFETCH(QStringList, words);
    ConnectionSettings settings = settingsFor(peer, tap);
    settings.tls.ignoreErrors = true;
    Session session;
    session.setSettings(settings);
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, FinishMs);
    QVERIFY2(SessionLog::eventsOf(session, EventKind::Error).isEmpty(), SessionLog::describe(session).constData());

    const QList<Event> tls = SessionLog::eventsOf(session, EventKind::Tls);
    QCOMPARE(tls.size(), 1);
    const EventDetail &detail = *tls.first().detail;
    QVERIFY2(detail.text.startsWith(QLatin1String("Warning:")) && detail.text.contains(QLatin1String("ignored")),
             qPrintable(detail.text));
    // The problem sentence of the failure (without its advice) is what the event lists.
    const QString listed = detail.tlsErrors.join(QLatin1Char(' '));
    QVERIFY(!listed.contains(QLatin1String("To connect anyway")));
    for (const QString &word : std::as_const(words)) {
        if (word != QLatin1String("Renew it") && word != QLatin1String("Check the clock") && word != QLatin1String("--ca FILE"))
            QVERIFY2(listed.contains(word), qPrintable(QStringLiteral("%1 not in: %2").arg(word, listed)));
    }
    // The upstream chain: subject, issuer and validity of each certificate.
    QVERIFY(!detail.tlsChain.isEmpty());
    for (const QString &line : detail.tlsChain) {
        QVERIFY2(line.contains(QLatin1String("subject: ")) && line.contains(QLatin1String("issuer: "))
                         && line.contains(QLatin1String("valid ")),
                 qPrintable(line));
    }
    QVERIFY(detail.tlsProtocol.startsWith(QLatin1String("TLS 1.")));

    QVERIFY(session.sendText(QStringLiteral("despite the certificate")));
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::messagesOf(session, Direction::In).size(), 1, 5000);
    QVERIFY(session.close(1000));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
}

void TestSessionTlsFailures::theCliConnectsWithInsecureAndListsWhatWasIgnored_data()
{
    certificateRows();
}

void TestSessionTlsFailures::theCliConnectsWithInsecureAndListsWhatWasIgnored()
{
    QFETCH(QString, peer);
    QFETCH(bool, tap);
    QFETCH(QStringList, words);
    QStringList arguments{ QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--timeout"),
                           QString::number(CliTimeoutMs), QStringLiteral("--ca"), m_certs.file(QStringLiteral("ca.pem")),
                           QStringLiteral("--insecure"), QStringLiteral("--send"), QStringLiteral("hello") };
    if (!tap)
        arguments << QStringLiteral("--no-tap");
    arguments << m_peers.value(peer)->url(true);
    const CliResult r = CliResult::run(arguments);
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics().constData());
    QVERIFY2(r.where(QStringLiteral("error")).isEmpty(), r.diagnostics().constData());
    const QList<QJsonObject> tls = r.where(QStringLiteral("tls"));
    QVERIFY2(tls.size() == 1, r.diagnostics().constData());
    const QJsonArray errors = tls.first().value(QLatin1String("errors")).toArray();
    QVERIFY2(!errors.isEmpty(), r.diagnostics().constData());
    QVERIFY2(errors.first().toString().contains(words.first()), r.diagnostics().constData());
    QVERIFY(!tls.first().value(QLatin1String("chain")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionTlsFailures)
#include "tst_session_tls_failures.moc"
