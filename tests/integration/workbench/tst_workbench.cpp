// The protocol workbench end to end: wsscope-cli writes frames a broken or hostile client would
// (--send-frame, --fragment), keeps QWebSocket's pongs back (--pong) and checks the server's
// reaction (--expect-*), against Debian's Python websockets and Node ws servers on 127.0.0.1.
#include "cliresult.h"
#include "testpeer.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString peerName(TestPeer::Kind kind)
{
    return kind == TestPeer::Kind::Python ? QStringLiteral("Python websockets") : QStringLiteral("Node ws");
}

bool startEcho(TestPeer &peer, TestPeer::Kind kind)
{
    return kind == TestPeer::Kind::Python ? peer.start(kind, {QStringLiteral("--mode"), QStringLiteral("echo")})
                                          : peer.start(kind, {QStringLiteral("echo")});
}

// The status code of a Close frame's JSONL line (RFC 6455 §5.5.1), 1005 when it has none.
int closeCodeOf(const QJsonObject &frame)
{
    const QString payload = frame.value(QStringLiteral("payload")).toString();
    const QByteArray bytes = frame.value(QStringLiteral("encoding")).toString() == QLatin1String("base64")
            ? QByteArray::fromBase64(payload.toLatin1())
            : payload.toUtf8();
    if (bytes.size() < 2)
        return 1005;
    return (quint8(bytes.at(0)) << 8) | quint8(bytes.at(1));
}

QStringList jsonl(const QStringList &arguments)
{
    return QStringList{QStringLiteral("--format"), QStringLiteral("jsonl")} + arguments;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void violationsMakeTheServerCloseWithItsCode_data();
    void violationsMakeTheServerCloseWithItsCode();
    void aFailedExpectationExits5AndSaysWhatHappened();
    void fiveFragmentsWithPingsAreEchoedOnceWhole_data();
    void fiveFragmentsWithPingsAreEchoedOnceWhole();
    void givenSizeFragmentsAreEchoedOnceWhole();
    void withheldPongsEndInTheServersKeepaliveClose_data();
    void withheldPongsEndInTheServersKeepaliveClose();
    void delayedPongsShowTheDelay();
    void dropEndsTheConnectionWithoutAClose();
    void injectedFramesNeverSplitQWebSocketFrames();
    void aScenarioRunsItsStepsInOrderWithWaits();
    void invalidWorkbenchOptionsExit2NamingTheField_data();
    void invalidWorkbenchOptionsExit2NamingTheField();
};

void TestWorkbench::violationsMakeTheServerCloseWithItsCode_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("frames"); // --send-frame specs, in order
    QTest::addColumn<int>("code");
    const QList<TestPeer::Kind> kinds = {TestPeer::Kind::Python, TestPeer::Kind::Node};
    for (const TestPeer::Kind kind : kinds) {
        const QByteArray who = peerName(kind).toUtf8();
        const auto row = [&](const char *what, const QStringList &frames, int code) {
            QTest::newRow(QByteArray(who + ": " + what).constData()) << int(kind) << frames << code;
        };
        row("a reserved opcode is closed with 1002", {QStringLiteral("opcode=0x3 payload=x")}, 1002);
        row("RSV1 without an extension is closed with 1002", {QStringLiteral("rsv1=1 payload=x")}, 1002);
        row("an unmasked client frame is closed with 1002", {QStringLiteral("mask=off payload=x")}, 1002);
        row("a fragmented ping is closed with 1002", {QStringLiteral("opcode=ping fin=0 payload=p")}, 1002);
        row("invalid UTF-8 in a text frame is closed with 1007", {QStringLiteral("payload-hex=c328")}, 1007);
        row("invalid UTF-8 in a close reason is closed with 1007", {QStringLiteral("opcode=close payload-hex=03e8ff")}, 1007);
        row("a continuation without a start is closed with 1002", {QStringLiteral("opcode=continuation payload=x")}, 1002);
        row("a new message inside a fragmented one is closed with 1002",
            {QStringLiteral("fin=0 payload=a"), QStringLiteral("payload=b")}, 1002);
        row("close code 1005 in a Close frame is closed with 1002", {QStringLiteral("opcode=close payload-hex=03ed")}, 1002);
    }
}

void TestWorkbench::violationsMakeTheServerCloseWithItsCode()
{
    QFETCH(int, kind);
    QFETCH(QStringList, frames);
    QFETCH(int, code);
    TestPeer peer;
    QVERIFY2(startEcho(peer, TestPeer::Kind(kind)), qPrintable(peer.errorString()));
    QStringList args;
    for (const QString &spec : frames)
        args << QStringLiteral("--send-frame") << spec;
    const CliResult r = CliResult::run(jsonl(args + QStringList{QStringLiteral("--expect-close"), QString::number(code), peer.url()}));
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 0, r.diagnostics());

    // Each injected frame is logged as such, the violating one with the code it calls for.
    const QList<QJsonObject> injected = [&] {
        QList<QJsonObject> out;
        for (const QJsonObject &e : r.where(QStringLiteral("frame"), QStringLiteral("out"))) {
            if (e.value(QStringLiteral("injected")).toBool())
                out << e;
        }
        return out;
    }();
    QCOMPARE(injected.size(), frames.size());
    QCOMPARE(injected.last().value(QStringLiteral("legal")).toBool(), false);
    QCOMPARE(injected.last().value(QStringLiteral("expected_close")).toInt(), code);
    QVERIFY(injected.last().value(QStringLiteral("verdict")).toString().contains(QStringLiteral("§")));
    QVERIFY2(r.err.contains("injected"), r.diagnostics());

    // The server's Close frame says the code, and the expectation says it was met.
    const QList<QJsonObject> closes = r.frames(QStringLiteral("in"), QStringLiteral("close"));
    QVERIFY2(!closes.isEmpty(), r.diagnostics());
    QCOMPARE(closeCodeOf(closes.first()), code);
    const QList<QJsonObject> expectations = r.where(QStringLiteral("expectation"));
    QCOMPARE(expectations.size(), 1);
    QCOMPARE(expectations.first().value(QStringLiteral("met")).toBool(), true);
    QVERIFY(expectations.first().value(QStringLiteral("expected")).toString().contains(QString::number(code)));
}

void TestWorkbench::aFailedExpectationExits5AndSaysWhatHappened()
{
    TestPeer peer;
    QVERIFY2(startEcho(peer, TestPeer::Kind::Python), qPrintable(peer.errorString()));
    const CliResult r = CliResult::run(jsonl({QStringLiteral("--send-frame"), QStringLiteral("opcode=0xB"),
                                              QStringLiteral("--expect-close"), QStringLiteral("1000,1001"), peer.url()}));
    QVERIFY2(r.finished, r.diagnostics());
    QCOMPARE(r.exitCode, 5);
    const QList<QJsonObject> expectations = r.where(QStringLiteral("expectation"));
    QCOMPARE(expectations.size(), 1);
    QCOMPARE(expectations.first().value(QStringLiteral("met")).toBool(), false);
    QVERIFY2(expectations.first().value(QStringLiteral("actual")).toString().contains(QStringLiteral("1002")), r.diagnostics());
    QVERIFY2(r.err.contains("expectation failed"), r.diagnostics());

    // A message that never comes within its time is a failure too.
    const CliResult silent = CliResult::run(jsonl({QStringLiteral("--expect-message"), QStringLiteral("never"),
                                                   QStringLiteral("--within"), QStringLiteral("300"), peer.url()}));
    QVERIFY2(silent.finished, silent.diagnostics());
    QCOMPARE(silent.exitCode, 5);
    QCOMPARE(silent.where(QStringLiteral("expectation")).value(0).value(QStringLiteral("met")).toBool(), false);
}

void TestWorkbench::fiveFragmentsWithPingsAreEchoedOnceWhole_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("Python websockets") << int(TestPeer::Kind::Python);
    QTest::newRow("Node ws") << int(TestPeer::Kind::Node);
}

void TestWorkbench::fiveFragmentsWithPingsAreEchoedOnceWhole()
{
    QFETCH(int, kind);
    TestPeer peer;
    QVERIFY2(startEcho(peer, TestPeer::Kind(kind)), qPrintable(peer.errorString()));
    const QString message = QStringLiteral("one message in five fragments");
    const CliResult r = CliResult::run(jsonl({QStringLiteral("--fragment"), QStringLiteral("5,ping"), QStringLiteral("--send"), message,
                                              QStringLiteral("--expect-message"), QStringLiteral("^%1$").arg(message),
                                              QStringLiteral("--within"), QStringLiteral("5000"), peer.url()}));
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 0, r.diagnostics());

    // On the wire: text, then four continuations, a ping between every two, all injected.
    QStringList shape;
    for (const QJsonObject &e : r.where(QStringLiteral("frame"), QStringLiteral("out"))) {
        if (e.value(QStringLiteral("injected")).toBool()) {
            shape << e.value(QStringLiteral("opcode")).toString();
            QCOMPARE(e.value(QStringLiteral("legal")).toBool(), true);
        }
    }
    QCOMPARE(shape.join(QLatin1Char(' ')), QStringLiteral("text ping continuation ping continuation ping continuation ping continuation"));
    QCOMPARE(r.frames(QStringLiteral("in"), QStringLiteral("pong")).size(), 4);

    // The server saw one message, whole, and echoed it once.
    QVERIFY(peer.waitForLines(QStringLiteral("received"), 1));
    QCOMPARE(peer.lines(QStringLiteral("received")).size(), 1);
    QCOMPARE(peer.lines(QStringLiteral("received")).first().value(QStringLiteral("data")).toString(), message);
    const QList<QJsonObject> echoes = r.frames(QStringLiteral("in"), QStringLiteral("text"));
    QCOMPARE(echoes.size(), 1);
    QCOMPARE(echoes.first().value(QStringLiteral("payload")).toString(), message);
}

void TestWorkbench::givenSizeFragmentsAreEchoedOnceWhole()
{
    TestPeer peer;
    QVERIFY2(startEcho(peer, TestPeer::Kind::Python), qPrintable(peer.errorString()));
    const QString message = QStringLiteral("0123456789");
    const CliResult r = CliResult::run(jsonl({QStringLiteral("--fragment"), QStringLiteral("3+5+2,ping"), QStringLiteral("--send"), message,
                                              QStringLiteral("--expect-message"), QStringLiteral("^%1$").arg(message),
                                              QStringLiteral("--within"), QStringLiteral("5000"), peer.url()}));
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 0, r.diagnostics());

    // On the wire: fragments of exactly 3, 5 and 2 bytes with a ping between every two.
    QStringList shape;
    for (const QJsonObject &e : r.where(QStringLiteral("frame"), QStringLiteral("out"))) {
        if (!e.value(QStringLiteral("injected")).toBool())
            continue;
        const QString opcode = e.value(QStringLiteral("opcode")).toString();
        shape << (opcode == QLatin1String("ping") ? opcode : opcode + QLatin1Char(':') + e.value(QStringLiteral("payload")).toString());
    }
    QCOMPARE(shape.join(QLatin1Char(' ')), QStringLiteral("text:012 ping continuation:34567 ping continuation:89"));

    // The server saw one message, whole, and echoed it once.
    QVERIFY(peer.waitForLines(QStringLiteral("received"), 1));
    QCOMPARE(peer.lines(QStringLiteral("received")).size(), 1);
    QCOMPARE(peer.lines(QStringLiteral("received")).first().value(QStringLiteral("data")).toString(), message);
    const QList<QJsonObject> echoes = r.frames(QStringLiteral("in"), QStringLiteral("text"));
    QCOMPARE(echoes.size(), 1);
    QCOMPARE(echoes.first().value(QStringLiteral("payload")).toString(), message);

    // Sizes that do not add up to the message are refused before anything is sent.
    const CliResult bad = CliResult::run({QStringLiteral("--fragment"), QStringLiteral("3+5"), QStringLiteral("--send"), message, peer.url()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--fragment") && bad.err.contains("10 bytes"), bad.diagnostics());
}

void TestWorkbench::withheldPongsEndInTheServersKeepaliveClose_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("Python websockets closes with 1011 after its 1 s ping timeout") << int(TestPeer::Kind::Python);
    QTest::newRow("Node ws (heartbeat) drops the connection") << int(TestPeer::Kind::Node);
}

void TestWorkbench::withheldPongsEndInTheServersKeepaliveClose()
{
    QFETCH(int, kind);
    TestPeer peer;
    const bool python = TestPeer::Kind(kind) == TestPeer::Kind::Python;
    QVERIFY2(python ? peer.start(TestPeer::Kind::Python, {QStringLiteral("--mode"), QStringLiteral("keepalive"), QStringLiteral("--ping-interval"),
                                                          QStringLiteral("1"), QStringLiteral("--ping-timeout"), QStringLiteral("1")})
                    : peer.start(TestPeer::Kind::Node, {QStringLiteral("keepalive"), QStringLiteral("700")}),
             qPrintable(peer.errorString()));
    const QStringList expect = python ? QStringList{QStringLiteral("--expect-close"), QStringLiteral("1011")}
                                      : QStringList{QStringLiteral("--expect-drop")};
    const CliResult r = CliResult::run(jsonl(QStringList{QStringLiteral("--pong"), QStringLiteral("off"), QStringLiteral("--timeout"), QStringLiteral("10000")}
                                             + expect + QStringList{peer.url()}));
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    const QList<QJsonObject> pings = r.frames(QStringLiteral("in"), QStringLiteral("ping"));
    const QList<QJsonObject> pongs = r.frames(QStringLiteral("out"), QStringLiteral("pong"));
    QVERIFY2(!pings.isEmpty(), r.diagnostics());
    QCOMPARE(pongs.size(), pings.size());
    for (const QJsonObject &pong : pongs)
        QCOMPARE(pong.value(QStringLiteral("pong_policy")).toString(), QStringLiteral("withheld"));
    if (python) {
        const QList<QJsonObject> closes = r.frames(QStringLiteral("in"), QStringLiteral("close"));
        QVERIFY(!closes.isEmpty());
        QCOMPARE(closeCodeOf(closes.first()), 1011);
    } else {
        QVERIFY(r.frames(QStringLiteral("in"), QStringLiteral("close")).isEmpty());
        QCOMPARE(r.where(QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt(), 1006);
    }
}

void TestWorkbench::delayedPongsShowTheDelay()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--mode"), QStringLiteral("keepalive"), QStringLiteral("--ping-interval"),
                                                 QStringLiteral("0.5"), QStringLiteral("--ping-timeout"), QStringLiteral("2")}),
             qPrintable(peer.errorString()));
    const CliResult r = CliResult::run(jsonl({QStringLiteral("--pong"), QStringLiteral("delay=300"), QStringLiteral("--wait"), QStringLiteral("1800"), peer.url()}));
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 0, r.diagnostics()); // the server is content: the run ends with our Close
    const QList<QJsonObject> pings = r.frames(QStringLiteral("in"), QStringLiteral("ping"));
    const QList<QJsonObject> pongs = r.frames(QStringLiteral("out"), QStringLiteral("pong"));
    QVERIFY2(pongs.size() >= 2, r.diagnostics());
    for (qsizetype i = 0; i < pongs.size(); ++i) {
        const QJsonObject &pong = pongs.at(i);
        if (pong.value(QStringLiteral("pong_policy")).toString() == QLatin1String("withheld"))
            continue; // still being delayed when the run ended: it never reached the server
        QCOMPARE(pong.value(QStringLiteral("pong_policy")).toString(), QStringLiteral("delayed"));
        QCOMPARE(pong.value(QStringLiteral("delay_ms")).toInt(), 300);
        QCOMPARE(pong.value(QStringLiteral("payload")), pings.at(i).value(QStringLiteral("payload")));
        const QDateTime sent = QDateTime::fromString(pong.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        const QDateTime asked = QDateTime::fromString(pings.at(i).value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        QVERIFY2(asked.msecsTo(sent) >= 290, qPrintable(QStringLiteral("pong %1 after %2 ms").arg(i).arg(asked.msecsTo(sent))));
    }
    // The server never timed out: its Close only answers ours (1000).
    const QList<QJsonObject> closes = r.frames(QStringLiteral("in"), QStringLiteral("close"));
    QVERIFY(!closes.isEmpty());
    QCOMPARE(closeCodeOf(closes.first()), 1000);
}

void TestWorkbench::dropEndsTheConnectionWithoutAClose()
{
    TestPeer peer;
    QVERIFY2(startEcho(peer, TestPeer::Kind::Python), qPrintable(peer.errorString()));
    const CliResult r = CliResult::run(jsonl({QStringLiteral("--send"), QStringLiteral("before"), QStringLiteral("--drop"), peer.url()}));
    QVERIFY2(r.finished, r.diagnostics());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.frames(QStringLiteral("out"), QStringLiteral("close")).isEmpty());
    QCOMPARE(r.where(QStringLiteral("close")).value(0).value(QStringLiteral("code")).toInt(), 1006);
    QVERIFY(peer.waitForLines(QStringLiteral("closed"), 1));
    QCOMPARE(peer.lines(QStringLiteral("closed")).first().value(QStringLiteral("code")).toInt(), 1006);
}

void TestWorkbench::injectedFramesNeverSplitQWebSocketFrames()
{
    // QWebSocket's large messages reach the tap in pieces while injected pings wait for a frame
    // boundary; a frame split by an injected one would make the server fail the connection.
    TestPeer peer;
    QVERIFY2(startEcho(peer, TestPeer::Kind::Node), qPrintable(peer.errorString()));
    constexpr int Messages = 30;
    QStringList args;
    for (int i = 0; i < Messages; ++i) {
        args << QStringLiteral("--send") << QString(40000, QLatin1Char('a' + i % 26));
        args << QStringLiteral("--send-frame") << QStringLiteral("opcode=ping payload=p%1").arg(i);
    }
    const CliResult r = CliResult::run(jsonl(args + QStringList{QStringLiteral("--wait-messages"), QString::number(Messages), peer.url()}));
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    QCOMPARE(r.frames(QStringLiteral("in"), QStringLiteral("text")).size(), Messages);
    QCOMPARE(r.frames(QStringLiteral("in"), QStringLiteral("pong")).size(), Messages);
    QVERIFY(r.where(QStringLiteral("error")).isEmpty());
    QVERIFY(peer.lines(QStringLiteral("error")).isEmpty());
}

void TestWorkbench::aScenarioRunsItsStepsInOrderWithWaits()
{
    TestPeer peer;
    QVERIFY2(startEcho(peer, TestPeer::Kind::Node), qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scenario.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[\n"
               "  {\"send\": \"first\"},\n"
               "  {\"expect-message\": \"^first$\", \"within\": 2000},\n"
               "  {\"wait\": 400},\n"
               "  {\"send\": \"second in three\", \"fragment\": \"3\"},\n"
               "  {\"expect-message\": \"^second in three$\", \"within\": 2000},\n"
               "  {\"wait\": 300},\n"
               "  {\"send-frame\": \"opcode=0x3\"},\n"
               "  {\"expect-close\": 1002}\n"
               "]\n");
    file.close();
    const CliResult r = CliResult::run(jsonl({QStringLiteral("--scenario"), path, peer.url()}));
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    const QList<QJsonObject> expectations = r.where(QStringLiteral("expectation"));
    QCOMPARE(expectations.size(), 3);
    for (const QJsonObject &e : expectations)
        QVERIFY2(e.value(QStringLiteral("met")).toBool(), qPrintable(e.value(QStringLiteral("actual")).toString()));
    const QList<QJsonObject> texts = r.frames(QStringLiteral("out"), QStringLiteral("text"));
    QCOMPARE(texts.size(), 2); // "first" from QWebSocket, the first fragment of the second from the tap
    const QDateTime first = QDateTime::fromString(texts.at(0).value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    const QDateTime second = QDateTime::fromString(texts.at(1).value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    QVERIFY2(first.msecsTo(second) >= 390, qPrintable(QString::number(first.msecsTo(second))));
    QCOMPARE(texts.at(1).value(QStringLiteral("injected")).toBool(), true);

    // A step that does not parse: exit 2 with the line and the field.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[\n  {\"send\": \"a\"},\n  {\"send-frame\": \"opcode=99\"}\n]\n");
    file.close();
    const CliResult bad = CliResult::run({QStringLiteral("--scenario"), path, peer.url()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("Line 3") && bad.err.contains("opcode"), bad.diagnostics());
}

void TestWorkbench::invalidWorkbenchOptionsExit2NamingTheField_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("An opcode beyond 0xF names the opcode field") << QStringList{QStringLiteral("--send-frame"), QStringLiteral("opcode=0x10")} << "opcode";
    QTest::newRow("An unknown field is named") << QStringList{QStringLiteral("--send-frame"), QStringLiteral("colour=red")} << "colour";
    QTest::newRow("A bad masking key names the key field") << QStringList{QStringLiteral("--send-frame"), QStringLiteral("key=12")} << "key";
    QTest::newRow("Injection with the tap off is refused") << QStringList{QStringLiteral("--no-tap"), QStringLiteral("--send-frame"), QStringLiteral("payload=x")} << "--no-tap";
    QTest::newRow("A pong policy with the tap off is refused") << QStringList{QStringLiteral("--no-tap"), QStringLiteral("--pong"), QStringLiteral("off")} << "--no-tap";
    QTest::newRow("An unknown pong policy is refused") << QStringList{QStringLiteral("--pong"), QStringLiteral("sometimes")} << "--pong";
    QTest::newRow("A fragment count of 0 is refused") << QStringList{QStringLiteral("--fragment"), QStringLiteral("0"), QStringLiteral("--send"), QStringLiteral("x")} << "--fragment";
    QTest::newRow("--fragment before a ping is refused") << QStringList{QStringLiteral("--fragment"), QStringLiteral("3"), QStringLiteral("--ping")} << "--fragment";
    QTest::newRow("--fragment with nothing after it is refused") << QStringList{QStringLiteral("--fragment"), QStringLiteral("3")} << "--fragment";
    QTest::newRow("--within without an --expect-message is refused") << QStringList{QStringLiteral("--within"), QStringLiteral("100")} << "--within";
    QTest::newRow("A close code list with a word is refused") << QStringList{QStringLiteral("--expect-close"), QStringLiteral("1002,x")} << "--expect-close";
    QTest::newRow("An invalid regular expression is refused") << QStringList{QStringLiteral("--expect-message"), QStringLiteral("(")} << "--expect-message";
}

void TestWorkbench::invalidWorkbenchOptionsExit2NamingTheField()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    // Nothing listens there: a run that got past the options would exit 3, not 2.
    const CliResult r = CliResult::run(args + QStringList{QStringLiteral("ws://127.0.0.1:9/")});
    QVERIFY2(r.finished, r.diagnostics());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named.toUtf8()), r.diagnostics());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkbench)
#include "tst_workbench.moc"
