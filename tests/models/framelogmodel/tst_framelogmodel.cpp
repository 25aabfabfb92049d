#include "models/framelogmodel.h"

#include "core/export/eventformatter.h"
#include "core/log/eventfactory.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {

constexpr qint64 BaseMs = 1795788001002LL; // 2026-11-27T14:00:01.002Z

// A frame as the tap logs it, at BaseMs unless told (the log stamps the sequence number).
Event frame(Direction dir, quint8 opcode, const QByteArray &payload, qint64 wallMs = BaseMs)
{
    return TestEvents::frame(dir, opcode, payload, 0, wallMs);
}

// A data frame without FIN: a message goes on in the next frame.
Event fragment(Direction dir, quint8 opcode, const QByteArray &payload)
{
    TestEvents::FrameSpec spec;
    spec.fin = false;
    return TestEvents::frame(dir, opcode, payload, spec, 0, BaseMs);
}

Event detailed(EventKind kind, Direction dir, const std::function<void(EventDetail &)> &fill)
{
    return TestEvents::withDetail(kind, dir, fill, 0, BaseMs);
}

// The Close record of an attempt; `opened`: whether the attempt reached Open.
Event closeRecord(bool opened)
{
    return detailed(EventKind::Close, Direction::None, [opened](EventDetail &d) {
        d.closeCode = 1006;
        d.attemptOpened = opened;
    });
}

// A model over its own log, as a session tab wires them.
struct LoggedModel
{
    LoggedModel() { model.setLog(&log); }
    // Appends every event to the log; flushes the model when told.
    void append(const QList<Event> &events, bool flush = true)
    {
        for (const Event &event : events)
            log.append(event);
        if (flush)
            model.flush();
    }
    void appendFrames(int count, bool flush = true)
    {
        for (int i = 0; i < count; ++i)
            log.append(frame(Direction::In, FrameHeader::Text, "x"));
        if (flush)
            model.flush();
    }

    EventLog log;
    FrameLogModel model;
};

QList<quint64> seqs(const FrameLogModel &model)
{
    QList<quint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.eventAt(row).seq;
    return result;
}

QList<quint64> range(quint64 first, quint64 last)
{
    QList<quint64> result;
    for (quint64 seq = first; seq <= last; ++seq)
        result << seq;
    return result;
}

QString cell(const FrameLogModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestFrameLogModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterThroughEveryOperation();
    void appendsAreBatchedIntoOneInsertPerFlush();
    void theTimerFlushesWithoutAnExplicitCall();
    void capByRows_data();
    void capByRows();
    void capByPayloadBytesKeepsTheNewestEvent();
    void evictionHappensBeforeTheInsert();
    void evictionRemovesRowsInOneRemovalBeforeAnyRowPointsAtAGoneEvent();
    void loweringTheCapEvictsAtOnce();
    void columns_data();
    void columns();
    void longTextIsCutAndBinaryIsHex();
    void relativeTimeIsALayoutChangeNotPerRowDataChanges();
    void oneRowPerFrameAndTheLastFragmentSpeaksForTheMessage();
    void framesLoggedWithTheTapOffAreRowsWithAnUnknownHeader();
    void theCloseRecordOfANeverOpenedAttemptIsNotARow_data();
    void theCloseRecordOfANeverOpenedAttemptIsNotARow();
    void rolesExposeTheRawEvent();
    void clearEmptiesTheViewAndKeepsTheLog();
    void clearingTheLogEmptiesTheView();
    void pauseQueuesArrivalsAndResumeInsertsThemAsOneBatch();
    void setLogOnALogThatAlreadyHoldsEventsShowsThemAsOneBatch();
    void detachingOrDestroyingTheLogEmptiesTheModel();
    void absoluteTimeMatchesTheFormatter_data();
    void absoluteTimeMatchesTheFormatter();
    void aLongQueueFlushesWithoutTheTimer();
    void anOverdueQueueFlushesWithoutTheTimer();
    void everyCellIsSelectableAndHasNoChildren();
    void eachConnectionAttemptStartsWithASeparatorRow();
};

void TestFrameLogModel::passesTheModelTesterThroughEveryOperation()
{
    auto log = std::make_unique<EventLog>();
    FrameLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log->append(frame(Direction::Out, FrameHeader::Text, "before the view"));
    model.setLog(log.get());
    model.flush();
    for (int i = 0; i < 5; ++i)
        log->append(frame(Direction::Out, FrameHeader::Text, "hello"));
    model.flush();
    log->append(fragment(Direction::In, FrameHeader::Text, "He"));
    log->append(TestEvents::lastFragment(Direction::In, FrameHeader::Text, "llo", "Hello", 2));
    log->append(closeRecord(false)); // not a row
    model.flush();
    QCOMPARE(model.rowCount(), 8);
    log->setCap(4, 0);
    QCOMPARE(model.rowCount(), 3); // the log keeps 4 events, one of them the Close record
    for (int i = 0; i < 6; ++i)
        log->append(frame(Direction::In, FrameHeader::Binary, QByteArray(10, 'x')));
    model.flush();
    QCOMPARE(model.rowCount(), 4);
    model.setTimeFormat(FrameLogModel::TimeFormat::Relative);
    model.setPaused(true);
    log->append(frame(Direction::In, FrameHeader::Text, "queued"));
    model.flush();
    QCOMPARE(model.rowCount(), 3);
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 4);
    log->setCap(0, 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    log->append(frame(Direction::In, FrameHeader::Text, "a"));
    log->append(frame(Direction::In, FrameHeader::Text, "b"));
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    log->clear();
    QCOMPARE(model.rowCount(), 0);
    log->append(frame(Direction::In, FrameHeader::Text, "c"));
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    model.setLog(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setLog(log.get());
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    log.reset(); // destroyed under the model: it lets go
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.log(), nullptr);
}

void TestFrameLogModel::appendsAreBatchedIntoOneInsertPerFlush()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    logged.appendFrames(100, false);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 100);
    model.flush();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 99);

    logged.appendFrames(50);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 100);
    QCOMPARE(inserted.at(1).at(2).toInt(), 149);
    model.flush(); // nothing pending: no empty insert
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(seqs(model), range(1, 150));
}

void TestFrameLogModel::theTimerFlushesWithoutAnExplicitCall()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    logged.appendFrames(10, false);
    QTRY_COMPARE(model.rowCount(), 10);
    QCOMPARE(inserted.count(), 1);
    // A stream right after a flush waits for the next ≈30 Hz slot, still as one insert.
    logged.appendFrames(10, false);
    QTRY_COMPARE(model.rowCount(), 20);
    QCOMPARE(inserted.count(), 2);
}

void TestFrameLogModel::capByRows_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("batches");
    QTest::addColumn<quint64>("firstSeq");
    QTest::addColumn<quint64>("evicted");
    QTest::addColumn<int>("removals");
    // Below EvictionSlack events a cap is exact (cap / EvictionSlack is 0): one event out per event in.
    QTest::newRow("One batch larger than the cap keeps only its newest rows")
            << 10 << QList<int>{25} << quint64(16) << quint64(15) << 0;
    QTest::newRow("Several batches evict the oldest rows first")
            << 10 << QList<int>{6, 6, 6} << quint64(9) << quint64(8) << 8;
    QTest::newRow("Batches that fit evict nothing") << 10 << QList<int>{5, 5} << quint64(1) << quint64(0) << 0;
    QTest::newRow("A cap of one row keeps the newest event")
            << 1 << QList<int>{3, 2} << quint64(5) << quint64(4) << 1;
    // 128 / 64 = 2: one over the cap evicts down to 126, so the next two appends evict nothing.
    QTest::newRow("A full log evicts a chunk down to cap minus cap/EvictionSlack in one removal")
            << 128 << QList<int>{128, 1} << quint64(4) << quint64(3) << 1;
    QTest::newRow("The appends after a chunked eviction fill the slack before the next one")
            << 128 << QList<int>{128, 1, 2, 1} << quint64(7) << quint64(6) << 2;
}

void TestFrameLogModel::capByRows()
{
    QFETCH(int, cap);
    QFETCH(QList<int>, batches);
    QFETCH(quint64, firstSeq);
    QFETCH(quint64, evicted);
    QFETCH(int, removals);
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    logged.log.setCap(cap, 0);
    for (int batch : batches) {
        logged.appendFrames(batch);
        QVERIFY(model.rowCount() <= cap);
    }
    QCOMPARE(model.eventAt(0).seq, firstSeq);
    QCOMPARE(model.eventAt(model.rowCount() - 1).seq, logged.log.lastSeq());
    QCOMPARE(model.evictedCount(), evicted);
    QCOMPARE(logged.log.evictedCount(), evicted);
    QCOMPARE(removed.count(), removals); // evicted rows still queued leave the queue, not the view
}

void TestFrameLogModel::capByPayloadBytesKeepsTheNewestEvent()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QSignalSpy evictedSpy(&model, &FrameLogModel::evictedCountChanged);
    logged.log.setCap(0, 100);
    logged.append({frame(Direction::In, FrameHeader::Binary, QByteArray(40, 'a')),
                   frame(Direction::In, FrameHeader::Binary, QByteArray(40, 'b'))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(logged.log.payloadBytes(), 80);
    logged.append({frame(Direction::In, FrameHeader::Binary, QByteArray(40, 'c'))});
    QCOMPARE(seqs(model), (QList<quint64>{2, 3}));
    QCOMPARE(logged.log.payloadBytes(), 80);
    QCOMPARE(model.evictedCount(), quint64(1));
    QCOMPARE(evictedSpy.count(), 1);
    QCOMPARE(evictedSpy.at(0).at(0).toULongLong(), 1ULL);
    // A single event bigger than the whole cap still shows (the newest one always stays).
    logged.append({frame(Direction::In, FrameHeader::Binary, QByteArray(500, 'd'))});
    QCOMPARE(seqs(model), (QList<quint64>{4}));
    QCOMPARE(model.evictedCount(), quint64(3));
    QCOMPARE(evictedSpy.count(), 2);
}

void TestFrameLogModel::evictionHappensBeforeTheInsert()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    logged.log.setCap(5, 0);
    logged.appendFrames(5);
    QStringList order;
    int rowsWhenInserting = -1;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&] { order << QStringLiteral("remove"); });
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [&](const QModelIndex &, int first, int last) {
        order << QStringLiteral("insert");
        rowsWhenInserting = model.rowCount() + (last - first + 1);
    });
    logged.appendFrames(3);
    // A cap of 5 is exact (5 / EvictionSlack is 0): each arrival evicts one row at once; the
    // arrivals themselves come in one insert.
    QCOMPARE(order, (QStringList{QStringLiteral("remove"), QStringLiteral("remove"), QStringLiteral("remove"),
                                 QStringLiteral("insert")}));
    QCOMPARE(rowsWhenInserting, 5); // never more rows than the cap, not even for a moment
    QCOMPARE(seqs(model), (QList<quint64>{4, 5, 6, 7, 8}));
}

void TestFrameLogModel::evictionRemovesRowsInOneRemovalBeforeAnyRowPointsAtAGoneEvent()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    EventLog &log = logged.log;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    constexpr int Cap = 640; // evicts down to 630 (640 / EvictionSlack = 10)
    log.setCap(Cap, 0);
    logged.appendFrames(Cap);
    QCOMPARE(model.rowCount(), Cap);

    QSignalSpy aboutToBeRemoved(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
    int badRowsAtRemoval = -1;
    int badRowsAfterRemoval = -1;
    // While the removal is announced, exactly the rows being removed are those whose events are
    // gone; every other row still reads its own event.
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&](const QModelIndex &, int first, int last) {
        badRowsAtRemoval = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (row >= first && row <= last)
                continue;
            const Event &event = model.eventAt(row);
            if (event.seq == 0 || log.find(event.seq) != &event)
                ++badRowsAtRemoval;
        }
        for (quint64 seq = log.firstSeq() - quint64(last - first + 1); seq < log.firstSeq(); ++seq) {
            const int row = model.rowOfSeq(seq);
            if (row < first || row > last)
                ++badRowsAtRemoval;
        }
    });
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] {
        badRowsAfterRemoval = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Event &event = model.eventAt(row);
            if (event.seq == 0 || log.find(event.seq) != &event)
                ++badRowsAfterRemoval;
        }
    });

    log.append(frame(Direction::In, FrameHeader::Text, "one too many"));
    // The removal happened inside append(), before the new row was even queued.
    QCOMPARE(aboutToBeRemoved.count(), 1);
    QCOMPARE(aboutToBeRemoved.at(0).at(1).toInt(), 0);
    QCOMPARE(aboutToBeRemoved.at(0).at(2).toInt(), Cap - (Cap - Cap / int(EventLog::EvictionSlack)));
    QCOMPARE(badRowsAtRemoval, 0);
    QCOMPARE(badRowsAfterRemoval, 0);
    QCOMPARE(model.rowCount(), Cap - Cap / int(EventLog::EvictionSlack) - 1);
    QCOMPARE(model.pendingCount(), 1);
    model.flush();
    QCOMPARE(seqs(model), range(log.firstSeq(), log.lastSeq()));
    QCOMPARE(model.evictedCount(), quint64(Cap / EventLog::EvictionSlack + 1));
}

void TestFrameLogModel::loweringTheCapEvictsAtOnce()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    logged.appendFrames(10);
    QSignalSpy evictedSpy(&model, &FrameLogModel::evictedCountChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    logged.log.setCap(3, 0);
    QCOMPARE(seqs(model), (QList<quint64>{8, 9, 10}));
    QCOMPARE(model.evictedCount(), quint64(7));
    QCOMPARE(evictedSpy.count(), 1);
    QCOMPARE(removed.count(), 1);
}

void TestFrameLogModel::columns_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("length");
    QTest::addColumn<QString>("summary");

    QTest::newRow("Sent text frame shows its payload")
            << frame(Direction::Out, FrameHeader::Text, "hello") << QStringLiteral("↑") << QStringLiteral("text")
            << QStringLiteral("5") << QStringLiteral("hello");
    QTest::newRow("Received multi-line text frame shows its first line")
            << frame(Direction::In, FrameHeader::Text, "line one\r\nline two") << QStringLiteral("↓")
            << QStringLiteral("text") << QStringLiteral("18") << QStringLiteral("line one…");
    QTest::newRow("Binary frame shows a hex preview")
            << frame(Direction::In, FrameHeader::Binary, QByteArray::fromHex("00ff10")) << QStringLiteral("↓")
            << QStringLiteral("binary") << QStringLiteral("3") << QStringLiteral("00 ff 10");
    QTest::newRow("Close frame shows code, name and reason")
            << frame(Direction::In, FrameHeader::Close, QByteArray::fromHex("03e8") + "bye") << QStringLiteral("↓")
            << QStringLiteral("close") << QStringLiteral("5") << QStringLiteral("1000 Normal closure: bye");
    QTest::newRow("Empty close frame says there is no status code")
            << frame(Direction::Out, FrameHeader::Close, QByteArray()) << QStringLiteral("↑") << QStringLiteral("close")
            << QStringLiteral("0") << QStringLiteral("no status code");
    QTest::newRow("Reserved opcode is named with its number")
            << frame(Direction::In, 0xB, QByteArray()) << QStringLiteral("↓") << QStringLiteral("reserved-0xB")
            << QStringLiteral("0") << QString();
    QTest::newRow("Continuation frame of text shows the text")
            << fragment(Direction::In, FrameHeader::Continuation, "rest")
            << QStringLiteral("↓") << QStringLiteral("continuation") << QStringLiteral("4") << QStringLiteral("rest");
    QTest::newRow("The last fragment of a message shows the whole message, its length its own")
            << TestEvents::lastFragment(Direction::In, FrameHeader::Text, "world", "hello, world", 3, 0, BaseMs)
            << QStringLiteral("↓") << QStringLiteral("continuation") << QStringLiteral("5")
            << QStringLiteral("text message of 3 frame(s), 12 bytes: hello, world");
    QTest::newRow("A ping frame shows its payload")
            << frame(Direction::Out, FrameHeader::Ping, "are you there") << QStringLiteral("↑") << QStringLiteral("ping")
            << QStringLiteral("13") << QStringLiteral("are you there");

    Event pong = frame(Direction::In, FrameHeader::Pong, QByteArray());
    pong.detail = TestEvents::withDetail(EventKind::Info, Direction::None, [](EventDetail &d) { d.rttUs = 1234; }).detail;
    QTest::newRow("Pong answering our ping shows the round-trip time")
            << pong << QStringLiteral("↓") << QStringLiteral("pong") << QStringLiteral("0") << QStringLiteral("RTT 1.234 ms");
    Event untappedPong = TestEvents::untapped(Direction::In, FrameHeader::Pong, "p1", 0, BaseMs);
    untappedPong.detail = pong.detail;
    QTest::newRow("Pong logged with the tap off shows the round-trip time and its payload")
            << untappedPong << QStringLiteral("↓") << QStringLiteral("pong") << QStringLiteral("2")
            << QStringLiteral("RTT 1.234 ms · p1");
    QTest::newRow("A message logged with the tap off shows like a frame")
            << TestEvents::untapped(Direction::In, FrameHeader::Text, "from QWebSocket", 0, BaseMs) << QStringLiteral("↓")
            << QStringLiteral("text") << QStringLiteral("15") << QStringLiteral("from QWebSocket");

    Event request = detailed(EventKind::HandshakeRequest, Direction::Out, [](EventDetail &d) {
        d.http.method = "GET";
        d.http.target = "/chat?room=1";
        d.http.rawHead = "GET /chat?room=1 HTTP/1.1\r\n\r\n";
    });
    QTest::newRow("Handshake request shows method and target")
            << request << QStringLiteral("↑") << QStringLiteral("handshake") << QStringLiteral("29")
            << QStringLiteral("GET /chat?room=1");

    Event accepted = detailed(EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) {
        d.http.isRequest = false;
        d.http.statusCode = 101;
        d.http.reasonPhrase = "Switching Protocols";
        d.http.rawHead = QByteArray(100, 'h');
        d.acceptValid = true;
    });
    QTest::newRow("Accepted upgrade shows the status and a valid accept")
            << accepted << QStringLiteral("↓") << QStringLiteral("handshake") << QStringLiteral("100")
            << QStringLiteral("101 Switching Protocols ✓ Accept");

    Event refused = detailed(EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) {
        d.http.isRequest = false;
        d.http.statusCode = 401;
        d.http.reasonPhrase = "Unauthorized";
        d.http.rawHead = QByteArray(50, 'h');
        d.http.body = "token missing\n";
        d.http.bodyBytesSeen = 14;
    });
    QTest::newRow("Refused upgrade shows the status and the body's first line")
            << refused << QStringLiteral("↓") << QStringLiteral("handshake") << QStringLiteral("64")
            << QStringLiteral("401 Unauthorized — token missing");

    Event error = detailed(EventKind::Error, Direction::None, [](EventDetail &d) {
        d.errorCategory = ErrorCategory::Network;
        d.text = QStringLiteral("Connection refused");
    });
    QTest::newRow("Error shows its message")
            << error << QStringLiteral("⇄") << QStringLiteral("error") << QString() << QStringLiteral("Connection refused");

    Event close = detailed(EventKind::Close, Direction::None, [](EventDetail &d) {
        d.closeCode = 1006;
        d.closeInitiator = CloseInitiator::None;
        d.closeClean = false;
        d.attemptOpened = true;
    });
    QTest::newRow("Abnormal close of an open connection says it was not clean")
            << close << QStringLiteral("⇄") << QStringLiteral("closed") << QString()
            << QStringLiteral("Connection closed · 1006 Abnormal closure · not clean");
    Event clientClose = detailed(EventKind::Close, Direction::Out, [](EventDetail &d) {
        d.closeCode = 1000;
        d.closeInitiator = CloseInitiator::Client;
        d.closeClean = true;
        d.attemptOpened = true;
    });
    QTest::newRow("The Close record of a client close has no frame arrow and is no close frame")
            << clientClose << QStringLiteral("⇄") << QStringLiteral("closed") << QString()
            << QStringLiteral("Connection closed · 1000 Normal closure · by the client · clean");
    QTest::newRow("Pretty JSON text shows its compact one-line form")
            << frame(Direction::In, FrameHeader::Text, "{\n  \"op\": \"joined\",\n  \"users\": []\n}") << QStringLiteral("↓")
            << QStringLiteral("text") << QStringLiteral("35") << QStringLiteral(R"({"op":"joined","users":[]})");

    Event state = detailed(EventKind::State, Direction::None, [](EventDetail &d) { d.state = SessionState::Open; });
    QTest::newRow("State change shows the state") << state << QStringLiteral("⇄") << QStringLiteral("state")
                                                  << QString() << QStringLiteral("Open");
}

void TestFrameLogModel::columns()
{
    QFETCH(Event, event);
    QFETCH(QString, dir);
    QFETCH(QString, type);
    QFETCH(QString, length);
    QFETCH(QString, summary);
    LoggedModel logged;
    const FrameLogModel &model = logged.model;
    logged.append({event});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, FrameLogModel::TimeColumn),
             QDateTime::fromMSecsSinceEpoch(BaseMs).toString(QStringLiteral("hh:mm:ss.zzz")));
    QCOMPARE(cell(model, 0, FrameLogModel::DirectionColumn), dir);
    QCOMPARE(cell(model, 0, FrameLogModel::TypeColumn), type);
    QCOMPARE(cell(model, 0, FrameLogModel::LengthColumn), length);
    QCOMPARE(cell(model, 0, FrameLogModel::SummaryColumn), summary);
}

void TestFrameLogModel::longTextIsCutAndBinaryIsHex()
{
    LoggedModel logged;
    const FrameLogModel &model = logged.model;
    logged.append({frame(Direction::In, FrameHeader::Text, QByteArray(100000, 'a')),
                   frame(Direction::In, FrameHeader::Binary, QByteArray(1000, '\x01')),
                   frame(Direction::In, FrameHeader::Text, QByteArray("\xff\xfe not text", 11))});
    const QString text = cell(model, 0, FrameLogModel::SummaryColumn);
    QCOMPARE(text, QString(200, QLatin1Char('a')) + QChar(0x2026));
    const QString hex = cell(model, 1, FrameLogModel::SummaryColumn);
    QCOMPARE(hex, QStringLiteral("01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 …"));
    // A "text" frame that is not UTF-8 is shown as bytes, not as replacement characters.
    QCOMPARE(cell(model, 2, FrameLogModel::SummaryColumn), QStringLiteral("ff fe 20 6e 6f 74 20 74 65 78 74"));
}

void TestFrameLogModel::relativeTimeIsALayoutChangeNotPerRowDataChanges()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    logged.append({frame(Direction::Out, FrameHeader::Text, "a", BaseMs),
                   frame(Direction::In, FrameHeader::Text, "b", BaseMs + 1250),
                   frame(Direction::In, FrameHeader::Text, "c", BaseMs + 61001)});
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.setTimeFormat(FrameLogModel::TimeFormat::Relative);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(data.count(), 0);
    QCOMPARE(model.timeFormat(), FrameLogModel::TimeFormat::Relative);
    QCOMPARE(cell(model, 0, FrameLogModel::TimeColumn), QStringLiteral("+0.000"));
    QCOMPARE(cell(model, 1, FrameLogModel::TimeColumn), QStringLiteral("+1.250"));
    QCOMPARE(cell(model, 2, FrameLogModel::TimeColumn), QStringLiteral("+61.001"));
    model.setTimeFormat(FrameLogModel::TimeFormat::Relative);
    QCOMPARE(layout.count(), 1); // no change, no signal
    // The origin stays the first event even after it was evicted.
    logged.log.setCap(1, 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, FrameLogModel::TimeColumn), QStringLiteral("+61.001"));
}

void TestFrameLogModel::oneRowPerFrameAndTheLastFragmentSpeaksForTheMessage()
{
    // Each frame is its own row, a control frame between fragments too (RFC 6455 §5.4); no row
    // repeats a message its frames already show: the last fragment speaks for the whole of it.
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    logged.append({fragment(Direction::In, FrameHeader::Text, "Hel"),
                   frame(Direction::In, FrameHeader::Ping, "between"),
                   fragment(Direction::In, FrameHeader::Continuation, "lo, "),
                   TestEvents::lastFragment(Direction::In, FrameHeader::Text, "world", "Hello, world", 3, 0, BaseMs),
                   frame(Direction::Out, FrameHeader::Text, "single")});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowCount(), int(logged.log.size()));
    const QStringList types{cell(model, 0, FrameLogModel::TypeColumn), cell(model, 1, FrameLogModel::TypeColumn),
                            cell(model, 2, FrameLogModel::TypeColumn), cell(model, 3, FrameLogModel::TypeColumn),
                            cell(model, 4, FrameLogModel::TypeColumn)};
    QCOMPARE(types, (QStringList{QStringLiteral("text"), QStringLiteral("ping"), QStringLiteral("continuation"),
                                 QStringLiteral("continuation"), QStringLiteral("text")}));
    QCOMPARE(cell(model, 0, FrameLogModel::SummaryColumn), QStringLiteral("Hel"));
    QCOMPARE(cell(model, 2, FrameLogModel::SummaryColumn), QStringLiteral("lo, "));
    QCOMPARE(cell(model, 3, FrameLogModel::SummaryColumn),
             QStringLiteral("text message of 3 frame(s), 12 bytes: Hello, world"));
    QCOMPARE(cell(model, 3, FrameLogModel::LengthColumn), QStringLiteral("5")); // the frame's own payload
    // Only the rows that end a message stand for one.
    QList<int> messageRows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (LogRules::messageOf(model.eventAt(row)).valid)
            messageRows << row;
    }
    QCOMPARE(messageRows, (QList<int>{3, 4}));
    QCOMPARE(LogRules::messageOf(model.eventAt(3)).payload, QByteArray("Hello, world"));
}

void TestFrameLogModel::framesLoggedWithTheTapOffAreRowsWithAnUnknownHeader()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    logged.append({TestEvents::untapped(Direction::Out, FrameHeader::Text, "sent", 0, BaseMs),
                   TestEvents::untapped(Direction::In, FrameHeader::Binary, QByteArray::fromHex("0102"), 0, BaseMs),
                   TestEvents::untapped(Direction::Out, FrameHeader::Ping, "p", 0, BaseMs)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, FrameLogModel::TypeColumn), QStringLiteral("text"));
    QCOMPARE(cell(model, 1, FrameLogModel::SummaryColumn), QStringLiteral("01 02"));
    QCOMPARE(cell(model, 2, FrameLogModel::TypeColumn), QStringLiteral("ping"));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.eventAt(row).frame.headerKnown());
    // The data ones end their message; the message is the payload, its frame count unknown.
    const LogRules::Message message = LogRules::messageOf(model.eventAt(0));
    QVERIFY(message.valid);
    QCOMPARE(message.frames, 0);
    QVERIFY(!LogRules::messageOf(model.eventAt(2)).valid);
}

void TestFrameLogModel::theCloseRecordOfANeverOpenedAttemptIsNotARow_data()
{
    QTest::addColumn<Event>("close");
    QTest::addColumn<bool>("isRow");
    QTest::newRow("The Close record of an attempt that never opened is not a row") << closeRecord(false) << false;
    QTest::newRow("The Close record of an attempt that opened is a row") << closeRecord(true) << true;
    Event bare;
    bare.kind = EventKind::Close;
    QTest::newRow("A Close record without a detail is a row") << bare << true;
}

void TestFrameLogModel::theCloseRecordOfANeverOpenedAttemptIsNotARow()
{
    QFETCH(Event, close);
    QFETCH(bool, isRow);
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Event error = detailed(EventKind::Error, Direction::None, [](EventDetail &d) {
        d.errorCategory = ErrorCategory::Network;
        d.text = QStringLiteral("Connection refused");
    });
    const Event closed = detailed(EventKind::State, Direction::None, [](EventDetail &d) { d.state = SessionState::Closed; });
    logged.append({error, close, closed});
    QCOMPARE(logged.log.size(), 3); // the log keeps it (for export)
    QCOMPARE(model.rowCount(), isRow ? 3 : 2);
    QCOMPARE(model.rowOfSeq(2) >= 0, isRow);
    QCOMPARE(model.eventAt(model.rowCount() - 1).seq, quint64(3));
    // The same while the view is opened on the log later.
    FrameLogModel late;
    late.setLog(&logged.log);
    QCOMPARE(late.pendingCount(), isRow ? 3 : 2);
}

void TestFrameLogModel::rolesExposeTheRawEvent()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    for (int i = 0; i < 6; ++i)
        logged.log.append(EventFactory::info(QStringLiteral("note %1").arg(i)));
    logged.append({frame(Direction::Out, FrameHeader::Binary, QByteArray::fromHex("0102")),
                   detailed(EventKind::Error, Direction::None, [](EventDetail &d) { d.text = QStringLiteral("boom"); })});
    const QModelIndex first = model.index(6, FrameLogModel::SummaryColumn);
    const Event event = first.data(FrameLogModel::EventRole).value<Event>();
    QCOMPARE(event.seq, quint64(7));
    QCOMPARE(event.payload, QByteArray::fromHex("0102"));
    QCOMPARE(event.frame.headerBytes().toByteArray(), QByteArray::fromHex("828237fa213d"));
    QCOMPARE(first.data(FrameLogModel::KindRole).toInt(), int(EventKind::Frame));
    QCOMPARE(first.data(FrameLogModel::DirectionRole).toInt(), int(Direction::Out));
    QCOMPARE(first.data(FrameLogModel::SeqRole).toULongLong(), 7ULL);
    QCOMPARE(first.data(FrameLogModel::IsErrorRole).toBool(), false);
    QCOMPARE(model.index(7, 0).data(FrameLogModel::IsErrorRole).toBool(), true);
    QVERIFY(model.index(7, 0).data(Qt::ForegroundRole).value<QColor>().isValid());
    QCOMPARE(model.index(6, FrameLogModel::DirectionColumn).data(Qt::ForegroundRole).value<QColor>(),
             QGuiApplication::palette().color(QPalette::Link));
    QCOMPARE(model.index(6, FrameLogModel::DirectionColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Sent"));
    QCOMPARE(model.headerData(FrameLogModel::SummaryColumn, Qt::Horizontal).toString(), QStringLiteral("Summary"));
    QCOMPARE(model.rowOfSeq(7), 6);
    QCOMPARE(model.rowOfSeq(9), -1);
}

void TestFrameLogModel::clearEmptiesTheViewAndKeepsTheLog()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    logged.log.setCap(2, 0);
    logged.appendFrames(5);
    QCOMPARE(model.evictedCount(), quint64(3));
    logged.log.append(frame(Direction::In, FrameHeader::Text, "pending"));
    QCOMPARE(model.pendingCount(), 1);
    QCOMPARE(model.evictedCount(), quint64(4));
    QSignalSpy evictedSpy(&model, &FrameLogModel::evictedCountChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    // The log keeps what the view no longer shows (for export).
    QCOMPARE(logged.log.size(), 2);
    QVERIFY(logged.log.find(6));
    QCOMPARE(logged.log.find(6)->payload, QByteArray("pending"));
    // Later arrivals show, the cleared ones do not come back.
    logged.append({frame(Direction::In, FrameHeader::Text, "after")});
    QCOMPARE(seqs(model), (QList<quint64>{7}));
    QCOMPARE(model.evictedCount(), quint64(0));
    QCOMPARE(evictedSpy.count(), 1); // 0 on clear; what the cap evicts since was not in the view
}

void TestFrameLogModel::clearingTheLogEmptiesTheView()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    logged.appendFrames(3);
    logged.log.append(frame(Direction::In, FrameHeader::Text, "queued"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    logged.log.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    // Sequence numbers go on: a new event never takes the number of a cleared one.
    logged.append({frame(Direction::In, FrameHeader::Text, "new")});
    QCOMPARE(seqs(model), (QList<quint64>{5}));
}

void TestFrameLogModel::pauseQueuesArrivalsAndResumeInsertsThemAsOneBatch()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    logged.log.setCap(8, 0);
    logged.appendFrames(3);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy evictedSpy(&model, &FrameLogModel::evictedCountChanged);
    model.setPaused(true);
    QVERIFY(model.isPaused());
    logged.appendFrames(4, false);
    QCOMPARE(model.pendingCount(), 4);
    QTest::qWait(3 * FrameLogModel::FlushIntervalMs); // the timer does not flush a paused model
    model.flush();                                     // nor does an explicit flush
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 3);

    // The cap goes on evicting while paused: shown rows and queued ones alike, all counted.
    logged.appendFrames(5, false); // 12 events, the log keeps 5..12
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 8);
    QCOMPARE(model.evictedCount(), quint64(4));
    QVERIFY(!evictedSpy.isEmpty());
    QCOMPARE(inserted.count(), 0);

    model.setPaused(false);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 7);
    QCOMPARE(seqs(model), range(5, 12));
    QCOMPARE(model.pendingCount(), 0);
    model.setPaused(false); // no change, nothing inserted
    QCOMPARE(inserted.count(), 1);
}

void TestFrameLogModel::setLogOnALogThatAlreadyHoldsEventsShowsThemAsOneBatch()
{
    EventLog log;
    log.append(detailed(EventKind::State, Direction::None, [](EventDetail &d) { d.state = SessionState::Connecting; }));
    log.append(closeRecord(false)); // a failed first attempt: not a row
    for (int i = 0; i < 4; ++i)
        log.append(frame(Direction::In, FrameHeader::Text, QByteArray::number(i)));
    FrameLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setLog(&log);
    QCOMPARE(model.log(), &log);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 5);
    QTRY_COMPARE(model.rowCount(), 5); // the timer flushes them
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(seqs(model), (QList<quint64>{1, 3, 4, 5, 6}));
    // It follows the log from then on.
    log.append(frame(Direction::In, FrameHeader::Text, "live"));
    model.flush();
    QCOMPARE(seqs(model).last(), quint64(7));
    // The same log again changes nothing.
    model.setLog(&log);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 6);
}

void TestFrameLogModel::detachingOrDestroyingTheLogEmptiesTheModel()
{
    EventLog other;
    other.append(frame(Direction::Out, FrameHeader::Text, "other"));
    auto log = std::make_unique<EventLog>();
    FrameLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLog(log.get());
    log->setCap(2, 0);
    for (int i = 0; i < 4; ++i)
        log->append(frame(Direction::In, FrameHeader::Text, "x"));
    model.flush();
    QCOMPARE(model.evictedCount(), quint64(2));
    model.setLog(&other);
    QCOMPARE(model.evictedCount(), quint64(0)); // counted per attached log
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.eventAt(0).payload, QByteArray("other"));
    // The log it left no longer reaches it.
    log->append(frame(Direction::In, FrameHeader::Text, "unseen"));
    model.flush();
    QCOMPARE(model.rowCount(), 1);

    model.setLog(log.get());
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    log.reset();
    QCOMPARE(model.log(), nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.flush();
    QCOMPARE(model.rowCount(), 0);
}

void TestFrameLogModel::absoluteTimeMatchesTheFormatter_data()
{
    // The log stamps an event whose wall time is 0 with the current time: the epoch itself is
    // not a time a logged event can have, the milliseconds around it are.
    QTest::addColumn<QList<qint64>>("times");
    QTest::newRow("Milliseconds of one second, asked in order")
            << QList<qint64>{BaseMs - 2, BaseMs - 1, BaseMs, BaseMs + 1, BaseMs + 997};
    QTest::newRow("The first and last millisecond of neighbouring seconds")
            << QList<qint64>{1795788001000LL, 1795788001999LL, 1795788002000LL, 1795788000999LL};
    QTest::newRow("Seconds that share a cache slot, back and forth")
            << QList<qint64>{BaseMs, BaseMs + 64000, BaseMs, BaseMs + 128000, BaseMs + 64000};
    QTest::newRow("Just after the epoch and times before it")
            << QList<qint64>{1, 999, -1, -999, -1000, -1001, -86400000LL};
    QTest::newRow("Hours apart, across a day") << QList<qint64>{BaseMs, BaseMs + 3600000LL * 5, BaseMs + 86400000LL};
}

void TestFrameLogModel::absoluteTimeMatchesTheFormatter()
{
    QFETCH(QList<qint64>, times);
    LoggedModel logged;
    const FrameLogModel &model = logged.model;
    for (qint64 wallMs : times)
        logged.log.append(frame(Direction::In, FrameHeader::Text, "x", wallMs));
    logged.model.flush();
    QCOMPARE(model.rowCount(), int(times.size()));
    // Twice: the second round reads the cached seconds.
    for (int round = 0; round < 2; ++round) {
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(cell(model, row, FrameLogModel::TimeColumn), EventFormatter::absoluteTime(times.at(row)));
    }
}

void TestFrameLogModel::aLongQueueFlushesWithoutTheTimer()
{
    // A flood can keep the event loop from running the flush timer: the queue flushes itself.
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int total = int(FrameLogModel::MaxPendingEvents) + 10;
    logged.appendFrames(total, false);
    // Without the event loop ever running, rows went in, in batches of at most MaxPendingEvents.
    // On a loaded machine (or under a sanitizer) the queue may also grow older than
    // MaxPendingAgeMs before it is that long, and flush earlier: both are the queue flushing itself.
    QVERIFY(inserted.count() >= 1);
    int previousLast = -1;
    for (const QList<QVariant> &insert : std::as_const(inserted)) {
        const int first = insert.at(1).toInt();
        const int last = insert.at(2).toInt();
        QCOMPARE(first, previousLast + 1);
        QVERIFY(last - first + 1 <= int(FrameLogModel::MaxPendingEvents));
        previousLast = last;
    }
    QCOMPARE(model.rowCount() + model.pendingCount(), total);
    QVERIFY(model.pendingCount() < int(FrameLogModel::MaxPendingEvents));
    model.flush();
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(seqs(model).last(), quint64(total));
}

void TestFrameLogModel::anOverdueQueueFlushesWithoutTheTimer()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    logged.appendFrames(1, false);
    // No event loop runs: the timer cannot fire, the age of the queue decides.
    QTest::qSleep(FrameLogModel::MaxPendingAgeMs + 20);
    for (int i = 2; inserted.isEmpty() && i <= 64; ++i)
        logged.appendFrames(1, false);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 64);
    QCOMPARE(model.pendingCount(), 0);
}

void TestFrameLogModel::everyCellIsSelectableAndHasNoChildren()
{
    LoggedModel logged;
    const FrameLogModel &model = logged.model;
    logged.appendFrames(1);
    for (int column = 0; column < FrameLogModel::ColumnCount; ++column)
        QCOMPARE(model.flags(model.index(0, column)),
                 Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
}

void TestFrameLogModel::eachConnectionAttemptStartsWithASeparatorRow()
{
    LoggedModel logged;
    FrameLogModel &model = logged.model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto state = [](SessionState s, const QString &text = {}) {
        return detailed(EventKind::State, Direction::None, [s, text](EventDetail &d) {
            d.state = s;
            d.text = text;
        });
    };
    logged.append({state(SessionState::Connecting, QStringLiteral("ws://127.0.0.1:1/")), state(SessionState::Open),
                   frame(Direction::Out, FrameHeader::Text, "hi"), state(SessionState::Closed),
                   state(SessionState::Connecting, QStringLiteral("ws://127.0.0.1:1/")),
                   frame(Direction::In, FrameHeader::Text, "again")});
    QCOMPARE(model.rowCount(), 6);
    // The separator is the attempt's own State event drawn differently: no row was added.
    const QList<int> separators{0, 4};
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto style = FrameLogModel::RowStyle(model.index(row, 0).data(FrameLogModel::RowStyleRole).toInt());
        QCOMPARE(style == FrameLogModel::RowStyle::AttemptSeparator, separators.contains(row));
    }
    const QString time = QDateTime::fromMSecsSinceEpoch(BaseMs).toString(QStringLiteral("hh:mm:ss.zzz"));
    QCOMPARE(cell(model, 0, FrameLogModel::SummaryColumn),
             QStringLiteral("── Connection 1 · %1 ── ws://127.0.0.1:1/").arg(time));
    QCOMPARE(cell(model, 4, FrameLogModel::SummaryColumn),
             QStringLiteral("── Connection 2 · %1 ── ws://127.0.0.1:1/").arg(time));
    QCOMPARE(cell(model, 4, FrameLogModel::DirectionColumn), QString());
    QCOMPARE(cell(model, 3, FrameLogModel::SummaryColumn), QStringLiteral("Closed"));
    // The numbering belongs to the log: a cleared view keeps counting.
    model.clear();
    logged.append({state(SessionState::Connecting)});
    QVERIFY2(cell(model, 0, FrameLogModel::SummaryColumn).startsWith(QStringLiteral("── Connection 3 · ")),
             qPrintable(cell(model, 0, FrameLogModel::SummaryColumn)));
}

QTEST_MAIN(TestFrameLogModel)
#include "tst_framelogmodel.moc"
