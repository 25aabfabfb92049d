#include "core/session/repeatsender.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

// RepeatSender with real timers: it asks for sends (sendDue) every N ms, M times or until
// stopped, and counts only the sends that happened.
class TestRepeatSender : public QObject
{
    Q_OBJECT

private slots:
    void startRefusesOutOfRangeValues_data();
    void startRefusesOutOfRangeValues();
    void theBoundsThemselvesAreAccepted_data();
    void theBoundsThemselvesAreAccepted();
    void aCountedRunSendsExactlyThatManyAndStops();
    void theFirstSendIsDueAtOnceAndTheNextAfterTheInterval();
    void anUnlimitedRunGoesOnUntilStopped();
    void failInsideSendDueDoesNotCountThatSend();
    void failOutsideARunDoesNothing();
    void aRestartResetsTheCountAndTheLastError();
    void progressIsReportedForEverySend();
};

void TestRepeatSender::startRefusesOutOfRangeValues_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("contains");
    QTest::newRow("An interval below the minimum is refused with both bounds")
            << RepeatSender::MinIntervalMs - 1 << 1
            << QStringLiteral("between %1 ms and %2 ms").arg(RepeatSender::MinIntervalMs).arg(RepeatSender::MaxIntervalMs);
    QTest::newRow("A zero interval is refused") << 0 << 1 << QStringLiteral("interval");
    QTest::newRow("An interval above a day is refused") << RepeatSender::MaxIntervalMs + 1 << 1 << QStringLiteral("interval");
    QTest::newRow("A negative count is refused and 0 is explained") << 100 << -1 << QStringLiteral("0 (until stopped)");
}

void TestRepeatSender::startRefusesOutOfRangeValues()
{
    QFETCH(int, interval);
    QFETCH(int, count);
    QFETCH(QString, contains);
    RepeatSender sender;
    QSignalSpy due(&sender, &RepeatSender::sendDue);
    QSignalSpy started(&sender, &RepeatSender::started);
    QString error;
    QVERIFY(!sender.start(interval, count, &error));
    QVERIFY2(error.contains(contains), qPrintable(error));
    QVERIFY(!sender.isRunning());
    QCOMPARE(started.count(), 0);
    QTest::qWait(30);
    QCOMPARE(due.count(), 0);
    QVERIFY(!sender.start(interval, count, nullptr)); // no error pointer: refused all the same
}

void TestRepeatSender::theBoundsThemselvesAreAccepted_data()
{
    QTest::addColumn<int>("interval");
    QTest::newRow("The minimum interval is accepted") << int(RepeatSender::MinIntervalMs);
    QTest::newRow("The maximum interval is accepted") << int(RepeatSender::MaxIntervalMs);
}

void TestRepeatSender::theBoundsThemselvesAreAccepted()
{
    QFETCH(int, interval);
    RepeatSender sender;
    QString error;
    QVERIFY2(sender.start(interval, 0, &error), qPrintable(error));
    QVERIFY(sender.isRunning());
    QCOMPARE(sender.intervalMs(), interval);
    sender.stop();
    QVERIFY(!sender.isRunning());
}

void TestRepeatSender::aCountedRunSendsExactlyThatManyAndStops()
{
    RepeatSender sender;
    QSignalSpy due(&sender, &RepeatSender::sendDue);
    QSignalSpy stopped(&sender, &RepeatSender::stopped);
    QVERIFY(sender.start(RepeatSender::MinIntervalMs, 5));
    QCOMPARE(sender.totalCount(), 5);
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(due.count(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(due.at(i).at(0).toInt(), i + 1); // 1-based indexes in order
    QCOMPARE(sender.sentCount(), 5);
    QVERIFY(!sender.isRunning());
    QCOMPARE(stopped.first().first().toString(), QString()); // completed, not failed
    QVERIFY(sender.lastError().isEmpty());
    QTest::qWait(50);
    QCOMPARE(due.count(), 5); // and nothing after the last one
}

void TestRepeatSender::theFirstSendIsDueAtOnceAndTheNextAfterTheInterval()
{
    RepeatSender sender;
    QSignalSpy due(&sender, &RepeatSender::sendDue);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(sender.start(200, 2));
    QCOMPARE(due.count(), 1); // synchronously, inside start()
    QTRY_COMPARE_WITH_TIMEOUT(due.count(), 2, 5000);
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
}

void TestRepeatSender::anUnlimitedRunGoesOnUntilStopped()
{
    RepeatSender sender;
    QSignalSpy due(&sender, &RepeatSender::sendDue);
    QSignalSpy stopped(&sender, &RepeatSender::stopped);
    QVERIFY(sender.start(RepeatSender::MinIntervalMs, 0));
    QCOMPARE(sender.totalCount(), 0);
    QTRY_VERIFY(due.count() >= 4);
    QVERIFY(sender.isRunning());
    sender.stop();
    QVERIFY(!sender.isRunning());
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(stopped.first().first().toString(), QString());
    const int sent = sender.sentCount();
    QCOMPARE(sent, int(due.count()));
    QTest::qWait(50);
    QCOMPARE(int(due.count()), sent);
    sender.stop(); // stopping twice is harmless and says nothing more
    QCOMPARE(stopped.count(), 1);
}

void TestRepeatSender::failInsideSendDueDoesNotCountThatSend()
{
    RepeatSender sender;
    QSignalSpy progress(&sender, &RepeatSender::progressChanged);
    QSignalSpy stopped(&sender, &RepeatSender::stopped);
    connect(&sender, &RepeatSender::sendDue, &sender, [&sender](int index) {
        if (index == 3)
            sender.fail(QStringLiteral("the session refused send 3"));
    });
    QVERIFY(sender.start(RepeatSender::MinIntervalMs, 10));
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(stopped.first().first().toString(), QStringLiteral("the session refused send 3"));
    QCOMPARE(sender.lastError(), QStringLiteral("the session refused send 3"));
    QCOMPARE(sender.sentCount(), 2); // the refused third one is not a send
    QVERIFY(!sender.isRunning());
    // The last progress report agrees with the count.
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 10);
}

void TestRepeatSender::failOutsideARunDoesNothing()
{
    RepeatSender sender;
    QSignalSpy stopped(&sender, &RepeatSender::stopped);
    sender.fail(QStringLiteral("not running"));
    QCOMPARE(stopped.count(), 0);
    QVERIFY(sender.lastError().isEmpty());

    // A failure between two sends (not inside sendDue) keeps the count of sends made.
    QVERIFY(sender.start(1000, 0));
    QCOMPARE(sender.sentCount(), 1);
    sender.fail(QStringLiteral("connection closed"));
    QCOMPARE(sender.sentCount(), 1);
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(sender.lastError(), QStringLiteral("connection closed"));
}

void TestRepeatSender::aRestartResetsTheCountAndTheLastError()
{
    RepeatSender sender;
    QVERIFY(sender.start(1000, 0));
    sender.fail(QStringLiteral("first run failed"));
    QCOMPARE(sender.lastError(), QStringLiteral("first run failed"));
    QVERIFY(sender.start(RepeatSender::MinIntervalMs, 2));
    QVERIFY(sender.lastError().isEmpty());
    QCOMPARE(sender.sentCount(), 1);
    QTRY_VERIFY(!sender.isRunning());
    QCOMPARE(sender.sentCount(), 2);
}

void TestRepeatSender::progressIsReportedForEverySend()
{
    RepeatSender sender;
    QSignalSpy progress(&sender, &RepeatSender::progressChanged);
    QSignalSpy started(&sender, &RepeatSender::started);
    QVERIFY(sender.start(RepeatSender::MinIntervalMs, 3));
    QCOMPARE(started.count(), 1);
    QTRY_VERIFY(!sender.isRunning());
    // 0 of 3 at the start, then one report per send.
    QCOMPARE(progress.count(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i);
        QCOMPARE(progress.at(i).at(1).toInt(), 3);
    }
}

QTEST_GUILESS_MAIN(TestRepeatSender)
#include "tst_repeatsender.moc"
