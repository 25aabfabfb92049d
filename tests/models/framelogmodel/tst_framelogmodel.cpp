#include "models/framelogmodel.h"

#include "core/export/eventformatter.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QtTest>

namespace {

constexpr qint64 BaseMs = 1795788001002LL; // 2026-11-27T14:00:01.002Z

Event makeFrame(quint64 seq, Direction dir, quint8 opcode, const QByteArray &payload, qint64 wallMs = BaseMs)
{
    Event e;
    e.seq = seq;
    e.wallMs = wallMs;
    e.kind = EventKind::Frame;
    e.dir = dir;
    e.frame.opcode = opcode;
    e.frame.masked = dir == Direction::Out;
    e.length = quint64(payload.size());
    e.payload = payload;
    return e;
}

Event makeMessage(quint64 seq, Direction dir, const QByteArray &payload)
{
    Event e = makeFrame(seq, dir, 1, payload);
    e.kind = EventKind::Message;
    auto detail = QSharedPointer<EventDetail>::create();
    detail->frameCount = 1;
    e.detail = detail;
    return e;
}

Event makeDetailed(quint64 seq, EventKind kind, Direction dir, const std::function<void(EventDetail &)> &fill)
{
    Event e;
    e.seq = seq;
    e.wallMs = BaseMs;
    e.kind = kind;
    e.dir = dir;
    auto detail = QSharedPointer<EventDetail>::create();
    fill(*detail);
    e.detail = detail;
    return e;
}

QList<quint64> seqs(const FrameLogModel &model)
{
    QList<quint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.eventAt(row).seq;
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
    void loweringTheCapEvictsAtOnce();
    void columns_data();
    void columns();
    void longTextIsCutAndBinaryIsHex();
    void relativeTimeIsALayoutChangeNotPerRowDataChanges();
    void messagesShowOnlyUntilFramesArriveInAutoMode();
    void messagesCanBeForcedOnAndOff();
    void rolesExposeTheRawEvent();
    void clearResetsRowsAndEvictedCount();
    void absoluteTimeMatchesTheFormatter_data();
    void absoluteTimeMatchesTheFormatter();
    void aLongQueueFlushesWithoutTheTimer();
    void anOverdueQueueFlushesWithoutTheTimer();
    void everyCellIsSelectableAndHasNoChildren();
};

void TestFrameLogModel::passesTheModelTesterThroughEveryOperation()
{
    FrameLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    quint64 seq = 1;
    for (int i = 0; i < 5; ++i)
        model.appendEvent(makeFrame(seq++, Direction::Out, 1, "hello"));
    model.flush();
    model.appendEvent(makeMessage(seq++, Direction::In, "msg"));
    model.flush();
    model.setCap(4, 0);
    for (int i = 0; i < 6; ++i)
        model.appendEvent(makeFrame(seq++, Direction::In, 2, QByteArray(10, 'x')));
    model.flush();
    QCOMPARE(model.rowCount(), 4);
    model.setTimeFormat(FrameLogModel::TimeFormat::Relative);
    model.setShowMessages(FrameLogModel::ShowMessages::Always);
    model.setShowMessages(FrameLogModel::ShowMessages::Never);
    model.setCap(0, 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.appendEvent(makeMessage(seq++, Direction::In, "a"));
    model.appendEvent(makeMessage(seq++, Direction::In, "b"));
    model.setShowMessages(FrameLogModel::ShowMessages::Auto);
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    // The first frame hides the message rows (Auto).
    model.appendEvent(makeFrame(seq++, Direction::In, 1, "c"));
    model.flush();
    QCOMPARE(model.rowCount(), 1);
}

void TestFrameLogModel::appendsAreBatchedIntoOneInsertPerFlush()
{
    FrameLogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (quint64 seq = 1; seq <= 100; ++seq)
        model.appendEvent(makeFrame(seq, Direction::In, 1, "x"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 100);
    model.flush();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 99);

    for (quint64 seq = 101; seq <= 150; ++seq)
        model.appendEvent(makeFrame(seq, Direction::In, 1, "x"));
    model.flush();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 100);
    QCOMPARE(inserted.at(1).at(2).toInt(), 149);
    model.flush(); // nothing pending: no empty insert
    QCOMPARE(inserted.count(), 2);
}

void TestFrameLogModel::theTimerFlushesWithoutAnExplicitCall()
{
    FrameLogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (quint64 seq = 1; seq <= 10; ++seq)
        model.appendEvent(makeFrame(seq, Direction::In, 1, "x"));
    QTRY_COMPARE(model.rowCount(), 10);
    QCOMPARE(inserted.count(), 1);
    // A stream right after a flush waits for the next ≈30 Hz slot, still as one insert.
    for (quint64 seq = 11; seq <= 20; ++seq)
        model.appendEvent(makeFrame(seq, Direction::In, 1, "x"));
    QTRY_COMPARE(model.rowCount(), 20);
    QCOMPARE(inserted.count(), 2);
}

void TestFrameLogModel::capByRows_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("batches");
    QTest::addColumn<quint64>("firstSeq");
    QTest::addColumn<quint64>("evicted");
    QTest::newRow("One batch larger than the cap keeps only its newest rows") << 10 << QList<int>{25} << quint64(16)
                                                                               << quint64(15);
    QTest::newRow("Several batches evict the oldest rows first") << 10 << QList<int>{6, 6, 6} << quint64(9)
                                                                 << quint64(8);
    QTest::newRow("Batches that fit evict nothing") << 10 << QList<int>{5, 5} << quint64(1) << quint64(0);
    QTest::newRow("A cap of one row keeps the newest event") << 1 << QList<int>{3, 2} << quint64(5) << quint64(4);
}

void TestFrameLogModel::capByRows()
{
    QFETCH(int, cap);
    QFETCH(QList<int>, batches);
    QFETCH(quint64, firstSeq);
    QFETCH(quint64, evicted);
    FrameLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCap(cap, 0);
    quint64 seq = 1;
    for (int batch : batches) {
        for (int i = 0; i < batch; ++i)
            model.appendEvent(makeFrame(seq++, Direction::In, 1, "x"));
        model.flush();
        QVERIFY(model.rowCount() <= cap);
    }
    QCOMPARE(model.eventAt(0).seq, firstSeq);
    QCOMPARE(model.eventAt(model.rowCount() - 1).seq, seq - 1);
    QCOMPARE(model.evictedCount(), evicted);
}

void TestFrameLogModel::capByPayloadBytesKeepsTheNewestEvent()
{
    FrameLogModel model;
    QSignalSpy evictedSpy(&model, &FrameLogModel::evictedCountChanged);
    model.setCap(0, 100);
    model.appendEvent(makeFrame(1, Direction::In, 2, QByteArray(40, 'a')));
    model.appendEvent(makeFrame(2, Direction::In, 2, QByteArray(40, 'b')));
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.payloadBytes(), 80);
    model.appendEvent(makeFrame(3, Direction::In, 2, QByteArray(40, 'c')));
    model.flush();
    QCOMPARE(seqs(model), (QList<quint64>{2, 3}));
    QCOMPARE(model.payloadBytes(), 80);
    QCOMPARE(model.evictedCount(), quint64(1));
    QCOMPARE(evictedSpy.count(), 1);
    QCOMPARE(evictedSpy.at(0).at(0).toULongLong(), 1ULL);
    // A single event bigger than the whole cap still shows (the newest one always stays).
    model.appendEvent(makeFrame(4, Direction::In, 2, QByteArray(500, 'd')));
    model.flush();
    QCOMPARE(seqs(model), (QList<quint64>{4}));
    QCOMPARE(model.evictedCount(), quint64(3));
}

void TestFrameLogModel::evictionHappensBeforeTheInsert()
{
    FrameLogModel model;
    model.setCap(5, 0);
    for (quint64 seq = 1; seq <= 5; ++seq)
        model.appendEvent(makeFrame(seq, Direction::In, 1, "x"));
    model.flush();
    QStringList order;
    int rowsWhenInserting = -1;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&] { order << QStringLiteral("remove"); });
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [&](const QModelIndex &, int first, int last) {
        order << QStringLiteral("insert");
        rowsWhenInserting = model.rowCount() + (last - first + 1);
    });
    for (quint64 seq = 6; seq <= 8; ++seq)
        model.appendEvent(makeFrame(seq, Direction::In, 1, "x"));
    model.flush();
    QCOMPARE(order, (QStringList{QStringLiteral("remove"), QStringLiteral("insert")}));
    QCOMPARE(rowsWhenInserting, 5); // never more rows than the cap, not even for a moment
    QCOMPARE(seqs(model), (QList<quint64>{4, 5, 6, 7, 8}));
}

void TestFrameLogModel::loweringTheCapEvictsAtOnce()
{
    FrameLogModel model;
    for (quint64 seq = 1; seq <= 10; ++seq)
        model.appendEvent(makeFrame(seq, Direction::In, 1, "x"));
    model.flush();
    QSignalSpy evictedSpy(&model, &FrameLogModel::evictedCountChanged);
    model.setCap(3, 0);
    QCOMPARE(seqs(model), (QList<quint64>{8, 9, 10}));
    QCOMPARE(model.evictedCount(), quint64(7));
    QCOMPARE(evictedSpy.count(), 1);
}

void TestFrameLogModel::columns_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("length");
    QTest::addColumn<QString>("summary");

    QTest::newRow("Sent text frame shows its payload")
            << makeFrame(1, Direction::Out, 1, "hello") << QStringLiteral("↑") << QStringLiteral("text")
            << QStringLiteral("5") << QStringLiteral("hello");
    QTest::newRow("Received multi-line text frame shows its first line")
            << makeFrame(1, Direction::In, 1, "line one\r\nline two") << QStringLiteral("↓") << QStringLiteral("text")
            << QStringLiteral("18") << QStringLiteral("line one…");
    QTest::newRow("Binary frame shows a hex preview")
            << makeFrame(1, Direction::In, 2, QByteArray::fromHex("00ff10")) << QStringLiteral("↓")
            << QStringLiteral("binary") << QStringLiteral("3") << QStringLiteral("00 ff 10");
    QTest::newRow("Close frame shows code, name and reason")
            << makeFrame(1, Direction::In, 8, QByteArray::fromHex("03e8") + "bye") << QStringLiteral("↓")
            << QStringLiteral("close") << QStringLiteral("5") << QStringLiteral("1000 Normal closure: bye");
    QTest::newRow("Empty close frame says there is no status code")
            << makeFrame(1, Direction::Out, 8, QByteArray()) << QStringLiteral("↑") << QStringLiteral("close")
            << QStringLiteral("0") << QStringLiteral("no status code");
    QTest::newRow("Reserved opcode is named with its number")
            << makeFrame(1, Direction::In, 0xB, QByteArray()) << QStringLiteral("↓") << QStringLiteral("reserved-0xB")
            << QStringLiteral("0") << QString();
    QTest::newRow("Continuation frame of text shows the text")
            << makeFrame(1, Direction::In, 0, "rest") << QStringLiteral("↓") << QStringLiteral("continuation")
            << QStringLiteral("4") << QStringLiteral("rest");

    Event pong = makeDetailed(1, EventKind::Pong, Direction::In, [](EventDetail &d) { d.rttUs = 1234; });
    QTest::newRow("Pong answering our ping shows the round-trip time")
            << pong << QStringLiteral("↓") << QStringLiteral("pong") << QStringLiteral("0") << QStringLiteral("RTT 1.234 ms");

    Event request = makeDetailed(1, EventKind::HandshakeRequest, Direction::Out, [](EventDetail &d) {
        d.http.method = "GET";
        d.http.target = "/chat?room=1";
        d.http.rawHead = "GET /chat?room=1 HTTP/1.1\r\n\r\n";
    });
    QTest::newRow("Handshake request shows method and target")
            << request << QStringLiteral("⇄") << QStringLiteral("handshake") << QStringLiteral("29")
            << QStringLiteral("GET /chat?room=1");

    Event accepted = makeDetailed(2, EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) {
        d.http.isRequest = false;
        d.http.statusCode = 101;
        d.http.reasonPhrase = "Switching Protocols";
        d.http.rawHead = QByteArray(100, 'h');
        d.acceptValid = true;
    });
    QTest::newRow("Accepted upgrade shows the status and a valid accept")
            << accepted << QStringLiteral("⇄") << QStringLiteral("handshake") << QStringLiteral("100")
            << QStringLiteral("101 Switching Protocols ✓ Accept");

    Event refused = makeDetailed(2, EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) {
        d.http.isRequest = false;
        d.http.statusCode = 401;
        d.http.reasonPhrase = "Unauthorized";
        d.http.rawHead = QByteArray(50, 'h');
        d.http.body = "token missing\n";
        d.http.bodyBytesSeen = 14;
    });
    QTest::newRow("Refused upgrade shows the status and the body's first line")
            << refused << QStringLiteral("⇄") << QStringLiteral("handshake") << QStringLiteral("64")
            << QStringLiteral("401 Unauthorized — token missing");

    Event error = makeDetailed(3, EventKind::Error, Direction::None, [](EventDetail &d) {
        d.errorCategory = ErrorCategory::Network;
        d.text = QStringLiteral("Connection refused");
    });
    QTest::newRow("Error shows its message")
            << error << QStringLiteral("⇄") << QStringLiteral("error") << QString() << QStringLiteral("Connection refused");

    Event close = makeDetailed(4, EventKind::Close, Direction::None, [](EventDetail &d) {
        d.closeCode = 1006;
        d.closeInitiator = CloseInitiator::None;
        d.closeClean = false;
    });
    QTest::newRow("Abnormal close says it was not clean")
            << close << QStringLiteral("⇄") << QStringLiteral("close") << QString()
            << QStringLiteral("1006 Abnormal closure, not clean");

    Event state = makeDetailed(5, EventKind::State, Direction::None, [](EventDetail &d) { d.state = SessionState::Open; });
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
    FrameLogModel model;
    model.appendEvent(event);
    model.flush();
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
    FrameLogModel model;
    model.appendEvent(makeFrame(1, Direction::In, 1, QByteArray(100000, 'a')));
    model.appendEvent(makeFrame(2, Direction::In, 2, QByteArray(1000, '\x01')));
    model.appendEvent(makeFrame(3, Direction::In, 1, QByteArray("\xff\xfe not text", 11)));
    model.flush();
    const QString text = cell(model, 0, FrameLogModel::SummaryColumn);
    QCOMPARE(text, QString(200, QLatin1Char('a')) + QChar(0x2026));
    const QString hex = cell(model, 1, FrameLogModel::SummaryColumn);
    QCOMPARE(hex, QStringLiteral("01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 …"));
    // A "text" frame that is not UTF-8 is shown as bytes, not as replacement characters.
    QCOMPARE(cell(model, 2, FrameLogModel::SummaryColumn), QStringLiteral("ff fe 20 6e 6f 74 20 74 65 78 74"));
}

void TestFrameLogModel::relativeTimeIsALayoutChangeNotPerRowDataChanges()
{
    FrameLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendEvent(makeFrame(1, Direction::Out, 1, "a", BaseMs));
    model.appendEvent(makeFrame(2, Direction::In, 1, "b", BaseMs + 1250));
    model.appendEvent(makeFrame(3, Direction::In, 1, "c", BaseMs + 61001));
    model.flush();
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
    model.setCap(1, 0);
    QCOMPARE(cell(model, 0, FrameLogModel::TimeColumn), QStringLiteral("+61.001"));
}

void TestFrameLogModel::messagesShowOnlyUntilFramesArriveInAutoMode()
{
    FrameLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.showMessages(), FrameLogModel::ShowMessages::Auto);
    model.appendEvent(makeMessage(1, Direction::Out, "m1"));
    model.appendEvent(makeDetailed(2, EventKind::Info, Direction::None, [](EventDetail &d) { d.text = QStringLiteral("note"); }));
    model.appendEvent(makeMessage(3, Direction::In, "m3"));
    model.flush();
    QVERIFY(model.messagesVisible());
    QCOMPARE(seqs(model), (QList<quint64>{1, 2, 3}));
    QCOMPARE(cell(model, 0, FrameLogModel::TypeColumn), QStringLiteral("text message"));

    // Frames are known (tap on): messages step back, earlier message rows included.
    model.appendEvent(makeFrame(4, Direction::Out, 1, "f4"));
    model.appendEvent(makeMessage(5, Direction::Out, "f4"));
    model.flush();
    QVERIFY(!model.messagesVisible());
    QCOMPARE(seqs(model), (QList<quint64>{2, 4}));

    // Forcing them on brings every message back in place.
    model.setShowMessages(true);
    QCOMPARE(seqs(model), (QList<quint64>{1, 2, 3, 4, 5}));
    model.setShowMessages(FrameLogModel::ShowMessages::Auto);
    QCOMPARE(seqs(model), (QList<quint64>{2, 4}));
}

void TestFrameLogModel::messagesCanBeForcedOnAndOff()
{
    FrameLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setShowMessages(false);
    model.appendEvent(makeMessage(1, Direction::In, "m1"));
    model.appendEvent(makeFrame(2, Direction::In, 1, "m1"));
    model.flush();
    QCOMPARE(seqs(model), (QList<quint64>{2}));
    model.setShowMessages(true);
    model.appendEvent(makeMessage(3, Direction::In, "m3"));
    model.flush();
    QCOMPARE(seqs(model), (QList<quint64>{1, 2, 3}));
}

void TestFrameLogModel::rolesExposeTheRawEvent()
{
    FrameLogModel model;
    model.appendEvent(makeFrame(7, Direction::Out, 2, QByteArray::fromHex("0102")));
    model.appendEvent(makeDetailed(8, EventKind::Error, Direction::None, [](EventDetail &d) { d.text = QStringLiteral("boom"); }));
    model.flush();
    const QModelIndex first = model.index(0, FrameLogModel::SummaryColumn);
    const Event event = first.data(FrameLogModel::EventRole).value<Event>();
    QCOMPARE(event.seq, quint64(7));
    QCOMPARE(event.payload, QByteArray::fromHex("0102"));
    QCOMPARE(first.data(FrameLogModel::KindRole).toInt(), int(EventKind::Frame));
    QCOMPARE(first.data(FrameLogModel::DirectionRole).toInt(), int(Direction::Out));
    QCOMPARE(first.data(FrameLogModel::SeqRole).toULongLong(), 7ULL);
    QCOMPARE(first.data(FrameLogModel::IsErrorRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(FrameLogModel::IsErrorRole).toBool(), true);
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).value<QColor>().isValid());
    QCOMPARE(model.index(0, FrameLogModel::DirectionColumn).data(Qt::ForegroundRole).value<QColor>(),
             QGuiApplication::palette().color(QPalette::Link));
    QCOMPARE(model.index(0, FrameLogModel::DirectionColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Sent"));
    QCOMPARE(model.headerData(FrameLogModel::SummaryColumn, Qt::Horizontal).toString(), QStringLiteral("Summary"));
}

void TestFrameLogModel::clearResetsRowsAndEvictedCount()
{
    FrameLogModel model;
    model.setCap(2, 0);
    for (quint64 seq = 1; seq <= 5; ++seq)
        model.appendEvent(makeFrame(seq, Direction::In, 1, "x"));
    model.flush();
    QCOMPARE(model.evictedCount(), quint64(3));
    QSignalSpy evictedSpy(&model, &FrameLogModel::evictedCountChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.appendEvent(makeFrame(6, Direction::In, 1, "pending"));
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.evictedCount(), quint64(0));
    QCOMPARE(model.payloadBytes(), 0);
    QCOMPARE(evictedSpy.count(), 1);
}

void TestFrameLogModel::absoluteTimeMatchesTheFormatter_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::newRow("Milliseconds of one second, asked in order")
            << QList<qint64>{BaseMs - 2, BaseMs - 1, BaseMs, BaseMs + 1, BaseMs + 997};
    QTest::newRow("The first and last millisecond of neighbouring seconds")
            << QList<qint64>{1795788001000LL, 1795788001999LL, 1795788002000LL, 1795788000999LL};
    QTest::newRow("Seconds that share a cache slot, back and forth")
            << QList<qint64>{BaseMs, BaseMs + 64000, BaseMs, BaseMs + 128000, BaseMs + 64000};
    QTest::newRow("The epoch and times before it")
            << QList<qint64>{0, 1, -1, -999, -1000, -1001, -86400000LL};
    QTest::newRow("Hours apart, across a day") << QList<qint64>{BaseMs, BaseMs + 3600000LL * 5, BaseMs + 86400000LL};
}

void TestFrameLogModel::absoluteTimeMatchesTheFormatter()
{
    QFETCH(QList<qint64>, times);
    FrameLogModel model;
    quint64 seq = 1;
    for (qint64 wallMs : times)
        model.appendEvent(makeFrame(seq++, Direction::In, 1, "x", wallMs));
    model.flush();
    // Twice: the second round reads the cached seconds.
    for (int round = 0; round < 2; ++round) {
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(cell(model, row, FrameLogModel::TimeColumn), EventFormatter::absoluteTime(times.at(row)));
    }
}

void TestFrameLogModel::aLongQueueFlushesWithoutTheTimer()
{
    // A flood can keep the event loop from running the flush timer: the queue flushes itself.
    FrameLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const quint64 total = quint64(FrameLogModel::MaxPendingEvents) + 10;
    for (quint64 seq = 1; seq <= total; ++seq)
        model.appendEvent(makeFrame(seq, Direction::In, 1, "x"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), int(FrameLogModel::MaxPendingEvents));
    QCOMPARE(model.pendingCount(), 10);
    model.flush();
    QCOMPARE(model.rowCount(), int(total));
    QCOMPARE(seqs(model).last(), total);
}

void TestFrameLogModel::anOverdueQueueFlushesWithoutTheTimer()
{
    FrameLogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendEvent(makeFrame(1, Direction::In, 1, "x"));
    // No event loop runs: the timer cannot fire, the age of the queue decides.
    QTest::qSleep(FrameLogModel::MaxPendingAgeMs + 20);
    quint64 seq = 2;
    while (inserted.isEmpty() && seq <= 64)
        model.appendEvent(makeFrame(seq++, Direction::In, 1, "x"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 64);
    QCOMPARE(model.pendingCount(), 0);
}

void TestFrameLogModel::everyCellIsSelectableAndHasNoChildren()
{
    FrameLogModel model;
    model.appendEvent(makeFrame(1, Direction::In, 1, "x"));
    model.flush();
    for (int column = 0; column < FrameLogModel::ColumnCount; ++column)
        QCOMPARE(model.flags(model.index(0, column)),
                 Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
}

QTEST_MAIN(TestFrameLogModel)
#include "tst_framelogmodel.moc"
