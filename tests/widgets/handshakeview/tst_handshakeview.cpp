#include "pseudotranslator.h"
#include "testevents.h"

#include "core/protocol/frameheader.h"
#include "core/protocol/handshake.h"
#include "widgets/detail/acceptformulaview.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/frameview.h"
#include "widgets/detail/handshakeview.h"
#include "widgets/detail/headertable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

// The Handshake tab's tables, raw HTTP view, copy actions and the Accept block.
class TestHandshakeView : public QObject
{
    Q_OBJECT

private slots:
    void tablesAreAsTallAsTheirRowsAtTheDefaultSplit();
    void rawHttpShowsAndCopiesEachHead();
    void theContextMenuCopiesAHeaderItsValueOrAll();
    void theAcceptBlockStaysAlignedInAnotherLanguage();
    void phrasesWithAnOpcodeAreWholeTranslatableSentences();

private:
    static Event request();
    static Event response();
};

namespace {

const QByteArray Key = "dGhlIHNhbXBsZSBub25jZQ==";

} // namespace

Event TestHandshakeView::request()
{
    return TestEvents::withDetail(EventKind::HandshakeRequest, Direction::Out, [](EventDetail &d) {
        d.http.isRequest = true;
        d.http.method = "GET";
        d.http.target = "/chat?room=1";
        d.http.headers = {{"Host", "127.0.0.1:50123"},        {"Upgrade", "websocket"},
                          {"Connection", "Upgrade"},          {"Sec-WebSocket-Key", Key},
                          {"Sec-WebSocket-Version", "13"},    {"Sec-WebSocket-Protocol", "chat.v1"},
                          {"Origin", "http://localhost"},     {"User-Agent", "WsScope"},
                          {"Authorization", "Bearer abc"},    {"X-Trace", "1"}};
        QByteArray raw = "GET /chat?room=1 HTTP/1.1\r\n";
        for (const HttpMessage::Header &h : d.http.headers)
            raw += h.first + ": " + h.second + "\r\n";
        d.http.rawHead = raw + "\r\n";
    }, 1);
}

Event TestHandshakeView::response()
{
    return TestEvents::withDetail(EventKind::HandshakeResponse, Direction::In, [](EventDetail &d) {
        d.http.isRequest = false;
        d.http.statusCode = 101;
        d.http.reasonPhrase = "Switching Protocols";
        d.http.headers = {{"Upgrade", "websocket"}, {"Connection", "Upgrade"},
                          {"Sec-WebSocket-Accept", Handshake::acceptFor(Key)}, {"Sec-WebSocket-Protocol", "chat.v1"}};
        // No raw bytes (as with the tap off): the raw view rebuilds the head from the fields.
    }, 2);
}

void TestHandshakeView::tablesAreAsTallAsTheirRowsAtTheDefaultSplit()
{
    // The detail pane's height at the session tab's default split.
    DetailPane pane;
    pane.resize(1000, 330);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setHandshake(request(), response());
    pane.setCurrentIndex(DetailPane::HandshakeTab);
    QCoreApplication::processEvents();
    HandshakeView *view = pane.handshakeView();
    for (HeaderTable *table : {view->requestHeaders(), view->responseHeaders()}) {
        QVERIFY(table->isVisible());
        QVERIFY(!table->verticalScrollBar()->isVisible());
        const QRect last = table->visualRect(table->model()->index(table->rowCount() - 1, 1));
        QVERIFY2(table->viewport()->rect().contains(last), qPrintable(QStringLiteral("row %1 of %2 is cut off")
                                                                          .arg(table->rowCount()).arg(table->height())));
    }
    QCOMPARE(view->requestHeaders()->rowCount(), 10);
    // The tab scrolls as a whole instead.
    QVERIFY(view->scrollArea()->verticalScrollBar()->maximum() > 0);
}

void TestHandshakeView::rawHttpShowsAndCopiesEachHead()
{
    HandshakeView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHandshake(request(), response());
    QVERIFY(!view.requestRawView()->isVisible());
    QVERIFY(view.rawToggle()->isVisible());
    QTest::mouseClick(view.rawToggle(), Qt::LeftButton);
    QVERIFY(view.requestRawView()->isVisible());
    QVERIFY(view.responseRawView()->isVisible());
    QVERIFY(!view.requestHeaders()->isVisible());
    const QString requestText = view.requestRawView()->toPlainText();
    QVERIFY2(requestText.startsWith(QStringLiteral("GET /chat?room=1 HTTP/1.1\nHost: 127.0.0.1:50123\n")), qPrintable(requestText));
    QVERIFY(requestText.endsWith(QStringLiteral("X-Trace: 1")));
    QVERIFY(!view.requestRawView()->verticalScrollBar()->isVisible());
    QVERIFY(view.responseRawView()->toPlainText().startsWith(QStringLiteral("HTTP/1.1 101 Switching Protocols\nUpgrade: websocket")));

    QTest::mouseClick(view.copyRequestButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(request().detail->http.rawHead));
    QTest::mouseClick(view.copyResponseButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.startsWith(QStringLiteral("HTTP/1.1 101 Switching Protocols\r\n")));
    QVERIFY(copied.endsWith(QStringLiteral("Sec-WebSocket-Protocol: chat.v1\r\n\r\n")));

    QTest::mouseClick(view.rawToggle(), Qt::LeftButton);
    QVERIFY(view.requestHeaders()->isVisible());
    QVERIFY(!view.requestRawView()->isVisible());
}

void TestHandshakeView::theContextMenuCopiesAHeaderItsValueOrAll()
{
    HandshakeView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHandshake(request(), response());
    HeaderTable *table = view.requestHeaders();
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(table->actions().contains(table->copyHeaderAction()));
    QVERIFY(table->actions().contains(table->copyAllAction()));
    QVERIFY(!table->copyHeaderAction()->isEnabled()); // no row chosen yet
    table->setCurrentCell(3, 0);
    QVERIFY(table->copyHeaderAction()->isEnabled());
    table->copyHeaderAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Sec-WebSocket-Key: ") + QString::fromLatin1(Key));
    table->copyValueAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(Key));
    table->copyAllAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(request().detail->http.rawHead));
    // Ctrl+C on the table copies the selected header.
    table->setCurrentCell(0, 1);
    table->setFocus();
    QTest::keySequence(table, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Host: 127.0.0.1:50123"));
}

void TestHandshakeView::theAcceptBlockStaysAlignedInAnotherLanguage()
{
    HandshakeView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setHandshake(request(), response());
    const PseudoTranslator translator; // names of different lengths, as a translation brings
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&view, &languageChange);
    QCoreApplication::processEvents();
    AcceptFormulaView *block = view.formulaBlock();
    QVERIFY(block->isVisible());
    QVERIFY(QFontInfo(block->font()).fixedPitch());
    const QList<QLabel *> names = block->nameLabels();
    const QList<QLabel *> values = block->valueLabels();
    QCOMPARE(names.at(1)->text(), PseudoTranslator::wrapped(QStringLiteral("expected")));
    QVERIFY(names.at(0)->text().size() < names.at(1)->text().size());
    const int column = values.at(0)->mapTo(block, QPoint(0, 0)).x();
    for (QLabel *value : values) {
        QCOMPARE(value->mapTo(block, QPoint(0, 0)).x(), column);
        QVERIFY(QFontInfo(value->font()).fixedPitch());
    }
    QCOMPARE(values.at(1)->text(), QString::fromLatin1(Handshake::acceptFor(Key)));
    QVERIFY(view.formulaText().contains(PseudoTranslator::wrapped(QStringLiteral("expected")) + QStringLiteral(" = ")
                                        + QString::fromLatin1(Handshake::acceptFor(Key))));
}

void TestHandshakeView::phrasesWithAnOpcodeAreWholeTranslatableSentences()
{
    // Each sentence is one catalogue entry: translated whole, no English opcode name inside.
    const PseudoTranslator translator;
    FrameView view;
    for (const quint8 opcode : {FrameHeader::Text, FrameHeader::Binary, FrameHeader::Ping, FrameHeader::Pong}) {
        view.setEvent(TestEvents::untapped(Direction::In, opcode, "abc", 3));
        const QString note = view.noteText();
        QVERIFY2(note.startsWith(QStringLiteral("[[")) && note.endsWith(QStringLiteral("]]")), qPrintable(note));
        QCOMPARE(note.count(QStringLiteral("[[")), 1);
    }
}

QTEST_MAIN(TestHandshakeView)
#include "tst_handshakeview.moc"
