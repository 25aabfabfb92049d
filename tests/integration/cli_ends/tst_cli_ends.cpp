// Every end of a wsscope-cli run is in the log, so in the JSONL and in the HAR's `_wsscopeEvents`:
// timeouts, Ctrl+C before the connection is open, a dropped connection, and a protocol
// violation seen while closing. A HAR that cannot be written (a full disk) fails the run with
// exit 5 and leaves no partial file. Also what --wait-messages counts and what keeps the
// end-of-run grace alive. The built binary against in-process raw servers and the Python peer on
// 127.0.0.1.
#include "cliresult.h"
#include "core/protocol/handshake.h"
#include "testpeer.h"
#include "tmpfsmount.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace {

// A raw server: `upgrade` decides whether it answers the upgrade (RFC 6455 §4.2.2); after it,
// `afterUpgrade` is written, and `onClientBytes` sees what the client sends.
class RawServer : public QObject
{
public:
    explicit RawServer(bool upgrade)
        : m_upgrade(upgrade)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_socket = socket;
                connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
            }
        });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }
    QTcpSocket *socket() const { return m_socket; }

    QByteArray afterUpgrade;
    std::function<void(QTcpSocket *, const QByteArray &)> onClientBytes;
    std::function<void(QTcpSocket *)> onUpgraded;
    QByteArray fromClient; // after the upgrade

private:
    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        if (m_upgraded) {
            fromClient += data;
            if (onClientBytes)
                onClientBytes(m_socket, data);
            return;
        }
        m_head += data;
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (!m_upgrade || end < 0)
            return;
        QByteArray key;
        for (const QByteArray &line : m_head.left(end).split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        }
        m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: " + Handshake::acceptFor(key) + "\r\n\r\n" + afterUpgrade);
        m_upgraded = true;
        if (onUpgraded)
            onUpgraded(m_socket);
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_head;
    bool m_upgrade = true;
    bool m_upgraded = false;
};

QList<QJsonObject> jsonEvents(const QByteArray &out)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (!event.isEmpty())
            events.append(event);
    }
    return events;
}

QString name(const QJsonObject &event)
{
    return event.value(QStringLiteral("event")).toString();
}

// The log ends as every end must: an Error event (of `category`, text containing `text`), later
// the Close event, and the Closed state last.
QByteArray checkEnding(const QList<QJsonObject> &events, const QString &category, const QString &text)
{
    qsizetype error = -1, close = -1, closed = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject &e = events.at(i);
        if (name(e) == QLatin1String("error") && e.value(QStringLiteral("category")).toString() == category
            && e.value(QStringLiteral("message")).toString().contains(text) && error < 0)
            error = i;
        else if (name(e) == QLatin1String("close"))
            close = i;
        else if (name(e) == QLatin1String("state") && e.value(QStringLiteral("state")).toString() == QLatin1String("closed"))
            closed = i;
    }
    if (error < 0)
        return "no " + category.toUtf8() + " error containing \"" + text.toUtf8() + "\"";
    if (close < error)
        return "no close event after the error";
    if (closed != events.size() - 1 && closed < close)
        return "the closed state is not after the close event";
    return {};
}

// The HAR's `_wsscopeEvents` (HarExporter): the same checks as for the JSONL lines.
QList<QJsonObject> harEvents(const QString &path, QByteArray *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = "no HAR file: " + file.errorString().toUtf8();
        return {};
    }
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QStringLiteral("log"))
                                      .toObject()
                                      .value(QStringLiteral("entries"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    if (!entry.value(QStringLiteral("_wsscopeEvents")).isArray()) {
        *problem = "the HAR entry has no _wsscopeEvents";
        return {};
    }
    QList<QJsonObject> events;
    for (const QJsonValue &value : entry.value(QStringLiteral("_wsscopeEvents")).toArray())
        events.append(value.toObject());
    return events;
}

qsizetype indexOfFrame(const QList<QJsonObject> &events, const QString &dir, const QString &opcode)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject &e = events.at(i);
        if (name(e) == QLatin1String("frame") && e.value(QStringLiteral("dir")).toString() == dir
            && e.value(QStringLiteral("opcode")).toString() == opcode)
            return i;
    }
    return -1;
}

} // namespace

class TestCliEnds : public QObject
{
    Q_OBJECT

private slots:
    void overallTimeoutIsInTheLog_data();
    void overallTimeoutIsInTheLog();
    void handshakeTimeoutIsInTheLog();
    void ctrlCMidHandshakeIsInTheLog();
    void secondCtrlCDropsAndIsInTheLog();
    void protocolViolationWhileClosingExits1();
    void aHarThatDoesNotFitExits5AndLeavesNoFile();
    void aServerCloseWithTheTapOffSaysCleanIsUnknown_data();
    void aServerCloseWithTheTapOffSaysCleanIsUnknown();
    void waitMessagesCountsWhatQWebSocketDelivered();
    void aLargeFrameStillArrivingIsNotCutOff();
};

void TestCliEnds::overallTimeoutIsInTheLog_data()
{
    QTest::addColumn<bool>("tap");
    QTest::newRow("tap on") << true;
    QTest::newRow("tap off") << false;
}

void TestCliEnds::overallTimeoutIsInTheLog()
{
    QFETCH(bool, tap);
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString har = dir.filePath(QStringLiteral("run.har"));
    QStringList args{QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--har"), har, QStringLiteral("--send"),
                     QStringLiteral("hi"), QStringLiteral("--idle"), QStringLiteral("30000"), QStringLiteral("--timeout"),
                     QStringLiteral("1500")};
    if (!tap)
        args << QStringLiteral("--no-tap");
    const CliResult r = CliResult::run(args << peer.url());
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 4, r.diagnostics());
    QVERIFY2(r.err.contains("1500 ms"), r.err);
    const QByteArray problem = checkEnding(r.events, QStringLiteral("timeout"), QStringLiteral("1500 ms"));
    QVERIFY2(problem.isEmpty(), QByteArray(problem + "\n" + r.diagnostics()).constData());
    QCOMPARE(r.where(QStringLiteral("close")).size(), 1);
    QCOMPARE(r.where(QStringLiteral("close")).first().value(QStringLiteral("code")).toInt(), 1006);
    // The HAR tells the same end: the timeout error, then the Close record (1006, not clean).
    QByteArray harProblem;
    const QList<QJsonObject> ends = harEvents(har, &harProblem);
    QVERIFY2(harProblem.isEmpty(), harProblem.constData());
    const QByteArray harEnding = checkEnding(ends, QStringLiteral("timeout"), QStringLiteral("1500 ms"));
    QVERIFY2(harEnding.isEmpty(), harEnding.constData());
    QJsonObject close;
    for (const QJsonObject &e : ends) {
        if (name(e) == QLatin1String("close"))
            close = e;
    }
    QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1006);
    QCOMPARE(close.value(QStringLiteral("clean")).toBool(true), false);
    QCOMPARE(close, r.where(QStringLiteral("close")).first());
}

void TestCliEnds::handshakeTimeoutIsInTheLog()
{
    RawServer silent(false); // takes the request, never answers it
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--timeout"),
                                        QStringLiteral("700"), silent.url()});
    QVERIFY2(r.exitCode == 4, r.diagnostics());
    QVERIFY(!r.where(QStringLiteral("handshake_request")).isEmpty());
    // Whichever timer fires first (the handshake's or the run's, both 700 ms), it is a Timeout.
    const QByteArray problem = checkEnding(r.events, QStringLiteral("timeout"), QStringLiteral("700 ms"));
    QVERIFY2(problem.isEmpty(), QByteArray(problem + "\n" + r.diagnostics()).constData());
    QCOMPARE(r.where(QStringLiteral("close")).first().value(QStringLiteral("code")).toInt(), 1006);
}

void TestCliEnds::ctrlCMidHandshakeIsInTheLog()
{
#ifndef Q_OS_UNIX
    QSKIP("Ctrl+C is delivered as SIGINT only on POSIX systems");
#else
    RawServer silent(false);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString har = dir.filePath(QStringLiteral("interrupted.har"));
    QProcess cli;
    cli.start(QStringLiteral(WSSCOPE_CLI_PATH), {QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--timeout"),
                                                 QStringLiteral("20000"), QStringLiteral("--har"), har, silent.url()});
    QVERIFY(cli.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains("\"event\":\"handshake_request\""), 10000);
    QVERIFY(::kill(pid_t(cli.processId()), SIGINT) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 5000);
    out += cli.readAllStandardOutput();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 3); // never connected
    QVERIFY(cli.readAllStandardError().contains("Interrupted"));
    const QList<QJsonObject> events = jsonEvents(out);
    const QByteArray problem = checkEnding(events, QStringLiteral("network"), QStringLiteral("Ctrl+C"));
    QVERIFY2(problem.isEmpty(), QByteArray(problem + "\n" + out).constData());
    // The aborted run's HAR has the same error and Close record.
    QByteArray harProblem;
    const QList<QJsonObject> ends = harEvents(har, &harProblem);
    QVERIFY2(harProblem.isEmpty(), harProblem.constData());
    const QByteArray harEnding = checkEnding(ends, QStringLiteral("network"), QStringLiteral("Ctrl+C"));
    QVERIFY2(harEnding.isEmpty(), harEnding.constData());
#endif
}

void TestCliEnds::secondCtrlCDropsAndIsInTheLog()
{
#ifndef Q_OS_UNIX
    QSKIP("Ctrl+C is delivered as SIGINT only on POSIX systems");
#else
    RawServer deaf(true); // upgrades, then never answers our Close
    QProcess cli;
    cli.start(QStringLiteral(WSSCOPE_CLI_PATH), {QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--idle"),
                                                 QStringLiteral("30000"), QStringLiteral("--timeout"), QStringLiteral("20000"), deaf.url()});
    QVERIFY(cli.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains("\"state\":\"open\""), 10000);
    QVERIFY(::kill(pid_t(cli.processId()), SIGINT) == 0);
    // The first one sends our Close; the server keeps quiet.
    QTRY_VERIFY_WITH_TIMEOUT((out += cli.readAllStandardOutput()).contains("\"opcode\":\"close\""), 5000);
    QVERIFY(cli.state() == QProcess::Running);
    QVERIFY(::kill(pid_t(cli.processId()), SIGINT) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 5000);
    out += cli.readAllStandardOutput();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    const QList<QJsonObject> events = jsonEvents(out);
    const QByteArray problem = checkEnding(events, QStringLiteral("network"), QStringLiteral("Ctrl+C"));
    QVERIFY2(problem.isEmpty(), QByteArray(problem + "\n" + out).constData());
    QJsonObject close;
    for (const QJsonObject &e : events) {
        if (name(e) == QLatin1String("close"))
            close = e;
    }
    QCOMPARE(close.value(QStringLiteral("clean")).toBool(), false);
#endif
}

void TestCliEnds::protocolViolationWhileClosingExits1()
{
    // Answers our Close with a frame of a reserved opcode (RFC 6455 §5.2: 0x3 is reserved, the
    // client must fail the connection) before its own Close 1000.
    RawServer server(true);
    server.onClientBytes = [](QTcpSocket *socket, const QByteArray &data) {
        if (!data.isEmpty() && quint8(data.at(0)) == 0x88)
            socket->write(QByteArray("\x83\x00", 2) + QByteArray("\x88\x02\x03\xe8", 4));
    };
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), server.url()});
    QVERIFY2(r.finished, r.diagnostics());
    bool violation = false;
    for (const QJsonObject &e : r.where(QStringLiteral("error")))
        violation = violation || e.value(QStringLiteral("category")).toString() == QLatin1String("protocol");
    QVERIFY2(violation, r.diagnostics());
    QVERIFY2(r.exitCode == 1, r.diagnostics());
}

void TestCliEnds::aHarThatDoesNotFitExits5AndLeavesNoFile()
{
    // A real full file system: a small tmpfs, filled. The run itself ends well (1000, exit 0
    // otherwise), so the 5 can only come from the HAR.
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    disk.fill(0);
    const QString har = disk.filePath(QStringLiteral("run.har"));
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--har"), har,
                                        QStringLiteral("--send"), QStringLiteral("hi"), peer.url()});
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 5, r.diagnostics());
    QVERIFY2(r.err.contains("No space left on device"), r.err);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(har).toUtf8()), r.err);
    QCOMPARE(r.where(QStringLiteral("close")).size(), 1);
    QCOMPARE(r.where(QStringLiteral("close")).first().value(QStringLiteral("code")).toInt(), 1000);
    QVERIFY(!QFile::exists(har));
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList{QStringLiteral("filler")});

    // With room, the same run writes its HAR and exits 0.
    disk.unfill();
    const CliResult ok = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--har"), har,
                                         QStringLiteral("--send"), QStringLiteral("hi"), peer.url()});
    QVERIFY2(ok.exitCode == 0, ok.diagnostics());
    QVERIFY(QFile::exists(har));
}

void TestCliEnds::aServerCloseWithTheTapOffSaysCleanIsUnknown_data()
{
    QTest::addColumn<bool>("tap");
    QTest::addColumn<QByteArray>("summaryClose");
    QTest::newRow("tap on: the wire saw both Close frames") << true << QByteArray("by the server, clean\n");
    QTest::newRow("tap off: QWebSocket answers, unseen") << false << QByteArray("by the server, clean unknown (tap off)\n");
}

void TestCliEnds::aServerCloseWithTheTapOffSaysCleanIsUnknown()
{
    // A correct server that closes first (RFC 6455 §7.1.2) and waits for the answer. With the
    // tap off nothing sees QWebSocket's answer on the wire, so the summary must not call the
    // close "not clean" (nor "clean").
    QFETCH(bool, tap);
    QFETCH(QByteArray, summaryClose);
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--mode"), QStringLiteral("close"), QStringLiteral("--code"),
                                                 QStringLiteral("1000"), QStringLiteral("--reason"), QStringLiteral("done")}),
             qPrintable(peer.errorString()));
    QStringList args{QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--summary"), QStringLiteral("--idle"),
                     QStringLiteral("5000")};
    if (!tap)
        args << QStringLiteral("--no-tap");
    const CliResult r = CliResult::run(args << peer.url());
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    const QByteArray expected = QByteArray("close 1000 (Normal closure) ") + summaryClose;
    QVERIFY2(r.err.contains(expected), r.err);
    const QList<QJsonObject> closes = r.where(QStringLiteral("close"));
    QCOMPARE(closes.size(), 1);
    QCOMPARE(closes.first().value(QStringLiteral("initiator")).toString(), QStringLiteral("server"));
    QCOMPARE(closes.first().value(QStringLiteral("clean")).toBool(), tap);
    // JSONL: "clean_known": false only when it is not known.
    QCOMPARE(closes.first().contains(QStringLiteral("clean_known")), !tap);
    if (!tap)
        QCOMPARE(closes.first().value(QStringLiteral("clean_known")).toBool(true), false);
}

void TestCliEnds::waitMessagesCountsWhatQWebSocketDelivered()
{
    // A ping, then the awaited message, in one write: the pong owed for the ping must go out
    // before our Close (RFC 6455 §5.5.2), which it only does if the wait ends when QWebSocket
    // delivered the message (having answered the ping first), not when the tap saw its frame.
    for (int run = 0; run < 3; ++run) {
        RawServer server(true);
        // Later than the upgrade, so the run is already waiting for messages when they come.
        server.onUpgraded = [](QTcpSocket *socket) {
            QTimer::singleShot(300, socket, [socket] {
                socket->write(QByteArray("\x89\x04ping", 6) + QByteArray("\x81\x05hello", 7));
            });
        };
        const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--wait-messages"),
                                            QStringLiteral("1"), server.url()});
        QVERIFY2(r.finished, r.diagnostics());
        const qsizetype pong = indexOfFrame(r.events, QStringLiteral("out"), QStringLiteral("pong"));
        const qsizetype close = indexOfFrame(r.events, QStringLiteral("out"), QStringLiteral("close"));
        QVERIFY2(pong >= 0, r.diagnostics());
        QVERIFY2(close > pong, r.diagnostics());
        // On the wire as well: the server got a masked pong (0x8A) first, then the Close (0x88).
        QVERIFY2(!server.fromClient.isEmpty() && quint8(server.fromClient.at(0)) == 0x8A, server.fromClient.toHex());
    }
}

void TestCliEnds::aLargeFrameStillArrivingIsNotCutOff()
{
    // One 2 MiB binary frame, trickled in 64 KiB pieces every 60 ms (about 2 s, four times the
    // default 500 ms grace): the bytes arriving keep the run alive until the frame is complete.
    constexpr int Size = 2 * 1024 * 1024;
    constexpr int Piece = 64 * 1024;
    RawServer server(true);
    QByteArray header("\x82\x7f", 2);
    for (int shift = 56; shift >= 0; shift -= 8)
        header.append(char((quint64(Size) >> shift) & 0xFF));
    server.afterUpgrade = header;
    QTimer trickle;
    int sent = 0;
    connect(&trickle, &QTimer::timeout, this, [&] {
        if (!server.socket() || sent >= Size) {
            trickle.stop();
            return;
        }
        server.socket()->write(QByteArray(Piece, 'z'));
        sent += Piece;
    });
    server.onUpgraded = [&](QTcpSocket *) { trickle.start(60); };
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), server.url()});
    QVERIFY2(r.finished, r.diagnostics());
    const qsizetype frame = indexOfFrame(r.events, QStringLiteral("in"), QStringLiteral("binary"));
    QVERIFY2(frame >= 0, QByteArray("the frame was cut off: " + r.err).constData());
    QCOMPARE(r.events.at(frame).value(QStringLiteral("length")).toInteger(), qint64(Size));
    const qsizetype close = indexOfFrame(r.events, QStringLiteral("out"), QStringLiteral("close"));
    QVERIFY2(close > frame, r.err);
}

QTEST_GUILESS_MAIN(TestCliEnds)
#include "tst_cli_ends.moc"
