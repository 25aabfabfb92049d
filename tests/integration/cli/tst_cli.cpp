// End-to-end tests of wsscope-cli: the built binary (WSSCOPE_CLI_PATH) against the Python
// websockets peer (tests/peers/ws_peer.py) and small in-process servers, all on 127.0.0.1.
#include "cliresult.h"
#include "testcertificates.h"
#include "testpeer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonlEchoShowsBothHandshakeHalvesEveryFrameAndACleanClose();
    void sendsRunInCommandLineOrder();
    void subprotocolIsOfferedAndNegotiated();
    void serverCloseDecidesTheExitCode_data();
    void serverCloseDecidesTheExitCode();
    void refusedUpgradeShowsStatusHeadersBodyAndExits3();
    void usageErrorsExit2AndSendNothing_data();
    void usageErrorsExit2AndSendNothing();
    void connectionRefusedExits3();
    void silentServerTimesOutWithExit4();
    void harFileIsValidHar();
    void ctrlCClosesCleanlyAndStillWritesTheHar();
    void textFormatPrintsOneReadableLinePerEvent();
    void summaryLineGoesToStderr();
    void noTapLogsFramesWithoutHeaders();
    void aFileIsSentAsOneMessageTheTapStreams_data();
    void aFileIsSentAsOneMessageTheTapStreams();
    void wssNeedsTheCaAndVerifiesWithIt();
    void acceptForPrintsTheAcceptValue();
};

void TestCli::jsonlEchoShowsBothHandshakeHalvesEveryFrameAndACleanClose()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--mode"), QStringLiteral("echo")}), qPrintable(peer.errorString()));
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--send"), QStringLiteral("hello"),
                                QStringLiteral("--send-hex"), QStringLiteral("01 02 03"), QStringLiteral("--ping=pp"),
                                QStringLiteral("--wait-messages"), QStringLiteral("2"), peer.url()});
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    QVERIFY(r.allLinesJson);

    // Every line has seq (increasing), an ISO-8601 UTC time with ms, and an event name.
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    qint64 lastSeq = 0;
    for (const QJsonObject &e : r.events) {
        QVERIFY(e.value(QStringLiteral("seq")).toInteger() > lastSeq);
        lastSeq = e.value(QStringLiteral("seq")).toInteger();
        QVERIFY2(iso.match(e.value(QStringLiteral("time")).toString()).hasMatch(), qPrintable(e.value(QStringLiteral("time")).toString()));
        QVERIFY(!e.value(QStringLiteral("event")).toString().isEmpty());
    }

    const QList<QJsonObject> requests = r.where(QStringLiteral("handshake_request"), QStringLiteral("out"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(requests.first().value(QStringLiteral("target")).toString(), QStringLiteral("/"));
    QCOMPARE(CliResult::headerValues(requests.first(), QStringLiteral("Upgrade")).value(0).toLower(), QStringLiteral("websocket"));
    QCOMPARE(CliResult::headerValues(requests.first(), QStringLiteral("Host")).value(0), QStringLiteral("127.0.0.1:%1").arg(peer.port()));

    const QList<QJsonObject> responses = r.where(QStringLiteral("handshake_response"), QStringLiteral("in"));
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().value(QStringLiteral("status")).toInt(), 101);
    QCOMPARE(responses.first().value(QStringLiteral("accept_valid")).toBool(), true);
    QCOMPARE(responses.first().value(QStringLiteral("accept_expected")).toString(),
             CliResult::headerValues(responses.first(), QStringLiteral("Sec-WebSocket-Accept")).value(0));

    // Client frames are masked (RFC 6455 §5.3) with a key in hex; server frames are not.
    const QList<QJsonObject> textOut = r.frames(QStringLiteral("out"), QStringLiteral("text"));
    QCOMPARE(textOut.size(), 1);
    const QJsonObject hello = textOut.first();
    QCOMPARE(hello.value(QStringLiteral("payload")).toString(), QStringLiteral("hello"));
    QCOMPARE(hello.value(QStringLiteral("length")).toInt(), 5);
    QCOMPARE(hello.value(QStringLiteral("fin")).toBool(), true);
    QCOMPARE(hello.value(QStringLiteral("rsv")).toInt(), 0);
    QCOMPARE(hello.value(QStringLiteral("masked")).toBool(), true);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(hello.value(QStringLiteral("mask_key")).toString()).hasMatch());

    const QList<QJsonObject> binaryOut = r.frames(QStringLiteral("out"), QStringLiteral("binary"));
    QCOMPARE(binaryOut.size(), 1);
    QCOMPARE(binaryOut.first().value(QStringLiteral("payload")).toString(), QStringLiteral("AQID"));
    QCOMPARE(binaryOut.first().value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));

    const QList<QJsonObject> textIn = r.frames(QStringLiteral("in"), QStringLiteral("text"));
    QCOMPARE(textIn.size(), 1);
    QCOMPARE(textIn.first().value(QStringLiteral("payload")).toString(), QStringLiteral("hello"));
    QCOMPARE(textIn.first().value(QStringLiteral("masked")).toBool(), false);
    QVERIFY(!textIn.first().contains(QStringLiteral("mask_key")));
    QCOMPARE(r.frames(QStringLiteral("in"), QStringLiteral("binary")).size(), 1);

    QCOMPARE(r.frames(QStringLiteral("out"), QStringLiteral("ping")).size(), 1);
    const QList<QJsonObject> pongs = r.frames(QStringLiteral("in"), QStringLiteral("pong"));
    QCOMPARE(pongs.size(), 1);
    QCOMPARE(pongs.first().value(QStringLiteral("payload")).toString(), QStringLiteral("pp"));

    // The close handshake, both halves on the wire, and a clean 1000 close.
    QCOMPARE(r.frames(QStringLiteral("out"), QStringLiteral("close")).size(), 1);
    QCOMPARE(r.frames(QStringLiteral("in"), QStringLiteral("close")).size(), 1);
    const QList<QJsonObject> closes = r.where(QStringLiteral("close"));
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.first().value(QStringLiteral("code")).toInt(), 1000);
    QCOMPARE(closes.first().value(QStringLiteral("clean")).toBool(), true);
    QCOMPARE(closes.first().value(QStringLiteral("initiator")).toString(), QStringLiteral("client"));
    QCOMPARE(closes.first().value(QStringLiteral("code_name")).toString(), QStringLiteral("Normal closure"));

    // What the peer says it received matches what the tap decoded.
    QVERIFY(peer.waitForLines(QStringLiteral("closed"), 1));
    const QList<QJsonObject> received = peer.lines(QStringLiteral("received"));
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).value(QStringLiteral("data")).toString(), QStringLiteral("hello"));
    QCOMPARE(received.at(1).value(QStringLiteral("data_base64")).toString(), QStringLiteral("AQID"));
    QCOMPARE(peer.lines(QStringLiteral("closed")).first().value(QStringLiteral("code")).toInt(), 1000);
}

void TestCli::sendsRunInCommandLineOrder()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    const CliResult r = CliResult::run({QStringLiteral("--send"), QStringLiteral("first"), QStringLiteral("--send-base64"), QStringLiteral("c2Vjb25k"),
                                QStringLiteral("--ping"), QStringLiteral("third"), QStringLiteral("--send"), QStringLiteral("fourth"),
                                QStringLiteral("--close"), QStringLiteral("1000:done"), QStringLiteral("--wait-messages"),
                                QStringLiteral("3"), peer.url()});
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    QStringList order;
    for (const QJsonObject &e : r.where(QStringLiteral("frame"), QStringLiteral("out"))) {
        const QString opcode = e.value(QStringLiteral("opcode")).toString();
        QString payload = e.value(QStringLiteral("payload")).toString();
        if (e.value(QStringLiteral("encoding")).toString() == QLatin1String("base64"))
            payload = QString::fromUtf8(QByteArray::fromBase64(payload.toLatin1()));
        order << opcode + QLatin1Char(':') + payload;
    }
    QCOMPARE(order.mid(0, 4), (QStringList{QStringLiteral("text:first"), QStringLiteral("binary:second"),
                                           QStringLiteral("ping:third"), QStringLiteral("text:fourth")}));
    QCOMPARE(order.size(), 5);
    QVERIFY(order.last().startsWith(QStringLiteral("close:")));
    const QList<QJsonObject> closes = r.where(QStringLiteral("close"));
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.first().value(QStringLiteral("reason")).toString(), QStringLiteral("done"));
}

void TestCli::subprotocolIsOfferedAndNegotiated()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--subprotocols"), QStringLiteral("chat.v2,chat.v1")}),
             qPrintable(peer.errorString()));
    const CliResult r = CliResult::run({QStringLiteral("-s"), QStringLiteral("chat.v1"), QStringLiteral("-H"), QStringLiteral("X-Trace: abc 123"),
                                QStringLiteral("--origin"), QStringLiteral("http://example.test"), peer.url()});
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    const QJsonObject request = r.where(QStringLiteral("handshake_request")).value(0);
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("Sec-WebSocket-Protocol")).value(0), QStringLiteral("chat.v1"));
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("X-Trace")).value(0), QStringLiteral("abc 123"));
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("Origin")).value(0), QStringLiteral("http://example.test"));
    const QJsonObject response = r.where(QStringLiteral("handshake_response")).value(0);
    QCOMPARE(CliResult::headerValues(response, QStringLiteral("Sec-WebSocket-Protocol")).value(0), QStringLiteral("chat.v1"));
}

void TestCli::serverCloseDecidesTheExitCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("Server closing with 1000 exits 0") << 1000 << QStringLiteral("bye") << 0;
    QTest::newRow("Server going away with 1001 exits 0") << 1001 << QStringLiteral("restart") << 0;
    QTest::newRow("Server closing with an application code exits 1") << 4001 << QStringLiteral("kicked") << 1;
    QTest::newRow("Server closing with 1011 exits 1") << 1011 << QStringLiteral("oops") << 1;
}

void TestCli::serverCloseDecidesTheExitCode()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(int, exitCode);
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--mode"), QStringLiteral("close"), QStringLiteral("--code"),
                                                 QString::number(code), QStringLiteral("--reason"), reason}),
             qPrintable(peer.errorString()));
    const CliResult r = CliResult::run({QStringLiteral("--wait-messages"), QStringLiteral("1"), peer.url()});
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == exitCode, r.diagnostics());
    const QList<QJsonObject> closes = r.where(QStringLiteral("close"));
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.first().value(QStringLiteral("code")).toInt(), code);
    QCOMPARE(closes.first().value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(closes.first().value(QStringLiteral("initiator")).toString(), QStringLiteral("server"));
    if (exitCode == 1)
        QVERIFY2(r.err.contains(QByteArray::number(code)), r.err);
}

void TestCli::refusedUpgradeShowsStatusHeadersBodyAndExits3()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--mode"), QStringLiteral("refuse"), QStringLiteral("--status"),
                                                 QStringLiteral("401"), QStringLiteral("--body"), QStringLiteral("token missing")}),
             qPrintable(peer.errorString()));
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--send"), QStringLiteral("x"), peer.url()});
    QVERIFY2(r.exitCode == 3, r.diagnostics());
    const QList<QJsonObject> responses = r.where(QStringLiteral("handshake_response"));
    QCOMPARE(responses.size(), 1);
    const QJsonObject response = responses.first();
    QCOMPARE(response.value(QStringLiteral("status")).toInt(), 401);
    QCOMPARE(response.value(QStringLiteral("reason")).toString(), QStringLiteral("Unauthorized"));
    QCOMPARE(CliResult::headerValues(response, QStringLiteral("WWW-Authenticate")).value(0), QStringLiteral("Bearer realm=\"wsscope-test\""));
    QCOMPARE(CliResult::headerValues(response, QStringLiteral("X-Test-Peer")).value(0), QStringLiteral("refuse"));
    QCOMPARE(response.value(QStringLiteral("body")).toString(), QStringLiteral("token missing"));
    QCOMPARE(response.value(QStringLiteral("accept_valid")).toBool(), false);
    QVERIFY(r.where(QStringLiteral("frame")).isEmpty()); // nothing was sent
    QVERIFY2(r.err.contains("401"), r.err);
}

void TestCli::usageErrorsExit2AndSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("withUrl");
    QTest::newRow("No URL at all") << QStringList{} << QStringLiteral("Missing URL") << false;
    QTest::newRow("An http URL instead of ws") << QStringList{QStringLiteral("http://127.0.0.1:1/")} << QStringLiteral("ws://")
                                               << false;
    QTest::newRow("A URL without a host") << QStringList{QStringLiteral("ws:///path")} << QStringLiteral("host") << false;
    QTest::newRow("Two URLs") << QStringList{QStringLiteral("ws://127.0.0.1:1/")} << QStringLiteral("Only one URL") << true;
    QTest::newRow("A header without a colon") << QStringList{QStringLiteral("-H"), QStringLiteral("X-Broken")}
                                              << QStringLiteral("no colon") << true;
    QTest::newRow("A header name with a space") << QStringList{QStringLiteral("--header=Bad Name: v")}
                                                << QStringLiteral("not a valid header name") << true;
    QTest::newRow("Bad hex names the position") << QStringList{QStringLiteral("--send-hex"), QStringLiteral("41 4g")}
                                                << QStringLiteral("column 5") << true;
    QTest::newRow("Bad base64 names the position") << QStringList{QStringLiteral("--send-base64"), QStringLiteral("QUJD*")}
                                                   << QStringLiteral("column 5") << true;
    QTest::newRow("A close code that may not be sent") << QStringList{QStringLiteral("--close"), QStringLiteral("1006")}
                                                       << QStringLiteral("1006") << true;
    QTest::newRow("A close code that is not a number") << QStringList{QStringLiteral("--close"), QStringLiteral("normal")}
                                                       << QStringLiteral("numeric close code") << true;
    QTest::newRow("A close reason over 123 bytes")
            << QStringList{QStringLiteral("--close"), QStringLiteral("1000:") + QString(62, QChar(0xe9))}
            << QStringLiteral("124 bytes") << true;
    QTest::newRow("A missing file to send") << QStringList{QStringLiteral("--send-file"), QStringLiteral("/nonexistent/wsscope.bin")}
                                            << QStringLiteral("/nonexistent/wsscope.bin") << true;
    QTest::newRow("A ping payload over 125 bytes") << QStringList{QStringLiteral("--ping=") + QString(126, QLatin1Char('p'))}
                                                   << QStringLiteral("125") << true;
    QTest::newRow("An unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                       << QStringLiteral("\"text\" or \"jsonl\"") << true;
    QTest::newRow("A negative timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("-5")}
                                        << QStringLiteral("--timeout") << true;
    QTest::newRow("An unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("--frobnicate") << true;
    QTest::newRow("An option without its value") << QStringList{QStringLiteral("--idle")} << QStringLiteral("--idle needs a value")
                                                 << false;
    QTest::newRow("A missing CA file") << QStringList{QStringLiteral("--ca"), QStringLiteral("/nonexistent/ca.pem")}
                                       << QStringLiteral("/nonexistent/ca.pem") << true;
    QTest::newRow("A proxy with an unsupported scheme") << QStringList{QStringLiteral("--proxy"), QStringLiteral("ftp://127.0.0.1:21")}
                                                        << QStringLiteral("--proxy") << true;
}

void TestCli::usageErrorsExit2AndSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(bool, withUrl);
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    if (withUrl)
        arguments << peer.url();
    const CliResult r = CliResult::run(arguments);
    QVERIFY2(r.exitCode == 2, r.diagnostics());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.diagnostics());
    QVERIFY2(r.out.isEmpty(), r.diagnostics());
    QTest::qWait(100);
    QVERIFY(peer.lines(QStringLiteral("open")).isEmpty()); // never connected
}

void TestCli::connectionRefusedExits3()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    const CliResult r = CliResult::run({QStringLiteral("ws://127.0.0.1:%1/").arg(port)});
    QVERIFY2(r.exitCode == 3, r.diagnostics());
    QVERIFY(!r.where(QStringLiteral("error")).isEmpty());
    QCOMPARE(r.where(QStringLiteral("error")).first().value(QStringLiteral("category")).toString(), QStringLiteral("network"));
    QVERIFY2(r.err.contains("refused"), r.err);
}

void TestCli::silentServerTimesOutWithExit4()
{
    // Accepts TCP connections and never answers the upgrade.
    QTcpServer silent;
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const CliResult r = CliResult::run({QStringLiteral("--timeout"), QStringLiteral("600"), QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort())});
    QVERIFY2(r.exitCode == 4, r.diagnostics());
    QVERIFY2(r.elapsedMs < 5000, QByteArray::number(r.elapsedMs));
    QVERIFY2(r.err.contains("600 ms"), r.err);
    QVERIFY(!r.where(QStringLiteral("handshake_request")).isEmpty());
}

void TestCli::harFileIsValidHar()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString har = dir.filePath(QStringLiteral("session.har"));
    const QString url = peer.url(false, QStringLiteral("/chat?room=1"));
    const CliResult r = CliResult::run({QStringLiteral("--har"), har, QStringLiteral("--send"), QStringLiteral("hello"),
                                QStringLiteral("--wait-messages"), QStringLiteral("1"), url});
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject log = doc.object().value(QStringLiteral("log")).toObject();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString(), url);
    QCOMPARE(entry.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 101);
    QVERIFY(entry.value(QStringLiteral("request")).toObject().value(QStringLiteral("headers")).toArray().size() >= 4);
    QStringList data;
    for (const QJsonValue &value : entry.value(QStringLiteral("_webSocketMessages")).toArray()) {
        const QJsonObject message = value.toObject();
        QVERIFY(message.value(QStringLiteral("time")).toDouble() > 1.6e9);
        if (message.value(QStringLiteral("opcode")).toInt() == 1)
            data << message.value(QStringLiteral("type")).toString() + QLatin1Char(':') + message.value(QStringLiteral("data")).toString();
    }
    QCOMPARE(data, (QStringList{QStringLiteral("send:hello"), QStringLiteral("receive:hello")}));
}

void TestCli::textFormatPrintsOneReadableLinePerEvent()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--send"), QStringLiteral("hello"),
                                QStringLiteral("--ping=pp"), QStringLiteral("--wait-messages"), QStringLiteral("1"), peer.url()});
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(r.events.isEmpty()); // not JSON
    const QRegularExpression time(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} "));
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(time.match(line).hasMatch(), qPrintable(line));
    QVERIFY2(out.contains(QStringLiteral(" ↑ text 5 hello\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral(" ↓ text 5 hello\n")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("101 Switching Protocols ✓ Accept")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("↑ handshake")), qPrintable(out));
    // One event per frame: each message is one line, never repeated as a reassembled copy.
    QCOMPARE(out.count(QStringLiteral(" ↓ text 5 hello\n")), 1);
    // One line per ping and per pong.
    QCOMPARE(out.count(QStringLiteral(" ↑ ping 2 pp\n")), 1);
    QCOMPARE(out.count(QRegularExpression(QStringLiteral(" ↓ pong 2 "))), 1);

    const CliResult noTap = CliResult::run({QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--no-tap"),
                                    QStringLiteral("--send"), QStringLiteral("hello"), QStringLiteral("--wait-messages"),
                                    QStringLiteral("1"), peer.url()});
    QVERIFY2(noTap.exitCode == 0, noTap.diagnostics());
    QVERIFY2(QString::fromUtf8(noTap.out).contains(QStringLiteral(" ↓ text 5 hello\n")), noTap.out);
}

void TestCli::summaryLineGoesToStderr()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    const CliResult r = CliResult::run({QStringLiteral("--summary"), QStringLiteral("--send"), QStringLiteral("abc"), QStringLiteral("--send"),
                                QStringLiteral("de"), QStringLiteral("--wait-messages"), QStringLiteral("2"), peer.url()});
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    QVERIFY(r.allLinesJson); // stdout stays pure JSONL
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.startsWith(QStringLiteral("summary: sent 2 messages (5 bytes), received 2 messages (5 bytes)")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("messages/s")), qPrintable(err));
    QVERIFY2(err.endsWith(QStringLiteral("close 1000 (Normal closure) by the client, clean")), qPrintable(err));
}

void TestCli::aFileIsSentAsOneMessageTheTapStreams_data()
{
    QTest::addColumn<bool>("tap");
    QTest::newRow("Tap on: the tap writes the fragments as the server takes them") << true;
    QTest::newRow("Tap off: QWebSocket sends it whole") << false;
}

void TestCli::aFileIsSentAsOneMessageTheTapStreams()
{
    QFETCH(bool, tap);
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--mode"), QStringLiteral("digest")}),
             qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 3 MiB + 5 bytes of varied bytes: 13 fragments of 256 KiB, the last one short.
    QByteArray bytes(3 * 1024 * 1024 + 5, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131 + i / 7) & 0xFF);
    const QString path = dir.filePath(QStringLiteral("upload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    QStringList arguments{QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--send-file"), path,
                          QStringLiteral("--send"), QStringLiteral("after"), QStringLiteral("--wait-messages"),
                          QStringLiteral("2"), peer.url()};
    if (!tap)
        arguments.prepend(QStringLiteral("--no-tap"));
    const CliResult r = CliResult::run(arguments);
    QVERIFY2(r.exitCode == 0, r.diagnostics());

    // The server got exactly the file, as one message, and the text sent after it came after it.
    const QString digest = QString::number(bytes.size()) + QLatin1Char(' ')
            + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QList<QJsonObject> answers = tap ? r.frames(QStringLiteral("in"), QStringLiteral("text"))
                                           : r.where(QStringLiteral("frame"), QStringLiteral("in"));
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).value(QStringLiteral("payload")).toString(), digest);
    QCOMPARE(answers.at(1).value(QStringLiteral("payload")).toString(), QStringLiteral("5 ") +
             QString::fromLatin1(QCryptographicHash::hash("after", QCryptographicHash::Sha256).toHex()));
    if (!tap)
        return;
    // With the tap: fragments of at most 256 KiB, each masked, marked as the tap's, the last one
    // ending the message with its real size.
    QList<QJsonObject> fragments = r.frames(QStringLiteral("out"), QStringLiteral("binary"))
            + r.frames(QStringLiteral("out"), QStringLiteral("continuation"));
    QCOMPARE(fragments.size(), 13);
    qint64 total = 0;
    for (const QJsonObject &fragment : std::as_const(fragments)) {
        QVERIFY(fragment.value(QStringLiteral("tap_written")).toBool());
        QVERIFY(fragment.value(QStringLiteral("masked")).toBool());
        QVERIFY(fragment.value(QStringLiteral("length")).toInteger() <= 256 * 1024);
        total += fragment.value(QStringLiteral("length")).toInteger();
    }
    QCOMPARE(total, bytes.size());
    const QList<QJsonObject> ends = r.frames(QStringLiteral("out"), QStringLiteral("continuation"));
    QCOMPARE(ends.last().value(QStringLiteral("ends_message")).toBool(), true);
    QCOMPARE(ends.last().value(QStringLiteral("message_frames")).toInt(), 13);
    QCOMPARE(ends.last().value(QStringLiteral("message_length")).toInteger(), bytes.size());
    // QWebSocket's own text frame went out after the last fragment, not between them.
    const QList<QJsonObject> out = r.where(QStringLiteral("frame"), QStringLiteral("out"));
    QCOMPARE(out.at(13).value(QStringLiteral("opcode")).toString(), QStringLiteral("text"));
    QVERIFY(!out.at(13).contains(QStringLiteral("tap_written")));
}

void TestCli::noTapLogsFramesWithoutHeaders()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    const CliResult r = CliResult::run({QStringLiteral("--no-tap"), QStringLiteral("--send"), QStringLiteral("hello"),
                                QStringLiteral("--wait-messages"), QStringLiteral("1"), peer.url()});
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    // Tap off: one frame event per message QWebSocket reported, its header unknown (null).
    const QList<QJsonObject> out = r.where(QStringLiteral("frame"), QStringLiteral("out"));
    const QList<QJsonObject> in = r.where(QStringLiteral("frame"), QStringLiteral("in"));
    QCOMPARE(out.size(), 1);
    QCOMPARE(in.size(), 1);
    QCOMPARE(out.first().value(QStringLiteral("payload")).toString(), QStringLiteral("hello"));
    QCOMPARE(in.first().value(QStringLiteral("payload")).toString(), QStringLiteral("hello"));
    QVERIFY(in.first().value(QStringLiteral("header")).isNull());
    QVERIFY(!in.first().contains(QStringLiteral("fin")));
    QCOMPARE(in.first().value(QStringLiteral("ends_message")).toBool(), true);
}

void TestCli::wssNeedsTheCaAndVerifiesWithIt()
{
    TestCertificates certificates;
    QString error;
    QVERIFY2(certificates.create(&error), qPrintable(error));
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--tls-cert"), certificates.serverCertificate(),
                                                 QStringLiteral("--tls-key"), certificates.serverKey()}),
             qPrintable(peer.errorString()));
    const QString url = peer.url(true);
    QVERIFY(url.startsWith(QStringLiteral("wss://")));

    // Without the CA: the certificate cannot be verified.
    const CliResult untrusted = CliResult::run({QStringLiteral("--send"), QStringLiteral("x"), url});
    QVERIFY2(untrusted.exitCode == 3, untrusted.diagnostics());
    QVERIFY(!untrusted.where(QStringLiteral("error")).isEmpty());
    QVERIFY(untrusted.frames(QStringLiteral("out"), QStringLiteral("text")).isEmpty());

    // With --ca: verified, and the tap still sees plaintext frames.
    const CliResult trusted = CliResult::run({QStringLiteral("--ca"), certificates.caFile(), QStringLiteral("--send"), QStringLiteral("secret"),
                                      QStringLiteral("--wait-messages"), QStringLiteral("1"), url});
    QVERIFY2(trusted.exitCode == 0, trusted.diagnostics());
    QCOMPARE(trusted.where(QStringLiteral("handshake_response")).value(0).value(QStringLiteral("accept_valid")).toBool(), true);
    QCOMPARE(trusted.frames(QStringLiteral("in"), QStringLiteral("text")).value(0).value(QStringLiteral("payload")).toString(),
             QStringLiteral("secret"));
    const QList<QJsonObject> tls = trusted.where(QStringLiteral("tls"));
    QVERIFY(!tls.isEmpty());
    QVERIFY(!tls.first().value(QStringLiteral("protocol")).toString().isEmpty());
    QVERIFY(tls.first().value(QStringLiteral("errors")).toArray().isEmpty());
    QCOMPARE(trusted.where(QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt(), 1000);

    // --insecure: passes without the CA, with a warning, and the error is still logged.
    const CliResult insecure = CliResult::run({QStringLiteral("--insecure"), QStringLiteral("--send"), QStringLiteral("x"),
                                       QStringLiteral("--wait-messages"), QStringLiteral("1"), url});
    QVERIFY2(insecure.exitCode == 0, insecure.diagnostics());
    QVERIFY2(insecure.err.contains("warning"), insecure.err);
    const QList<QJsonObject> insecureTls = insecure.where(QStringLiteral("tls"));
    QVERIFY(!insecureTls.isEmpty());
    QVERIFY(!insecureTls.first().value(QStringLiteral("errors")).toArray().isEmpty());
}

void TestCli::acceptForPrintsTheAcceptValue()
{
    const CliResult valid = CliResult::run({QStringLiteral("--accept-for"), QStringLiteral("dGhlIHNhbXBsZSBub25jZQ==")});
    QCOMPARE(valid.exitCode, 0);
    QCOMPARE(valid.out, QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\n"));
    const CliResult invalid = CliResult::run({QStringLiteral("--accept-for"), QStringLiteral("short")});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY(invalid.out.isEmpty());
    QVERIFY2(invalid.err.contains("invalid Sec-WebSocket-Key"), invalid.err);
}

void TestCli::ctrlCClosesCleanlyAndStillWritesTheHar()
{
#ifndef Q_OS_UNIX
    QSKIP("Ctrl+C is delivered as SIGINT only on POSIX systems");
#else
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString har = dir.filePath(QStringLiteral("run.har"));
    QProcess cli;
    cli.start(QStringLiteral(WSSCOPE_CLI_PATH),
              {QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--har"), har, QStringLiteral("--send"),
               QStringLiteral("hi"), QStringLiteral("--idle"), QStringLiteral("30000"), peer.url()});
    QVERIFY(cli.waitForStarted(5000));
    // Wait until the echo came back: the run now idles for 30 s unless interrupted.
    QByteArray out;
    const QRegularExpression echoed(QStringLiteral("\"dir\":\"in\",[^\n]*\"event\":\"frame\",[^\n]*\"opcode\":\"text\""));
    QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(out += cli.readAllStandardOutput()).contains(echoed), 10000);
    QVERIFY(::kill(pid_t(cli.processId()), SIGINT) == 0);
    QVERIFY(cli.waitForFinished(5000));
    out += cli.readAllStandardOutput();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardError().contains("Interrupted"));
    QJsonObject close;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QStringLiteral("event")).toString() == QStringLiteral("close"))
            close = event;
    }
    QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1000);
    QCOMPARE(close.value(QStringLiteral("initiator")).toString(), QStringLiteral("client"));
    QVERIFY(close.value(QStringLiteral("clean")).toBool());
    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).object().contains(QStringLiteral("log")));
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
