// Auto-reconnect over many server restarts, measured: an echo server on 127.0.0.1 goes away the
// way a killed process does (its connections dropped without a Close frame, then nothing listens)
// and comes back on the same port, 50 times. The session reconnects each time with the backoff its
// ReconnectSettings say, the counter starting over after every successful open, and gets an echo
// on every connection; afterwards this process holds exactly the file descriptors, QTimers,
// QTcpSockets and QObjects it held after the first connection, and its RSS has not run away.
// And a payload the tap logs keeps alive no more than the socket read it came in.

#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/session/session.h"
#include "objectcensus.h"
#include "processprobe.h"
#include "restartingechoserver.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

namespace {

constexpr int Restarts = 50;
constexpr int InitialDelayMs = 10;
constexpr int MaxDelayMs = 40;
constexpr int MaxAttempts = 6;
// The server stays away until the session has scheduled this many attempts, so that every outage
// shows the backoff doubling and then held at its cap: 10, 20, 40, 40 ms (the 4th one connects).
constexpr int AttemptsPerOutage = 4;
const QList<qint64> ExpectedDelaysMs = { 10, 20, 40, 40 };
// Qt may fire a coarse timer up to 5 % early (Qt::CoarseTimer), and rounds to whole ms.
constexpr double EarlyFireFraction = 0.05;
constexpr qint64 ClockSlackMs = 1;
constexpr int StepTimeoutMs = 15000;
// Cleanup that runs on the event loop (deleteLater, a tunnel's last bytes) gets this long.
constexpr int SettleTimeoutMs = 5000;
constexpr int SettlePollMs = 50;
// A loose sanity bound, not a measurement: the numbers are printed (and kept in BENCHMARKS.md).
// A loose sanity bound on RSS growth over the restarts. AddressSanitizer keeps freed memory in
// quarantine (up to 256 MiB) and pads every allocation, so RSS says nothing about leaks there; its
// leak checker does, and the object and fd counts above stay asserted.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool RssIsMeaningful = false;
#else
constexpr bool RssIsMeaningful = true;
#endif
constexpr qint64 RssGrowthBoundKiB = 20 * 1024;
// A lone small message arrives in a read of a few dozen bytes; a read chunk's spare room would be
// 16 KiB and more.
constexpr qsizetype MaxPinnedBytes = 1024;

struct Snapshot
{
    QStringList fds;
    ObjectCensus::Counts objects;
    qint64 rssKiB = -1;
    qint64 heapKiB = -1;
    qint64 trimmedRssKiB = -1;
    int threads = -1;
};

QString describe(const Snapshot &snapshot)
{
    return QStringLiteral("%1 fds, %2 QTimers, %3 QTcpSockets, %4 QTcpServers, %5 QObjects, %8 threads, RSS %6 KiB (%9 KiB trimmed), heap in use %7 KiB")
            .arg(snapshot.fds.size())
            .arg(snapshot.objects.timers)
            .arg(snapshot.objects.tcpSockets)
            .arg(snapshot.objects.tcpServers)
            .arg(snapshot.objects.objects)
            .arg(snapshot.rssKiB)
            .arg(snapshot.heapKiB)
            .arg(snapshot.threads)
            .arg(snapshot.trimmedRssKiB);
}

enum class Objects { TimersAndSockets, All };

// Whether `now` holds what `reference` held: the same descriptors (by kind) and as many timers,
// sockets and servers (and, with Objects::All, as many QObjects); or a description of what differs.
QString differenceFrom(const Snapshot &reference, const Snapshot &now, Objects objects)
{
    QStringList lines = ProcessProbe::difference(reference.fds, now.fds);
    if (now.objects.timers != reference.objects.timers || now.objects.tcpSockets != reference.objects.tcpSockets
        || now.objects.tcpServers != reference.objects.tcpServers
        || (objects == Objects::All && now.objects.objects != reference.objects.objects)) {
        lines << QStringLiteral("timers %1 → %2, sockets %3 → %4, servers %5 → %6, QObjects %7 → %8")
                         .arg(reference.objects.timers).arg(now.objects.timers)
                         .arg(reference.objects.tcpSockets).arg(now.objects.tcpSockets)
                         .arg(reference.objects.tcpServers).arg(now.objects.tcpServers)
                         .arg(reference.objects.objects).arg(now.objects.objects);
        lines << ObjectCensus::growth(reference.objects, now.objects);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSessionSoak : public QObject
{
    Q_OBJECT

private slots:
    void restarts_data();
    void restarts();
    void loggedPayloadPinsOnlyItsRead();

private:
    Snapshot snapshot() const;
    // Runs the event loop until the process holds what `reference` held (or the time is up);
    // returns what differs then, empty when nothing does.
    QString settleTo(const Snapshot &reference, Objects objects, Snapshot *now) const;

    // Installed before the test creates any object of its own.
    ObjectCensus m_census;
};

Snapshot TestSessionSoak::snapshot() const
{
    Snapshot snapshot;
    snapshot.fds = ProcessProbe::openFileDescriptors();
    snapshot.objects = m_census.count();
    snapshot.rssKiB = ProcessProbe::residentKiB();
    snapshot.heapKiB = ProcessProbe::heapInUseKiB();
    snapshot.threads = ProcessProbe::threadCount();
    snapshot.trimmedRssKiB = ProcessProbe::trimmedResidentKiB(); // last: it changes RSS
    return snapshot;
}

QString TestSessionSoak::settleTo(const Snapshot &reference, Objects objects, Snapshot *now) const
{
    QElapsedTimer clock;
    clock.start();
    QString difference;
    for (;;) {
        QTest::qWait(SettlePollMs); // also runs deferred deletes
        *now = snapshot();
        difference = differenceFrom(reference, *now, objects);
        if (difference.isEmpty() || clock.elapsed() > SettleTimeoutMs)
            return difference;
    }
}

void TestSessionSoak::restarts_data()
{
    QTest::addColumn<bool>("tap");
    QTest::newRow("Tap on: every attempt goes through the session's wire tap") << true;
    QTest::newRow("Tap off: QWebSocket connects to the server itself") << false;
}

void TestSessionSoak::restarts()
{
    QFETCH(bool, tap);
    QElapsedTimer runClock;
    runClock.start();
    auto server = std::make_unique<RestartingEchoServer>();
    QVERIFY(server->start());
    const quint16 port = server->port();
    const Snapshot cold = snapshot();

    ConnectionSettings settings;
    settings.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    settings.handshakeTimeoutMs = StepTimeoutMs;
    settings.tapEnabled = tap;
    settings.reconnect.enabled = true;
    settings.reconnect.maxAttempts = MaxAttempts;
    settings.reconnect.initialDelayMs = InitialDelayMs;
    settings.reconnect.maxDelayMs = MaxDelayMs;
    auto session = std::make_unique<Session>();
    session->setSettings(settings);

    QList<qint64> delays;       // as scheduled, in this outage
    QList<qint64> waited;       // from each schedule to its attempt's Connecting
    QElapsedTimer sinceScheduled;
    bool restartFailed = false;
    int opens = 0;
    QStringList echoes;
    connect(session.get(), &Session::reconnectScheduled, this, [&](qint64 delayMs, int attempt, int) {
        delays.append(delayMs);
        sinceScheduled.start();
        if (attempt == AttemptsPerOutage && !server->isListening())
            restartFailed = !server->start(port);
    });
    connect(session.get(), &Session::stateChanged, this, [&](SessionState state) {
        if (state == SessionState::Connecting && sinceScheduled.isValid()) {
            waited.append(sinceScheduled.elapsed());
            sinceScheduled.invalidate();
        }
        if (state == SessionState::Open)
            ++opens;
    });
    connect(session.get(), &Session::eventLogged, this, [&](const Event &event) {
        const LogRules::Message message = LogRules::messageOf(event);
        if (event.dir == Direction::In && message.valid)
            echoes.append(QString::fromUtf8(message.payload));
    });
    const auto echo = [&](const QString &text) {
        QString error;
        if (!session->sendText(text, &error))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!echoes.contains(text) && clock.elapsed() < StepTimeoutMs)
            QTest::qWait(1);
        return echoes.contains(text);
    };

    QVERIFY(session->open());
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Open, StepTimeoutMs);
    QCOMPARE(session->isTapActive(), tap);
    QVERIFY(echo(QStringLiteral("first connection")));
    // The reference point: one connection open, the log emptied. What the first connection set up
    // for good (the tap's listening socket, Qt's one-time network setup) is in it, so that what is
    // compared at the end is what reconnecting adds.
    session->log()->clear();
    QTest::qWait(SettlePollMs);
    const Snapshot start = snapshot();

    for (int restart = 1; restart <= Restarts; ++restart) {
        delays.clear();
        waited.clear();
        const int opensBefore = opens;
        server->kill();
        QTRY_VERIFY2_WITH_TIMEOUT(opens > opensBefore,
                                  qPrintable(QStringLiteral("restart %1: no reconnect; delays so far %2")
                                                     .arg(restart).arg(delays.size())),
                                  StepTimeoutMs);
        QVERIFY(!restartFailed);
        QCOMPARE(session->state(), SessionState::Open);
        QCOMPARE(delays, ExpectedDelaysMs);
        QCOMPARE(waited.size(), ExpectedDelaysMs.size());
        for (int i = 0; i < waited.size(); ++i) {
            QVERIFY2(waited.at(i) >= qint64(double(delays.at(i)) * (1 - EarlyFireFraction)) - ClockSlackMs,
                     qPrintable(QStringLiteral("restart %1, attempt %2: started after %3 ms of %4")
                                        .arg(restart).arg(i + 1).arg(waited.at(i)).arg(delays.at(i))));
        }
        QCOMPARE(session->reconnectAttempt(), 0); // the backoff starts over after an open
        QVERIFY2(echo(QStringLiteral("connection %1").arg(restart + 1)),
                 qPrintable(QStringLiteral("restart %1: no echo").arg(restart)));
    }
    QCOMPARE(opens, Restarts + 1);

    session->log()->clear();
    Snapshot end;
    const QString grown = settleTo(start, Objects::All, &end);
    qInfo("%s, %d restarts in %.1f s", tap ? "tap on" : "tap off", Restarts, double(runClock.elapsed()) / 1000.0);
    qInfo("before the first connection: %s", qPrintable(describe(cold)));
    qInfo("after the first connection:  %s", qPrintable(describe(start)));
    qInfo("after %d restarts:           %s", Restarts, qPrintable(describe(end)));
    QVERIFY2(grown.isEmpty(), qPrintable(QStringLiteral("after %1 restarts:\n%2").arg(Restarts).arg(grown)));
    QVERIFY2(!RssIsMeaningful || end.rssKiB - start.rssKiB < RssGrowthBoundKiB,
             qPrintable(QStringLiteral("RSS %1 → %2 KiB").arg(start.rssKiB).arg(end.rssKiB)));

    // Closed and gone, the session leaves nothing behind: the process is back where it was
    // before the session existed (the server still listening, with no client). Only the number
    // of QObjects may differ, once per process: the first connection makes Qt load its TLS
    // backends (a QFactoryLoader, QTlsBackendOpenSSL, QTlsBackendCertOnly and one QObject, for
    // ws:// too), which stay until the process ends; the second row starts with them.
    QVERIFY(session->close());
    QTRY_VERIFY_WITH_TIMEOUT(!session->isReconnectPending() && session->state() == SessionState::Closed,
                             StepTimeoutMs);
    session.reset();
    Snapshot gone;
    const QString left = settleTo(cold, Objects::TimersAndSockets, &gone);
    qInfo("session closed and deleted:  %s", qPrintable(describe(gone)));
    const QString stayed = ObjectCensus::growth(cold.objects, gone.objects);
    if (!stayed.isEmpty())
        qInfo("QObjects that outlive the session:\n%s", qPrintable(stayed));
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left behind by the session:\n%1").arg(left)));
    QCOMPARE(server->clientCount(), 0);
}

void TestSessionSoak::loggedPayloadPinsOnlyItsRead()
{
    // The tap logs an unmasked payload as a slice of the socket read it arrived in (PayloadSlice),
    // so the log keeps that read's allocation alive as long as the event: the allocation must hold
    // the read and little more, or a capped log under a steady flood grows past its cap.
    RestartingEchoServer server;
    QVERIFY(server.start());
    ConnectionSettings settings;
    settings.url = QStringLiteral("ws://127.0.0.1:%1/").arg(server.port());
    Session session;
    session.setSettings(settings);
    QList<Event> incoming;
    connect(&session, &Session::eventLogged, this, [&](const Event &event) {
        if (event.dir == Direction::In && LogRules::messageOf(event).valid)
            incoming.append(event);
    });
    QVERIFY(session.open());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionState::Open, StepTimeoutMs);
    QVERIFY(session.isTapActive());
    const QByteArray text = R"({"type":"tick","seq":1,"price":1001,"qty":2})";
    QVERIFY(session.sendText(QString::fromUtf8(text)));
    QTRY_COMPARE_WITH_TIMEOUT(incoming.size(), 1, StepTimeoutMs);

    QByteArray payload = incoming.constFirst().payload; // data_ptr() is not const in Qt 6.4; it does not detach
    QCOMPARE(payload, text);
    const auto *allocation = payload.data_ptr().d_ptr();
    QVERIFY(allocation);
    const qsizetype pinned = allocation->constAllocatedCapacity();
    QVERIFY2(pinned <= MaxPinnedBytes,
             qPrintable(QStringLiteral("a %1-byte payload keeps %2 bytes alive").arg(payload.size()).arg(pinned)));
    QVERIFY(session.close());
}

QTEST_GUILESS_MAIN(TestSessionSoak)
#include "tst_session_soak.moc"
