// ScenarioRunner, the one way a script runs (the CLI's and the scenario panel's), on a real
// Session with the tap on, against an in-process QWebSocketServer on 127.0.0.1 that echoes
// every message and closes with 4001 when it gets "close-me".
#include "core/log/eventlog.h"
#include "core/scenario/scenariocompiler.h"
#include "core/scenario/scenarioparser.h"
#include "core/scenario/scenariorunner.h"
#include "core/session/session.h"
#include "sessionlog.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

constexpr quint16 ServerCloseCode = 4001;

class EchoServer : public QObject
{
public:
    EchoServer()
        : server(QStringLiteral("wsscope-test"), QWebSocketServer::NonSecureMode)
    {
        server.listen(QHostAddress::LocalHost, 0);
        clock.start();
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
                    texts << text;
                    textTimes << clock.elapsed();
                    if (text == QLatin1String("close-me"))
                        socket->close(QWebSocketProtocol::CloseCode(ServerCloseCode), QStringLiteral("asked to"));
                    else
                        socket->sendTextMessage(text);
                });
                connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) { binaries << data; });
            }
        });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()); }

    QWebSocketServer server;
    QElapsedTimer clock;
    QStringList texts;
    QList<qint64> textTimes;
    QList<QByteArray> binaries;
};

bool openSession(Session &session, const QString &url)
{
    ConnectionSettings settings;
    settings.url = url;
    settings.tapEnabled = true;
    settings.handshakeTimeoutMs = 5000;
    session.setSettings(settings);
    if (!session.open())
        return false;
    return QTest::qWaitFor([&] { return session.state() == SessionState::Open; }, 5000);
}

QList<ScenarioAction> compile(const QByteArray &json)
{
    ScenarioParser::Error error;
    const std::optional<QList<ScenarioStep>> steps = ScenarioParser::parse(json, &error);
    if (!steps) {
        qWarning("scenario does not parse: %s", qPrintable(error.message));
        return {};
    }
    QString why;
    return ScenarioCompiler::compile(*steps, &why).value_or(QList<ScenarioAction>());
}

// What the runner said about each step, in the order it said it.
struct Record
{
    explicit Record(ScenarioRunner *runner)
    {
        QObject::connect(runner, &ScenarioRunner::stepStarted, runner, [this](int i) { started << i; });
        QObject::connect(runner, &ScenarioRunner::stepFinished, runner, [this](int i, ScenarioRunner::Status status, const QString &text) {
            finished << i;
            statuses[i] = status;
            texts[i] = text;
        });
        QObject::connect(runner, &ScenarioRunner::finished, runner, [this](bool passed) {
            ++finishes;
            allPassed = passed;
        });
    }
    QList<int> started;
    QList<int> finished;
    QHash<int, ScenarioRunner::Status> statuses;
    QHash<int, QString> texts;
    int finishes = 0;
    bool allPassed = false;
};

QList<Event> expectationEvents(const Session &session)
{
    return SessionLog::eventsOf(session, EventKind::Expectation);
}

} // namespace

class TestScenarioRunner : public QObject
{
    Q_OBJECT

private slots:
    void stepsRunInOrderAndWaitsAreHonoured();
    void expectationsPassAndFailAndAreLogged();
    void stopCancelsWhatIsLeft();
    void refusesToStartUnlessTheSessionIsOpen();
    void aFileStepWaitsUntilTheFileIsOut();
    void stepsAfterTheCloseAreSkipped();
};

void TestScenarioRunner::stepsRunInOrderAndWaitsAreHonoured()
{
    EchoServer server;
    Session session;
    QVERIFY2(openSession(session, server.url()), SessionLog::describe(session).constData());
    // The tap writes injected frames at once; a QWebSocket send right before one may still be on
    // its way to the tap (docs/ARCHITECTURE.md, Scenarios), so the injected message comes first here.
    ScenarioRunner runner(&session, compile("[{\"send\": \"one\"}, {\"wait\": 400},"
                                            " {\"send\": \"0123456789\", \"fragment\": \"3+5+2\"}, {\"send\": \"two\"},"
                                            " {\"expect-message\": \"^two$\", \"within\": 3000}]"));
    QCOMPARE(runner.stepCount(), 5);
    Record record(&runner);
    QSignalSpy scriptDone(&runner, &ScenarioRunner::scriptDone);
    QElapsedTimer clock;
    qint64 waitStarted = -1;
    qint64 waitEnded = -1;
    connect(&runner, &ScenarioRunner::stepStarted, this, [&](int i) {
        if (i == 1)
            waitStarted = clock.elapsed();
        if (i == 2)
            waitEnded = clock.elapsed();
    });
    clock.start();
    QString error;
    QVERIFY2(runner.start(&error), qPrintable(error));
    // The wait holds the script: only the first step has run so far.
    QCOMPARE(record.started, QList<int>({0, 1}));
    QCOMPARE(record.finished, QList<int>({0}));
    QTRY_COMPARE_WITH_TIMEOUT(record.finishes, 1, 5000);
    QCOMPARE(record.started, QList<int>({0, 1, 2, 3, 4}));
    QCOMPARE(record.finished, QList<int>({0, 1, 2, 3, 4}));
    QCOMPARE(scriptDone.size(), 1);
    QCOMPARE(record.statuses.value(4), ScenarioRunner::Status::Passed);
    QVERIFY(record.allPassed);
    QVERIFY(runner.allExpectationsMet());

    QTRY_COMPARE(server.texts.size(), 3);
    QCOMPARE(server.texts, QStringList({QStringLiteral("one"), QStringLiteral("0123456789"), QStringLiteral("two")}));
    // The wait holds at least its 400 ms; the server saw the two sends that far apart, give or
    // take the tap's relay of the first one.
    QVERIFY2(waitEnded - waitStarted >= 400, qPrintable(QString::number(waitEnded - waitStarted)));
    QVERIFY2(server.textTimes.at(1) - server.textTimes.at(0) >= 300, qPrintable(QString::number(server.textTimes.at(1) - server.textTimes.at(0))));
    // The given sizes on the wire, written by the tap.
    QList<qsizetype> sizes;
    for (const Event &frame : SessionLog::framesOf(session, Direction::Out)) {
        if (frame.frame.flags & FrameFields::Injected)
            sizes << frame.payload.size();
    }
    QCOMPARE(sizes, QList<qsizetype>({3, 5, 2}));
    const QList<Event> verdicts = expectationEvents(session);
    QCOMPARE(verdicts.size(), 1);
    QVERIFY(verdicts.first().detail && verdicts.first().detail->expectationMet);
}

void TestScenarioRunner::expectationsPassAndFailAndAreLogged()
{
    EchoServer server;
    Session session;
    QVERIFY2(openSession(session, server.url()), SessionLog::describe(session).constData());
    // The server closes only after the message's 300 ms have passed.
    ScenarioRunner runner(&session, compile("[{\"expect-message\": \"^never$\", \"within\": 300}, {\"wait\": 700}, {\"send\": \"close-me\"},"
                                            " {\"expect-close\": 4001}, {\"expect-close\": [1000, 1001]}]"));
    Record record(&runner);
    QSignalSpy expired(&runner, &ScenarioRunner::expectationExpired);
    QVERIFY(runner.start());
    QVERIFY(runner.expectsServerEnd());
    QTRY_COMPARE_WITH_TIMEOUT(record.finishes, 1, 8000);
    QCOMPARE(record.statuses.value(0), ScenarioRunner::Status::Failed);
    QCOMPARE(record.statuses.value(1), ScenarioRunner::Status::Done);
    QCOMPARE(record.statuses.value(2), ScenarioRunner::Status::Done);
    QCOMPARE(record.statuses.value(3), ScenarioRunner::Status::Passed);
    QCOMPARE(record.statuses.value(4), ScenarioRunner::Status::Failed);
    QVERIFY2(record.texts.value(4).contains(QStringLiteral("4001")), qPrintable(record.texts.value(4)));
    // The message's verdict came when its time was up, before the server closed.
    QCOMPARE(record.finished.first(), 0);
    QVERIFY(!record.allPassed);
    QVERIFY(!runner.allExpectationsMet());
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().first().toInt(), 0);

    // Each verdict is in the session's log once, as an Expectation event.
    QTRY_VERIFY(session.state() == SessionState::Closed);
    const QList<Event> verdicts = expectationEvents(session);
    QCOMPARE(verdicts.size(), 3);
    int met = 0;
    for (const Event &verdict : verdicts)
        met += verdict.detail && verdict.detail->expectationMet ? 1 : 0;
    QCOMPARE(met, 1);
    // The session's end settles nothing twice.
    QCOMPARE(record.finishes, 1);
}

void TestScenarioRunner::stopCancelsWhatIsLeft()
{
    EchoServer server;
    Session session;
    QVERIFY2(openSession(session, server.url()), SessionLog::describe(session).constData());
    ScenarioRunner runner(&session, compile("[{\"send\": \"before\"}, {\"wait\": 3000}, {\"send\": \"after\"},"
                                            " {\"expect-message\": \"^after$\"}]"));
    Record record(&runner);
    QVERIFY(runner.start());
    QTRY_COMPARE(server.texts.size(), 1);
    runner.stop();
    QCOMPARE(record.finishes, 1);
    QVERIFY(!record.allPassed);
    QCOMPARE(record.statuses.value(0), ScenarioRunner::Status::Done);
    QCOMPARE(record.statuses.value(1), ScenarioRunner::Status::NotRun);
    QCOMPARE(record.statuses.value(2), ScenarioRunner::Status::NotRun);
    QCOMPARE(record.statuses.value(3), ScenarioRunner::Status::NotRun);
    QVERIFY(runner.isFinished());
    // The wait's end does not run the rest, and nothing is decided or logged afterwards.
    QTest::qWait(3300);
    QCOMPARE(server.texts, QStringList({QStringLiteral("before")}));
    QVERIFY(expectationEvents(session).isEmpty());
    QCOMPARE(record.finishes, 1);
    QCOMPARE(session.state(), SessionState::Open);
    runner.stop(); // a second stop changes nothing
    QCOMPARE(record.finishes, 1);
}

void TestScenarioRunner::refusesToStartUnlessTheSessionIsOpen()
{
    EchoServer server;
    Session session;
    const QList<ScenarioAction> steps = compile("[{\"send\": \"x\"}]");
    QCOMPARE(steps.size(), 1);
    ScenarioRunner early(&session, steps);
    QString error;
    QVERIFY(!early.start(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!early.isRunning());

    QVERIFY2(openSession(session, server.url()), SessionLog::describe(session).constData());
    ScenarioRunner once(&session, steps);
    QVERIFY(once.start(&error));
    error.clear();
    QVERIFY(!once.start(&error)); // a runner runs once
    QVERIFY(!error.isEmpty());

    QVERIFY(session.close());
    QTRY_COMPARE(session.state(), SessionState::Closed);
    ScenarioRunner late(&session, steps);
    error.clear();
    QVERIFY(!late.start(&error));
    QVERIFY(!error.isEmpty());
    QTRY_COMPARE(server.texts, QStringList({QStringLiteral("x")}));
}

void TestScenarioRunner::aFileStepWaitsUntilTheFileIsOut()
{
    EchoServer server;
    Session session;
    QVERIFY2(openSession(session, server.url()), SessionLog::describe(session).constData());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content(3 * 1024 * 1024, 'z');
    file.write(content);
    file.close();
    ScenarioRunner runner(&session, compile(QByteArray("[{\"send-file\": \"") + path.toUtf8() + "\"}, {\"send\": \"after\"}]"));
    Record record(&runner);
    bool fileOutWhenNextStarted = false;
    connect(&runner, &ScenarioRunner::stepStarted, this, [&](int i) {
        if (i == 1)
            fileOutWhenNextStarted = record.finished.contains(0);
    });
    QVERIFY(runner.start());
    QVERIFY(session.isSendingFile()); // the tap streams it
    QCOMPARE(record.started, QList<int>({0}));
    QTRY_COMPARE_WITH_TIMEOUT(record.finishes, 1, 15000);
    QVERIFY(fileOutWhenNextStarted);
    QCOMPARE(record.statuses.value(0), ScenarioRunner::Status::Done);
    QTRY_COMPARE_WITH_TIMEOUT(server.binaries.size(), 1, 10000);
    QCOMPARE(server.binaries.first().size(), content.size());
    QTRY_COMPARE(server.texts, QStringList({QStringLiteral("after")}));
}

void TestScenarioRunner::stepsAfterTheCloseAreSkipped()
{
    EchoServer server;
    Session session;
    QVERIFY2(openSession(session, server.url()), SessionLog::describe(session).constData());
    ScenarioRunner runner(&session, compile("[{\"send\": \"first\"}, {\"close\": \"1000:bye\"}, {\"send\": \"late\"}, {\"ping\": \"p\"},"
                                            " {\"expect-close\": 1000}]"));
    Record record(&runner);
    QVERIFY(runner.start());
    // The send after the close came while the session was Closing: skipped, and the rest not run.
    QCOMPARE(record.statuses.value(1), ScenarioRunner::Status::Done);
    QCOMPARE(record.statuses.value(2), ScenarioRunner::Status::Error);
    QVERIFY(runner.wasSkipped(2));
    QVERIFY(!record.texts.value(2).isEmpty());
    QCOMPARE(record.statuses.value(3), ScenarioRunner::Status::NotRun);
    QVERIFY(!runner.wasSkipped(3));
    // The expectation after them still gets its verdict: the server answered our Close with 1000.
    QTRY_COMPARE_WITH_TIMEOUT(record.finishes, 1, 8000);
    QCOMPARE(record.statuses.value(4), ScenarioRunner::Status::Passed);
    QVERIFY(!record.allPassed);
    QCOMPARE(server.texts, QStringList({QStringLiteral("first")}));
    QVERIFY(SessionLog::framesOf(session, Direction::Out, FrameHeader::Ping).isEmpty());
}

QTEST_GUILESS_MAIN(TestScenarioRunner)
#include "tst_scenariorunner.moc"
