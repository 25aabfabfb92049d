// SecretRedactor: what a session export leaves out — credential header values in the parsed
// headers and in the raw head — and that "include secrets" keeps them; the HAR and JSONL files
// written by SessionExportJob hold no secret value and say where one was taken out.
#include "core/export/secretredactor.h"
#include "core/export/sessionexportjob.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QByteArray Token = "Bearer s3cr3t-t0ken";
const QByteArray Custom = "hunter2-custom";

Event request()
{
    auto detail = QSharedPointer<EventDetail>::create();
    HttpMessage &http = detail->http;
    http.isRequest = true;
    http.method = "GET";
    http.target = "/chat";
    http.headers = {{"Host", "127.0.0.1:9"}, {"Authorization", Token}, {"X-Room", "lobby"},
                    {"X-Mine", Custom}, {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}};
    http.rawHead = "GET /chat HTTP/1.1\r\nHost: 127.0.0.1:9\r\nAuthorization: " + Token + "\r\nX-Room: lobby\r\nX-Mine: "
            + Custom + "\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
    Event e;
    e.kind = EventKind::HandshakeRequest;
    e.seq = 1;
    e.detail = detail;
    return e;
}

} // namespace

class TestSecretRedactor : public QObject
{
    Q_OBJECT

private slots:
    void credentialAndMarkedHeadersAreTakenOutEverywhere();
    void includeAllKeepsEverything();
    void exportedFilesHoldNoSecret_data();
    void exportedFilesHoldNoSecret();
};

void TestSecretRedactor::credentialAndMarkedHeadersAreTakenOutEverywhere()
{
    const SecretRedactor redactor({QStringLiteral("x-MINE")});
    const Event original = request();
    QVERIFY(redactor.touches(original));
    QStringList names;
    const Event out = redactor.apply(original, &names);
    QCOMPARE(names, (QStringList{QStringLiteral("Authorization"), QStringLiteral("X-Mine")}));
    QCOMPARE(out.detail->http.value("Authorization"), QByteArray(SecretRedactor::Placeholder));
    QCOMPARE(out.detail->http.value("X-Mine"), QByteArray(SecretRedactor::Placeholder));
    QCOMPARE(out.detail->http.value("X-Room"), QByteArray("lobby"));
    QCOMPARE(out.detail->http.value("Sec-WebSocket-Key"), QByteArray("dGhlIHNhbXBsZSBub25jZQ==")); // the client's own, no secret
    QVERIFY(!out.detail->http.rawHead.contains(Token));
    QVERIFY(!out.detail->http.rawHead.contains(Custom));
    QVERIFY(out.detail->http.rawHead.contains(QByteArray(QByteArray("Authorization: ") + SecretRedactor::Placeholder + "\r\n")));
    QVERIFY(out.detail->http.rawHead.endsWith("\r\n\r\n"));
    // The log's own event is untouched (the export works on a copy).
    QCOMPARE(original.detail->http.value("Authorization"), Token);
    QVERIFY(!redactor.touches(out));
}

void TestSecretRedactor::includeAllKeepsEverything()
{
    const SecretRedactor all = SecretRedactor::includeAll();
    QVERIFY(!all.touches(request()));
    QCOMPARE(all.apply(request()).detail->http.rawHead, request().detail->http.rawHead);
}

void TestSecretRedactor::exportedFilesHoldNoSecret_data()
{
    QTest::addColumn<SessionExportJob::Format>("format");
    QTest::newRow("HAR") << SessionExportJob::Format::Har;
    QTest::newRow("JSONL") << SessionExportJob::Format::Jsonl;
}

void TestSecretRedactor::exportedFilesHoldNoSecret()
{
    QFETCH(SessionExportJob::Format, format);
    QTemporaryDir dir;
    const std::deque<Event> events{request()};
    const QString redactedPath = dir.filePath(QStringLiteral("out"));
    QString error;
    QVERIFY2(SessionExportJob::write(events, format, redactedPath, QUrl(QStringLiteral("ws://127.0.0.1:9/chat")), nullptr, nullptr,
                                     &error, SecretRedactor({QStringLiteral("X-Mine")})),
             qPrintable(error));
    QFile file(redactedPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("s3cr3t-t0ken"));
    QVERIFY(!written.contains(Custom));
    QVERIFY(written.contains("lobby"));
    QVERIFY2(written.contains(QByteArray(SecretRedactor::Placeholder).replace('<', "\\u003C").replace('>', "\\u003E"))
                     || written.contains(SecretRedactor::Placeholder),
             written.constData());
    if (format == SessionExportJob::Format::Har)
        QVERIFY2(written.contains("left out of this export (Authorization, X-Mine)"), written.constData());
    // Asked for, the secrets are in the file.
    const QString fullPath = dir.filePath(QStringLiteral("full"));
    QVERIFY(SessionExportJob::write(events, format, fullPath, {}, nullptr, nullptr, &error, SecretRedactor::includeAll()));
    QFile full(fullPath);
    QVERIFY(full.open(QIODevice::ReadOnly));
    QVERIFY(full.readAll().contains("s3cr3t-t0ken"));
}

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
