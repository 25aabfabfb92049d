// Our pings awaiting their pong (RFC 6455 §5.5.3) as a value with a clock the test supplies:
// which pong answers which ping, what an unsolicited pong gets, and the cap on what is kept.

#include "core/tap/pongmatcher.h"

#include <QTest>

namespace {

// One step of a conversation: we ping with `payload` at `atUs`, or a pong with `payload` comes.
struct Step
{
    bool ping = true;
    QByteArray payload;
    qint64 atUs = 0;
};

Step ping(const QByteArray &payload, qint64 atUs) { return { true, payload, atUs }; }
Step pong(const QByteArray &payload, qint64 atUs) { return { false, payload, atUs }; }

} // namespace

Q_DECLARE_METATYPE(Step)

class TestPongMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
    void theOldestPingIsForgottenBeyondTheCap();
};

void TestPongMatcher::matching_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QList<qint64>>("rtts");   // per pong, in order; -1: unsolicited
    QTest::addColumn<int>("pendingAfter");

    const qint64 U = PongMatcher::Unsolicited;
    QTest::newRow("A pong with our ping's payload answers it with the time between them")
            << QList<Step>{ ping("a", 100), pong("a", 350) } << QList<qint64>{ 250 } << 0;
    QTest::newRow("A pong before any ping is unsolicited (a heartbeat) and changes nothing")
            << QList<Step>{ pong("beat", 10), ping("a", 20), pong("a", 50) } << QList<qint64>{ U, 30 } << 0;
    QTest::newRow("A pong whose payload matches no ping is unsolicited and leaves our ping waiting")
            << QList<Step>{ ping("a", 0), pong("b", 5) } << QList<qint64>{ U } << 1;
    QTest::newRow("An empty pong answers an empty ping and not one with a payload")
            << QList<Step>{ ping("x", 0), ping("", 10), pong("", 40) } << QList<qint64>{ 30 } << 0;
    QTest::newRow("A pong answering the latest of several pings forgets the older ones, which will get no pong")
            << QList<Step>{ ping("1", 0), ping("2", 10), ping("3", 20), pong("3", 25), pong("1", 30) }
            << QList<qint64>{ 5, U } << 0;
    QTest::newRow("A pong answering a middle ping keeps the later ones waiting for their own pongs")
            << QList<Step>{ ping("1", 0), ping("2", 10), ping("3", 20), pong("2", 30), pong("3", 45) }
            << QList<qint64>{ 20, 25 } << 0;
    QTest::newRow("Two pings with the same payload are answered oldest first, one pong each")
            << QList<Step>{ ping("same", 0), ping("same", 100), pong("same", 150), pong("same", 180), pong("same", 190) }
            << QList<qint64>{ 150, 80, U } << 0;
    QTest::newRow("A second pong for a ping already answered is unsolicited")
            << QList<Step>{ ping("a", 0), pong("a", 7), pong("a", 9) } << QList<qint64>{ 7, U } << 0;
    QTest::newRow("Payloads are compared byte for byte, a NUL byte and case included")
            << QList<Step>{ ping(QByteArray("a\0b", 3), 0), pong("a", 1), pong("A\0b", 2), pong(QByteArray("a\0b", 3), 3) }
            << QList<qint64>{ U, U, 3 } << 0;
}

void TestPongMatcher::matching()
{
    QFETCH(QList<Step>, steps);
    QFETCH(QList<qint64>, rtts);
    QFETCH(int, pendingAfter);

    PongMatcher matcher;
    QList<qint64> seen;
    for (const Step &step : std::as_const(steps)) {
        if (step.ping)
            matcher.pingSent(step.payload, step.atUs);
        else
            seen << matcher.pongReceived(step.payload, step.atUs);
    }
    QCOMPARE(seen, rtts);
    QCOMPARE(matcher.pendingCount(), qsizetype(pendingAfter));
}

void TestPongMatcher::theOldestPingIsForgottenBeyondTheCap()
{
    // A peer that never answers: we keep at most MaxPending pings, dropping the oldest.
    PongMatcher matcher;
    for (qsizetype i = 0; i <= PongMatcher::MaxPending; ++i)
        matcher.pingSent(QByteArray::number(i), i * 1000);
    QCOMPARE(matcher.pendingCount(), PongMatcher::MaxPending);
    QCOMPARE(matcher.pongReceived("0", 999999), PongMatcher::Unsolicited); // forgotten
    QCOMPARE(matcher.pongReceived("1", 1500), qint64(500));               // the oldest kept
    QCOMPARE(matcher.pendingCount(), PongMatcher::MaxPending - 1);
    const QByteArray last = QByteArray::number(PongMatcher::MaxPending);
    QCOMPARE(matcher.pongReceived(last, PongMatcher::MaxPending * 1000 + 1), qint64(1));
    QCOMPARE(matcher.pendingCount(), qsizetype(0));
}

QTEST_GUILESS_MAIN(TestPongMatcher)
#include "tst_pongmatcher.moc"
