// EventLog: the one owner of a session's events. Sequence numbers and both clocks stamped on
// append, O(1) lookup by number across eviction and clear, and the cap by events and by payload
// bytes, which evicts in chunks (down to cap - cap / EvictionSlack) and keeps the newest event.

#include "core/log/eventfactory.h"
#include "core/log/eventlog.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QtTest>

namespace {

Event frameOf(qsizetype bytes)
{
    return TestEvents::frame(Direction::In, FrameHeader::Binary, QByteArray(bytes, 'x'));
}

QList<quint64> seqsOf(const EventLog &log)
{
    QList<quint64> result;
    for (const Event &event : log.events())
        result << event.seq;
    return result;
}

QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> result;
    for (quint64 seq = first; seq <= last; ++seq)
        result << seq;
    return result;
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appendStampsSequenceAndClocks();
    void givenTimesAreKept();
    void appendedIsEmittedWithTheStoredEvent();
    void findAndFirstSeqAcrossEvictionAndClear();
    void capByEvents_data();
    void capByEvents();
    void capByPayloadBytes_data();
    void capByPayloadBytes();
    void theNewestEventIsKeptWhateverItsSize();
    void loweringTheCapEvictsAtOnceAndZeroMeansUnlimited();
    void evictedSignalCountsEachChunk();
    void clearDropsEverythingAndNumbersGoOn();
};

void TestEventLog::initTestCase()
{
    qRegisterMetaType<Event>();
}

void TestEventLog::appendStampsSequenceAndClocks()
{
    EventLog log;
    QVERIFY(log.isEmpty());
    QCOMPARE(log.lastSeq(), quint64(0));
    QCOMPARE(log.firstSeq(), quint64(1));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QTest::qSleep(2);
    Event incoming = TestEvents::frame(Direction::Out, FrameHeader::Text, "a");
    incoming.seq = 99; // the log numbers events itself
    const Event &first = log.append(incoming);
    QTest::qSleep(2);
    const Event &second = log.append(EventFactory::info(QStringLiteral("note")));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(first.seq, quint64(1));
    QCOMPARE(log.at(1).seq, quint64(2));
    QCOMPARE(second.seq, quint64(2));
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.lastSeq(), quint64(2));
    QCOMPARE(log.firstSeq(), quint64(1));
    QVERIFY(log.at(0).wallMs >= before && log.at(0).wallMs <= after);
    QVERIFY(log.at(1).wallMs >= log.at(0).wallMs);
    QVERIFY(log.at(0).monoUs > 0);
    QVERIFY2(log.at(1).monoUs > log.at(0).monoUs, qPrintable(QStringLiteral("%1 then %2").arg(log.at(0).monoUs).arg(log.at(1).monoUs)));
    QVERIFY(log.at(1).monoUs <= log.elapsedUs());
    QCOMPARE(log.payloadBytes(), 1);
}

void TestEventLog::givenTimesAreKept()
{
    EventLog log;
    Event event = EventFactory::info(QStringLiteral("replayed"));
    event.wallMs = 1795788001002LL;
    event.monoUs = 42;
    log.append(event);
    QCOMPARE(log.at(0).wallMs, 1795788001002LL);
    QCOMPARE(log.at(0).monoUs, qint64(42));
}

void TestEventLog::appendedIsEmittedWithTheStoredEvent()
{
    EventLog log;
    const Event *seen = nullptr;
    quint64 seenSeq = 0;
    connect(&log, &EventLog::appended, this, [&](const Event &event) {
        seen = &event;
        seenSeq = event.seq;
    });
    const Event &stored = log.append(TestEvents::frame(Direction::In, FrameHeader::Text, "x"));
    QCOMPARE(seen, &stored); // the listener gets the log's own copy, stamped
    QCOMPARE(seenSeq, quint64(1));
    QCOMPARE(log.find(1), &stored);
}

void TestEventLog::findAndFirstSeqAcrossEvictionAndClear()
{
    EventLog log;
    for (int i = 0; i < 10; ++i)
        log.append(frameOf(i));
    QCOMPARE(log.find(0), nullptr);
    QCOMPARE(log.find(11), nullptr); // not logged yet
    for (quint64 seq = 1; seq <= 10; ++seq) {
        QVERIFY(log.find(seq));
        QCOMPARE(log.find(seq)->seq, seq);
        QCOMPARE(log.find(seq)->payload.size(), qsizetype(seq - 1));
    }
    log.setCap(4, 0);
    QCOMPARE(log.firstSeq(), quint64(7));
    QCOMPARE(log.find(6), nullptr);
    QCOMPARE(log.find(7), &log.at(0));
    QCOMPARE(log.find(10), &log.at(3));
    log.append(frameOf(1));
    QCOMPARE(log.firstSeq(), quint64(8));
    QCOMPARE(log.find(7), nullptr);
    QCOMPARE(log.find(11)->seq, quint64(11));
    log.clear();
    QCOMPARE(log.firstSeq(), quint64(12)); // lastSeq() + 1 when empty
    QCOMPARE(log.lastSeq(), quint64(11));
    QCOMPARE(log.find(11), nullptr);
    QCOMPARE(log.find(12), nullptr);
    log.append(frameOf(1));
    QCOMPARE(log.firstSeq(), quint64(12));
    QCOMPARE(log.find(12), &log.at(0));
}

void TestEventLog::capByEvents_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("appends");
    QTest::addColumn<quint64>("firstSeq");
    QTest::addColumn<quint64>("evicted");
    QTest::addColumn<QList<qsizetype>>("chunks");
    QTest::newRow("Under the cap nothing is evicted") << 10 << 10 << quint64(1) << quint64(0) << QList<qsizetype>{};
    QTest::newRow("A cap below EvictionSlack events is exact: one out per event in")
            << 10 << 13 << quint64(4) << quint64(3) << QList<qsizetype>{1, 1, 1};
    QTest::newRow("One over a cap of 128 evicts down to 126 at once")
            << 128 << 129 << quint64(4) << quint64(3) << QList<qsizetype>{3};
    QTest::newRow("The slack fills before the next chunk goes")
            << 128 << 131 << quint64(4) << quint64(3) << QList<qsizetype>{3};
    QTest::newRow("The next chunk goes when the log is over the cap again")
            << 128 << 132 << quint64(7) << quint64(6) << QList<qsizetype>{3, 3};
    QTest::newRow("A cap of 6400 evicts chunks of 101: down to 6300, one over the cap")
            << 6400 << 6401 << quint64(102) << quint64(101) << QList<qsizetype>{101};
}

void TestEventLog::capByEvents()
{
    QFETCH(int, cap);
    QFETCH(int, appends);
    QFETCH(quint64, firstSeq);
    QFETCH(quint64, evicted);
    QFETCH(QList<qsizetype>, chunks);
    EventLog log;
    log.setCap(cap, 0);
    QCOMPARE(log.maxEvents(), qsizetype(cap));
    QSignalSpy evictedSpy(&log, &EventLog::evicted);
    for (int i = 0; i < appends; ++i) {
        log.append(frameOf(1));
        QVERIFY(log.size() <= cap);
    }
    QCOMPARE(log.firstSeq(), firstSeq);
    QCOMPARE(log.lastSeq(), quint64(appends));
    QCOMPARE(log.evictedCount(), evicted);
    QCOMPARE(log.size(), qsizetype(quint64(appends) - evicted));
    QCOMPARE(seqsOf(log), range(firstSeq, quint64(appends)));
    QList<qsizetype> seen;
    for (const QList<QVariant> &signal : evictedSpy)
        seen << signal.at(0).value<qsizetype>();
    QCOMPARE(seen, chunks);
    QCOMPARE(log.payloadBytes(), qint64(log.size()));
}

void TestEventLog::capByPayloadBytes_data()
{
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<QList<quint64>>("kept");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("Payloads that fit stay") << qint64(100) << QList<int>{40, 40} << QList<quint64>{1, 2} << qint64(80);
    QTest::newRow("Over the byte cap the oldest payloads go until the log is below it")
            << qint64(100) << QList<int>{40, 40, 40} << QList<quint64>{2, 3} << qint64(80);
    // 6400 - 6400 / 64 = 6300: one byte over the cap takes the log down to at most 6300 bytes.
    QTest::newRow("A byte cap evicts down to cap minus cap/EvictionSlack")
            << qint64(6400) << QList<int>{3200, 3000, 200, 1} << QList<quint64>{2, 3, 4} << qint64(3201);
    QTest::newRow("Events without a payload cost nothing against the byte cap")
            << qint64(10) << QList<int>{0, 0, 0, 9, 0} << QList<quint64>{1, 2, 3, 4, 5} << qint64(9);
}

void TestEventLog::capByPayloadBytes()
{
    QFETCH(qint64, cap);
    QFETCH(QList<int>, sizes);
    QFETCH(QList<quint64>, kept);
    QFETCH(qint64, bytes);
    EventLog log;
    log.setCap(0, cap);
    QCOMPARE(log.maxPayloadBytes(), cap);
    for (int size : sizes) {
        log.append(frameOf(size));
        QVERIFY(log.payloadBytes() <= cap);
    }
    QCOMPARE(seqsOf(log), kept);
    QCOMPARE(log.payloadBytes(), bytes);
    QCOMPARE(log.evictedCount(), quint64(sizes.size() - kept.size()));
}

void TestEventLog::theNewestEventIsKeptWhateverItsSize()
{
    EventLog log;
    log.setCap(0, 100);
    log.append(frameOf(10));
    log.append(frameOf(500));
    QCOMPARE(seqsOf(log), (QList<quint64>{2}));
    QCOMPARE(log.payloadBytes(), 500); // over the cap, but it is the newest
    log.append(frameOf(600));
    QCOMPARE(seqsOf(log), (QList<quint64>{3}));
    log.append(frameOf(1));
    QCOMPARE(seqsOf(log), (QList<quint64>{4}));
    QCOMPARE(log.evictedCount(), quint64(3));
    // A cap of one event keeps exactly the newest one.
    EventLog one;
    one.setCap(1, 0);
    for (int i = 0; i < 3; ++i)
        one.append(frameOf(1));
    QCOMPARE(seqsOf(one), (QList<quint64>{3}));
}

void TestEventLog::loweringTheCapEvictsAtOnceAndZeroMeansUnlimited()
{
    EventLog log;
    for (int i = 0; i < 200; ++i)
        log.append(frameOf(1));
    QSignalSpy evictedSpy(&log, &EventLog::evicted);
    log.setCap(128, 0); // down to 126 in one go
    QCOMPARE(evictedSpy.count(), 1);
    QCOMPARE(evictedSpy.at(0).at(0).value<qsizetype>(), qsizetype(74));
    QCOMPARE(log.size(), 126);
    QCOMPARE(log.firstSeq(), quint64(75));
    log.setCap(0, 0);
    for (int i = 0; i < 200; ++i)
        log.append(frameOf(1));
    QCOMPARE(log.size(), 326);
    QCOMPARE(evictedSpy.count(), 1);
    // Both caps at once: whichever is exceeded evicts.
    log.setCap(1000, 64);
    QCOMPARE(log.size(), 63);
    QCOMPARE(log.evictedCount(), quint64(74 + 263));
}

void TestEventLog::evictedSignalCountsEachChunk()
{
    EventLog log;
    log.setCap(64, 0); // chunks of 2: down to 63
    QSignalSpy evictedSpy(&log, &EventLog::evicted);
    QList<quint64> firstSeqAtSignal;
    connect(&log, &EventLog::evicted, this, [&] { firstSeqAtSignal << log.firstSeq(); });
    for (int i = 0; i < 70; ++i)
        log.append(frameOf(1));
    // 65 → 63 (2 out), then every second append evicts 2 more: at 65, 67, 69 appended.
    QCOMPARE(evictedSpy.count(), 3);
    qsizetype total = 0;
    for (const QList<QVariant> &signal : evictedSpy) {
        QCOMPARE(signal.at(0).value<qsizetype>(), qsizetype(2));
        total += signal.at(0).value<qsizetype>();
    }
    QCOMPARE(quint64(total), log.evictedCount());
    // When the signal comes, the evicted events are already gone.
    QCOMPARE(firstSeqAtSignal, (QList<quint64>{3, 5, 7}));
    QCOMPARE(log.size(), 64);
}

void TestEventLog::clearDropsEverythingAndNumbersGoOn()
{
    EventLog log;
    log.setCap(3, 0);
    for (int i = 0; i < 5; ++i)
        log.append(frameOf(10));
    QSignalSpy cleared(&log, &EventLog::cleared);
    QSignalSpy evictedSpy(&log, &EventLog::evicted);
    log.clear();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(evictedSpy.count(), 0); // clearing is not evicting
    QVERIFY(log.isEmpty());
    QCOMPARE(log.payloadBytes(), 0);
    QCOMPARE(log.evictedCount(), quint64(2));
    const Event &next = log.append(frameOf(1));
    QCOMPARE(next.seq, quint64(6)); // a view's old numbers never point at a newer event
    QCOMPARE(log.maxEvents(), qsizetype(3)); // the cap stays
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
