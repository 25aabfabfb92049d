#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"

#include "core/export/eventformatter.h"
#include "core/log/eventlog.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>

namespace {

Event makeFrame(quint64 seq, Direction dir, quint8 opcode, const QByteArray &payload)
{
    return TestEvents::frame(dir, opcode, payload, seq, 1795788001002LL + qint64(seq));
}

Event makeEvent(quint64 seq, EventKind kind, Direction dir, const QString &text = {})
{
    return TestEvents::withDetail(kind, dir, [&text](EventDetail &d) {
        d.text = text;
        d.closeCode = 1000;
        d.closeClean = true;
    }, seq, 1795788001002LL + qint64(seq));
}

// A small session: handshake, data both ways, a ping/pong, an error, a close.
QList<Event> sampleSession()
{
    Event request = makeEvent(1, EventKind::HandshakeRequest, Direction::Out);
    auto req = QSharedPointer<EventDetail>::create();
    req->http.method = "GET";
    req->http.target = "/chat";
    req->http.rawHead = "GET /chat HTTP/1.1\r\nHost: example\r\nX-Trace: Needle-42\r\n\r\n";
    request.detail = req;
    Event response = makeEvent(2, EventKind::HandshakeResponse, Direction::In);
    auto resp = QSharedPointer<EventDetail>::create();
    resp->http.statusCode = 101;
    resp->http.reasonPhrase = "Switching Protocols";
    resp->acceptValid = true;
    response.detail = resp;
    return {request,
            response,
            makeFrame(3, Direction::Out, 1, "{\"op\":\"join\",\"room\":1}"),
            makeFrame(4, Direction::In, 1, "{\"op\":\"joined\"}\nsecond line mentions Zebra"),
            makeFrame(5, Direction::In, 2, QByteArray::fromHex("deadbeef")),
            makeFrame(6, Direction::Out, 9, "p"),
            makeFrame(7, Direction::In, 10, "p"),
            makeEvent(8, EventKind::Error, Direction::None, QStringLiteral("Invalid UTF-8 in a text frame")),
            makeFrame(9, Direction::Out, 8, QByteArray::fromHex("03e8")),
            makeFrame(10, Direction::In, 8, QByteArray::fromHex("03e8"))};
}

QList<quint64> proxySeqs(const FrameLogFilterModel &proxy)
{
    QList<quint64> result;
    for (int row = 0; row < proxy.rowCount(); ++row)
        result << proxy.index(row, 0).data(FrameLogModel::SeqRole).toULongLong();
    return result;
}

// The frame log as a session tab has it: a model over the events of a log. The log numbers
// the events in order; the samples are numbered the same way.
struct Source
{
    Source() { model.setLog(&log); }
    void fill(const QList<Event> &events)
    {
        for (const Event &event : events)
            log.append(event);
        model.flush();
    }

    EventLog log;
    FrameLogModel model;
};

} // namespace

class TestFrameLogFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterThroughFilteringAndEviction();
    void categories_data();
    void categories();
    void opcodeAndKindFilters_data();
    void opcodeAndKindFilters();
    void search_data();
    void search();
    void substringAgreesWithTheSearchText_data();
    void substringAgreesWithTheSearchText();
    void invalidRegexShowsEverythingAndSaysWhy();
    void appendedRowsAreFilteredIncrementally();
    void evictedRowsLeaveTheProxyAndMappingStaysRight();
    void rowsRemovedInTheMiddleKeepTheMappingRight();
    void worksOnAnyTableModelThroughEventRole();
    void directionAndKindTogglesCombine_data();
    void directionAndKindTogglesCombine();
    void togglesWorkIncrementallyOnNewRows();
    void theSearchMatcherFollowsTheSearch();
};

void TestFrameLogFilterModel::passesTheModelTesterThroughFilteringAndEviction()
{
    Source source;
    FrameLogModel &model = source.model;
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    source.fill(sampleSession());
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setCategory(FrameLogFilterModel::Category::Received);
    proxy.setSearchText(QStringLiteral("o"), false);
    source.log.setCap(4, 0);
    source.fill({makeFrame(11, Direction::In, 1, "more"), makeFrame(12, Direction::Out, 1, "out")});
    model.setTimeFormat(FrameLogModel::TimeFormat::Relative);
    proxy.setSearchText(QStringLiteral("["), true);
    proxy.setCategory(FrameLogFilterModel::Category::All);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    source.fill(sampleSession());
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setSourceModel(nullptr);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestFrameLogFilterModel::categories_data()
{
    QTest::addColumn<FrameLogFilterModel::Category>("category");
    QTest::addColumn<QList<quint64>>("expected");
    QTest::newRow("All shows every event") << FrameLogFilterModel::Category::All
                                           << QList<quint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::newRow("Sent shows what the client wrote") << FrameLogFilterModel::Category::Sent
                                                      << QList<quint64>{1, 3, 6, 9};
    QTest::newRow("Received shows what the server wrote") << FrameLogFilterModel::Category::Received
                                                           << QList<quint64>{2, 4, 5, 7, 10};
    QTest::newRow("Control shows ping, pong and close frames") << FrameLogFilterModel::Category::Control
                                                               << QList<quint64>{6, 7, 9, 10};
    QTest::newRow("Errors shows error events only when the handshake was fine")
            << FrameLogFilterModel::Category::Errors << QList<quint64>{8};
}

void TestFrameLogFilterModel::categories()
{
    QFETCH(FrameLogFilterModel::Category, category);
    QFETCH(QList<quint64>, expected);
    Source source;
    FrameLogModel &model = source.model;
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    source.fill(sampleSession());
    QSignalSpy count(&proxy, &FrameLogFilterModel::matchCountChanged);
    proxy.setCategory(category);
    QCOMPARE(proxySeqs(proxy), expected);
    QCOMPARE(proxy.matchCount(), int(expected.size()));
    QCOMPARE(count.isEmpty(), expected.size() == 10);
}

void TestFrameLogFilterModel::opcodeAndKindFilters_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<quint64>>("expected");
    QTest::newRow("Text opcode selects text frames") << 1 << -1 << QList<quint64>{3, 4};
    QTest::newRow("Binary opcode selects binary frames") << 2 << -1 << QList<quint64>{5};
    QTest::newRow("Close opcode selects both close frames") << 8 << -1 << QList<quint64>{9, 10};
    QTest::newRow("Error kind selects the error event") << -1 << int(EventKind::Error) << QList<quint64>{8};
    QTest::newRow("Frame kind with the pong opcode selects the pong") << 10 << int(EventKind::Frame)
                                                                     << QList<quint64>{7};
    QTest::newRow("An opcode no event has selects nothing") << 3 << -1 << QList<quint64>{};
}

void TestFrameLogFilterModel::opcodeAndKindFilters()
{
    QFETCH(int, opcode);
    QFETCH(int, kind);
    QFETCH(QList<quint64>, expected);
    Source source;
    FrameLogModel &model = source.model;
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    source.fill(sampleSession());
    proxy.setOpcodeFilter(opcode);
    proxy.setKindFilter(kind);
    QCOMPARE(proxySeqs(proxy), expected);
    proxy.setOpcodeFilter(-1);
    proxy.setKindFilter(-1);
    QCOMPARE(proxy.rowCount(), 10);
}

void TestFrameLogFilterModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QList<quint64>>("expected");
    QTest::newRow("Substring matches the payload, ignoring case by default")
            << QStringLiteral("JOIN") << false << false << QList<quint64>{3, 4};
    QTest::newRow("Case-sensitive substring does not match other case")
            << QStringLiteral("JOIN") << false << true << QList<quint64>{};
    QTest::newRow("Substring finds text beyond the first line of a payload")
            << QStringLiteral("zebra") << false << false << QList<quint64>{4};
    QTest::newRow("Substring finds a handshake header") << QStringLiteral("needle-42") << false << false
                                                        << QList<quint64>{1};
    QTest::newRow("Substring finds the hex preview of binary data")
            << QStringLiteral("de ad be ef") << false << false << QList<quint64>{5};
    QTest::newRow("Regex matches a JSON field with an optional suffix")
            << QStringLiteral("\"op\":\"join(ed)?\"") << true << false << QList<quint64>{3, 4};
    QTest::newRow("Regex anchors work per line, so the type line finds every close")
            << QStringLiteral("^close$") << true << false << QList<quint64>{9, 10};
    QTest::newRow("Regex alternative finds errors and the upgrade")
            << QStringLiteral("utf-8|switching") << true << false << QList<quint64>{2, 8};
    QTest::newRow("Empty search shows everything") << QString() << false << false
                                                   << QList<quint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
}

void TestFrameLogFilterModel::search()
{
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(QList<quint64>, expected);
    Source source;
    FrameLogModel &model = source.model;
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    source.fill(sampleSession());
    proxy.setSearchText(text, regex, caseSensitive);
    QCOMPARE(proxySeqs(proxy), expected);
    QVERIFY(proxy.searchError().isEmpty());
}

void TestFrameLogFilterModel::substringAgreesWithTheSearchText_data()
{
    // The filter searches ASCII payloads byte-wise; it must find exactly what a search in
    // EventFormatter::searchText() finds.
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<Event>("event");
    QTest::addColumn<bool>("expected");
    QTest::newRow("An ASCII payload matches in another case")
            << QStringLiteral("ROOM") << false << makeFrame(1, Direction::In, 1, "{\"room\":42}") << true;
    QTest::newRow("An ASCII payload does not match in another case when case matters")
            << QStringLiteral("ROOM") << true << makeFrame(1, Direction::In, 1, "{\"room\":42}") << false;
    QTest::newRow("The type name of a text frame matches")
            << QStringLiteral("TEXT") << false << makeFrame(1, Direction::In, 1, "abc") << true;
    QTest::newRow("A needle at the very end of the payload matches")
            << QStringLiteral("42}") << true << makeFrame(1, Direction::In, 1, "{\"room\":42}") << true;
    QTest::newRow("A needle longer than the payload does not match")
            << QStringLiteral("abcdef") << false << makeFrame(1, Direction::In, 1, "abc") << false;
    QTest::newRow("A non-ASCII payload folds the long s to s (general path)")
            << QStringLiteral("S") << false << makeFrame(1, Direction::In, 1, "\xc5\xbf") << true;
    QTest::newRow("A non-ASCII needle matches a UTF-8 payload in another case")
            << QStringLiteral("ÉTÉ") << false << makeFrame(1, Direction::In, 1, "l'été") << true;
    QTest::newRow("A binary frame is searched through its hex preview")
            << QStringLiteral("61 62") << false << makeFrame(1, Direction::In, 2, "abc") << true;
    QTest::newRow("A binary frame's raw bytes are not searched")
            << QStringLiteral("abc") << false << makeFrame(1, Direction::In, 2, "abc") << false;
    QTest::newRow("A payload with invalid UTF-8 is searched through its summary")
            << QStringLiteral("ff") << false << makeFrame(1, Direction::In, 1, "\xff\xfe") << true;
    QTest::newRow("A continuation frame matches its ASCII text")
            << QStringLiteral("tail") << false << makeFrame(1, Direction::In, 0, "the TAIL") << true;
    QTest::newRow("A close frame is searched through its close summary")
            << QStringLiteral("normal") << false << makeFrame(1, Direction::In, 8, QByteArray::fromHex("03e8")) << true;
    QTest::newRow("The last fragment of a text message is found by text of an earlier fragment")
            << QStringLiteral("HELLO") << false
            << TestEvents::lastFragment(Direction::In, FrameHeader::Text, "world", "hello world", 2) << true;
    QTest::newRow("The last fragment of a text message is found by its own text")
            << QStringLiteral("world") << true
            << TestEvents::lastFragment(Direction::In, FrameHeader::Text, "world", "hello world", 2) << true;
    QTest::newRow("The last fragment of a binary message is searched through its hex preview")
            << QStringLiteral("de ad") << false
            << TestEvents::lastFragment(Direction::In, FrameHeader::Binary, QByteArray::fromHex("beef"),
                                        QByteArray::fromHex("deadbeef"), 2)
            << true;
    QTest::newRow("A pong is searched through its round-trip time")
            << QStringLiteral("rtt 2.000") << false
            << [] {
                   Event pong = TestEvents::frame(Direction::In, FrameHeader::Pong, "abc");
                   pong.detail = TestEvents::withDetail(EventKind::Info, Direction::None,
                                                        [](EventDetail &d) { d.rttUs = 2000; }).detail;
                   return pong;
               }()
            << true;
    QTest::newRow("A pong is searched through its ASCII payload too")
            << QStringLiteral("ABC") << false << TestEvents::frame(Direction::In, FrameHeader::Pong, "abc") << true;
    QTest::newRow("A message logged with the tap off matches its ASCII text")
            << QStringLiteral("quiet") << false << TestEvents::untapped(Direction::In, FrameHeader::Text, "so QUIET")
            << true;
    QTest::newRow("A payload with a NUL byte matches after it")
            << QStringLiteral("after") << false << makeFrame(1, Direction::In, 1, QByteArray("x\0after", 7)) << true;
}

void TestFrameLogFilterModel::substringAgreesWithTheSearchText()
{
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(Event, event);
    QFETCH(bool, expected);
    FrameLogFilterModel proxy;
    proxy.setSearchText(text, false, caseSensitive);
    const bool general = EventFormatter::searchText(event).contains(text, caseSensitive ? Qt::CaseSensitive
                                                                                         : Qt::CaseInsensitive);
    QCOMPARE(general, expected);
    QCOMPARE(proxy.accepts(event), expected);
}

void TestFrameLogFilterModel::invalidRegexShowsEverythingAndSaysWhy()
{
    Source source;
    FrameLogModel &model = source.model;
    FrameLogFilterModel proxy;
    proxy.setSourceModel(&model);
    source.fill(sampleSession());
    QSignalSpy errors(&proxy, &FrameLogFilterModel::searchErrorChanged);
    proxy.setSearchText(QStringLiteral("join"), true);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("join("), true);
    QCOMPARE(proxy.rowCount(), 10);
    QVERIFY2(proxy.searchError().contains(QStringLiteral("position 5")), qPrintable(proxy.searchError()));
    QCOMPARE(errors.count(), 1);
    // The same text as a plain substring is fine.
    proxy.setSearchText(QStringLiteral("join("), false);
    QVERIFY(proxy.searchError().isEmpty());
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(errors.count(), 2);
}

void TestFrameLogFilterModel::appendedRowsAreFilteredIncrementally()
{
    Source source;
    FrameLogModel &model = source.model;
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setCategory(FrameLogFilterModel::Category::Received);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    source.fill({makeFrame(1, Direction::Out, 1, "a"), makeFrame(2, Direction::In, 1, "b"),
                 makeFrame(3, Direction::In, 1, "c")});
    source.fill({makeFrame(4, Direction::Out, 1, "d")});
    source.fill({makeFrame(5, Direction::In, 1, "e")});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 2); // nothing for the batch with only a sent frame
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(proxySeqs(proxy), (QList<quint64>{2, 3, 5}));
    QCOMPARE(proxy.mapToSource(proxy.index(2, 4)), model.index(4, 4));
    QCOMPARE(proxy.mapFromSource(model.index(2, 1)), proxy.index(1, 1));
    QVERIFY(!proxy.mapFromSource(model.index(0, 0)).isValid());
}

void TestFrameLogFilterModel::evictedRowsLeaveTheProxyAndMappingStaysRight()
{
    Source source;
    FrameLogModel &model = source.model;
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setCategory(FrameLogFilterModel::Category::Received);
    source.log.setCap(4, 0);
    quint64 seq = 1;
    for (int round = 0; round < 20; ++round) {
        QList<Event> batch;
        for (int i = 0; i < 3; ++i, ++seq)
            batch << makeFrame(seq, seq % 2 ? Direction::In : Direction::Out, 1, QByteArray::number(seq));
        source.fill(batch);
        // Every proxy row maps to the source row holding the same event.
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex sourceIndex = proxy.mapToSource(proxy.index(row, 0));
            QCOMPARE(sourceIndex.data(FrameLogModel::SeqRole), proxy.index(row, 0).data(FrameLogModel::SeqRole));
            QCOMPARE(proxy.index(row, FrameLogModel::SummaryColumn).data().toString(),
                     QString::number(sourceIndex.data(FrameLogModel::SeqRole).toULongLong()));
        }
    }
    // The last four events were 57..60; of those, 57 and 59 were received.
    QCOMPARE(proxySeqs(proxy), (QList<quint64>{57, 59}));
}

void TestFrameLogFilterModel::rowsRemovedInTheMiddleKeepTheMappingRight()
{
    // The frame log only ever loses rows at the front (eviction) or all of them (clear); a source
    // model may remove rows anywhere, and the mapping must stay right.
    QStandardItemModel table(0, 1);
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&table);
    proxy.setCategory(FrameLogFilterModel::Category::Received);
    const QList<Event> events{makeFrame(1, Direction::In, FrameHeader::Ping, "p"),
                              makeEvent(2, EventKind::Info, Direction::None),
                              makeFrame(3, Direction::In, FrameHeader::Text, "msg"),
                              makeEvent(4, EventKind::Info, Direction::None),
                              makeFrame(5, Direction::In, FrameHeader::Text, "msg"),
                              makeFrame(6, Direction::In, FrameHeader::Text, "frame"),
                              makeFrame(7, Direction::In, FrameHeader::Text, "frame")};
    for (const Event &event : events) {
        auto *item = new QStandardItem(QString::number(event.seq));
        item->setData(QVariant::fromValue(event), FrameLogModel::EventRole);
        item->setData(qulonglong(event.seq), FrameLogModel::SeqRole);
        table.appendRow(item);
    }
    QCOMPARE(proxySeqs(proxy), (QList<quint64>{1, 3, 5, 6, 7}));
    table.removeRows(2, 3); // 3, 4 and 5: two received rows and one the proxy never had
    QCOMPARE(table.rowCount(), 4);
    QCOMPARE(proxySeqs(proxy), (QList<quint64>{1, 6, 7}));
    QCOMPARE(proxy.mapToSource(proxy.index(1, 0)), table.index(2, 0));
    QCOMPARE(proxy.mapFromSource(table.index(3, 0)), proxy.index(2, 0));
    QVERIFY(!proxy.mapFromSource(table.index(1, 0)).isValid());
}

void TestFrameLogFilterModel::worksOnAnyTableModelThroughEventRole()
{
    QStandardItemModel table(0, 1);
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&table);
    proxy.setCategory(FrameLogFilterModel::Category::Sent);
    for (quint64 seq = 1; seq <= 4; ++seq) {
        auto *item = new QStandardItem(QString::number(seq));
        item->setData(QVariant::fromValue(makeFrame(seq, seq % 2 ? Direction::Out : Direction::In, 1, "x")),
                      FrameLogModel::EventRole);
        table.appendRow(item);
    }
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("3"));
    // An insert at the top (not an append) is handled as a reset and still maps right.
    auto *top = new QStandardItem(QStringLiteral("0"));
    top->setData(QVariant::fromValue(makeFrame(0, Direction::Out, 1, "x")), FrameLogModel::EventRole);
    table.insertRow(0, top);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("0"));
    table.removeRow(1);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("3"));
    table.sort(0, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("3"));
}

void TestFrameLogFilterModel::directionAndKindTogglesCombine_data()
{
    QTest::addColumn<int>("directions");
    QTest::addColumn<int>("kinds");
    QTest::addColumn<bool>("problemsOnly");
    QTest::addColumn<QList<quint64>>("expected");
    QTest::addColumn<int>("category");
    // The sample: 1 request ↑, 2 response ↓, 3 text ↑, 4 text ↓, 5 binary ↓, 6 ping ↑, 7 pong ↓,
    // 8 error, 9 close ↑, 10 close ↓.
    QTest::newRow("Received text only") << int(LogFilter::Received) << int(LogFilter::Text) << false
                                        << QList<quint64>{4} << int(FrameLogFilterModel::Category::Custom);
    QTest::newRow("Received, no pings") << int(LogFilter::Received) << int(LogFilter::AllKinds & ~LogFilter::PingPong)
                                        << false << QList<quint64>{2, 4, 5, 10}
                                        << int(FrameLogFilterModel::Category::Custom);
    QTest::newRow("Everything but ping/pong") << int(LogFilter::AllDirections)
                                              << int(LogFilter::AllKinds & ~LogFilter::PingPong) << false
                                              << QList<quint64>{1, 2, 3, 4, 5, 8, 9, 10}
                                              << int(FrameLogFilterModel::Category::Custom);
    QTest::newRow("Sent handshake and data") << int(LogFilter::Sent)
                                             << int(LogFilter::Handshake | LogFilter::Text | LogFilter::Binary) << false
                                             << QList<quint64>{1, 3} << int(FrameLogFilterModel::Category::Custom);
    QTest::newRow("Only errors without a direction") << int(LogFilter::Session) << int(LogFilter::AllKinds) << true
                                                     << QList<quint64>{8} << int(FrameLogFilterModel::Category::Custom);
    QTest::newRow("Ping/pong and close in every direction is the Control preset")
            << int(LogFilter::AllDirections) << int(LogFilter::PingPong | LogFilter::Close) << false
            << QList<quint64>{6, 7, 9, 10} << int(FrameLogFilterModel::Category::Control);
    QTest::newRow("Nothing chosen shows nothing") << 0 << int(LogFilter::AllKinds) << false << QList<quint64>{}
                                                  << int(FrameLogFilterModel::Category::Custom);
}

void TestFrameLogFilterModel::directionAndKindTogglesCombine()
{
    QFETCH(int, directions);
    QFETCH(int, kinds);
    QFETCH(bool, problemsOnly);
    QFETCH(QList<quint64>, expected);
    QFETCH(int, category);
    Source source;
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source.model);
    source.fill(sampleSession());
    QSignalSpy changed(&proxy, &FrameLogFilterModel::logFilterChanged);
    LogFilter filter;
    filter.directions = quint8(directions);
    filter.kinds = quint16(kinds);
    filter.problemsOnly = problemsOnly;
    proxy.setLogFilter(filter);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(proxySeqs(proxy), expected);
    QCOMPARE(int(proxy.category()), category);
    // With a search on top: both must hold.
    proxy.setSearchText(QStringLiteral("joined"), false);
    QCOMPARE(proxySeqs(proxy), expected.contains(4) ? QList<quint64>{4} : QList<quint64>{});
    proxy.setCategory(FrameLogFilterModel::Category::All);
    QCOMPARE(proxy.logFilter(), LogFilter());
}

void TestFrameLogFilterModel::togglesWorkIncrementallyOnNewRows()
{
    Source source;
    FrameLogFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source.model);
    LogFilter receivedText;
    receivedText.directions = LogFilter::Received;
    receivedText.kinds = LogFilter::Text;
    proxy.setLogFilter(receivedText);
    source.fill({makeFrame(1, Direction::In, 1, "a"), makeFrame(2, Direction::In, 9, "p"), makeFrame(3, Direction::Out, 1, "b"),
                 makeFrame(4, Direction::In, 1, "c")});
    QCOMPARE(proxySeqs(proxy), (QList<quint64>{1, 4}));
}

void TestFrameLogFilterModel::theSearchMatcherFollowsTheSearch()
{
    Source source;
    FrameLogFilterModel proxy;
    proxy.setSourceModel(&source.model);
    QSignalSpy searched(&proxy, &FrameLogFilterModel::searchChanged);
    proxy.setSearchText(QStringLiteral("o+"), true);
    QCOMPARE(searched.size(), 1);
    QCOMPARE(proxy.searchMatcher().ranges(QStringLiteral("{\"op\":\"joooin\"}")),
             (QList<SearchMatcher::Range>{{2, 1}, {8, 3}}));
    proxy.setSearchText(QStringLiteral("(o"), true);
    QVERIFY(!proxy.searchError().isEmpty());
    QVERIFY(proxy.searchMatcher().ranges(QStringLiteral("(o")).isEmpty());
}

QTEST_MAIN(TestFrameLogFilterModel)
#include "tst_framelogfiltermodel.moc"
