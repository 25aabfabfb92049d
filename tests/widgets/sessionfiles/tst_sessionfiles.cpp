// Sessions as files, through the main window: export a real session (HAR, JSONL) and open both
// again, open DevTools HARs, bad files, record to file against log-cap eviction and a full disk,
// and the session tabs of the last run reopened.
#include "core/export/eventformatter.h"
#include "core/export/jsonlexporter.h"
#include "core/export/jsonlrecorder.h"
#include "core/export/sessionimporter.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/profiles/profilestore.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"
#include "core/session/session.h"
#include "core/testserver/testserver.h"
#include "fileprobe.h"
#include "models/framelogmodel.h"
#include "tmpfsmount.h"
#include "widgets/detail/detailpane.h"
#include "widgets/detail/frameview.h"
#include "widgets/detail/payloadview.h"
#include "widgets/mainwindow.h"
#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/logview.h"
#include "widgets/session/recordingbar.h"
#include "widgets/session/sessiontab.h"
#include "widgets/sessionfilecommands.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include "appfixture.h"

#include <QtTest>

namespace {

// What a row of the log shows, as the user reads it.
QString rowText(const Event &e)
{
    return EventFormatter::absoluteTime(e.wallMs) + QLatin1Char('|') + EventFormatter::directionName(e) + QLatin1Char('|')
            + EventFormatter::typeName(e) + QLatin1Char('|') + QString::number(EventFormatter::displayLength(e)) + QLatin1Char('|')
            + EventFormatter::summary(e);
}

QStringList rowsOf(const EventLog *log)
{
    QStringList rows;
    for (const Event &e : log->events()) {
        if (LogRules::isRow(e))
            rows << rowText(e);
    }
    return rows;
}

QStringList rowsOf(const FrameLogModel *model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << rowText(model->eventAt(row));
    return rows;
}

// Frames as a HAR keeps them: one per message or control frame, with its time and bytes.
QStringList messagesOf(const EventLog *log)
{
    QStringList out;
    for (const Event &e : log->events()) {
        if (e.kind != EventKind::Frame)
            continue;
        const LogRules::Message message = LogRules::messageOf(e);
        if (!message.valid && !FrameHeader::isControlOpcode(e.frame.opcode))
            continue;
        const QByteArray bytes = message.valid ? message.payload : e.payload;
        const quint8 opcode = message.valid ? message.opcode : e.frame.opcode;
        out << QStringLiteral("%1 %2 %3 %4").arg(int(e.dir)).arg(FrameHeader::opcodeName(opcode)).arg(e.wallMs)
                        .arg(QString::fromLatin1(bytes.toHex()));
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList sessionRows(const EventLog *log)
{
    QStringList out;
    for (const Event &e : log->events()) {
        if (e.kind == EventKind::State || e.kind == EventKind::Close || e.kind == EventKind::Error)
            out << rowText(e);
    }
    return out;
}

} // namespace

class TestSessionFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anExportedSessionOpensWithTheSameRowsAndPayloads();
    void aChromeHarOpensAsAReadOnlyTab();
    void aBadFileSaysWhereAndOpensNoTab();
    void anExportThatDoesNotFitSaysSoAndLeavesNoFile();
    void recordToFileKeepsEveryEventTheLogCapEvicts();
    void aFullDiskStopsTheRecordingWithAMessageInTheTab();
    void theLastSessionTabsReopenWithoutConnecting();

private:
    std::unique_ptr<MainWindow> makeWindow();
    SessionTab *connectedTab(MainWindow *window);
    static SessionTab *tabAt(MainWindow *window, int index);
    bool exportTab(MainWindow *window, SessionTab *tab, SessionExportJob::Format format, const QString &path, QString *error);

    AppFixture m_app;
};

void TestSessionFiles::initTestCase()
{
    AppFixture::nameApplication(QStringLiteral("tst_sessionfiles"));
}

void TestSessionFiles::init()
{
    QVERIFY(m_app.setUp());
}

void TestSessionFiles::cleanup()
{
    m_app.tearDown();
}

std::unique_ptr<MainWindow> TestSessionFiles::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_app.store(), m_app.server());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window was not exposed");
    return window;
}

SessionTab *TestSessionFiles::tabAt(MainWindow *window, int index)
{
    return qobject_cast<SessionTab *>(window->sessionTabs()->widget(index));
}

SessionTab *TestSessionFiles::connectedTab(MainWindow *window)
{
    if (!window->startTestServer())
        return nullptr;
    ConnectionSettings settings;
    settings.url = m_app.server()->url(QStringLiteral("/echo")).toString();
    SessionTab *tab = tabAt(window, window->openSessionTab(QStringLiteral("echo"), settings));
    QString error;
    if (!tab || !tab->connectSession(&error))
        return nullptr;
    if (!QTest::qWaitFor([tab] { return tab->session()->state() == SessionState::Open; }, 10000))
        return nullptr;
    return tab;
}

bool TestSessionFiles::exportTab(MainWindow *window, SessionTab *tab, SessionExportJob::Format format, const QString &path,
                                 QString *error)
{
    QSignalSpy finished(window->sessionFiles(), &SessionFileCommands::exportFinished);
    window->sessionFiles()->exportTab(tab, format, path);
    if (!finished.wait(30000))
        return false;
    *error = finished.first().at(2).toString();
    return finished.first().at(0).toBool();
}

void TestSessionFiles::anExportedSessionOpensWithTheSameRowsAndPayloads()
{
    auto window = makeWindow();
    SessionTab *tab = connectedTab(window.get());
    QVERIFY(tab);
    Session *session = tab->session();
    QVERIFY(session->sendText(QStringLiteral("{\"op\":\"join\",\"room\":1}")));
    QVERIFY(session->sendText(QStringLiteral("grüße 👋")));
    QVERIFY(session->sendBinary(QByteArray("\x00\x01\xfe\xff", 4)));
    QVERIFY(session->ping("p1"));
    QTRY_VERIFY_WITH_TIMEOUT(messagesOf(session->log()).size() >= 8, 10000);
    QVERIFY(session->close(CloseCodes::NormalClosure, QStringLiteral("bye")));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionState::Closed, 10000);
    QTest::qWait(100); // the Close record and Closed state follow the last frame

    // Clear empties the view only: what is exported is the session's log.
    QTRY_VERIFY(tab->logModel()->rowCount() > 0);
    tab->clearLog();
    QCOMPARE(tab->logModel()->rowCount(), 0);
    const EventLog *log = session->log();
    QVERIFY(log->size() > 10);

    const QString jsonl = QDir(m_app.path()).filePath(QStringLiteral("echo.jsonl"));
    const QString har = QDir(m_app.path()).filePath(QStringLiteral("echo.har"));
    QString error;
    QVERIFY2(exportTab(window.get(), tab, SessionExportJob::Format::Jsonl, jsonl, &error), qPrintable(error));
    QVERIFY2(exportTab(window.get(), tab, SessionExportJob::Format::Har, har, &error), qPrintable(error));
#ifdef Q_OS_UNIX
    QCOMPARE(FileProbe::modeOf(jsonl), 0600);
    QCOMPARE(FileProbe::modeOf(har), 0600);
#endif

    // JSONL: every row as it was (time, direction, type, length, summary), every payload.
    const int tabs = window->sessionTabs()->count();
    const int jsonlIndex = window->openSessionFile(jsonl, &error);
    QVERIFY2(jsonlIndex >= 0, qPrintable(error));
    QCOMPARE(window->sessionTabs()->count(), tabs + 1);
    SessionTab *fromJsonl = tabAt(window.get(), jsonlIndex);
    QVERIFY(fromJsonl->isReadOnly());
    QCOMPARE(window->sessionTabs()->tabText(jsonlIndex), QStringLiteral("echo.jsonl"));
    QTRY_COMPARE(fromJsonl->logModel()->rowCount(), int(rowsOf(log).size()));
    QCOMPARE(rowsOf(fromJsonl->logModel()), rowsOf(log));
    QCOMPARE(fromJsonl->session()->log()->size(), log->size());
    for (qsizetype i = 0; i < log->size(); ++i) {
        QCOMPARE(fromJsonl->session()->log()->at(i).payload, log->at(i).payload);
        QCOMPARE(fromJsonl->session()->log()->at(i).frame.headerBytes().toByteArray(), log->at(i).frame.headerBytes().toByteArray());
    }

    // HAR: the same messages and control frames (time, direction, bytes), states and close.
    const int harIndex = window->openSessionFile(har, &error);
    QVERIFY2(harIndex >= 0, qPrintable(error));
    SessionTab *fromHar = tabAt(window.get(), harIndex);
    QCOMPARE(messagesOf(fromHar->session()->log()), messagesOf(log));
    QCOMPARE(sessionRows(fromHar->session()->log()), sessionRows(log));
    QCOMPARE(fromHar->connectionBar()->urlText(), m_app.server()->url(QStringLiteral("/echo")).toString());

    // Read-only: no connection to make, the same log, filters and detail pane.
    QCOMPARE(window->sessionTabs()->currentIndex(), harIndex);
    QVERIFY(!fromHar->composer()->isVisible());
    QVERIFY(!fromHar->connectionBar()->connectButton()->isVisible());
    QVERIFY(!fromHar->connectionBar()->tapButton()->isVisible());
    QVERIFY(fromHar->connectionBar()->urlEdit()->isReadOnly());
    QCOMPARE(fromHar->connectionBar()->badgeText(), QStringLiteral("Opened from file (read-only): echo.har"));
    QVERIFY(!window->action(MainWindow::ActionId::ConnectDisconnect)->isEnabled());
    QVERIFY(!window->action(MainWindow::ActionId::Send)->isEnabled());
    QVERIFY(!window->action(MainWindow::ActionId::RecordToFile)->isEnabled());
    QVERIFY(window->action(MainWindow::ActionId::ExportJsonl)->isEnabled());
    QVERIFY(window->action(MainWindow::ActionId::FindInLog)->isEnabled());
    QString why;
    QVERIFY(!fromHar->connectSession(&why));
    QVERIFY(!why.isEmpty());
    QCOMPARE(fromHar->session()->state(), SessionState::Idle);
    QTreeView *view = fromHar->logView()->treeView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QModelIndex echo;
    for (int row = 0; row < view->model()->rowCount() && !echo.isValid(); ++row) {
        const Event e = view->model()->index(row, 0).data(FrameLogModel::EventRole).value<Event>();
        if (e.dir == Direction::In && e.payload == QStringLiteral("grüße 👋").toUtf8())
            echo = view->model()->index(row, 0);
    }
    QVERIFY(echo.isValid());
    view->setCurrentIndex(echo);
    QVERIFY2(fromHar->detailPane()->payloadView()->displayedText().contains(QStringLiteral("grüße 👋")),
             qPrintable(fromHar->detailPane()->payloadView()->displayedText()));
    QVERIFY(fromHar->detailPane()->isTabEnabled(DetailPane::HandshakeTab));
    QVERIFY(fromHar->detailPane()->isTabEnabled(DetailPane::CloseTab));
    // The JSONL file keeps the tap's frame headers, so its Frame tab dissects them.
    QTreeView *jsonlView = fromJsonl->logView()->treeView();
    int textRow = -1;
    for (int row = 0; row < jsonlView->model()->rowCount() && textRow < 0; ++row) {
        const Event e = jsonlView->model()->index(row, 0).data(FrameLogModel::EventRole).value<Event>();
        if (e.kind == EventKind::Frame && e.frame.opcode == FrameHeader::Text)
            textRow = row;
    }
    QVERIFY(textRow >= 0);
    jsonlView->setCurrentIndex(jsonlView->model()->index(textRow, 0));
    QVERIFY(fromJsonl->detailPane()->frameView()->hasFrame());
}

void TestSessionFiles::aChromeHarOpensAsAReadOnlyTab()
{
    auto window = makeWindow();
    const QString chrome = QStringLiteral(WSSCOPE_TEST_DATA_DIR "/../../core/sessionimporter/chrome-websocket.har");
    QString error;
    const int index = window->openSessionFile(chrome, &error);
    QVERIFY2(index >= 0, qPrintable(error));
    SessionTab *tab = tabAt(window.get(), index);
    QVERIFY(tab->isReadOnly());
    QCOMPARE(tab->connectionBar()->urlText(), QStringLiteral("ws://127.0.0.1:8080/chat?room=1"));
    QTRY_COMPARE(tab->logModel()->rowCount(), 8);
    // The binary message, base64 in the file, as bytes; its header is unknown (DevTools keep none).
    QTreeView *view = tab->logView()->treeView();
    view->setCurrentIndex(view->model()->index(6, 0));
    QCOMPARE(tab->detailPane()->event().payload, QByteArray("\x00\x01\x02\xff", 4));
    QVERIFY(!tab->detailPane()->frameView()->hasFrame());
    QVERIFY(tab->detailPane()->isTabEnabled(DetailPane::HandshakeTab));
    // Its original times: 14:00:02.500 UTC, not the time it was opened.
    QCOMPARE(tab->detailPane()->event().wallMs, 1795788002500LL);
    QCOMPARE(tab->session()->log()->size(), 8);
}

void TestSessionFiles::aBadFileSaysWhereAndOpensNoTab()
{
    auto window = makeWindow();
    const QString path = QDir(m_app.path()).filePath(QStringLiteral("broken.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"log\": {\n    \"entries\": [}\n}\n");
    file.close();
    QString error;
    QCOMPARE(window->openSessionFile(path, &error), -1);
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": line 3, column 18: ")), qPrintable(error));
    QCOMPARE(window->sessionTabs()->count(), 0);

    const QString jsonl = QDir(m_app.path()).filePath(QStringLiteral("bad.jsonl"));
    QVERIFY(writeFile(jsonl, "{\"seq\":1,\"time\":\"2026-11-27T14:00:01.002Z\",\"event\":\"info\",\"message\":\"a\"}\n"
                                             "{\"seq\":2,\"time\":\"yesterday\",\"event\":\"info\",\"message\":\"b\"}\n"));
    QCOMPARE(window->openSessionFile(jsonl, &error), -1);
    QVERIFY2(error.endsWith(QStringLiteral("bad.jsonl: line 2: field “time”: “yesterday” is not an ISO-8601 time")), qPrintable(error));
    QCOMPARE(window->sessionTabs()->count(), 0);
}

void TestSessionFiles::anExportThatDoesNotFitSaysSoAndLeavesNoFile()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    auto window = makeWindow();
    SessionTab *tab = connectedTab(window.get());
    QVERIFY(tab);
    for (int i = 0; i < 50; ++i)
        QVERIFY(tab->session()->sendText(QString(2000, QLatin1Char('x'))));
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->log()->size() > 100, 10000);
    disk.fill(16 * 1024);
    const QString path = disk.filePath(QStringLiteral("big.har"));
    QString error;
    QVERIFY(!exportTab(window.get(), tab, SessionExportJob::Format::Har, path, &error));
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList{QStringLiteral("filler")});
    // The user is told, in a message box that does not block the window.
    const QList<QMessageBox *> boxes = window->findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    QVERIFY2(boxes.first()->text().contains(QStringLiteral("No space left on device")), qPrintable(boxes.first()->text()));
    QVERIFY(boxes.first()->text().contains(QStringLiteral("No file was written.")));
    boxes.first()->close();
}

void TestSessionFiles::recordToFileKeepsEveryEventTheLogCapEvicts()
{
    auto window = makeWindow();
    SessionTab *tab = connectedTab(window.get());
    QVERIFY(tab);
    AppSettings small = window->appSettings();
    small.logCapRows = 64;
    tab->applySettings(small);
    const QString path = QDir(m_app.path()).filePath(QStringLiteral("recording.jsonl"));
    QString error;
    QVERIFY2(tab->startRecording(path, &error), qPrintable(error));
    window->sessionFiles()->updateActions();
    QVERIFY(window->action(MainWindow::ActionId::RecordToFile)->isChecked());
    QVERIFY(tab->recordingBar()->isVisible());
    QVERIFY2(tab->recordingBar()->text().contains(path), qPrintable(tab->recordingBar()->text()));
    for (int i = 0; i < 300; ++i)
        QVERIFY(tab->session()->sendText(QStringLiteral("message %1").arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->log()->lastSeq() >= 600 + 4, 15000);
    QVERIFY(tab->session()->log()->evictedCount() > 400);
    // The bar counts what it wrote.
    QTRY_VERIFY2_WITH_TIMEOUT(tab->recordingBar()->text().contains(QLocale().toString(tab->recorder()->eventCount())),
                              qPrintable(tab->recordingBar()->text()), 3 * RecordingBar::CountIntervalMs);
    // Stop from the bar: the file holds every event the log ever had, in order.
    QTest::mouseClick(tab->recordingBar()->button(), Qt::LeftButton);
    QVERIFY(!tab->isRecording());
    QVERIFY(!tab->recordingBar()->isVisible());
    QVERIFY(!window->action(MainWindow::ActionId::RecordToFile)->isChecked());
    const SessionImport imported = SessionImporter::readFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(quint64(imported.events.size()), tab->session()->log()->lastSeq());
    int echoes = 0;
    for (const Event &e : imported.events)
        echoes += e.kind == EventKind::Frame && e.dir == Direction::In && e.payload.startsWith("message ") ? 1 : 0;
    QCOMPARE(echoes, 300);
    // The events the log still holds are the file's last ones, line for line.
    const Event &last = tab->session()->log()->events().back();
    Event lastInFile = imported.events.back();
    lastInFile.seq = last.seq;
    QCOMPARE(JsonlExporter::toLine(lastInFile), JsonlExporter::toLine(last));
}

void TestSessionFiles::aFullDiskStopsTheRecordingWithAMessageInTheTab()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    auto window = makeWindow();
    SessionTab *tab = connectedTab(window.get());
    QVERIFY(tab);
    const QString path = disk.filePath(QStringLiteral("recording.jsonl"));
    QVERIFY(tab->startRecording(path));
    window->sessionFiles()->updateActions();
    disk.fill(8 * 1024);
    for (int i = 0; i < 40 && tab->isRecording(); ++i) {
        QVERIFY(tab->session()->sendText(QString(1000, QLatin1Char('a' + i % 26))));
        QTest::qWait(20);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isRecording(), 5000);
    QVERIFY(tab->recordingBar()->isVisible());
    QVERIFY(tab->recordingBar()->isFailureShown());
    QVERIFY2(tab->recordingBar()->text().contains(QStringLiteral("No space left on device")), qPrintable(tab->recordingBar()->text()));
    QVERIFY2(tab->recordingBar()->text().contains(path), qPrintable(tab->recordingBar()->text()));
    QVERIFY(!window->action(MainWindow::ActionId::RecordToFile)->isChecked());
    // The session goes on; the file keeps whole lines.
    QCOMPARE(tab->session()->state(), SessionState::Open);
    const QByteArray content = FileProbe::readAll(path);
    QVERIFY(content.endsWith('\n'));
    QVERIFY(SessionImporter::read(content, path).ok());
    QTest::mouseClick(tab->recordingBar()->button(), Qt::LeftButton); // Dismiss
    QVERIFY(!tab->recordingBar()->isVisible());
}

void TestSessionFiles::theLastSessionTabsReopenWithoutConnecting()
{
    Profile p;
    p.name = QStringLiteral("chat");
    p.connection.url = QStringLiteral("ws://127.0.0.1:9/chat");
    QVERIFY(m_app.store()->save(p));
    {
        auto window = makeWindow();
        window->openProfile(QStringLiteral("chat"));
        ConnectionSettings custom;
        custom.url = QStringLiteral("ws://127.0.0.1:9/custom?x=1");
        custom.tapEnabled = false;
        const int customIndex = window->openSessionTab(QStringLiteral("Custom"), custom);
        QString error;
        QVERIFY2(window->openSessionFile(QStringLiteral(WSSCOPE_TEST_DATA_DIR "/../../core/sessionimporter/chrome-websocket.har"),
                                         &error) >= 0,
                 qPrintable(error));
        window->sessionTabs()->setCurrentIndex(customIndex);
        QVERIFY(window->close());
    }
    // The next start, with the same settings.
    auto window = makeWindow();
    QCOMPARE(window->sessionTabs()->count(), 0);
    window->restoreSessionTabs();
    QCOMPARE(window->sessionTabs()->count(), 2); // the file's tab is not reopened
    QCOMPARE(window->sessionTabs()->tabText(0), QStringLiteral("chat"));
    QCOMPARE(tabAt(window.get(), 0)->connectionBar()->urlText(), QStringLiteral("ws://127.0.0.1:9/chat"));
    QCOMPARE(window->sessionTabs()->tabText(1), QStringLiteral("Custom"));
    QCOMPARE(tabAt(window.get(), 1)->connectionBar()->urlText(), QStringLiteral("ws://127.0.0.1:9/custom?x=1"));
    QVERIFY(!tabAt(window.get(), 1)->connectionBar()->isTapEnabled());
    QCOMPARE(window->sessionTabs()->currentIndex(), 1);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(tabAt(window.get(), i)->session()->state(), SessionState::Idle);
    // Nothing open at the end: the next start has no tabs.
    window->action(MainWindow::ActionId::CloseTab)->trigger();
    window->action(MainWindow::ActionId::CloseTab)->trigger();
    QVERIFY(window->close());
    auto again = makeWindow();
    again->restoreSessionTabs();
    QCOMPARE(again->sessionTabs()->count(), 0);
}

QTEST_MAIN(TestSessionFiles)
#include "tst_sessionfiles.moc"
