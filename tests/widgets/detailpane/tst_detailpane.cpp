#include "widgets/detail/closeview.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/frameview.h"
#include "widgets/detail/handshakeview.h"
#include "widgets/detail/headertable.h"
#include "widgets/detail/hexview.h"
#include "widgets/detail/jsontreemodel.h"
#include "widgets/detail/jsontreeview.h"
#include "widgets/detail/payloadview.h"
#include "core/codecs/payloadclassifier.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/closereport.h"
#include "core/protocol/framedissector.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <ctime>

namespace {

// 12:00:09.500 local time on an arbitrary day; only differences matter.
const qint64 BaseWallMs = QDateTime(QDate(2024, 5, 17), QTime(12, 0, 9, 500)).toMSecsSinceEpoch();

QString clock(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs).toString(QStringLiteral("HH:mm:ss.zzz"));
}

// Both clocks of an event `offsetMs` after the base time.
Event at(Event e, qint64 offsetMs)
{
    e.wallMs = BaseWallMs + offsetMs;
    e.monoUs = 1000000 + offsetMs * 1000;
    return e;
}

Event frameEvent(quint64 seq, Direction dir, quint8 opcode, const QByteArray &payload, qint64 offsetMs = 0)
{
    return at(TestEvents::frame(dir, opcode, payload, seq), offsetMs);
}

Event stateEvent(quint64 seq, SessionState state, qint64 offsetMs)
{
    return at(TestEvents::withDetail(EventKind::State, Direction::None, [state](EventDetail &d) { d.state = state; }, seq),
              offsetMs);
}

Event closeSummary(quint64 seq, quint16 code, const QString &reason, CloseInitiator who, bool clean, qint64 offsetMs)
{
    return at(TestEvents::withDetail(EventKind::Close, Direction::None, [&](EventDetail &d) {
        d.closeCode = code;
        d.closeReason = reason;
        d.closeInitiator = who;
        d.closeClean = clean;
        d.attemptOpened = true;
    }, seq), offsetMs);
}

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    QByteArray p;
    p.append(char(code >> 8));
    p.append(char(code & 0xFF));
    return p + reason;
}

Event handshakeRequest(quint64 seq, const QByteArray &key)
{
    return at(TestEvents::withDetail(EventKind::HandshakeRequest, Direction::Out, [&key](EventDetail &d) {
        d.http.isRequest = true;
        d.http.method = "GET";
        d.http.target = "/chat?room=1";
        d.http.headers = {{"Host", "127.0.0.1:50123"},
                          {"Upgrade", "websocket"},
                          {"Connection", "Upgrade"},
                          {"Sec-WebSocket-Key", key},
                          {"Sec-WebSocket-Version", "13"},
                          {"Sec-WebSocket-Protocol", "chat.v1"}};
    }, seq), 0);
}

Event handshakeResponse(quint64 seq, int status, const QByteArray &reason, const QList<HttpMessage::Header> &headers,
                        const QStringList &problems = {}, const QByteArray &body = {})
{
    Event e = at(TestEvents::withDetail(EventKind::HandshakeResponse, Direction::In, [&](EventDetail &d) {
        d.http.isRequest = false;
        d.http.statusCode = status;
        d.http.reasonPhrase = reason;
        d.http.headers = headers;
        d.http.body = body;
        d.http.bodyBytesSeen = body.size();
        d.handshakeProblems = problems;
    }, seq), 3);
    e.length = quint64(body.size());
    return e;
}

// CPU time of the calling thread, in µs (the wall clock where the platform has no such clock).
qint64 threadCpuUs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
#endif
    static QElapsedTimer wall;
    if (!wall.isValid())
        wall.start();
    return wall.nsecsElapsed() / 1000;
}

QTreeWidgetItem *findField(QTreeWidget *tree, const QString &name)
{
    const QList<QTreeWidgetItem *> items = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return items.isEmpty() ? nullptr : items.first();
}

// A row of the JSON tree by its path of rows from the top-level value ({} is the root), with
// its children loaded the way a view loads them.
QModelIndex jsonRow(JsonTreeView *tree, const QList<int> &path)
{
    QAbstractItemModel *model = tree->model();
    QModelIndex index = model->index(0, 0);
    for (int row : path) {
        if (model->canFetchMore(index))
            model->fetchMore(index);
        index = model->index(row, 0, index);
    }
    return index;
}

QString jsonText(JsonTreeView *tree, const QList<int> &path, int column)
{
    return jsonRow(tree, path).siblingAtColumn(column).data().toString();
}

const QByteArray RfcKey("dGhlIHNhbXBsZSBub25jZQ==");
const QByteArray RfcAccept("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void textFrameShowsAsText();
    void jsonPayloadShowsAsTreeInWireOrder();
    void jsonPrettyAndCompactToggle();
    void jsonTypeColumnSitsNextToTheValues_data();
    void jsonTypeColumnSitsNextToTheValues();
    void invalidJsonFallsBackToTextWithLineAndColumn();
    void maskedBinaryFrameWith16BitLength();
    void frameFieldSelectionHighlightsItsBytes_data();
    void frameFieldSelectionHighlightsItsBytes();
    void theHighlightIsTheDissectorsRange_data();
    void theHighlightIsTheDissectorsRange();
    void nonMinimalLengthIsFlagged();
    void theClassifiersReasonIsShown_data();
    void theClassifiersReasonIsShown();
    void theJsonTreeShowsRealCountsAndLoadsLazily();
    void expandAllOnSixtyThousandObjectsIsBounded();
    void frameNoteSaysWhereTheHeaderCameFrom_data();
    void frameNoteSaysWhereTheHeaderCameFrom();
    void rowsWithoutAFrameHaveNoFrameTab();
    void theLastFragmentShowsTheWholeMessageAndItsOwnHeader_data();
    void theLastFragmentShowsTheWholeMessageAndItsOwnHeader();
    void aMessageLoggedWithTheTapOffShowsItsPayloadButNoHeader();
    void copyPutsTheRightTextOnTheClipboard_data();
    void copyPutsTheRightTextOnTheClipboard();
    void saveWritesTheRawBytesAndReportsErrors();
    void largePayloadShowsTheFirstMebibyteAndAllHex();
    void oneHugeLineIsShownInPiecesAndStaysFast();
    void handshakeWithBadAcceptShowsCross();
    void handshakeWithGoodAcceptShowsCheckAndNegotiation();
    void refusedUpgradeShowsStatusAndBody();
    void handshakeStacksWhenNarrow();
    void tlsDetailsAppearWhenGiven();
    void closeStories_data();
    void closeStories();
    void aTapOffCloseSaysWhetherItWasCleanIsUnknown();
    void tabFollowsTheSelectedRow();
    void clearEmptiesEveryTab();
    void languageChangeRebuildsEveryView();

private:
    DetailPane *m_pane = nullptr;
};

void TestDetailPane::init()
{
    m_pane = new DetailPane;
    m_pane->resize(1000, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestDetailPane::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
}

void TestDetailPane::textFrameShowsAsText()
{
    m_pane->setEvent(frameEvent(5, Direction::In, 0x1, "hello, wire"));
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::PayloadTab));
    QCOMPARE(payload->mode(), PayloadView::Mode::Text);
    QCOMPARE(payload->displayedText(), QStringLiteral("hello, wire"));
    QVERIFY(payload->textView()->isVisible());
    QVERIFY(!payload->jsonTree()->isVisible());
    QVERIFY(payload->modeButton(PayloadView::Mode::Text)->isChecked());
    QVERIFY(payload->copyButton()->isVisible() && payload->copyButton()->isEnabled());
    QVERIFY(!payload->expandAllButton()->isVisible()); // the JSON bar only in JSON mode
    QVERIFY(m_pane->isTabEnabled(DetailPane::FrameTab));
    QVERIFY(!m_pane->isTabEnabled(DetailPane::HandshakeTab));
    QVERIFY(!m_pane->isTabEnabled(DetailPane::CloseTab));
}

void TestDetailPane::jsonPayloadShowsAsTreeInWireOrder()
{
    m_pane->setEvent(frameEvent(6, Direction::In, 0x1,
                                R"({"op":"joined","users":["ann","bo"],"n":1.50,"esc":"a\nb","ok":true})"));
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(payload->mode(), PayloadView::Mode::Json);
    QVERIFY(payload->isJson());
    JsonTreeView *tree = payload->jsonTree();
    QVERIFY(tree->isVisible());
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex root = model->index(0, 0);
    QCOMPARE(model->rowCount(root), 5);
    QVERIFY(root.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("5 member"))); // the real count
    // Members in the order they were sent (QJsonObject would sort them), numbers as spelled.
    QCOMPARE(jsonText(tree, {0}, 0), QStringLiteral("op"));
    QCOMPARE(jsonText(tree, {0}, 1), QStringLiteral("\"joined\""));
    QCOMPARE(jsonText(tree, {1}, 0), QStringLiteral("users"));
    QCOMPARE(jsonRow(tree, {1}).data(JsonTreeModel::CountRole).toLongLong(), qint64(2));
    QCOMPARE(jsonText(tree, {1, 1}, 0), QStringLiteral("[1]"));
    QCOMPARE(model->rowCount(jsonRow(tree, {1})), 2);
    QCOMPARE(jsonText(tree, {1, 1}, 1), QStringLiteral("\"bo\""));
    QCOMPARE(jsonText(tree, {2}, 1), QStringLiteral("1.50"));
    QCOMPARE(jsonText(tree, {3}, 1), QStringLiteral("\"a\\nb\"")); // a line break shows as its escape
    QCOMPARE(jsonText(tree, {4}, 2), QStringLiteral("boolean"));

    QToolButton *expand = payload->expandAllButton();
    QToolButton *collapse = payload->collapseAllButton();
    QVERIFY(expand->isVisible() && expand->isEnabled());
    QVERIFY(collapse->isVisible() && collapse->isEnabled());
    QTest::mouseClick(collapse, Qt::LeftButton);
    QVERIFY(!tree->isExpanded(model->index(0, 0)));
    QTest::mouseClick(expand, Qt::LeftButton);
    QVERIFY(tree->isExpanded(model->index(0, 0)));
    QVERIFY(tree->isExpanded(jsonRow(tree, {1})));
}

void TestDetailPane::jsonTypeColumnSitsNextToTheValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("Short values keep the Type column close to them")
            << QByteArray(R"({"op":"say","room":1,"ok":true})");
    QTest::newRow("A very long string is elided and the Type column stays in view")
            << QByteArray(R"({"op":")" + QByteArray(3000, 'x') + R"(","n":2})");
}

void TestDetailPane::jsonTypeColumnSitsNextToTheValues()
{
    QFETCH(QByteArray, json);
    m_pane->setEvent(frameEvent(6, Direction::In, 0x1, json));
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(payload->mode(), PayloadView::Mode::Json);
    JsonTreeView *tree = payload->jsonTree();
    QVERIFY(tree->isVisible());
    const QHeaderView *header = tree->header();
    const int viewport = tree->viewport()->width();
    const int typeAt = header->sectionPosition(2);
    const int typeText = tree->fontMetrics().horizontalAdvance(QStringLiteral("boolean"));
    // The whole Type column is on screen.
    QVERIFY2(typeAt + typeText <= viewport, qPrintable(QStringLiteral("Type at %1, viewport %2").arg(typeAt).arg(viewport)));
    if (json.size() < 100) {
        // No wide gap: Type starts soon after the widest value, not at the far edge.
        const int valueEnd = header->sectionPosition(1) + tree->fontMetrics().horizontalAdvance(QStringLiteral("\"say\""));
        QVERIFY2(typeAt - valueEnd < viewport / 4,
                 qPrintable(QStringLiteral("value ends at %1, Type at %2, viewport %3").arg(valueEnd).arg(typeAt).arg(viewport)));
    }
    // Growing the pane keeps Type next to the values rather than pushing it right.
    m_pane->resize(1400, 600);
    QTRY_COMPARE(tree->viewport()->width() > viewport, true);
    if (json.size() < 100)
        QCOMPARE(header->sectionPosition(2), typeAt);
}

void TestDetailPane::jsonPrettyAndCompactToggle()
{
    m_pane->setEvent(frameEvent(7, Direction::Out, 0x1, R"({ "b" : 1 , "a" : [ 1 , 2 ] })"));
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(payload->mode(), PayloadView::Mode::Json);
    QTest::mouseClick(payload->jsonStyleButton(PayloadView::JsonStyle::Pretty), Qt::LeftButton);
    QCOMPARE(payload->jsonStyle(), PayloadView::JsonStyle::Pretty);
    QVERIFY(payload->textView()->isVisible());
    QVERIFY(!payload->expandAllButton()->isEnabled());
    QCOMPARE(payload->displayedText(),
             QStringLiteral("{\n    \"b\": 1,\n    \"a\": [\n        1,\n        2\n    ]\n}"));
    QTest::mouseClick(payload->jsonStyleButton(PayloadView::JsonStyle::Compact), Qt::LeftButton);
    QCOMPARE(payload->displayedText(), QStringLiteral(R"({"b":1,"a":[1,2]})"));
    QTest::mouseClick(payload->jsonStyleButton(PayloadView::JsonStyle::Tree), Qt::LeftButton);
    QVERIFY(payload->jsonTree()->isVisible());
    QCOMPARE(jsonText(payload->jsonTree(), {0}, 0), QStringLiteral("b"));
}

void TestDetailPane::invalidJsonFallsBackToTextWithLineAndColumn()
{
    const QByteArray broken("{\n  \"a\": 1\n  \"b\": 2\n}");
    m_pane->setEvent(frameEvent(8, Direction::In, 0x1, broken));
    PayloadView *payload = m_pane->payloadView();
    // Not valid JSON: the automatic choice is text.
    QCOMPARE(payload->mode(), PayloadView::Mode::Text);
    QTest::mouseClick(payload->modeButton(PayloadView::Mode::Json), Qt::LeftButton);
    QCOMPARE(payload->mode(), PayloadView::Mode::Json);
    QVERIFY(!payload->isJson());
    QVERIFY(payload->textView()->isVisible());
    QVERIFY(!payload->jsonTree()->isVisible());
    QCOMPARE(payload->displayedText(), QString::fromUtf8(broken));
    const QString note = payload->noteText();
    QVERIFY2(note.contains(QStringLiteral("Not valid JSON")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("Line 3, column 3")), qPrintable(note));
    QVERIFY(!payload->expandAllButton()->isEnabled());
    QVERIFY(!payload->jsonStyleButton(PayloadView::JsonStyle::Pretty)->isEnabled());
    // The cursor sits on the error.
    QCOMPARE(payload->textView()->textCursor().blockNumber(), 2);
}

void TestDetailPane::maskedBinaryFrameWith16BitLength()
{
    QByteArray data(300, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i);
    m_pane->setEvent(frameEvent(9, Direction::Out, 0x2, data));

    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(payload->mode(), PayloadView::Mode::Hex);
    QVERIFY(payload->hexView()->isVisible());
    QCOMPARE(payload->hexView()->lineCount(), qint64(19));
    QVERIFY2(payload->noteText().contains(QStringLiteral("19 line(s) of 16 bytes")), qPrintable(payload->noteText()));

    FrameView *frame = m_pane->frameView();
    QVERIFY(frame->hasFrame());
    QCOMPARE(frame->headerHex()->data(), QByteArray::fromHex("82fe012c37fa213d"));
    QTreeWidget *tree = frame->fieldTree();
    QCOMPARE(findField(tree, QStringLiteral("FIN"))->text(2), QStringLiteral("1... ...."));
    QTreeWidgetItem *opcode = findField(tree, QStringLiteral("Opcode"));
    QVERIFY(opcode->text(1).contains(QStringLiteral("0x2")));
    QVERIFY(opcode->text(1).contains(QStringLiteral("binary")));
    QCOMPARE(opcode->text(2), QStringLiteral(".... 0010"));
    QCOMPARE(findField(tree, QStringLiteral("MASK"))->text(1), QStringLiteral("masked"));
    QCOMPARE(findField(tree, QStringLiteral("MASK"))->text(2), QStringLiteral("1... ...."));
    QTreeWidgetItem *length = findField(tree, QStringLiteral("Payload length"));
    QVERIFY2(length->text(1).contains(QStringLiteral("300")) && length->text(1).contains(QStringLiteral("16-bit")),
             qPrintable(length->text(1)));
    QVERIFY(findField(tree, QStringLiteral("Length indicator (7 bits)"))->text(1).startsWith(QStringLiteral("126")));
    QCOMPARE(findField(tree, QStringLiteral("Extended length (16 bits)"))->text(1), QStringLiteral("300"));
    QCOMPARE(findField(tree, QStringLiteral("Extended length (16 bits)"))->text(2), QStringLiteral("01 2c"));
    // A minimal length encoding: nothing to flag.
    QVERIFY(!length->text(1).contains(QStringLiteral("not minimal")));
    QCOMPARE(frame->problemsText(), QString());
    QVERIFY(findField(tree, QStringLiteral("Masking key"))->text(1).contains(QStringLiteral("0x37fa213d")));

    m_pane->setCurrentIndex(DetailPane::FrameTab);
    QVERIFY(tree->isVisible());
    QVERIFY(frame->headerHex()->isVisible());
}

void TestDetailPane::frameFieldSelectionHighlightsItsBytes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("length");
    QTest::newRow("FIN lives in byte 0") << QStringLiteral("FIN") << qint64(0) << qint64(1);
    QTest::newRow("The opcode lives in byte 0") << QStringLiteral("Opcode") << qint64(0) << qint64(1);
    QTest::newRow("MASK lives in byte 1") << QStringLiteral("MASK") << qint64(1) << qint64(1);
    QTest::newRow("The payload length spans the 7-bit field and the 16-bit extension")
            << QStringLiteral("Payload length") << qint64(1) << qint64(3);
    QTest::newRow("The 16-bit extended length is bytes 2 and 3")
            << QStringLiteral("Extended length (16 bits)") << qint64(2) << qint64(2);
    QTest::newRow("The masking key is the last four bytes") << QStringLiteral("Masking key") << qint64(4) << qint64(4);
}

void TestDetailPane::frameFieldSelectionHighlightsItsBytes()
{
    QFETCH(QString, field);
    QFETCH(qint64, start);
    QFETCH(qint64, length);
    m_pane->setEvent(frameEvent(9, Direction::Out, 0x2, QByteArray(300, 'b')));
    m_pane->setCurrentIndex(DetailPane::FrameTab);
    FrameView *frame = m_pane->frameView();
    QTreeWidgetItem *item = findField(frame->fieldTree(), field);
    QVERIFY(item);
    frame->fieldTree()->setCurrentItem(item);
    QCOMPARE(frame->headerHex()->selectionStart(), start);
    QCOMPARE(frame->headerHex()->selectionLength(), length);
}

void TestDetailPane::frameNoteSaysWhereTheHeaderCameFrom_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<bool>("hasFrame");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("unexpected");
    const QString wire = QStringLiteral("as the wire tap recorded it");
    const QString noHeader = QStringLiteral("without its frame header");
    QTest::newRow("A frame decoded by the tap is the wire header")
            << frameEvent(11, Direction::Out, FrameHeader::Text, "abc") << true
            << wire << noHeader;
    QTest::newRow("A ping on a tapped connection is the wire header")
            << frameEvent(11, Direction::Out, FrameHeader::Ping, "abc") << true
            << wire << noHeader;
    QTest::newRow("A ping logged with the tap off has no header to show, and the note says why")
            << TestEvents::untapped(Direction::Out, FrameHeader::Ping, "abc", 11) << false << noHeader << wire;
    QTest::newRow("A pong logged without a header shows none")
            << TestEvents::untapped(Direction::In, FrameHeader::Pong, "abc", 11) << false << noHeader << wire;
    Event close = closeSummary(12, 1000, QString(), CloseInitiator::Client, true, 0);
    close.dir = Direction::Out;
    close.frame = frameEvent(12, Direction::Out, FrameHeader::Close, "abc").frame;
    close.payload = "abc";
    close.length = 3;
    QTest::newRow("The Close record of a tapped connection shows its first Close frame's header")
            << close << true << wire << noHeader;
}

void TestDetailPane::frameNoteSaysWhereTheHeaderCameFrom()
{
    QFETCH(Event, event);
    QFETCH(bool, hasFrame);
    QFETCH(QString, expected);
    QFETCH(QString, unexpected);
    m_pane->setEvent(event);
    FrameView *frame = m_pane->frameView();
    QCOMPARE(frame->hasFrame(), hasFrame);
    QCOMPARE(m_pane->isTabEnabled(DetailPane::FrameTab), hasFrame);
    QVERIFY2(frame->noteText().contains(expected), qPrintable(frame->noteText()));
    QVERIFY2(!frame->noteText().contains(unexpected), qPrintable(frame->noteText()));
    if (hasFrame) {
        QVERIFY(frame->noteText().contains(QStringLiteral("3 payload byte(s)")));
        QCOMPARE(frame->headerHex()->data(), event.frame.headerBytes().toByteArray());
    } else {
        QCOMPARE(frame->headerHex()->data(), QByteArray());
        QVERIFY(!frame->fieldTree()->isVisibleTo(frame));
    }
}

void TestDetailPane::theHighlightIsTheDissectorsRange_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<int>("role");
    QTest::newRow("A masked client frame with a 16-bit length")
            << frameEvent(9, Direction::Out, FrameHeader::Binary, QByteArray(300, 'b'))
            << int(FrameDecoder::Role::ClientToServer);
    QTest::newRow("A server frame with a 64-bit length")
            << frameEvent(9, Direction::In, FrameHeader::Binary, QByteArray(70000, 'b'))
            << int(FrameDecoder::Role::ServerToClient);
    TestEvents::FrameSpec rsv;
    rsv.rsv = 0x4; // RSV1 without an extension: a violation the dissector reports
    QTest::newRow("A server ping with RSV1 set")
            << TestEvents::frame(Direction::In, FrameHeader::Ping, "p", rsv, 9) << int(FrameDecoder::Role::ServerToClient);
}

void TestDetailPane::theHighlightIsTheDissectorsRange()
{
    QFETCH(Event, event);
    QFETCH(int, role);
    m_pane->setEvent(event);
    m_pane->setCurrentIndex(DetailPane::FrameTab);
    FrameView *frame = m_pane->frameView();
    FrameDissector::Context context;
    context.sender = FrameDecoder::Role(role);
    context.payloadShownUnmasked = true;
    const FrameDissector dissected(event.frame.headerBytes(), quint64(event.payload.size()), context);
    const qint64 headerSize = event.frame.headerSize;
    int checked = 0;
    for (const FrameDissector::Field &field : dissected.fields()) {
        QTreeWidgetItem *item = findField(frame->fieldTree(), field.label);
        QVERIFY2(item, qPrintable(field.label));
        QCOMPARE(item->text(1), field.value);
        QCOMPARE(item->text(2), field.bits);
        frame->fieldTree()->setCurrentItem(item);
        if (field.firstByte >= headerSize) {
            // The payload lies after the header strip: nothing in it to highlight.
            QCOMPARE(frame->headerHex()->selectionLength(), qint64(0));
            continue;
        }
        QCOMPARE(frame->headerHex()->selectionStart(), field.firstByte);
        QCOMPARE(frame->headerHex()->selectionLength(), field.byteCount);
        QCOMPARE(frame->headerHex()->selectedBytes(), field.raw);
        ++checked;
    }
    QVERIFY(checked >= 8);
    // Every problem the dissector found is shown.
    for (const FrameDissector::Problem &problem : dissected.problems())
        QVERIFY2(frame->problemsText().contains(problem.text), qPrintable(frame->problemsText()));
    QCOMPARE(frame->problemsText().isEmpty(), dissected.problems().isEmpty());
}

void TestDetailPane::nonMinimalLengthIsFlagged()
{
    TestEvents::FrameSpec wide;
    wide.lengthBits = 16; // "short" fits the 7-bit field
    m_pane->setEvent(TestEvents::frame(Direction::In, FrameHeader::Text, "short", wide, 10));
    FrameView *frame = m_pane->frameView();
    QCOMPARE(frame->headerHex()->data(), QByteArray::fromHex("817e0005"));
    const QString length = findField(frame->fieldTree(), QStringLiteral("Payload length"))->text(1);
    QVERIFY2(length.contains(QStringLiteral("not minimal")), qPrintable(length));
    // The dissector's warning is shown, citing the RFC.
    const QString problems = frame->problemsText();
    QVERIFY2(problems.contains(QStringLiteral("minimal")) && problems.contains(QStringLiteral("§5.2")), qPrintable(problems));
    QVERIFY(frame->problemsText().contains(FrameDissector(QByteArray::fromHex("817e0005"), 5).problems().first().text));
    // MASK 0: no masking key field at all.
    QVERIFY(findField(frame->fieldTree(), QStringLiteral("MASK"))->text(1).contains(QStringLiteral("not masked")));
    QVERIFY(!findField(frame->fieldTree(), QStringLiteral("Masking key")));
}

void TestDetailPane::theClassifiersReasonIsShown_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("contains");
    QTest::newRow("Text") << frameEvent(5, Direction::In, FrameHeader::Text, "hello") << int(PayloadView::Mode::Text)
                          << QStringLiteral("valid UTF-8");
    QTest::newRow("A JSON object") << frameEvent(5, Direction::In, FrameHeader::Text, R"({"a":1})")
                                   << int(PayloadView::Mode::Json) << QStringLiteral("JSON");
    QTest::newRow("Looks like JSON but is not") << frameEvent(5, Direction::In, FrameHeader::Text, R"({"a":})")
                                                << int(PayloadView::Mode::Text) << QStringLiteral("looks like JSON but");
    QTest::newRow("A text frame that is not UTF-8")
            << frameEvent(5, Direction::In, FrameHeader::Text, QByteArray::fromHex("68c328")) << int(PayloadView::Mode::Hex)
            << QStringLiteral("§8.1");
    QTest::newRow("Binary") << frameEvent(5, Direction::Out, FrameHeader::Binary, "abc") << int(PayloadView::Mode::Hex)
                            << QStringLiteral("binary");
    QTest::newRow("A Close frame") << frameEvent(5, Direction::Out, FrameHeader::Close, closePayload(1000))
                                   << int(PayloadView::Mode::Hex) << QStringLiteral("§5.5.1");
    QTest::newRow("Empty") << frameEvent(5, Direction::Out, FrameHeader::Ping, QByteArray()) << int(PayloadView::Mode::Text)
                           << QStringLiteral("no payload bytes");
}

void TestDetailPane::theClassifiersReasonIsShown()
{
    QFETCH(Event, event);
    QFETCH(int, mode);
    QFETCH(QString, contains);
    m_pane->setEvent(event);
    PayloadView *payload = m_pane->payloadView();
    const PayloadClassifier::Result expected = PayloadClassifier::classify(event.frame.opcode, event.payload);
    QCOMPARE(int(payload->mode()), mode);
    QCOMPARE(payload->classification().kind, expected.kind);
    const QString shown = payload->classificationText();
    QVERIFY2(shown.contains(expected.reason), qPrintable(shown));
    QVERIFY2(shown.contains(PayloadClassifier::kindName(expected.kind)), qPrintable(shown));
    QVERIFY2(shown.contains(contains), qPrintable(shown));
}

void TestDetailPane::theJsonTreeShowsRealCountsAndLoadsLazily()
{
    m_pane->setEvent(frameEvent(6, Direction::In, FrameHeader::Text,
                                R"({"users":[{"name":"ann","tags":["a","b","c"]},{"name":"bo"}],"n":2})"));
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(payload->mode(), PayloadView::Mode::Json);
    JsonTreeView *tree = payload->jsonTree();
    JsonTreeModel *model = tree->jsonModel();
    const QModelIndex root = model->index(0, 0);
    QVERIFY(tree->isExpanded(root));
    QCOMPARE(model->rowCount(root), 2);
    // Only the top-level value and its members are rows so far.
    QCOMPARE(model->loadedRows(), 3);
    const QModelIndex users = model->index(0, 0, root);
    QVERIFY(model->hasChildren(users));
    QVERIFY(model->canFetchMore(users));
    QCOMPARE(model->rowCount(users), 0);
    QVERIFY(users.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("2 element")));
    tree->expand(users); // the view fetches the children it now needs
    QCOMPARE(model->rowCount(users), 2);
    QCOMPARE(model->loadedRows(), 5);
    const QModelIndex ann = model->index(0, 0, users);
    QCOMPARE(ann.data().toString(), QStringLiteral("[0]"));
    QVERIFY(ann.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("2 member")));
    QCOMPARE(ann.data(JsonTreeModel::OffsetRole).toLongLong(), qint64(10)); // where the element starts
    tree->expand(ann);
    const QModelIndex tags = model->index(1, 0, ann);
    QCOMPARE(tags.data().toString(), QStringLiteral("tags"));
    QVERIFY(tags.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("3 element")));
    QCOMPARE(model->rowCount(tags), 0); // not opened: not loaded
}

void TestDetailPane::expandAllOnSixtyThousandObjectsIsBounded()
{
    constexpr int Objects = 60000;
    QByteArray doc = "[";
    for (int i = 0; i < Objects; ++i) {
        if (i > 0)
            doc += ',';
        doc += R"({"id":)" + QByteArray::number(i) + R"(,"name":"user-)" + QByteArray::number(i)
               + R"(","tags":["a","b"],"active":true,"score":12.5})";
    }
    doc += ']';
    QVERIFY2(doc.size() > 4500000 && doc.size() < 5200000, qPrintable(QString::number(doc.size())));

    QElapsedTimer timer;
    timer.start();
    m_pane->setEvent(frameEvent(6, Direction::In, FrameHeader::Text, doc));
    QCoreApplication::processEvents();
    const qint64 selectMs = timer.elapsed();
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(payload->classification().kind, PayloadClassifier::Kind::Json);
    QCOMPARE(payload->mode(), PayloadView::Mode::Text); // over MaxAutoJsonBytes: JSON on request
    timer.restart();
    QTest::mouseClick(payload->modeButton(PayloadView::Mode::Json), Qt::LeftButton);
    QCoreApplication::processEvents();
    const qint64 treeMs = timer.elapsed();
    JsonTreeView *tree = payload->jsonTree();
    QVERIFY(tree->isVisible());
    JsonTreeModel *model = tree->jsonModel();
    const QModelIndex root = model->index(0, 0);
    QVERIFY(root.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("60000 element")));
    QCOMPARE(root.data(JsonTreeModel::CountRole).toLongLong(), qint64(Objects));
    QCOMPARE(model->rowCount(root), Objects);
    QCOMPARE(model->loadedRows(), Objects + 1); // no object's members yet

    timer.restart();
    const qint64 expandCpuStart = threadCpuUs();
    QTest::mouseClick(payload->expandAllButton(), Qt::LeftButton);
    QCoreApplication::processEvents(); // the one layout
    tree->viewport()->repaint();
    const qint64 expandMs = timer.elapsed();
    const qint64 expandCpuMs = (threadCpuUs() - expandCpuStart) / 1000;
    QVERIFY(tree->isExpanded(model->index(0, 0, root)));
    QVERIFY(tree->isExpanded(model->index(JsonTreeView::MaxExpandAll / 4, 0, root))); // each object holds 2 containers
    QVERIFY(!tree->isExpanded(model->index(Objects - 1, 0, root)));
    QVERIFY2(payload->noteText().contains(QStringLiteral("opened the first")), qPrintable(payload->noteText()));
    QVERIFY(root.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("60000 element")));
    QVERIFY(model->loadedRows() < Objects + 1 + JsonTreeView::MaxExpandAll * 8);

    // Scrolling to the end stays cheap: the rows are there, only the visible ones are painted.
    timer.restart();
    tree->scrollToBottom();
    tree->viewport()->repaint();
    const qint64 scrollMs = timer.elapsed();
    // Expand all is one step bounded by what it does, not by a clock: it opens at most
    // MaxExpandAll containers and loads their rows only (checked above), so it costs the same
    // for any document size. The times are printed for the record; speed is measured in
    // benchmarks, where the machine's load cannot fail a test.
    qInfo("JSON tree of %d objects (%lld bytes): select %lld ms, tree %lld ms, expand all %lld ms (%lld ms CPU), "
          "scroll %lld ms",
          Objects, qint64(doc.size()), selectMs, treeMs, expandMs, expandCpuMs, scrollMs);
}

void TestDetailPane::rowsWithoutAFrameHaveNoFrameTab()
{
    Event e;
    e.seq = 3;
    e.kind = EventKind::Error;
    auto d = QSharedPointer<EventDetail>::create();
    d->errorCategory = ErrorCategory::Network;
    d->text = QStringLiteral("Connection refused by 127.0.0.1:1");
    e.detail = d;
    m_pane->setEvent(e);
    QVERIFY(!m_pane->isTabEnabled(DetailPane::FrameTab));
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::PayloadTab));
    PayloadView *payload = m_pane->payloadView();
    QVERIFY(!payload->hasPayload());
    QVERIFY(!payload->copyButton()->isEnabled());
    QVERIFY(!payload->saveButton()->isEnabled());
    QVERIFY(payload->noteText().contains(QStringLiteral("Connection refused by 127.0.0.1:1")));
    QVERIFY(!m_pane->frameView()->fieldTree()->isVisibleTo(m_pane->frameView()));
}

void TestDetailPane::theLastFragmentShowsTheWholeMessageAndItsOwnHeader_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("shown");
    const QByteArray json = R"({"op":"say","text":"hello"})";
    QTest::newRow("A fragmented JSON text message shows as JSON from its last frame")
            << TestEvents::lastFragment(Direction::In, FrameHeader::Text, json.right(4), json, 3, 20)
            << int(PayloadView::Mode::Json) << json;
    const QByteArray bytes = QByteArray::fromHex("000102030405ff");
    QTest::newRow("A fragmented binary message shows its whole bytes as hex from its last frame")
            << TestEvents::lastFragment(Direction::Out, FrameHeader::Binary, bytes.right(2), bytes, 2, 20)
            << int(PayloadView::Mode::Hex) << bytes;
}

void TestDetailPane::theLastFragmentShowsTheWholeMessageAndItsOwnHeader()
{
    QFETCH(Event, event);
    QFETCH(int, mode);
    QFETCH(QByteArray, shown);
    m_pane->setEvent(event);
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::PayloadTab));
    QVERIFY(payload->hasPayload());
    QCOMPARE(int(payload->mode()), mode);
    if (PayloadView::Mode(mode) == PayloadView::Mode::Hex)
        QCOMPARE(payload->hexView()->data(), shown);
    else
        QVERIFY(payload->isJson());
    // Copy and save take the message too, not the last frame's bytes.
    QGuiApplication::clipboard()->clear();
    payload->copyAsText();
    if (PayloadView::Mode(mode) != PayloadView::Mode::Hex)
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), shown);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(payload->saveToFile(dir.filePath(QStringLiteral("message.bin")), &error), qPrintable(error));
    QFile file(dir.filePath(QStringLiteral("message.bin")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), shown);

    // The Frame tab dissects the last frame itself: a continuation with FIN, its exact header.
    FrameView *frame = m_pane->frameView();
    QVERIFY(frame->hasFrame());
    QCOMPARE(frame->headerHex()->data(), event.frame.headerBytes().toByteArray());
    QVERIFY(findField(frame->fieldTree(), QStringLiteral("Opcode"))->text(1).contains(QStringLiteral("continuation")));
    QCOMPARE(findField(frame->fieldTree(), QStringLiteral("FIN"))->text(2), QStringLiteral("1... ...."));
    QVERIFY2(frame->noteText().contains(QStringLiteral("%1 payload byte(s)").arg(event.payload.size())),
             qPrintable(frame->noteText()));
}

void TestDetailPane::aMessageLoggedWithTheTapOffShowsItsPayloadButNoHeader()
{
    m_pane->setEvent(TestEvents::untapped(Direction::In, FrameHeader::Text, "from QWebSocket", 21));
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::PayloadTab));
    QCOMPARE(payload->mode(), PayloadView::Mode::Text);
    QCOMPARE(payload->displayedText(), QStringLiteral("from QWebSocket"));
    QVERIFY(!m_pane->isTabEnabled(DetailPane::FrameTab));
    FrameView *frame = m_pane->frameView();
    QVERIFY(!frame->hasFrame());
    QVERIFY2(frame->noteText().contains(QStringLiteral("The wire tap was off")), qPrintable(frame->noteText()));
    QVERIFY2(frame->noteText().contains(QStringLiteral("reported this message without its frame headers")),
             qPrintable(frame->noteText()));
    // Someone reading frame headers is taken to the payload: there is no header to read.
    m_pane->setEvent(frameEvent(22, Direction::In, FrameHeader::Text, "tapped"));
    m_pane->setCurrentIndex(DetailPane::FrameTab);
    m_pane->setEvent(TestEvents::untapped(Direction::In, FrameHeader::Text, "untapped", 23));
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::PayloadTab));
}

void TestDetailPane::copyPutsTheRightTextOnTheClipboard_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("clipboard");
    QTest::newRow("Copy as text puts the UTF-8 text") << 0 << QStringLiteral("Hi ü!");
    QTest::newRow("Copy as hex puts space-separated lower-case pairs") << 1 << QStringLiteral("48 69 20 c3 bc 21");
    QTest::newRow("Copy as Base64 puts padded standard Base64") << 2 << QStringLiteral("SGkgw7wh");
}

void TestDetailPane::copyPutsTheRightTextOnTheClipboard()
{
    QFETCH(int, action);
    QFETCH(QString, clipboard);
    m_pane->setEvent(frameEvent(11, Direction::In, 0x1, QStringLiteral("Hi ü!").toUtf8()));
    QGuiApplication::clipboard()->clear();
    QToolButton *copy = m_pane->payloadView()->copyButton();
    QVERIFY(copy->isVisible() && copy->isEnabled());
    QVERIFY(copy->menu());
    const QList<QAction *> actions = copy->menu()->actions();
    QCOMPARE(actions.size(), 3);
    actions.at(action)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), clipboard);
}

void TestDetailPane::saveWritesTheRawBytesAndReportsErrors()
{
    const QByteArray raw = QByteArray::fromHex("00ff10207f80");
    m_pane->setEvent(frameEvent(12, Direction::In, 0x2, raw));
    PayloadView *payload = m_pane->payloadView();
    QVERIFY(payload->saveButton()->isVisible() && payload->saveButton()->isEnabled());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("frame.bin"));
    QString error;
    QVERIFY(payload->saveToFile(path, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), raw);
    QVERIFY(payload->statusText().contains(QStringLiteral("Saved")));

    const QString bad = dir.filePath(QStringLiteral("no/such/dir/frame.bin"));
    QVERIFY(!payload->saveToFile(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("Could not save")) && error.contains(QStringLiteral("frame.bin")),
             qPrintable(error));
    QCOMPARE(payload->statusText(), error);
}

void TestDetailPane::largePayloadShowsTheFirstMebibyteAndAllHex()
{
    QByteArray big(64 * 1024 * 1024, 'a');
    for (qsizetype i = 79; i < big.size(); i += 80)
        big[i] = '\n';
    QElapsedTimer timer;
    timer.start();
    m_pane->setEvent(frameEvent(13, Direction::In, 0x1, big));
    QCoreApplication::processEvents();
    const qint64 textMs = timer.elapsed();
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(payload->mode(), PayloadView::Mode::Text);
    QCOMPARE(payload->displayedText().size(), qsizetype(PayloadView::MaxTextBytes));
    QVERIFY2(payload->noteText().contains(QStringLiteral("Showing the first 1 MiB of 64 MiB")),
             qPrintable(payload->noteText()));
    QTest::mouseClick(payload->modeButton(PayloadView::Mode::Hex), Qt::LeftButton);
    QVERIFY(payload->hexView()->isVisible());
    QCOMPARE(payload->hexView()->lineCount(), qint64(4 * 1024 * 1024));
    QCOMPARE(payload->hexView()->data().constData(), big.constData()); // shared, not copied
    qInfo("64 MiB text payload: select + text view %lld ms, total with hex %lld ms", textMs, timer.elapsed());
}

void TestDetailPane::oneHugeLineIsShownInPiecesAndStaysFast()
{
    // Compact JSON of 2 MiB on one line: Qt would take seconds to wrap it as one block.
    QByteArray line = "[";
    while (line.size() < 2 * 1024 * 1024)
        line += "\"abcdefghijklmnopqrstuvwxyz\",";
    line += "0]";
    QElapsedTimer timer;
    timer.start();
    m_pane->setEvent(frameEvent(14, Direction::In, 0x1, line));
    QCoreApplication::processEvents();
    PayloadView *payload = m_pane->payloadView();
    QCOMPARE(payload->mode(), PayloadView::Mode::Text); // over MaxAutoJsonBytes: JSON only on request
    const QString shown = payload->displayedText();
    QCOMPARE(shown.count(QLatin1Char('\n')), int(PayloadView::MaxTextBytes / PayloadView::LongLineChars) - 1);
    QCOMPARE(shown.left(PayloadView::LongLineChars), QString::fromLatin1(line.left(PayloadView::LongLineChars)));
    QVERIFY2(payload->noteText().contains(QStringLiteral("shown in pieces")), qPrintable(payload->noteText()));
    QVERIFY2(payload->noteText().contains(QStringLiteral("Showing the first 1 MiB of 2.0 MiB")), qPrintable(payload->noteText()));
    qInfo("2 MiB single-line text payload shown in %lld ms", timer.elapsed());
    // Copy still takes the payload itself, without the display breaks.
    payload->copyAsText();
    QCOMPARE(QGuiApplication::clipboard()->text().size(), line.size());
}

void TestDetailPane::handshakeWithBadAcceptShowsCross()
{
    const Event request = handshakeRequest(1, RfcKey);
    const Event response = handshakeResponse(
            2, 101, "Switching Protocols",
            {{"Upgrade", "websocket"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", "AAAAAAAAAAAAAAAAAAAAAAAAAAA="}},
            {QStringLiteral("Sec-WebSocket-Accept does not match the key.")});
    m_pane->setHandshake(request, response);
    m_pane->setEvent(response);
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::HandshakeTab));
    HandshakeView *view = m_pane->handshakeView();
    QCOMPARE(view->acceptMark(), QStringLiteral("✗"));
    QVERIFY(view->acceptSummary().contains(QStringLiteral("wrong")));
    const QString formula = view->formulaText();
    QVERIFY(formula.contains(QStringLiteral("base64(SHA-1(key + \"258EAFA5-E914-47DA-95CA-C5AB0DC85B11\"))")));
    QVERIFY(formula.contains(QString::fromLatin1(RfcKey)));
    QVERIFY(formula.contains(QStringLiteral("expected = ") + QString::fromLatin1(RfcAccept)));
    QVERIFY(formula.contains(QStringLiteral("received = AAAAAAAAAAAAAAAAAAAAAAAAAAA=")));
    QVERIFY(view->problemsText().contains(QStringLiteral("✗ Sec-WebSocket-Accept does not match the key.")));
    QCOMPARE(view->requestLine(), QStringLiteral("GET /chat?room=1 HTTP/1.1"));
    QCOMPARE(view->statusLine(), QStringLiteral("HTTP/1.1 101 Switching Protocols"));
    // Headers in wire order.
    QTableWidget *requestHeaders = view->requestHeaders();
    QCOMPARE(requestHeaders->rowCount(), 6);
    QCOMPARE(requestHeaders->item(0, 0)->text(), QStringLiteral("Host"));
    QCOMPARE(requestHeaders->item(3, 0)->text(), QStringLiteral("Sec-WebSocket-Key"));
    QCOMPARE(requestHeaders->item(3, 1)->text(), QString::fromLatin1(RfcKey));
    QCOMPARE(view->responseHeaders()->item(2, 0)->text(), QStringLiteral("Sec-WebSocket-Accept"));
    QVERIFY(!view->bodyView()->isVisible());
}

void TestDetailPane::handshakeWithGoodAcceptShowsCheckAndNegotiation()
{
    const Event request = handshakeRequest(1, RfcKey);
    const Event response = handshakeResponse(2, 101, "Switching Protocols",
                                             {{"Upgrade", "websocket"},
                                              {"Connection", "Upgrade"},
                                              {"Sec-WebSocket-Accept", RfcAccept},
                                              {"Sec-WebSocket-Protocol", "chat.v1"}});
    m_pane->setEvent(request);
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::HandshakeTab));
    QCOMPARE(m_pane->handshakeView()->acceptMark(), QString()); // no response yet
    m_pane->setEvent(response);
    HandshakeView *view = m_pane->handshakeView();
    QCOMPARE(view->acceptMark(), QStringLiteral("✓"));
    QVERIFY(view->acceptSummary().contains(QStringLiteral("correct")));
    QVERIFY2(view->negotiatedText().contains(QStringLiteral("chat.v1")), qPrintable(view->negotiatedText()));
    QVERIFY(view->negotiatedText().contains(QStringLiteral("extensions: none")));
    QCOMPARE(view->problemsText(), QString());
    QVERIFY(view->requestHeaders()->isVisible());
    QVERIFY(view->responseHeaders()->isVisible());
}

void TestDetailPane::refusedUpgradeShowsStatusAndBody()
{
    const Event request = handshakeRequest(1, RfcKey);
    const Event response = handshakeResponse(2, 401, "Unauthorized",
                                             {{"Content-Type", "text/plain"}, {"Content-Length", "22"}},
                                             {QStringLiteral("The server answered 401 Unauthorized instead of 101.")},
                                             "missing or bad token\r\n");
    m_pane->setHandshake(request, response);
    m_pane->setEvent(response);
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::HandshakeTab));
    HandshakeView *view = m_pane->handshakeView();
    QCOMPARE(view->statusLine(), QStringLiteral("HTTP/1.1 401 Unauthorized"));
    QCOMPARE(view->acceptMark(), QString());
    QVERIFY(view->acceptSummary().contains(QStringLiteral("401")));
    QVERIFY(view->bodyView()->isVisible());
    QCOMPARE(view->bodyText(), QStringLiteral("missing or bad token\n"));
    QVERIFY(view->problemsText().contains(QStringLiteral("401 Unauthorized instead of 101")));

    // A binary body is shown as hex.
    const Event binary = handshakeResponse(3, 403, "Forbidden", {}, {}, QByteArray::fromHex("00ff"));
    m_pane->setHandshake(request, binary);
    QCOMPARE(view->bodyText(), QStringLiteral("00 ff\n"));
}

void TestDetailPane::handshakeStacksWhenNarrow()
{
    m_pane->setHandshake(handshakeRequest(1, RfcKey), handshakeResponse(2, 101, "Switching Protocols", {}));
    m_pane->setCurrentIndex(DetailPane::HandshakeTab);
    HandshakeView *view = m_pane->handshakeView();
    m_pane->resize(1200, 600);
    QTRY_COMPARE(view->splitter()->orientation(), Qt::Horizontal);
    m_pane->resize(500, 600);
    QTRY_COMPARE(view->splitter()->orientation(), Qt::Vertical);
}

void TestDetailPane::tlsDetailsAppearWhenGiven()
{
    m_pane->setHandshake(handshakeRequest(1, RfcKey), handshakeResponse(2, 101, "Switching Protocols", {}));
    m_pane->setCurrentIndex(DetailPane::HandshakeTab);
    HandshakeView *view = m_pane->handshakeView();
    QVERIFY(!view->tlsBox()->isVisible());
    Event tls;
    tls.seq = 3;
    tls.kind = EventKind::Tls;
    auto d = QSharedPointer<EventDetail>::create();
    d->tlsProtocol = QStringLiteral("TLS 1.3");
    d->tlsCipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    d->tlsChain = {QStringLiteral("CN=example.test"), QStringLiteral("CN=Test CA")};
    d->tlsErrors = {QStringLiteral("The certificate is self-signed, and untrusted")};
    tls.detail = d;
    m_pane->setTls(tls);
    QVERIFY(view->tlsBox()->isVisible());
    const QString text = view->tlsText();
    QVERIFY(text.contains(QStringLiteral("TLS 1.3")));
    QVERIFY(text.contains(QStringLiteral("TLS_AES_256_GCM_SHA384")));
    QVERIFY(text.contains(QStringLiteral("CN=Test CA")));
    QVERIFY(text.contains(QStringLiteral("✗ The certificate is self-signed")));
}

void TestDetailPane::closeStories_data()
{
    QTest::addColumn<QList<Event>>("events");
    QTest::addColumn<QString>("story");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("explanationContains");
    QTest::addColumn<int>("timelineRows");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("You close with 1000 \"bye\", the server echoes after 12 ms, TCP closes cleanly")
            << QList<Event>{frameEvent(20, Direction::Out, 0x8, closePayload(1000, "bye")),
                            frameEvent(21, Direction::In, 0x8, closePayload(1000), 12),
                            stateEvent(22, SessionState::Closed, 15),
                            closeSummary(23, 1000, QString(), CloseInitiator::Client, true, 15)}
            << QStringLiteral("You sent Close 1000 \"bye\" at %1 → server echoed 1000 after 12 ms → TCP closed · clean")
                       .arg(clock(BaseWallMs))
            << QStringLiteral("You closed the connection cleanly") << QStringLiteral("Code 1000 · Normal closure")
            << QString() << 4
            << QStringLiteral("The client closed with 1000 (Normal closure), reason \"bye\"; the server answered with the same code: a clean close.");

    QTest::newRow("The server closes without a status code, which reads as 1005")
            << QList<Event>{frameEvent(30, Direction::In, 0x8, QByteArray()),
                            frameEvent(31, Direction::Out, 0x8, QByteArray(), 1),
                            stateEvent(32, SessionState::Closed, 2),
                            closeSummary(33, 1005, QString(), CloseInitiator::Server, true, 2)}
            << QStringLiteral("The server sent Close without a status code at %1 → you echoed without a status code "
                              "after 1.0 ms → TCP closed · clean")
                       .arg(clock(BaseWallMs))
            << QStringLiteral("The server closed the connection cleanly") << QStringLiteral("Code 1005 · No status received")
            << QStringLiteral("The server's Close frame carried no status code") << 4
            << QStringLiteral("The server closed with a Close frame without a status code (1005); the client answered with the same code: a clean close.");

    QTest::newRow("The connection drops without any Close frame, which reads as 1006")
            << QList<Event>{stateEvent(40, SessionState::Open, -5000),
                            stateEvent(41, SessionState::Closed, 0),
                            closeSummary(42, 1006, QString(), CloseInitiator::None, false, 0)}
            << QStringLiteral("The connection dropped without a Close frame at %1 · not clean").arg(clock(BaseWallMs))
            << QStringLiteral("Connection dropped") << QStringLiteral("Code 1006 · Abnormal closure")
            << QStringLiteral("No Close frame came from the server before the connection ended, so its code reads as 1006") << 2
            << QStringLiteral("The connection ended without a Close frame from either side, so both codes read as 1006 (Abnormal closure): not a clean close.");

    QTest::newRow("You close with 1001, the server never answers and TCP ends: 1006, not clean")
            << QList<Event>{frameEvent(50, Direction::Out, 0x8, closePayload(1001, "going away")),
                            stateEvent(51, SessionState::Closed, 1000),
                            closeSummary(52, 1006, QString(), CloseInitiator::Client, false, 1000)}
            << QStringLiteral("You sent Close 1001 \"going away\" at %1 → the server sent no Close frame back → TCP "
                              "closed · not clean")
                       .arg(clock(BaseWallMs))
            << QStringLiteral("You closed the connection, not cleanly") << QStringLiteral("Code 1006 · Abnormal closure")
            << QStringLiteral("No Close frame came from the server before the connection ended") << 3
            << QStringLiteral("The client closed with 1001 (Going away), reason \"going away\"; the connection ended before the server answered (1006): not a clean close.");

    QTest::newRow("The server closes with 4001 and a reason, you echo it")
            << QList<Event>{frameEvent(60, Direction::In, 0x8, closePayload(4001, "kicked")),
                            frameEvent(61, Direction::Out, 0x8, closePayload(4001, "kicked")),
                            stateEvent(62, SessionState::Closed, 40),
                            closeSummary(63, 4001, QStringLiteral("kicked"), CloseInitiator::Server, true, 40)}
            << QStringLiteral("The server sent Close 4001 \"kicked\" at %1 → you echoed 4001 \"kicked\" after 0.0 ms "
                              "→ TCP closed · clean")
                       .arg(clock(BaseWallMs))
            << QStringLiteral("The server closed the connection cleanly")
            << QStringLiteral("Code 4001 · %1 · reason \"kicked\"").arg(CloseCodes::name(4001)) << QString() << 4
            << QStringLiteral("The server closed with %1, reason \"kicked\"; the client answered with the same code: a clean close.").arg(CloseCodes::label(4001));
}

void TestDetailPane::closeStories()
{
    QFETCH(QList<Event>, events);
    QFETCH(QString, story);
    QFETCH(QString, headline);
    QFETCH(QString, code);
    QFETCH(QString, explanationContains);
    QFETCH(int, timelineRows);
    QFETCH(QString, sentence);

    QVERIFY(!m_pane->isTabEnabled(DetailPane::CloseTab));
    m_pane->setCloseStory(events);
    QVERIFY(m_pane->isTabEnabled(DetailPane::CloseTab));
    m_pane->setEvent(events.last());
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::CloseTab));
    CloseView *view = m_pane->closeView();
    QCOMPARE(view->storyText(), story);
    QCOMPARE(view->headline(), headline);
    QCOMPARE(view->codeText(), code);
    QCOMPARE(view->sentenceText(), sentence); // CloseReport's own words
    QVERIFY(!view->meaningText().isEmpty());
    if (explanationContains.isEmpty()) {
        QCOMPARE(view->explanationText(), QString());
    } else {
        QVERIFY2(view->explanationText().contains(explanationContains), qPrintable(view->explanationText()));
    }
    // Each explanation once, even when both Close frames lacked a code: one note per side.
    QVERIFY(view->explanationText().count(QStringLiteral("The server's Close frame carried no status code")) <= 1);
    QVERIFY(view->explanationText().count(QStringLiteral("The client's Close frame carried no status code")) <= 1);
    const QStringList lines = view->explanationText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()).size(), lines.size());
    QVERIFY(view->timeline()->isVisible());
    QCOMPARE(view->timeline()->topLevelItemCount(), timelineRows);
}

void TestDetailPane::aTapOffCloseSaysWhetherItWasCleanIsUnknown()
{
    // Tap off, QWebSocket answers the server's Close without a signal: the session's Close record
    // says the clean/not-clean question has no answer (CloseVerdict), and the Close tab says so
    // instead of calling the close "not clean".
    Event record = at(TestEvents::withDetail(EventKind::Close, Direction::In, [](EventDetail &d) {
        d.closeCode = 1000;
        d.closeInitiator = CloseInitiator::Server;
        d.closeClean = false;
        d.closeCleanKnown = false;
        d.attemptOpened = true;
    }, 60), 5);
    const Event closed = stateEvent(61, SessionState::Closed, 6);
    m_pane->setCloseStory({record, closed});
    m_pane->setEvent(record);
    CloseView *view = m_pane->closeView();
    QVERIFY2(view->headline().contains(QStringLiteral("whether cleanly is unknown")), qPrintable(view->headline()));
    QVERIFY2(view->storyText().endsWith(QStringLiteral("clean unknown (tap off)")), qPrintable(view->storyText()));
    QVERIFY(!view->headline().contains(QStringLiteral("not cleanly")));
    // What the tap would have shown, so the user knows what turning it on buys.
    QVERIFY2(view->explanationText().contains(QStringLiteral("With the wire tap on, this tab would show both Close frames")),
             qPrintable(view->explanationText()));
}

void TestDetailPane::tabFollowsTheSelectedRow()
{
    const QList<Event> events{handshakeRequest(1, RfcKey),
                              handshakeResponse(2, 101, "Switching Protocols", {{"Sec-WebSocket-Accept", RfcAccept}}),
                              frameEvent(3, Direction::Out, 0x1, "hi"),
                              frameEvent(4, Direction::In, 0x1, "hi"),
                              frameEvent(5, Direction::Out, 0x8, closePayload(1000)),
                              frameEvent(6, Direction::In, 0x8, closePayload(1000), 5),
                              stateEvent(7, SessionState::Closed, 6),
                              closeSummary(8, 1000, QString(), CloseInitiator::Client, true, 6)};
    m_pane->setConnectionEvents(events);
    QVERIFY(m_pane->isTabEnabled(DetailPane::HandshakeTab));
    QVERIFY(m_pane->isTabEnabled(DetailPane::CloseTab));

    m_pane->setEvent(events.at(2));
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::PayloadTab));
    m_pane->setEvent(events.at(1));
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::HandshakeTab));
    QCOMPARE(m_pane->handshakeView()->acceptMark(), QStringLiteral("✓"));
    m_pane->setEvent(events.at(4));
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::CloseTab));
    // Someone reading frame headers stays on the Frame tab from frame to frame…
    m_pane->setEvent(events.at(3));
    m_pane->setCurrentIndex(DetailPane::FrameTab);
    m_pane->setEvent(events.at(2));
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::FrameTab));
    QVERIFY(m_pane->frameView()->fieldTree()->isVisible());
    // …until a row without a frame header.
    m_pane->setEvent(events.at(6));
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::CloseTab));
    QVERIFY(!m_pane->isTabEnabled(DetailPane::FrameTab));
}

void TestDetailPane::clearEmptiesEveryTab()
{
    m_pane->setConnectionEvents({handshakeRequest(1, RfcKey), frameEvent(2, Direction::Out, 0x8, closePayload(1000)),
                                 stateEvent(3, SessionState::Closed, 3)});
    m_pane->setEvent(frameEvent(4, Direction::In, 0x1, "x"));
    m_pane->clear();
    QCOMPARE(m_pane->currentIndex(), int(DetailPane::PayloadTab));
    QVERIFY(!m_pane->isTabEnabled(DetailPane::FrameTab));
    QVERIFY(!m_pane->isTabEnabled(DetailPane::HandshakeTab));
    QVERIFY(!m_pane->isTabEnabled(DetailPane::CloseTab));
    QVERIFY(!m_pane->payloadView()->hasPayload());
    QVERIFY(!m_pane->payloadView()->copyButton()->isEnabled());
    QCOMPARE(m_pane->closeView()->headline(), QStringLiteral("Not closed"));
}

void TestDetailPane::languageChangeRebuildsEveryView()
{
    const QList<Event> events{handshakeRequest(1, RfcKey),
                              handshakeResponse(2, 101, "Switching Protocols", {{"Sec-WebSocket-Accept", RfcAccept}}),
                              frameEvent(3, Direction::Out, 0x8, closePayload(1000)),
                              frameEvent(4, Direction::In, 0x8, closePayload(1000), 5),
                              stateEvent(5, SessionState::Closed, 6),
                              closeSummary(6, 1000, QString(), CloseInitiator::Client, true, 6)};
    m_pane->setConnectionEvents(events);
    m_pane->setEvent(frameEvent(7, Direction::In, 0x1, R"({"a":[1,2]})"));
    const QString story = m_pane->closeView()->storyText();
    const QString formula = m_pane->handshakeView()->formulaText();
    // What QApplication sends when a translator is installed; QWidget passes it on to children.
    QSignalSpy rebuilt(m_pane->payloadView()->jsonTree(), &QTreeView::expanded);
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_pane, &languageChange);
    QCOMPARE(rebuilt.count(), 1); // the JSON tree was built again (its root expands)
    QCOMPARE(m_pane->tabText(DetailPane::CloseTab), QStringLiteral("Close"));
    QCOMPARE(m_pane->closeView()->storyText(), story);
    QCOMPARE(m_pane->handshakeView()->formulaText(), formula);
    QCOMPARE(m_pane->handshakeView()->acceptMark(), QStringLiteral("✓"));
    JsonTreeView *tree = m_pane->payloadView()->jsonTree();
    QCOMPARE(tree->model()->rowCount(), 1);
    QVERIFY(jsonRow(tree, {0, 1}).isValid()); // the member's elements load again on demand
    QCOMPARE(tree->model()->rowCount(jsonRow(tree, {0})), 2);
    QCOMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Key"));
    QCOMPARE(m_pane->frameView()->fieldTree()->headerItem()->text(0), QStringLiteral("Field"));
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
