// The protocol workbench's session API, as a GUI drives it, against an in-process
// QWebSocketServer on 127.0.0.1: frames the tap writes itself, the pong policy, and the refusal
// with the tap off.
#include "core/log/eventlog.h"
#include "core/protocol/framespecparser.h"
#include "core/session/session.h"
#include "sessionlog.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

class PingingServer : public QObject
{
public:
    PingingServer()
        : server(QStringLiteral("wsscope-test"), QWebSocketServer::NonSecureMode)
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                socket->setParent(this);
                peer = socket;
                connect(socket, &QWebSocket::pong, this, [this](quint64, const QByteArray &payload) { pongs << payload; });
                connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { texts << text; });
            }
        });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()); }

    QWebSocketServer server;
    QWebSocket *peer = nullptr;
    QList<QByteArray> pongs;
    QStringList texts;
};

FrameSpec spec(const QString &text)
{
    FrameSpecParser::Error error;
    const std::optional<FrameSpec> parsed = FrameSpecParser::parse(text, &error);
    return parsed.value_or(FrameSpec());
}

bool openSession(Session &session, const QString &url, bool tap)
{
    ConnectionSettings settings;
    settings.url = url;
    settings.tapEnabled = tap;
    settings.handshakeTimeoutMs = 5000;
    session.setSettings(settings);
    if (!session.open())
        return false;
    return QTest::qWaitFor([&] { return session.state() == SessionState::Open; }, 5000);
}

} // namespace

class TestSessionInject : public QObject
{
    Q_OBJECT

private slots:
    void injectedFramesReachTheServerMarkedAndJudged();
    void withheldPongsNeverReachTheServer();
    void delayedPongsArriveLate();
    void pongsCanBeAnsweredWithAnotherPayload();
    void withTheTapOffInjectionIsRefused();
    void theInjectContextFollowsOurFrames();
};

void TestSessionInject::theInjectContextFollowsOurFrames()
{
    PingingServer server;
    Session session;
    QSignalSpy changed(&session, &Session::injectContextChanged);
    QVERIFY2(openSession(session, server.url(), true), SessionLog::describe(session));
    changed.clear();
    QVERIFY(!session.injectContext().insideMessage);
    QVERIFY(!session.injectContext().closeSent);

    // At a frame boundary the tap writes at once: the position is known when injectFrames returns.
    QString error;
    QVERIFY2(session.injectFrames({spec(QStringLiteral("fin=0 payload=a"))}, &error), qPrintable(error));
    QVERIFY(session.injectContext().insideMessage);
    QCOMPARE(changed.count(), 1);
    QVERIFY(session.injectFrames({spec(QStringLiteral("opcode=ping payload=p"))}, &error));
    QVERIFY(session.injectContext().insideMessage); // a control frame leaves the message open
    QCOMPARE(changed.count(), 1);
    QVERIFY(session.injectFrames({spec(QStringLiteral("opcode=continuation payload=b"))}, &error));
    QVERIFY(!session.injectContext().insideMessage);
    QCOMPARE(changed.count(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(server.texts, QStringList{QStringLiteral("ab")}, 5000);

    // Our Close: what follows comes after it, until the connection is gone.
    QVERIFY(session.injectFrames({spec(QStringLiteral("opcode=close payload-hex=03e8"))}, &error));
    QVERIFY(session.injectContext().closeSent);
    QCOMPARE(changed.count(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Closed, 5000);
    QVERIFY(!session.injectContext().closeSent);
    QCOMPARE(changed.count(), 4);
}

void TestSessionInject::pongsCanBeAnsweredWithAnotherPayload()
{
    QString error;
    const std::optional<PongPolicy> policy = PongPolicy::parse(QStringLiteral("payload=not yours"), &error);
    QVERIFY2(policy, qPrintable(error));
    QVERIFY(!PongPolicy::parse(QStringLiteral("payload=") + QString(126, QLatin1Char('x')), &error));
    QVERIFY(!PongPolicy::parse(QStringLiteral("delay=0"), &error));
    QVERIFY(!PongPolicy::parse(QStringLiteral("sometimes"), &error));
    QCOMPARE(PongPolicy::parse(QStringLiteral("delay=250"), &error)->toString(), QStringLiteral("delay=250"));

    PingingServer server;
    Session session;
    session.setPongPolicy(*policy);
    QVERIFY2(openSession(session, server.url(), true), SessionLog::describe(session));
    QTRY_VERIFY(server.peer);
    server.peer->ping("mine");
    QTRY_COMPARE_WITH_TIMEOUT(server.pongs, QList<QByteArray>{QByteArray("not yours")}, 5000);
    const QList<Event> pongs = SessionLog::framesOf(session, Direction::Out, FrameHeader::Pong);
    QCOMPARE(pongs.size(), 2);
    QVERIFY(pongs.at(0).frame.flags & FrameFields::Withheld);
    QCOMPARE(pongs.at(0).payload, QByteArray("mine"));
    QVERIFY(pongs.at(1).frame.flags & FrameFields::Injected);
    QCOMPARE(pongs.at(1).payload, QByteArray("not yours"));
}

void TestSessionInject::injectedFramesReachTheServerMarkedAndJudged()
{
    PingingServer server;
    Session session;
    QVERIFY2(openSession(session, server.url(), true), SessionLog::describe(session));
    QString error;
    QVERIFY2(session.injectFrames({spec(QStringLiteral("fin=0 payload=hand")), spec(QStringLiteral("opcode=ping payload=between")),
                                   spec(QStringLiteral("opcode=continuation payload=-made"))},
                                  &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(server.texts, QStringList{QStringLiteral("hand-made")}, 5000);

    const QList<Event> out = SessionLog::framesOf(session, Direction::Out);
    QList<Event> injected;
    for (const Event &e : out) {
        if (e.frame.flags & FrameFields::Injected)
            injected << e;
    }
    QCOMPARE(injected.size(), 3);
    for (const Event &e : injected) {
        QVERIFY(e.detail);
        QVERIFY(e.detail->injectedLegal);
        QVERIFY(e.frame.masked);
    }
    // The injected ping is answered, and its round trip measured like any ping of ours.
    QTRY_VERIFY_WITH_TIMEOUT(!SessionLog::framesOf(session, Direction::In, FrameHeader::Pong).isEmpty(), 5000);
    const Event pong = SessionLog::framesOf(session, Direction::In, FrameHeader::Pong).first();
    QVERIFY(pong.detail && pong.detail->rttUs >= 0);

    // A violation is judged before it goes: its verdict rides on its event.
    QVERIFY(session.injectFrames({spec(QStringLiteral("opcode=0x3 payload=x"))}, &error));
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == SessionState::Closed, 5000);
    const Event bad = [&] {
        for (const Event &e : SessionLog::framesOf(session, Direction::Out, 0x3))
            return e;
        return Event();
    }();
    QVERIFY(bad.frame.flags & FrameFields::Injected);
    QVERIFY(!bad.detail->injectedLegal);
    QCOMPARE(bad.detail->closeCode, quint16(1002));
}

void TestSessionInject::withheldPongsNeverReachTheServer()
{
    PingingServer server;
    Session session;
    session.setPongPolicy(PongPolicy{PongPolicy::Mode::Withhold, 0, {}});
    QVERIFY2(openSession(session, server.url(), true), SessionLog::describe(session));
    QTRY_VERIFY(server.peer);
    server.peer->ping("one");
    server.peer->ping("two");
    QTRY_COMPARE_WITH_TIMEOUT(SessionLog::framesOf(session, Direction::Out, FrameHeader::Pong).size(), 2, 5000);
    for (const Event &pong : SessionLog::framesOf(session, Direction::Out, FrameHeader::Pong))
        QVERIFY(pong.frame.flags & FrameFields::Withheld);
    QTest::qWait(300);
    QVERIFY(server.pongs.isEmpty());

    // Back to automatic: the next pong goes through unmarked.
    session.setPongPolicy(PongPolicy());
    server.peer->ping("three");
    QTRY_COMPARE_WITH_TIMEOUT(server.pongs, QList<QByteArray>{QByteArray("three")}, 5000);
    QVERIFY(!(SessionLog::framesOf(session, Direction::Out, FrameHeader::Pong).last().frame.flags & FrameFields::Withheld));
}

void TestSessionInject::delayedPongsArriveLate()
{
    PingingServer server;
    Session session;
    session.setPongPolicy(PongPolicy{PongPolicy::Mode::Delay, 400, {}});
    QVERIFY2(openSession(session, server.url(), true), SessionLog::describe(session));
    QTRY_VERIFY(server.peer);
    QElapsedTimer clock;
    clock.start();
    server.peer->ping("late");
    QTRY_COMPARE_WITH_TIMEOUT(server.pongs.size(), 1, 5000);
    QVERIFY2(clock.elapsed() >= 390, qPrintable(QString::number(clock.elapsed())));
    const QList<Event> pongs = SessionLog::framesOf(session, Direction::Out, FrameHeader::Pong);
    QCOMPARE(pongs.size(), 1);
    QVERIFY(pongs.first().frame.flags & FrameFields::Delayed);
    QCOMPARE(pongs.first().detail->delayMs, 400);
}

void TestSessionInject::withTheTapOffInjectionIsRefused()
{
    PingingServer server;
    Session session;
    QVERIFY2(openSession(session, server.url(), false), SessionLog::describe(session));
    QString error;
    QVERIFY(!session.injectFrames({spec(QStringLiteral("payload=x"))}, &error));
    QVERIFY2(error.contains(QStringLiteral("tap")), qPrintable(error));
    QVERIFY(SessionLog::errorTexts(session, ErrorCategory::Usage).contains(error));

    Session closed;
    QVERIFY(!closed.injectFrames({spec(QStringLiteral("payload=x"))}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionInject)
#include "tst_session_inject.moc"
