#include "widgets/session/sessiontab.h"

#include "widgets/detail/closeview.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/frameview.h"
#include "widgets/detail/payloadview.h"
#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"
#include "tabdriver.h"
#include "widgets/session/closedialog.h"
#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/logview.h"
#include "core/session/session.h"
#include "widgets/session/statsstrip.h"
#include "widgets/settings/appsettings.h"
#include "core/testserver/testserver.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTemporaryDir>
#include <QSplitter>
#include <QSettings>

class TestSessionTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void urlIsValidatedAsYouType_data();
    void urlIsValidatedAsYouType();
    void connectSendAndSeeTheEchoInLogAndDetailPane();
    void aFileFromTheComposerIsStreamedByTheTap();
    void filterAndSearchCountRows();
    void invalidRegexIsShownAndFiltersNothing();
    void pauseHoldsRowsBackAndResumeShowsThem();
    void clearEmptiesTheViewButNotTheSessionLog();
    void theLogCapOfTheSettingsEvictsFromTheSessionLogAndTheView();
    void closeDialogClosesWithTheChosenCode();
    void keyboardShortcutsReachTheirTargets();
    void refusedConnectionIsARowInTheLog();
    void keyboardFocusGoesToTheComposerWhenTheSessionOpens();
    void emptyLogShowsAPlaceholderUntilRowsArrive();
    void tapToggleStaysUsableAndAppliesToTheNextConnection();
    void splitterAndLogColumnsCarryOverToTheNextTab();

private:
    // Shows a tab, types the URL, clicks Connect and waits for Open.
    void connectTab(SessionTab *tab, const QString &url);
    // Types text into the composer and clicks Send (asserting the button can be clicked).
    void sendText(SessionTab *tab, const QString &text);
    static int countRows(const QAbstractItemModel *model, Direction dir, const QString &summary);
    // Pings through the composer, selects the ping row and returns the Frame tab's note.
    static QString pingFrameNote(SessionTab *tab, const QByteArray &payload);

    TestServer m_server;
    QTemporaryDir m_settingsDir;
};

void TestSessionTab::initTestCase()
{
    // Tabs remember their layout in QSettings: keep it in a folder of the test's own.
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("WsScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessiontab"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QString error;
    QVERIFY2(m_server.start(0, &error), qPrintable(error));
}

void TestSessionTab::cleanupTestCase()
{
    m_server.stop();
}

void TestSessionTab::connectTab(SessionTab *tab, const QString &url)
{
    ConnectionBar *bar = tab->connectionBar();
    QCOMPARE(bar->connectButton()->text(), QStringLiteral("Connect"));
    TabDriver::connectByHand(tab, url);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(bar->connectButton()->text(), QStringLiteral("Disconnect"));
    QVERIFY(bar->badgeText().startsWith(QStringLiteral("Open 00:00:0")));
    QVERIFY(!bar->urlMessageLabel()->isVisible());
}

void TestSessionTab::sendText(SessionTab *tab, const QString &text)
{
    Composer *composer = tab->composer();
    composer->editor()->clear();
    QTest::keyClicks(composer->editor(), text);
    QVERIFY(composer->sendButton()->isVisible());
    QVERIFY2(composer->sendButton()->isEnabled(), qPrintable(composer->sendBlockedReason()));
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
}

int TestSessionTab::countRows(const QAbstractItemModel *model, Direction dir, const QString &summary)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Event e = model->index(row, 0).data(FrameLogModel::EventRole).value<Event>();
        if (e.dir == dir && e.kind == EventKind::Frame && e.payload == summary.toUtf8())
            ++count;
    }
    return count;
}

void TestSessionTab::urlIsValidatedAsYouType_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");

    QTest::newRow("An http URL names the wrong scheme") << "http://127.0.0.1/echo" << "Scheme must be ws:// or wss://";
    QTest::newRow("A URL without a scheme asks for ws or wss") << "127.0.0.1:8080/echo" << "Scheme must be ws:// or wss://";
    QTest::newRow("Port 70000 is out of range") << "ws://127.0.0.1:70000/" << "Port must be 1–65535";
    QTest::newRow("Port 0 is out of range") << "ws://127.0.0.1:0/" << "Port must be 1–65535";
    QTest::newRow("A port with letters is refused") << "ws://example.org:80a/" << "Port must be 1–65535";
    QTest::newRow("A URL without a host asks for one") << "ws:///echo" << "host";
    QTest::newRow("A fragment is not allowed in a WebSocket URL") << "ws://127.0.0.1:8080/#top" << "fragment";
    QTest::newRow("A space must be percent-encoded") << "ws://127.0.0.1/a b" << "%20";
}

void TestSessionTab::urlIsValidatedAsYouType()
{
    QFETCH(QString, url);
    QFETCH(QString, message);

    SessionTab tab{ConnectionSettings{}};
    tab.resize(1000, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    ConnectionBar *bar = tab.connectionBar();
    QTest::keyClicks(bar->urlEdit(), url);
    QVERIFY2(bar->urlError().contains(message), qPrintable(bar->urlError()));
    QVERIFY(bar->urlMessageLabel()->isVisible());
    QCOMPARE(bar->urlMessageLabel()->text(), bar->urlError());
    QVERIFY(bar->connectButton()->isVisible());
    QVERIFY(!bar->connectButton()->isEnabled());

    // A click on the disabled button (or the shortcut's slot) connects nothing.
    tab.toggleConnection();
    QCOMPARE(tab.session()->state(), SessionState::Idle);

    bar->urlEdit()->clear();
    QTest::keyClicks(bar->urlEdit(), QStringLiteral("wss://example.org:8443/chat?room=1"));
    QVERIFY(bar->urlError().isEmpty());
    QVERIFY(!bar->urlMessageLabel()->isVisible());
    QVERIFY(bar->connectButton()->isEnabled());
    QVERIFY(bar->tlsButton()->isVisible());   // wss: the lock is there
    QVERIFY(!bar->tlsButton()->isEnabled()); // …but no TLS handshake yet
}

void TestSessionTab::connectSendAndSeeTheEchoInLogAndDetailPane()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    sendText(&tab, QStringLiteral("hello wire"));

    // The echo reaches the model (after its ≤ 30 Hz flush) and the stats strip (≤ 4 Hz).
    QTRY_COMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("hello wire")), 1);
    QCOMPARE(countRows(tab.logModel(), Direction::Out, QStringLiteral("hello wire")), 1);
    QTRY_COMPARE(tab.statsStrip()->lastStats().messagesIn, quint64(1));
    QVERIFY2(tab.statsStrip()->inText().contains(QStringLiteral("↓ 1 msg")), qPrintable(tab.statsStrip()->inText()));
    QVERIFY(tab.statsStrip()->outText().contains(QStringLiteral("↑ 1 msg")));

    // Select the echo row in the view: the detail pane shows its payload.
    QTreeView *view = tab.logView()->treeView();
    QModelIndex echo;
    for (int row = 0; row < view->model()->rowCount() && !echo.isValid(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        const Event e = index.data(FrameLogModel::EventRole).value<Event>();
        if (e.dir == Direction::In && e.payload == "hello wire")
            echo = index;
    }
    QVERIFY(echo.isValid());
    view->setCurrentIndex(echo);
    QCOMPARE(tab.detailPane()->event().payload, QByteArray("hello wire"));
    QCOMPARE(tab.detailPane()->currentIndex(), int(DetailPane::PayloadTab));
    QVERIFY(tab.detailPane()->isVisible());
    QVERIFY2(tab.detailPane()->payloadView()->displayedText().contains(QStringLiteral("hello wire")),
             qPrintable(tab.detailPane()->payloadView()->displayedText()));
    // The handshake of this connection is known to the pane as well.
    QVERIFY(tab.detailPane()->isTabEnabled(DetailPane::HandshakeTab));

    // Disconnect: a clean 1000, shown in the badge.
    QTest::mouseClick(tab.connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 10000);
    QTRY_COMPARE(tab.connectionBar()->badgeText(), QStringLiteral("Closed 1000"));
    QVERIFY(!tab.composer()->sendButton()->isEnabled());
    QCOMPARE(tab.connectionBar()->connectButton()->text(), QStringLiteral("Connect"));
}

void TestSessionTab::aFileFromTheComposerIsStreamedByTheTap()
{
    // File mode hands the file to the session, which has the tap write it in fragments as the
    // server takes them; the built-in server echoes the whole message back.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray data(600 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 7 + i / 251) & 0xFF);
    const QString path = dir.filePath(QStringLiteral("upload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
    file.close();

    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    QVERIFY(tab.session()->isTapActive());
    tab.composer()->setMode(Composer::Mode::File);
    QString error;
    QVERIFY2(tab.composer()->loadFile(path, &error), qPrintable(error));
    QTRY_VERIFY(tab.composer()->sendButton()->isEnabled());
    QTest::mouseClick(tab.composer()->sendButton(), Qt::LeftButton);

    const auto echoed = [&tab, &data] {
        for (const Event &e : tab.session()->log()->events()) {
            const LogRules::Message message = LogRules::messageOf(e);
            if (e.dir == Direction::In && message.valid && message.payload == data)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(echoed(), 10000);
    int fragments = 0;
    for (const Event &e : tab.session()->log()->events()) {
        if (e.kind == EventKind::Frame && e.dir == Direction::Out && (e.frame.flags & FrameFields::WrittenByTap))
            ++fragments;
    }
    QCOMPARE(fragments, 3); // 256 KiB + 256 KiB + 88 KiB
    QVERIFY(tab.composer()->statusText().contains(QStringLiteral("upload.bin")));
}

void TestSessionTab::filterAndSearchCountRows()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    for (const QString &text : {QStringLiteral("alpha one"), QStringLiteral("beta"), QStringLiteral("alpha two")})
        sendText(&tab, text);
    QTRY_COMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("alpha two")), 1);
    QTRY_COMPARE(tab.logModel()->pendingCount(), 0);

    LogView *log = tab.logView();
    const int all = tab.filterModel()->rowCount();
    QCOMPARE(all, tab.logModel()->rowCount());
    log->refresh(); // the counters follow on a timer, not per row
    QCOMPARE(log->rowCountText(), QStringLiteral("%1 rows").arg(all));

    QToolButton *sent = log->categoryButton(FrameLogFilterModel::Category::Sent);
    QVERIFY(sent->isVisible());
    QTest::mouseClick(sent, Qt::LeftButton);
    QVERIFY(sent->isChecked());
    int expectedSent = 0;
    for (int row = 0; row < tab.logModel()->rowCount(); ++row)
        expectedSent += tab.logModel()->eventAt(row).dir == Direction::Out ? 1 : 0;
    QVERIFY(expectedSent >= 3);
    QCOMPARE(tab.filterModel()->rowCount(), expectedSent);
    log->refresh();
    QCOMPARE(log->rowCountText(), QStringLiteral("%1 of %2 rows").arg(expectedSent).arg(all));

    // Search inside Sent: "alpha" matches the two sent alphas only.
    QTest::keyClicks(log->searchEdit(), QStringLiteral("alpha"));
    log->applySearch();
    QCOMPARE(tab.filterModel()->rowCount(), 2);
    QVERIFY2(log->matchText().startsWith(QStringLiteral("Matches: 2")), qPrintable(log->matchText()));

    QTest::mouseClick(log->categoryButton(FrameLogFilterModel::Category::Received), Qt::LeftButton);
    QCOMPARE(tab.filterModel()->rowCount(), 2);
    for (int row = 0; row < tab.filterModel()->rowCount(); ++row)
        QCOMPARE(tab.filterModel()->index(row, 0).data(FrameLogModel::EventRole).value<Event>().dir, Direction::In);

    // A regex over both directions.
    QTest::mouseClick(log->categoryButton(FrameLogFilterModel::Category::All), Qt::LeftButton);
    log->setSearch(QStringLiteral("^(alpha|beta)"), true);
    QVERIFY(log->regexButton()->isChecked());
    QCOMPARE(tab.filterModel()->rowCount(), 6);
    QVERIFY(log->matchText().startsWith(QStringLiteral("Matches: 6")));

    log->setSearch(QString(), false);
    QCOMPARE(tab.filterModel()->rowCount(), all);
    QVERIFY(log->matchText().isEmpty());
}

void TestSessionTab::invalidRegexIsShownAndFiltersNothing()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    sendText(&tab, QStringLiteral("x"));
    QTRY_COMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("x")), 1);
    LogView *log = tab.logView();
    log->setSearch(QStringLiteral("(unclosed"), true);
    QVERIFY(!log->searchErrorText().isEmpty());
    QCOMPARE(log->matchText(), QStringLiteral("Invalid regex"));
    QVERIFY(log->matchLabel()->isVisible());
    QCOMPARE(log->searchEdit()->toolTip(), log->searchErrorText());
    QCOMPARE(tab.filterModel()->rowCount(), tab.logModel()->rowCount());
}

void TestSessionTab::pauseHoldsRowsBackAndResumeShowsThem()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    QTRY_COMPARE(tab.logModel()->pendingCount(), 0);
    LogView *log = tab.logView();
    QVERIFY(log->pauseButton()->isVisible());
    QTest::mouseClick(log->pauseButton(), Qt::LeftButton);
    QVERIFY(log->isPaused());
    const int rowsBefore = tab.logModel()->rowCount();

    sendText(&tab, QStringLiteral("while paused 1"));
    sendText(&tab, QStringLiteral("while paused 2"));
    // Capture continues: the session's log has both echoes, the view does not.
    QTRY_VERIFY(std::count_if(tab.session()->log()->events().cbegin(), tab.session()->log()->events().cend(),
                              [](const Event &e) { return e.dir == Direction::In && e.payload == "while paused 2"; })
                >= 1);
    QTest::qWait(100); // longer than the model's flush interval
    QCOMPARE(tab.logModel()->rowCount(), rowsBefore);
    QTRY_COMPARE(tab.newWhilePaused(), qint64(4)); // two frames out, two echoes in: one row per frame
    QCOMPARE(tab.logModel()->pendingCount(), 4);
    log->refresh();
    QVERIFY(log->pausedLabel()->isVisible());
    QCOMPARE(log->pausedLabel()->text(), QStringLiteral("Paused · %1 new").arg(tab.newWhilePaused()));
    QCOMPARE(log->pauseButton()->text(), QStringLiteral("Resume"));

    // Space in the log resumes.
    log->treeView()->setFocus();
    tab.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&tab));
    QTest::keyClick(log->treeView(), Qt::Key_Space);
    QVERIFY(!log->isPaused());
    QTRY_COMPARE(tab.logModel()->rowCount(), rowsBefore + 4);
    QTRY_COMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("while paused 2")), 1);
    QCOMPARE(countRows(tab.logModel(), Direction::Out, QStringLiteral("while paused 1")), 1);
    log->refresh();
    QVERIFY(!log->pausedLabel()->isVisible());
    QCOMPARE(tab.newWhilePaused(), qint64(0));
}

void TestSessionTab::clearEmptiesTheViewButNotTheSessionLog()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    sendText(&tab, QStringLiteral("before clear"));
    QTRY_COMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("before clear")), 1);
    const qsizetype sessionEvents = tab.session()->log()->size();
    QCOMPARE(tab.logModel()->log(), tab.session()->log()); // the model keeps numbers into the session's log
    QTest::mouseClick(tab.logView()->clearButton(), Qt::LeftButton);
    QCOMPARE(tab.logModel()->rowCount(), 0);
    QCOMPARE(tab.session()->log()->size(), sessionEvents);
    sendText(&tab, QStringLiteral("after clear"));
    QTRY_COMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("after clear")), 1);
    QCOMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("before clear")), 0);
}

void TestSessionTab::theLogCapOfTheSettingsEvictsFromTheSessionLogAndTheView()
{
    SessionTab tab{ConnectionSettings{}};
    AppSettings settings;
    settings.logCapRows = 12;
    tab.applySettings(settings);
    QCOMPARE(tab.session()->log()->maxEvents(), qsizetype(12));
    connectTab(&tab, m_server.url().toString());
    for (int i = 0; i < 8; ++i)
        sendText(&tab, QStringLiteral("capped %1").arg(i));
    QTRY_COMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("capped 7")), 1);
    QTRY_COMPARE(tab.logModel()->pendingCount(), 0);
    const EventLog *log = tab.session()->log();
    QVERIFY(log->size() <= 12);
    QVERIFY(log->evictedCount() > 0);
    // The view holds the log's rows and no more, every one of them still in the log.
    QVERIFY(tab.logModel()->rowCount() <= int(log->size()));
    for (int row = 0; row < tab.logModel()->rowCount(); ++row)
        QVERIFY(log->find(tab.logModel()->eventAt(row).seq));
    QCOMPARE(countRows(tab.logModel(), Direction::Out, QStringLiteral("capped 0")), 0); // the oldest frame
    QVERIFY(tab.logModel()->evictedCount() > 0);
    tab.logView()->refresh();
    QVERIFY2(tab.logView()->evictedText().contains(QString::number(tab.logModel()->evictedCount())),
             qPrintable(tab.logView()->evictedText()));
}

void TestSessionTab::closeDialogClosesWithTheChosenCode()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    Composer *composer = tab.composer();
    QVERIFY(composer->closeButton()->isVisible());
    QVERIFY(composer->closeButton()->isEnabled());
    QTest::mouseClick(composer->closeButton(), Qt::LeftButton);
    CloseDialog *dialog = composer->closeDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->setCustomCodeText(QStringLiteral("1005"));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->setCode(4000);
    dialog->setReason(QStringLiteral("bye"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 10000);
    QTRY_COMPARE(tab.connectionBar()->badgeText(), QStringLiteral("Closed 4000"));
    // The close frame we sent is in the log with its code and reason.
    bool sentClose = false;
    for (const Event &e : tab.session()->log()->events()) {
        if (e.dir == Direction::Out && e.kind == EventKind::Frame && e.frame.opcode == 0x8)
            sentClose = e.payload == QByteArray("\x0f\xa0" "bye", 5);
    }
    QVERIFY(sentClose);
    // Selecting the last row tells the close story.
    QTRY_COMPARE(tab.logModel()->pendingCount(), 0);
    QTreeView *view = tab.logView()->treeView();
    view->setCurrentIndex(view->model()->index(view->model()->rowCount() - 1, 0));
    QVERIFY(tab.detailPane()->isTabEnabled(DetailPane::CloseTab));
    QVERIFY2(tab.detailPane()->closeView()->storyText().contains(QStringLiteral("4000")),
             qPrintable(tab.detailPane()->closeView()->storyText()));
}

void TestSessionTab::keyboardShortcutsReachTheirTargets()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    tab.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&tab));

    tab.composer()->editor()->setFocus();
    QTest::keyClick(&tab, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(tab.logView()->searchEdit()->hasFocus());
    QTest::keyClick(&tab, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(tab.connectionBar()->urlEdit()->hasFocus());

    tab.composer()->editor()->setFocus();
    QTest::keyClicks(tab.composer()->editor(), QStringLiteral("by keyboard"));
    QTest::keyClick(tab.composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("by keyboard")), 1);

    QTest::keyClick(&tab, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(tab.logModel()->rowCount(), 0);

    // With the shortcuts handed to a host (the main window's menu actions), the keys do nothing here.
    tab.setShortcutsEnabled(false);
    tab.composer()->editor()->setFocus();
    QTest::keyClick(&tab, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(!tab.logView()->searchEdit()->hasFocus());

    tab.setShortcutsEnabled(true);
    QTest::keyClick(&tab, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 10000);
}

void TestSessionTab::refusedConnectionIsARowInTheLog()
{
    // A port nobody listens on: take a free port from a server and stop it.
    TestServer probe;
    QVERIFY(probe.start());
    const QUrl url = probe.url();
    probe.stop();

    SessionTab tab{ConnectionSettings{}};
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.connectionBar()->setUrlText(url.toString());
    QTest::mouseClick(tab.connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 10000);
    QTRY_VERIFY(tab.logModel()->rowCount() > 0 && tab.logModel()->pendingCount() == 0);
    bool errorRow = false;
    for (int row = 0; row < tab.logModel()->rowCount(); ++row)
        errorRow = errorRow || tab.logModel()->index(row, 0).data(FrameLogModel::IsErrorRole).toBool();
    QVERIFY(errorRow);
    QTest::mouseClick(tab.logView()->categoryButton(FrameLogFilterModel::Category::Errors), Qt::LeftButton);
    QVERIFY(tab.filterModel()->rowCount() >= 1);
    QVERIFY(!tab.composer()->sendButton()->isEnabled());
}

void TestSessionTab::keyboardFocusGoesToTheComposerWhenTheSessionOpens()
{
    // Connect by keyboard (Ctrl+Shift+C), then type at once: the text lands in the composer and
    // Ctrl+Enter sends it, never an empty message from an editor that did not have the focus.
    SessionTab tab(ConnectionSettings{});
    tab.resize(1100, 760);
    tab.show();
    QVERIFY(QTest::qWaitForWindowActive(&tab));
    tab.connectionBar()->urlEdit()->setText(m_server.url(QStringLiteral("/echo")).toString());
    tab.logView()->treeView()->setFocus();
    QVERIFY(!tab.composer()->editor()->hasFocus());
    QTest::keyClick(tab.logView()->treeView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Open, 10000);
    QTRY_VERIFY(tab.composer()->editor()->hasFocus());

    QSignalSpy sent(tab.composer(), &Composer::textMessageRequested);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("typed at once"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("typed at once"));
    QTRY_COMPARE(countRows(tab.logModel(), Direction::In, QStringLiteral("typed at once")), 1);
}

void TestSessionTab::emptyLogShowsAPlaceholderUntilRowsArrive()
{
    SessionTab tab{ConnectionSettings{}};
    tab.resize(1100, 760);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    LogView *log = tab.logView();
    log->refresh();
    QLabel *placeholder = log->placeholderLabel();
    QVERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().startsWith(QStringLiteral("Nothing yet")), qPrintable(placeholder->text()));
    // It sits inside the view's viewport, so the view keeps the focus and the clicks.
    QVERIFY(log->treeView()->viewport()->isAncestorOf(placeholder));
    QVERIFY(placeholder->testAttribute(Qt::WA_TransparentForMouseEvents));

    tab.connectionBar()->urlEdit()->clear();
    QTest::keyClicks(tab.connectionBar()->urlEdit(), m_server.url().toString());
    QTest::mouseClick(tab.connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Open, 10000);
    QTRY_VERIFY(tab.logModel()->rowCount() > 0);
    log->refresh();
    QVERIFY(!placeholder->isVisible());

    // A filter that hides every row says so, rather than looking like an empty log.
    QTest::mouseClick(log->categoryButton(FrameLogFilterModel::Category::Errors), Qt::LeftButton);
    QCOMPARE(tab.filterModel()->rowCount(), 0);
    QVERIFY(placeholder->isVisible());
    QVERIFY2(placeholder->text().startsWith(QStringLiteral("No row matches")), qPrintable(placeholder->text()));
    QTest::mouseClick(log->categoryButton(FrameLogFilterModel::Category::All), Qt::LeftButton);
    QVERIFY(!placeholder->isVisible());

    QTest::mouseClick(log->clearButton(), Qt::LeftButton);
    QTRY_COMPARE(tab.logModel()->rowCount(), 0);
    log->refresh();
    QVERIFY(placeholder->isVisible());
    QVERIFY(placeholder->text().startsWith(QStringLiteral("Nothing yet")));
}

QString TestSessionTab::pingFrameNote(SessionTab *tab, const QByteArray &payload)
{
    tab->composer()->pingPayloadEdit()->setText(QString::fromLatin1(payload));
    tab->composer()->ping();
    int pingRow = -1;
    const bool found = QTest::qWaitFor([&] {
        for (int row = tab->filterModel()->rowCount() - 1; row >= 0 && pingRow < 0; --row) {
            const Event e = tab->filterModel()->index(row, 0).data(FrameLogModel::EventRole).value<Event>();
            if (e.kind == EventKind::Frame && e.frame.opcode == FrameHeader::Ping && e.dir == Direction::Out
                && e.payload == payload)
                pingRow = row;
        }
        return pingRow >= 0;
    }, 5000);
    if (!found)
        return QStringLiteral("no ping row");
    tab->logView()->treeView()->setCurrentIndex(tab->filterModel()->index(pingRow, 0));
    return tab->detailPane()->frameView()->noteText();
}

void TestSessionTab::tapToggleStaysUsableAndAppliesToTheNextConnection()
{
    SessionTab tab{ConnectionSettings{}};
    connectTab(&tab, m_server.url().toString());
    ConnectionBar *bar = tab.connectionBar();
    QToolButton *tap = bar->tapButton();
    QVERIFY(tab.session()->isTapActive());
    // Connected: the toggle is live and says when it applies.
    QVERIFY(tap->isVisible());
    QVERIFY(tap->isEnabled());
    QCOMPARE(tap->text(), QStringLiteral("Tap on"));
    QVERIFY2(tap->toolTip().contains(QStringLiteral("Takes effect on the next connection")), qPrintable(tap->toolTip()));
    // A ping through the tap: its header is the wire's, not a reconstruction.
    QString note = pingFrameNote(&tab, "tapped");
    QVERIFY2(note.contains(QStringLiteral("as the wire tap recorded it")), qPrintable(note));

    QTest::mouseClick(tap, Qt::LeftButton);
    QVERIFY(!bar->isTapEnabled());
    QCOMPARE(tap->text(), QStringLiteral("Tap off (next connection)"));
    QVERIFY(tab.session()->isTapActive()); // the running connection keeps its tap

    QTest::mouseClick(bar->connectButton(), Qt::LeftButton); // Disconnect
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 10000);
    QCOMPARE(tap->text(), QStringLiteral("Tap off"));
    QVERIFY(!tap->toolTip().contains(QStringLiteral("next connection")));
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton); // Connect again, tap off
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Open, 10000);
    QVERIFY(!tab.session()->isTapActive());
    QCOMPARE(tap->text(), QStringLiteral("Tap off"));
    // Without the tap the ping's header was never seen: no header is shown, and the note says why.
    note = pingFrameNote(&tab, "untapped");
    QVERIFY2(note.startsWith(QStringLiteral("The wire tap was off")), qPrintable(note));
    QVERIFY(!tab.detailPane()->frameView()->hasFrame());
    QVERIFY(!tab.detailPane()->isTabEnabled(DetailPane::FrameTab));
}

void TestSessionTab::splitterAndLogColumnsCarryOverToTheNextTab()
{
    QList<int> sizes;
    {
        SessionTab first(ConnectionSettings{});
        first.resize(1100, 760);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        auto *splitter = first.findChild<QSplitter *>();
        QVERIFY(splitter);
        splitter->setSizes({500, 100, 120});
        sizes = splitter->sizes();
        first.logView()->treeView()->setColumnHidden(FrameLogModel::LengthColumn, true);
        first.logView()->treeView()->setColumnWidth(FrameLogModel::TypeColumn, 171);
    } // closing the tab stores its layout

    SessionTab second(ConnectionSettings{});
    second.resize(1100, 760);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.findChild<QSplitter *>()->sizes(), sizes);
    QVERIFY(second.logView()->treeView()->isColumnHidden(FrameLogModel::LengthColumn));
    QCOMPARE(second.logView()->treeView()->columnWidth(FrameLogModel::TypeColumn), 171);
}

QTEST_MAIN(TestSessionTab)
#include "tst_sessiontab.moc"
