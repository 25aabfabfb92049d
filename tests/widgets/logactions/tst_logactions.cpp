// "A log you can act on": the row menu (mouse and keyboard), copies, resend and jump against the
// built-in echo server on loopback, the direction × kind toggles, highlights of the search,
// separator rows between connection attempts.

#include "widgets/session/sessiontab.h"

#include "core/codecs/base64codec.h"
#include "core/log/eventlog.h"
#include "core/protocol/frameheader.h"
#include "core/session/session.h"
#include "core/testserver/testserver.h"
#include "fileprobe.h"
#include "tabdriver.h"
#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/payloadtextview.h"
#include "widgets/detail/payloadview.h"
#include "widgets/detail/statuscolors.h"
#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/logfilterbutton.h"
#include "widgets/session/logrowdelegate.h"
#include "widgets/session/logrowmenu.h"
#include "widgets/session/logview.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

class TestLogActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theRowMenuOpensFromTheKeyboardAndTheMouse();
    void copiesPutTheRightBytesOnTheClipboard();
    void resendSendsTheSameBytesAndTheyComeBack();
    void jumpGoesFromPingToPongAndFromRequestToReply();
    void loadIntoComposerAndSaveToFile();
    void togglesCombineAndThePresetsFollow();
    void invalidRegexSaysWhyAndFiltersNothingOut();
    void searchMatchesAreHighlightedInSummaryAndPayload();
    void connectionAttemptsAreSeparatedAndNoCloseRowPrecedesOpen();

private:
    void connectTab(SessionTab *tab, const QString &url);
    void sendText(SessionTab *tab, const QString &text);
    // The proxy row of the first event matching `pred`, invalid if none.
    static QModelIndex rowOf(SessionTab *tab, const std::function<bool(const Event &)> &pred);
    static QModelIndex frameRow(SessionTab *tab, Direction dir, quint8 opcode, const QByteArray &payload);
    static QAction *itemOf(LogRowMenu *menu, LogRowMenu::Item item);

    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestLogActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("WsScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logactions"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QString error;
    QVERIFY2(m_server.start(0, &error), qPrintable(error));
}

void TestLogActions::cleanupTestCase()
{
    m_server.stop();
}

void TestLogActions::connectTab(SessionTab *tab, const QString &url)
{
    TabDriver::connectByHand(tab, url);
}

void TestLogActions::sendText(SessionTab *tab, const QString &text)
{
    Composer *composer = tab->composer();
    composer->setText(text);
    QVERIFY2(composer->sendButton()->isEnabled(), qPrintable(composer->sendBlockedReason()));
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
}

QModelIndex TestLogActions::rowOf(SessionTab *tab, const std::function<bool(const Event &)> &pred)
{
    tab->logModel()->flush();
    const QAbstractItemModel *model = tab->logView()->treeView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (pred(index.data(FrameLogModel::EventRole).value<Event>()))
            return index;
    }
    return {};
}

QModelIndex TestLogActions::frameRow(SessionTab *tab, Direction dir, quint8 opcode, const QByteArray &payload)
{
    return rowOf(tab, [&](const Event &e) {
        return e.kind == EventKind::Frame && e.dir == dir && e.frame.opcode == opcode && e.payload == payload;
    });
}

QAction *TestLogActions::itemOf(LogRowMenu *menu, LogRowMenu::Item item)
{
    QAction *action = menu ? menu->action(item) : nullptr;
    if (action)
        return action;
    qWarning() << "no menu item" << int(item);
    return nullptr;
}

void TestLogActions::theRowMenuOpensFromTheKeyboardAndTheMouse()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    sendText(&tab, QStringLiteral("hello"));
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Text, "hello").isValid());
    QTreeView *view = tab.logView()->treeView();
    const QModelIndex echo = frameRow(&tab, Direction::In, FrameHeader::Text, "hello");
    view->setCurrentIndex(echo);

    for (const QKeySequence &keys : {QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)}) {
        // The closed popup gave the activation back to nobody (offscreen has no window manager).
        tab.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&tab));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keySequence(view, keys);
        QTRY_VERIFY(tab.logView()->rowMenu());
        LogRowMenu *menu = tab.logView()->rowMenu();
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(menu->event().seq, echo.data(FrameLogModel::SeqRole).toULongLong());
        QCOMPARE(QApplication::activePopupWidget(), menu);
        // The keyboard reaches the items: Escape closes it.
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!tab.logView()->rowMenu());
    }

    // The items are reachable from the keyboard too: Down selects the first (Copy as Text),
    // Return carries it out.
    tab.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&tab));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(tab.logView()->rowMenu() && tab.logView()->rowMenu()->isVisible());
    QTest::keyClick(tab.logView()->rowMenu(), Qt::Key_Down);
    QCOMPARE(tab.logView()->rowMenu()->activeAction(), tab.logView()->rowMenu()->action(LogRowMenu::Item::CopyText));
    QTest::keyClick(tab.logView()->rowMenu(), Qt::Key_Return);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hello"));
    QTRY_VERIFY(!tab.logView()->rowMenu());

    // A right click on another row opens that row's menu and makes it current.
    const QModelIndex sent = frameRow(&tab, Direction::Out, FrameHeader::Text, "hello");
    const QRect rect = view->visualRect(sent);
    QVERIFY(rect.isValid());
    QContextMenuEvent click(QContextMenuEvent::Mouse, rect.center(), view->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(view->viewport(), &click);
    QTRY_VERIFY(tab.logView()->rowMenu());
    QCOMPARE(tab.logView()->rowMenu()->event().seq, sent.data(FrameLogModel::SeqRole).toULongLong());
    QCOMPARE(view->currentIndex().row(), sent.row());
    tab.logView()->rowMenu()->close();
}

void TestLogActions::copiesPutTheRightBytesOnTheClipboard()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    const QString pretty = QStringLiteral("{\"op\": \"say\", \"text\": \"it's\"}");
    sendText(&tab, pretty);
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Text, pretty.toUtf8()).isValid());
    std::unique_ptr<LogRowMenu> menu(
            tab.logView()->createRowMenu(frameRow(&tab, Direction::In, FrameHeader::Text, pretty.toUtf8())));
    QVERIFY(menu);
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QByteArray bytes = pretty.toUtf8();

    itemOf(menu.get(), LogRowMenu::Item::CopyText)->trigger();
    QCOMPARE(clipboard->text(), pretty);
    itemOf(menu.get(), LogRowMenu::Item::CopyHex)->trigger();
    QCOMPARE(QByteArray::fromHex(clipboard->text().toLatin1()), bytes);
    QVERIFY(clipboard->text().startsWith(QStringLiteral("7b 22 6f 70")));
    itemOf(menu.get(), LogRowMenu::Item::CopyBase64)->trigger();
    QCOMPARE(QByteArray::fromBase64(clipboard->text().toLatin1()), bytes);
    itemOf(menu.get(), LogRowMenu::Item::CopyJson)->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("{\n    \"op\": \"say\",\n    \"text\": \"it's\"\n}"));
    QVERIFY2(tab.logView()->noticeText().startsWith(QStringLiteral("Copied: ")), qPrintable(tab.logView()->noticeText()));

    itemOf(menu.get(), LogRowMenu::Item::CopyWebsocat)->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("printf '{\"op\": \"say\", \"text\": \"it'\\''s\"}\\000' | websocat -1 -0 '%1'")
                                        .arg(m_server.url().toString()));
    itemOf(menu.get(), LogRowMenu::Item::CopyWscat)->trigger();
    QVERIFY2(clipboard->text().startsWith(QStringLiteral("wscat -c '%1'").arg(m_server.url().toString())),
             qPrintable(clipboard->text()));
    // No credentials configured: no item that would include them.
    QVERIFY(!menu->action(LogRowMenu::Item::CopyWebsocatWithSecrets));

    // A binary row: no text or JSON copy, no wscat; hex is exact.
    tab.composer()->setMode(Composer::Mode::Hex);
    tab.composer()->setText(QStringLiteral("00 ff 7f"));
    QTest::mouseClick(tab.composer()->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Binary, QByteArray::fromHex("00ff7f")).isValid());
    std::unique_ptr<LogRowMenu> binary(
            tab.logView()->createRowMenu(frameRow(&tab, Direction::In, FrameHeader::Binary, QByteArray::fromHex("00ff7f"))));
    QVERIFY(!itemOf(binary.get(), LogRowMenu::Item::CopyText)->isEnabled());
    QVERIFY(!itemOf(binary.get(), LogRowMenu::Item::CopyJson)->isEnabled());
    QVERIFY(!itemOf(binary.get(), LogRowMenu::Item::CopyWscat)->isEnabled());
    itemOf(binary.get(), LogRowMenu::Item::CopyHex)->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("00 ff 7f"));

    // Credentials: redacted by default, included only by the item that names them.
    ConnectionSettings secret;
    secret.url = m_server.url().toString();
    secret.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer t0ken"), true}};
    tab.logView()->setConnectionSettings(secret);
    std::unique_ptr<LogRowMenu> withSecret(
            tab.logView()->createRowMenu(frameRow(&tab, Direction::In, FrameHeader::Text, pretty.toUtf8())));
    QAction *including = itemOf(withSecret.get(), LogRowMenu::Item::CopyWebsocatWithSecrets);
    QVERIFY(including);
    QVERIFY2(including->text().contains(QStringLiteral("(includes Authorization)")), qPrintable(including->text()));
    itemOf(withSecret.get(), LogRowMenu::Item::CopyWebsocat)->trigger();
    QVERIFY(!clipboard->text().contains(QStringLiteral("t0ken")));
    QVERIFY(clipboard->text().contains(QStringLiteral("'Authorization: <redacted>'")));
    including->trigger();
    QVERIFY(clipboard->text().contains(QStringLiteral("'Authorization: Bearer t0ken'")));
}

void TestLogActions::resendSendsTheSameBytesAndTheyComeBack()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    const QByteArray binary = QByteArray::fromHex("00fffe80417f");
    tab.composer()->setMode(Composer::Mode::Hex);
    tab.composer()->setText(QString::fromLatin1(binary.toHex(' ')));
    QTest::mouseClick(tab.composer()->sendButton(), Qt::LeftButton);
    const QString text = QStringLiteral("grüße 😀");
    tab.composer()->setMode(Composer::Mode::Text);
    sendText(&tab, text);
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Text, text.toUtf8()).isValid());
    QVERIFY(frameRow(&tab, Direction::In, FrameHeader::Binary, binary).isValid());

    const auto count = [&tab](Direction dir, quint8 opcode, const QByteArray &payload) {
        int n = 0;
        for (const Event &e : tab.session()->log()->events())
            n += e.kind == EventKind::Frame && e.dir == dir && e.frame.opcode == opcode && e.payload == payload;
        return n;
    };
    // Resend from the received echo rows: the same bytes go out and come back again.
    for (const auto &[opcode, payload] : {std::pair<quint8, QByteArray>{FrameHeader::Binary, binary},
                                          std::pair<quint8, QByteArray>{FrameHeader::Text, text.toUtf8()}}) {
        std::unique_ptr<LogRowMenu> menu(tab.logView()->createRowMenu(frameRow(&tab, Direction::In, opcode, payload)));
        QAction *resend = itemOf(menu.get(), LogRowMenu::Item::Resend);
        QVERIFY(resend->isEnabled());
        resend->trigger();
        QTRY_COMPARE(count(Direction::In, opcode, payload), 2);
        QCOMPARE(count(Direction::Out, opcode, payload), 2);
    }

    // Closed: Resend is offered but disabled, with the reason.
    QTest::mouseClick(tab.connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 10000);
    std::unique_ptr<LogRowMenu> closed(tab.logView()->createRowMenu(frameRow(&tab, Direction::In, FrameHeader::Binary, binary)));
    QVERIFY(!itemOf(closed.get(), LogRowMenu::Item::Resend)->isEnabled());
    QVERIFY(!itemOf(closed.get(), LogRowMenu::Item::Resend)->toolTip().isEmpty());
}

void TestLogActions::jumpGoesFromPingToPongAndFromRequestToReply()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    tab.composer()->pingPayloadEdit()->setText(QStringLiteral("p1"));
    tab.composer()->ping();
    sendText(&tab, QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"x\"}"));
    sendText(&tab, QStringLiteral("no id here"));
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Pong, "p1").isValid());
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Text, "no id here").isValid());
    QTreeView *view = tab.logView()->treeView();

    const auto jumpFrom = [&](const QModelIndex &from) {
        view->setCurrentIndex(from);
        std::unique_ptr<LogRowMenu> menu(tab.logView()->createRowMenu(from));
        QAction *jump = itemOf(menu.get(), LogRowMenu::Item::JumpToMatch);
        if (!jump->isEnabled())
            return QModelIndex();
        jump->trigger();
        return view->currentIndex();
    };
    const QModelIndex ping = frameRow(&tab, Direction::Out, FrameHeader::Ping, "p1");
    const QModelIndex pong = frameRow(&tab, Direction::In, FrameHeader::Pong, "p1");
    QCOMPARE(jumpFrom(ping).row(), pong.row());
    QCOMPARE(jumpFrom(pong).row(), ping.row());
    const QByteArray rpc("{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"x\"}");
    const QModelIndex request = frameRow(&tab, Direction::Out, FrameHeader::Text, rpc);
    const QModelIndex reply = frameRow(&tab, Direction::In, FrameHeader::Text, rpc);
    QCOMPARE(jumpFrom(request).row(), reply.row());
    QCOMPARE(jumpFrom(reply).row(), request.row());
    // No id: the item is there but disabled.
    QVERIFY(!jumpFrom(frameRow(&tab, Direction::Out, FrameHeader::Text, "no id here")).isValid());

    // A match hidden by the filter is not jumped to; the note says why.
    tab.logView()->setCategory(FrameLogFilterModel::Category::Sent);
    const QModelIndex sentPing = frameRow(&tab, Direction::Out, FrameHeader::Ping, "p1");
    view->setCurrentIndex(sentPing);
    std::unique_ptr<LogRowMenu> menu(tab.logView()->createRowMenu(sentPing));
    itemOf(menu.get(), LogRowMenu::Item::JumpToMatch)->trigger();
    QCOMPARE(view->currentIndex().row(), sentPing.row());
    QVERIFY2(tab.logView()->noticeText().contains(QStringLiteral("hidden by the filter")), qPrintable(tab.logView()->noticeText()));
}

void TestLogActions::loadIntoComposerAndSaveToFile()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    const QByteArray binary = QByteArray::fromHex("deadbeef00");
    tab.composer()->setMode(Composer::Mode::Hex);
    tab.composer()->setText(QStringLiteral("de ad be ef 00"));
    QTest::mouseClick(tab.composer()->sendButton(), Qt::LeftButton);
    tab.composer()->setMode(Composer::Mode::Text);
    sendText(&tab, QStringLiteral("{\"a\":1}"));
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Text, "{\"a\":1}").isValid());
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Binary, binary).isValid());
    tab.composer()->setText(QString());

    std::unique_ptr<LogRowMenu> menu(tab.logView()->createRowMenu(frameRow(&tab, Direction::In, FrameHeader::Binary, binary)));
    itemOf(menu.get(), LogRowMenu::Item::LoadIntoComposer)->trigger();
    QCOMPARE(tab.composer()->mode(), Composer::Mode::Hex);
    QCOMPARE(tab.composer()->text(), QStringLiteral("de ad be ef 00"));
    std::unique_ptr<LogRowMenu> json(tab.logView()->createRowMenu(frameRow(&tab, Direction::In, FrameHeader::Text, "{\"a\":1}")));
    itemOf(json.get(), LogRowMenu::Item::LoadIntoComposer)->trigger();
    QCOMPARE(tab.composer()->mode(), Composer::Mode::Json);
    QCOMPARE(tab.composer()->text(), QStringLiteral("{\"a\":1}"));

    const QString path = m_dir.filePath(QStringLiteral("payload.bin"));
    QString error;
    QVERIFY2(menu->savePayload(path, &error), qPrintable(error));
    QCOMPARE(FileProbe::readAll(path), binary);
    QVERIFY(!menu->savePayload(m_dir.filePath(QStringLiteral("no/such/dir/x.bin")), &error));
    QVERIFY(!error.isEmpty());
}

void TestLogActions::togglesCombineAndThePresetsFollow()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    tab.composer()->pingPayloadEdit()->setText(QStringLiteral("pp"));
    tab.composer()->ping();
    sendText(&tab, QStringLiteral("t1"));
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Text, "t1").isValid());
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Pong, "pp").isValid());
    LogView *log = tab.logView();
    LogFilterButton *button = log->filterButton();
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Show: all"));

    // "Received text, no pings": Sent and the session events off, only Text on.
    button->directionAction(LogFilter::Sent)->trigger();
    button->directionAction(LogFilter::Session)->trigger();
    for (const LogFilter::KindFlag kind : {LogFilter::Binary, LogFilter::PingPong, LogFilter::Close, LogFilter::Handshake,
                                           LogFilter::Errors, LogFilter::Other})
        button->kindAction(kind)->trigger();
    QCOMPARE(tab.filterModel()->logFilter().directions, quint8(LogFilter::Received));
    QCOMPARE(tab.filterModel()->logFilter().kinds, quint16(LogFilter::Text));
    QCOMPARE(button->text(), QStringLiteral("Show: ↓ · text"));
    QAbstractItemModel *shown = log->treeView()->model();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(FrameLogModel::EventRole).value<Event>().payload, QByteArray("t1"));
    // A combination of its own checks no preset button.
    for (const auto category : {FrameLogFilterModel::Category::All, FrameLogFilterModel::Category::Sent,
                                FrameLogFilterModel::Category::Received, FrameLogFilterModel::Category::Control,
                                FrameLogFilterModel::Category::Errors})
        QVERIFY(!log->categoryButton(category)->isChecked());

    // A preset sets the toggles; the menu shows them.
    QTest::mouseClick(log->categoryButton(FrameLogFilterModel::Category::Control), Qt::LeftButton);
    QVERIFY(log->categoryButton(FrameLogFilterModel::Category::Control)->isChecked());
    QVERIFY(button->kindAction(LogFilter::PingPong)->isChecked());
    QVERIFY(!button->kindAction(LogFilter::Text)->isChecked());
    QVERIFY(button->directionAction(LogFilter::Sent)->isChecked());
    for (int row = 0; row < shown->rowCount(); ++row) {
        const Event e = shown->index(row, 0).data(FrameLogModel::EventRole).value<Event>();
        QVERIFY(e.kind == EventKind::Close || e.frame.opcode == FrameHeader::Ping || e.frame.opcode == FrameHeader::Pong);
    }
    // "No pings" from everything.
    button->showAllAction()->trigger();
    QVERIFY(log->categoryButton(FrameLogFilterModel::Category::All)->isChecked());
    button->kindAction(LogFilter::PingPong)->trigger();
    QCOMPARE(button->text(), QStringLiteral("Show: no ping/pong"));
    QVERIFY(!frameRow(&tab, Direction::Out, FrameHeader::Ping, "pp").isValid());
    QVERIFY(frameRow(&tab, Direction::Out, FrameHeader::Text, "t1").isValid());
    // The toggles are the tab's own: another tab starts with everything.
    SessionTab other{ConnectionSettings{}};
    QVERIFY(other.filterModel()->logFilter().isAll());
    // From the keyboard: Space opens the menu on the focused button, Down moves to the first
    // toggle (↑ Sent), Return flips it.
    tab.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&tab));
    button->setFocus();
    QTRY_VERIFY(button->hasFocus());
    bool seenMenu = false;
    // The button's menu runs its own event loop (QMenu::exec): the keys go in from a timer.
    QTimer::singleShot(0, this, [&seenMenu, button] {
        QTRY_VERIFY(QApplication::activePopupWidget() == button->menu());
        seenMenu = true;
        QTest::keyClick(button->menu(), Qt::Key_Down);
        QTest::keyClick(button->menu(), Qt::Key_Return);
    });
    QTest::keyClick(button, Qt::Key_Space);
    QTRY_VERIFY(seenMenu);
    QTRY_COMPARE(tab.filterModel()->logFilter().directions, quint8(LogFilter::Received | LogFilter::Session));
    QVERIFY(!frameRow(&tab, Direction::Out, FrameHeader::Text, "t1").isValid());
    QVERIFY(frameRow(&tab, Direction::In, FrameHeader::Text, "t1").isValid());
}

void TestLogActions::invalidRegexSaysWhyAndFiltersNothingOut()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    sendText(&tab, QStringLiteral("abc"));
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Text, "abc").isValid());
    LogView *log = tab.logView();
    const int rows = log->treeView()->model()->rowCount();
    log->setSearch(QStringLiteral("a(b"), true);
    QCOMPARE(log->matchText(), QStringLiteral("Invalid regex"));
    QVERIFY2(log->matchLabel()->toolTip().startsWith(QStringLiteral("Invalid regular expression at position 3")),
             qPrintable(log->matchLabel()->toolTip()));
    QCOMPARE(log->searchEdit()->toolTip(), log->matchLabel()->toolTip());
    QCOMPARE(log->treeView()->model()->rowCount(), rows);
    // And nothing is highlighted for a pattern that does not compile.
    QVERIFY(log->rowDelegate()->highlightRanges(frameRow(&tab, Direction::In, FrameHeader::Text, "abc")
                                                        .siblingAtColumn(FrameLogModel::SummaryColumn))
                    .isEmpty());
}

void TestLogActions::searchMatchesAreHighlightedInSummaryAndPayload()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    sendText(&tab, QStringLiteral("{\n  \"op\": \"join\",\n  \"room\": \"open\"\n}"));
    const QByteArray payload("{\n  \"op\": \"join\",\n  \"room\": \"open\"\n}");
    QTRY_VERIFY(frameRow(&tab, Direction::In, FrameHeader::Text, payload).isValid());
    LogView *log = tab.logView();
    log->setSearch(QStringLiteral("op"), false);
    const QModelIndex row = frameRow(&tab, Direction::In, FrameHeader::Text, payload);
    QVERIFY(row.isValid());
    const QModelIndex summary = row.siblingAtColumn(FrameLogModel::SummaryColumn);
    QCOMPARE(summary.data().toString(), QStringLiteral(R"({"op":"join","room":"open"})"));
    QCOMPARE(log->rowDelegate()->highlightRanges(summary), (QList<SearchMatcher::Range>{{2, 2}, {21, 2}}));
    QVERIFY(log->rowDelegate()->highlightRanges(row.siblingAtColumn(FrameLogModel::TypeColumn)).isEmpty());
    // The view paints the marks: the highlight colour appears in that summary cell, and only
    // while there is a search.
    QTreeView *tree = log->treeView();
    const auto markedPixels = [tree, &tab, &payload] {
        // A search resets the filter: the row's index is looked up again.
        const QModelIndex cellIndex =
                frameRow(&tab, Direction::In, FrameHeader::Text, payload).siblingAtColumn(FrameLogModel::SummaryColumn);
        if (!cellIndex.isValid())
            return -1;
        tree->scrollTo(cellIndex);
        const QRect cell = tree->visualRect(cellIndex);
        const QImage image = tree->viewport()->grab(cell).toImage();
        QColor mark = StatusColors::warning(tree->palette());
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                // The mark is the warning colour blended over the base: its hue, clearly tinted.
                count += c.hsvSaturation() > 60 && qAbs(c.hsvHue() - mark.hsvHue()) < 20;
            }
        }
        return count;
    };
    QVERIFY2(markedPixels() > 20, qPrintable(QString::number(markedPixels())));
    // "text" matches the row (its type) but nothing in its summary.
    log->setSearch(QStringLiteral("text"), false);
    QCOMPARE(markedPixels(), 0);
    log->setSearch(QStringLiteral("op"), false);

    // The payload view highlights the same search in the selected row's text.
    const QModelIndex again = frameRow(&tab, Direction::In, FrameHeader::Text, payload);
    log->treeView()->setCurrentIndex(again);
    tab.detailPane()->payloadView()->setMode(PayloadView::Mode::Text);
    PayloadTextView *text = tab.detailPane()->payloadView()->textView();
    QCOMPARE(text->searchRanges(), (QList<SearchMatcher::Range>{{5, 2}, {29, 2}}));
    QCOMPARE(text->extraSelections().size(), 2);
    log->setSearch(QStringLiteral("o\\w+"), true);
    QCOMPARE(text->searchRanges().size(), 4); // "op", "oin", "oom", "open"
    log->setSearch(QString(), false);
    QVERIFY(text->searchRanges().isEmpty());
    QVERIFY(text->extraSelections().isEmpty());
}

void TestLogActions::connectionAttemptsAreSeparatedAndNoCloseRowPrecedesOpen()
{
    // A port nobody listens on: the attempt fails before it opened.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 deadPort = probe.serverPort();
    probe.close();

    SessionTab tab{ConnectionSettings{}};
    tab.resize(1100, 760);
    tab.show();
    tab.connectionBar()->urlEdit()->setText(QStringLiteral("ws://127.0.0.1:%1/").arg(deadPort));
    QVERIFY(tab.connectSession());
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 10000);
    // That attempt's Close record is in the log but not a row: no Close row before any Open.
    bool recordLogged = false;
    for (const Event &e : tab.session()->log()->events())
        recordLogged = recordLogged || e.kind == EventKind::Close;
    QVERIFY(recordLogged);
    QTRY_VERIFY(rowOf(&tab, [](const Event &e) { return e.kind == EventKind::Error; }).isValid());
    QVERIFY(!rowOf(&tab, [](const Event &e) { return e.kind == EventKind::Close; }).isValid());

    connectTab(&tab, m_server.url().toString());
    QTest::mouseClick(tab.connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 10000);
    tab.logModel()->flush();
    QAbstractItemModel *model = tab.logView()->treeView()->model();
    QStringList separators;
    int handshakeArrows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, FrameLogModel::SummaryColumn);
        const auto style = FrameLogModel::RowStyle(index.data(FrameLogModel::RowStyleRole).toInt());
        if (style == FrameLogModel::RowStyle::AttemptSeparator)
            separators << index.data().toString();
        const Event e = index.data(FrameLogModel::EventRole).value<Event>();
        const QString arrow = index.siblingAtColumn(FrameLogModel::DirectionColumn).data().toString();
        if (e.kind == EventKind::HandshakeRequest)
            handshakeArrows += arrow == QStringLiteral("↑");
        if (e.kind == EventKind::HandshakeResponse)
            handshakeArrows += arrow == QStringLiteral("↓");
        if (e.kind == EventKind::Close) {
            // The second attempt's end: its own style, no frame arrow, no "close" type.
            QCOMPARE(style, FrameLogModel::RowStyle::ConnectionEnd);
            QCOMPARE(arrow, QStringLiteral("⇄"));
            QCOMPARE(index.siblingAtColumn(FrameLogModel::TypeColumn).data().toString(), QStringLiteral("closed"));
            QVERIFY2(index.data().toString().startsWith(QStringLiteral("Connection closed · 1000 Normal closure")),
                     qPrintable(index.data().toString()));
        }
    }
    QCOMPARE(separators.size(), 2);
    QVERIFY2(separators.at(0).startsWith(QStringLiteral("── Connection 1 · ")), qPrintable(separators.at(0)));
    QVERIFY2(separators.at(1).startsWith(QStringLiteral("── Connection 2 · ")), qPrintable(separators.at(1)));
    QCOMPARE(handshakeArrows, 2);
}

QTEST_MAIN(TestLogActions)
#include "tst_logactions.moc"
