#include "widgets/session/composer.h"

#include "core/profiles/profilestore.h"
#include "core/session/repeatsender.h"
#include "core/session/session.h"
#include "nonreadingserver.h"
#include "widgets/session/closedialog.h"
#include "widgets/session/sendhistory.h"
#include "widgets/session/sessiontab.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anEmptyMessageIsSentOnlyOnPurpose_data();
    void anEmptyMessageIsSentOnlyOnPurpose();
    void sendIsDisabledWithAReasonUntilTheSessionIsOpen();
    void textModeSendsTheTypedText();
    void ctrlEnterSends();
    void jsonErrorsNameLineAndColumnAndDisableSend();
    void jsonPrettyAndCompactKeepTheValue();
    void hexAndBase64Decode_data();
    void hexAndBase64Decode();
    void hexErrorNamesTheCharacterAndPosition();
    void loneSurrogateIsRefusedInTextMode();
    void fileModeSendsTheFileAndReportsItsSize();
    void fileModeRefusesAMissingFile();
    void pingPayloadIsLimitedTo125Bytes();
    void closeDialogEmitsTheChosenCodeAndReason();
    void repeatSendsNTimesWithACounter();
    void repeatStopsWhenTheSessionRefuses();
    void repeatShowsItsPauseWhileTheServerDoesNotRead_data();
    void repeatShowsItsPauseWhileTheServerDoesNotRead();
    void savedMessagesInMemory();
    void savedMessagesPersistInTheProfile();
    void upAndDownWalkTheSentMessagesAndRestoreTheDraft();
    void upAndDownMoveTheCursorInsideAMultiLineMessage();

private:
    static void showAndWait(QWidget *widget);

    QTemporaryDir m_settingsDir;
};

void TestComposer::initTestCase()
{
    // A session tab remembers its layout in QSettings: keep it in a folder of the test's own.
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("WsScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_composer"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestComposer::showAndWait(QWidget *widget)
{
    widget->resize(900, 220);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

void TestComposer::sendIsDisabledWithAReasonUntilTheSessionIsOpen()
{
    Composer composer;
    showAndWait(&composer);
    composer.setText(QStringLiteral("hello"));
    QVERIFY(composer.sendButton()->isVisible());
    QVERIFY(!composer.sendButton()->isEnabled());
    QVERIFY2(composer.sendBlockedReason().contains(QStringLiteral("Not connected")), qPrintable(composer.sendBlockedReason()));
    QCOMPARE(composer.sendButton()->toolTip(), composer.sendBlockedReason());
    QVERIFY(composer.statusText().contains(QStringLiteral("Not connected")));

    composer.setSessionState(SessionState::Handshaking);
    QVERIFY(!composer.sendButton()->isEnabled());
    QVERIFY(composer.sendBlockedReason().contains(QStringLiteral("handshake")));

    composer.setSessionState(SessionState::Open);
    QVERIFY(composer.sendButton()->isEnabled());
    QVERIFY(composer.sendBlockedReason().isEmpty());
    QVERIFY(composer.pingButton()->isEnabled());
    QVERIFY(composer.closeButton()->isEnabled());

    composer.setSessionState(SessionState::Closing);
    QVERIFY(!composer.sendButton()->isEnabled());
    QVERIFY(!composer.pingButton()->isEnabled());
    QVERIFY(!composer.closeButton()->isEnabled());
}

void TestComposer::textModeSendsTheTypedText()
{
    Composer composer;
    showAndWait(&composer);
    composer.setSessionState(SessionState::Open);
    QSignalSpy text(&composer, &Composer::textMessageRequested);
    QSignalSpy binary(&composer, &Composer::binaryMessageRequested);
    QTest::keyClicks(composer.editor(), QStringLiteral("hi there"));
    QVERIFY2(composer.statusText().contains(QStringLiteral("8 byte")), qPrintable(composer.statusText()));
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QCOMPARE(text.count(), 1);
    QCOMPARE(text.at(0).at(0).toString(), QStringLiteral("hi there"));
    QCOMPARE(binary.count(), 0);
    // The text stays for the next send, as in any test client.
    QCOMPARE(composer.text(), QStringLiteral("hi there"));
}

void TestComposer::ctrlEnterSends()
{
    Composer composer;
    showAndWait(&composer);
    composer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    composer.setSessionState(SessionState::Open);
    composer.editor()->setFocus();
    QTest::keyClicks(composer.editor(), QStringLiteral("x"));
    QSignalSpy text(&composer, &Composer::textMessageRequested);
    QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(text.count(), 1);
    QCOMPARE(composer.text(), QStringLiteral("x")); // no newline typed
    QSignalSpy ping(&composer, &Composer::pingRequested);
    QTest::keyClick(composer.editor(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(ping.count(), 1);
}

void TestComposer::jsonErrorsNameLineAndColumnAndDisableSend()
{
    Composer composer;
    showAndWait(&composer);
    composer.setSessionState(SessionState::Open);
    composer.modeButton(Composer::Mode::Json)->click();
    QCOMPARE(composer.mode(), Composer::Mode::Json);
    QVERIFY(composer.prettyButton()->isVisible());

    composer.setText(QStringLiteral("{\n  \"op\": \"say\",\n  \"text\" \"hi\"\n}"));
    QVERIFY(!composer.isInputValid());
    QVERIFY2(composer.inputError().contains(QStringLiteral("Line 3, column 10")), qPrintable(composer.inputError()));
    QCOMPARE(composer.statusLabel()->text(), composer.inputError());
    QVERIFY(composer.statusLabel()->isVisible());
    QVERIFY(!composer.sendButton()->isEnabled());
    QCOMPARE(composer.sendButton()->toolTip(), composer.inputError());
    QVERIFY(!composer.prettyButton()->isEnabled());

    QSignalSpy text(&composer, &Composer::textMessageRequested);
    composer.send(); // Ctrl+Enter's slot: refused too
    QCOMPARE(text.count(), 0);

    // Fixing it by typing enables Send again.
    composer.setText(QStringLiteral("{\"op\": \"say\", \"text\": \"hi\"}"));
    QVERIFY(composer.isInputValid());
    QVERIFY(composer.statusText().contains(QStringLiteral("valid JSON")));
    QVERIFY(composer.sendButton()->isEnabled());
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QCOMPARE(text.count(), 1);

    composer.setText(QString());
    QVERIFY(!composer.sendButton()->isEnabled());
    QVERIFY(composer.inputError().contains(QStringLiteral("JSON")));
}

void TestComposer::jsonPrettyAndCompactKeepTheValue()
{
    Composer composer;
    composer.setMode(Composer::Mode::Json);
    composer.setText(QStringLiteral("{\"b\":1,\"a\":[1,2]}"));
    QTest::mouseClick(composer.prettyButton(), Qt::LeftButton);
    QVERIFY(composer.text().contains(QLatin1Char('\n')));
    QVERIFY(composer.text().indexOf(QStringLiteral("\"b\"")) < composer.text().indexOf(QStringLiteral("\"a\""))); // key order kept
    QTest::mouseClick(composer.compactButton(), Qt::LeftButton);
    QCOMPARE(composer.text(), QStringLiteral("{\"b\":1,\"a\":[1,2]}"));
}

void TestComposer::hexAndBase64Decode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Hex bytes separated by spaces") << int(Composer::Mode::Hex) << "48 65 6c 6c 6f" << QByteArray("Hello");
    QTest::newRow("Hex bytes in C-array style") << int(Composer::Mode::Hex) << "0x00, 0xff" << QByteArray("\x00\xff", 2);
    QTest::newRow("Base64 in the standard alphabet") << int(Composer::Mode::Base64) << "SGVsbG8=" << QByteArray("Hello");
    QTest::newRow("Base64 in the URL-safe alphabet without padding") << int(Composer::Mode::Base64) << "-_8" << QByteArray("\xfb\xff", 2);
}

void TestComposer::hexAndBase64Decode()
{
    QFETCH(int, mode);
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);

    Composer composer;
    composer.setSessionState(SessionState::Open);
    composer.setMode(Composer::Mode(mode));
    composer.setText(input);
    QVERIFY2(composer.isInputValid(), qPrintable(composer.inputError()));
    QVERIFY(composer.statusText().contains(QStringLiteral("%1 byte").arg(expected.size())));
    QSignalSpy binary(&composer, &Composer::binaryMessageRequested);
    composer.send();
    QCOMPARE(binary.count(), 1);
    QCOMPARE(binary.at(0).at(0).toByteArray(), expected);
}

void TestComposer::hexErrorNamesTheCharacterAndPosition()
{
    Composer composer;
    showAndWait(&composer);
    composer.setSessionState(SessionState::Open);
    composer.modeButton(Composer::Mode::Hex)->click();
    QTest::keyClicks(composer.editor(), QStringLiteral("48 6g"));
    QVERIFY(!composer.isInputValid());
    const QString error = composer.statusLabel()->text();
    QVERIFY2(error.contains(QStringLiteral("'g'")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("column 5")), qPrintable(error));
    QVERIFY(!composer.sendButton()->isEnabled());

    // The same characters are fine as text: the error belongs to the mode, not the input.
    composer.setMode(Composer::Mode::Text);
    QVERIFY(composer.isInputValid());
    QVERIFY(composer.sendButton()->isEnabled());
}

void TestComposer::loneSurrogateIsRefusedInTextMode()
{
    Composer composer;
    composer.setSessionState(SessionState::Open);
    composer.setText(QStringLiteral("ab") + QChar(0xD800) + QStringLiteral("c"));
    QVERIFY(!composer.isInputValid());
    QVERIFY2(composer.inputError().contains(QStringLiteral("column 3")), qPrintable(composer.inputError()));
    QVERIFY(composer.inputError().contains(QStringLiteral("D800")));
    QVERIFY(!composer.sendButton()->isEnabled());
}

void TestComposer::fileModeSendsTheFileAndReportsItsSize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray data = QByteArray(2048, '\x7f') + QByteArray("\x00\x01", 2);
    file.write(data);
    file.close();

    Composer composer;
    showAndWait(&composer);
    composer.setSessionState(SessionState::Open);
    QVERIFY(composer.modeButton(Composer::Mode::File)->isVisible());
    composer.modeButton(Composer::Mode::File)->click();
    // No file yet is not an error until the user tries to send.
    QVERIFY(composer.isInputValid());
    QVERIFY(composer.statusText().contains(QStringLiteral("No file chosen yet")));
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QVERIFY(!composer.isInputValid());
    QVERIFY(!composer.sendButton()->isEnabled());
    QVERIFY(composer.inputError().contains(QStringLiteral("No file")));

    QString error;
    QVERIFY2(composer.loadFile(path, &error), qPrintable(error));
    QCOMPARE(composer.fileName(), QStringLiteral("payload.bin"));
    QCOMPARE(composer.fileSize(), qint64(data.size()));
    QVERIFY2(composer.statusText().contains(QStringLiteral("payload.bin")), qPrintable(composer.statusText()));
    const QString size = QLocale().formattedDataSize(data.size(), 1, QLocale::DataSizeTraditionalFormat);
    QVERIFY2(composer.statusText().contains(size), qPrintable(composer.statusText()));
    QVERIFY(composer.sendButton()->isEnabled());
    // The composer hands over the file itself, not its bytes: the session reads it as it sends it.
    QSignalSpy binary(&composer, &Composer::binaryMessageRequested);
    QSignalSpy fileSend(&composer, &Composer::fileMessageRequested);
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QCOMPARE(binary.count(), 0);
    QCOMPARE(fileSend.count(), 1);
    QCOMPARE(fileSend.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
}

void TestComposer::fileModeRefusesAMissingFile()
{
    Composer composer;
    QString error;
    QVERIFY(!composer.loadFile(QStringLiteral("definitely-missing-file.bin"), &error));
    QVERIFY(error.contains(QStringLiteral("definitely-missing-file.bin")));
    QCOMPARE(composer.statusText(), error);
}

void TestComposer::pingPayloadIsLimitedTo125Bytes()
{
    Composer composer;
    showAndWait(&composer);
    composer.setSessionState(SessionState::Open);
    QSignalSpy ping(&composer, &Composer::pingRequested);
    composer.pingPayloadEdit()->setText(QString(125, QLatin1Char('p')));
    QVERIFY(composer.pingButton()->isEnabled());
    QTest::mouseClick(composer.pingButton(), Qt::LeftButton);
    QCOMPARE(ping.count(), 1);
    QCOMPARE(ping.at(0).at(0).toByteArray(), QByteArray(125, 'p'));

    composer.pingPayloadEdit()->setText(QString(126, QLatin1Char('p')));
    QVERIFY(!composer.pingButton()->isEnabled());
    QVERIFY(composer.pingButton()->toolTip().contains(QStringLiteral("126")));
    composer.ping();
    QCOMPARE(ping.count(), 1);
}

void TestComposer::closeDialogEmitsTheChosenCodeAndReason()
{
    Composer composer;
    showAndWait(&composer);
    composer.setSessionState(SessionState::Open);
    QSignalSpy close(&composer, &Composer::closeRequested);
    QVERIFY(composer.closeButton()->isVisible());
    QTest::mouseClick(composer.closeButton(), Qt::LeftButton);
    CloseDialog *dialog = composer.closeDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->setCode(4000);
    dialog->setReason(QStringLiteral("bye"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(close.count(), 1);
    QCOMPARE(close.at(0).at(0).value<quint16>(), quint16(4000));
    QCOMPARE(close.at(0).at(1).toString(), QStringLiteral("bye"));
    QTRY_VERIFY(!composer.closeDialog()); // deleted on close
}

void TestComposer::repeatSendsNTimesWithACounter()
{
    Composer composer;
    showAndWait(&composer);
    composer.setSessionState(SessionState::Open);
    composer.setText(QStringLiteral("tick"));
    QVERIFY(!composer.repeatStartButton()->isVisible());
    QTest::mouseClick(composer.repeatButton(), Qt::LeftButton);
    QVERIFY(composer.repeatStartButton()->isVisible());
    composer.repeatIntervalBox()->setValue(20);
    composer.repeatCountBox()->setValue(4);
    QSignalSpy text(&composer, &Composer::textMessageRequested);
    QTest::mouseClick(composer.repeatStartButton(), Qt::LeftButton);
    QVERIFY(composer.repeatSender()->isRunning());
    QCOMPARE(text.count(), 1); // the first one at once
    QTRY_VERIFY(!composer.repeatSender()->isRunning());
    QCOMPARE(text.count(), 4);
    QCOMPARE(composer.repeatSender()->sentCount(), 4);
    QVERIFY2(composer.repeatCounterLabel()->text().contains(QStringLiteral("Sent 4")), qPrintable(composer.repeatCounterLabel()->text()));
}

void TestComposer::repeatStopsWhenTheSessionRefuses()
{
    Composer composer;
    composer.setSessionState(SessionState::Open);
    composer.setText(QStringLiteral("tick"));
    int sends = 0;
    connect(&composer, &Composer::textMessageRequested, &composer, [&composer, &sends] {
        if (++sends == 3)
            composer.reportSendError(QStringLiteral("refused by the session"));
    });
    composer.repeatIntervalBox()->setValue(10);
    composer.repeatCountBox()->setValue(0); // until stopped
    composer.startRepeat();
    QTRY_VERIFY(!composer.repeatSender()->isRunning());
    QCOMPARE(sends, 3);
    QCOMPARE(composer.repeatSender()->sentCount(), 2); // the refused one is not counted
    QVERIFY(composer.repeatCounterLabel()->text().contains(QStringLiteral("refused by the session")));
    QCOMPARE(composer.statusText(), QStringLiteral("refused by the session"));

    // Leaving Open stops a running repeat too.
    sends = 100;
    composer.startRepeat();
    QVERIFY(composer.repeatSender()->isRunning());
    composer.setSessionState(SessionState::Closing);
    QVERIFY(!composer.repeatSender()->isRunning());
}

void TestComposer::savedMessagesInMemory()
{
    Composer composer;
    QSignalSpy changed(&composer, &Composer::savedMessagesChanged);
    composer.setMode(Composer::Mode::Json);
    composer.setText(QStringLiteral("{\"op\":\"join\"}"));
    QString error;
    QVERIFY(composer.saveCurrent(QStringLiteral("join"), &error));
    composer.setMode(Composer::Mode::Hex);
    composer.setText(QStringLiteral("de ad"));
    QVERIFY(composer.saveCurrent(QStringLiteral("dead"), &error));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(composer.savedMessages().size(), 2);
    QCOMPARE(composer.savedCombo()->count(), 3); // "Load…" + 2

    QVERIFY(!composer.saveCurrent(QStringLiteral("  "), &error));
    QVERIFY(error.contains(QStringLiteral("name")));

    // Picking it in the combo loads text and mode.
    composer.savedCombo()->activated(composer.savedCombo()->findData(QStringLiteral("join")));
    QCOMPARE(composer.mode(), Composer::Mode::Json);
    QCOMPARE(composer.text(), QStringLiteral("{\"op\":\"join\"}"));

    QVERIFY(!composer.renameSaved(QStringLiteral("join"), QStringLiteral("dead"), &error));
    QVERIFY(error.contains(QStringLiteral("already")));
    QVERIFY(composer.renameSaved(QStringLiteral("join"), QStringLiteral("hello"), &error));
    QVERIFY(composer.loadSaved(QStringLiteral("hello")));
    QVERIFY(!composer.loadSaved(QStringLiteral("join")));
    QVERIFY(composer.deleteSaved(QStringLiteral("dead"), &error));
    QVERIFY(!composer.deleteSaved(QStringLiteral("dead"), &error));
    QCOMPARE(composer.savedMessages().size(), 1);

    composer.setMode(Composer::Mode::File);
    QVERIFY(!composer.saveCurrent(QStringLiteral("file"), &error));
}

void TestComposer::savedMessagesPersistInTheProfile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        ProfileStore store(dir.path());
        store.load();
        Profile profile;
        profile.name = QStringLiteral("Echo");
        profile.connection.url = QStringLiteral("ws://127.0.0.1:9/echo");
        QString error;
        QVERIFY2(store.save(profile, &error), qPrintable(error));

        Composer composer;
        composer.setProfile(&store, QStringLiteral("Echo"));
        composer.setMode(Composer::Mode::Base64);
        composer.setText(QStringLiteral("aGk="));
        QVERIFY2(composer.saveCurrent(QStringLiteral("hi in base64"), &error), qPrintable(error));
    }
    ProfileStore reloaded(dir.path());
    QVERIFY(reloaded.load());
    const std::optional<Profile> profile = reloaded.profile(QStringLiteral("Echo"));
    QVERIFY(profile);
    QCOMPARE(profile->savedMessages.size(), 1);
    QCOMPARE(profile->savedMessages.first().name, QStringLiteral("hi in base64"));
    QCOMPARE(profile->savedMessages.first().mode, SavedMessage::Mode::Base64);
    QCOMPARE(profile->savedMessages.first().content, QStringLiteral("aGk="));

    Composer composer;
    composer.setProfile(&reloaded, QStringLiteral("Echo"));
    QVERIFY(composer.loadSaved(QStringLiteral("hi in base64")));
    QCOMPARE(composer.mode(), Composer::Mode::Base64);
    QCOMPARE(composer.text(), QStringLiteral("aGk="));
}

void TestComposer::repeatShowsItsPauseWhileTheServerDoesNotRead_data()
{
    QTest::addColumn<bool>("tap");
    QTest::newRow("tap on") << true;
    QTest::newRow("tap off") << false;
}

void TestComposer::repeatShowsItsPauseWhileTheServerDoesNotRead()
{
    // The composer inside a real session tab, so the session → Repeat wiring is the app's own.
    QFETCH(bool, tap);
    NonReadingServer server;
    ConnectionSettings settings;
    settings.url = QUrl(server.url()).toString();
    settings.tapEnabled = tap;
    SessionTab tab(settings);
    showAndWait(&tab);
    QString error;
    QVERIFY2(tab.connectSession(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Open, 5000);

    // 256 KiB every 10 ms until stopped, started with the composer's own controls.
    Composer *composer = tab.composer();
    composer->setText(QString(256 * 1024, QLatin1Char('x')));
    QTest::mouseClick(composer->repeatButton(), Qt::LeftButton);
    QVERIFY(composer->repeatStartButton()->isVisible());
    composer->repeatIntervalBox()->setValue(RepeatSender::MinIntervalMs);
    composer->repeatCountBox()->setValue(0);
    QVERIFY2(composer->repeatStartButton()->isEnabled(), qPrintable(composer->repeatStartButton()->toolTip()));
    QTest::mouseClick(composer->repeatStartButton(), Qt::LeftButton);
    RepeatSender *repeat = composer->repeatSender();
    QVERIFY(repeat->isRunning());

    // The server reads nothing: QWebSocket's queue passes the high-water mark and Repeat pauses,
    // and the counter says so with the reason. Until the loopback socket buffers are full, the
    // tap may still move queued bytes on (slowly on a loaded machine), the queue falls below
    // the low-water mark and Repeat resumes for a while: wait for the pause that holds.
    const auto stablePause = [&] {
        if (!repeat->isPaused())
            return false;
        const int before = repeat->sentCount();
        QTest::qWait(300);
        return repeat->isPaused() && repeat->sentCount() == before;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(stablePause(), qPrintable(composer->repeatCounterLabel()->text()), 30000);
    QVERIFY(tab.session()->isSendBackedUp());
    const QString pausedText = composer->repeatCounterLabel()->text();
    QVERIFY2(pausedText.contains(QStringLiteral("Paused:")), qPrintable(pausedText));
    QVERIFY2(pausedText.contains(repeat->pauseReason()), qPrintable(pausedText));
    QVERIFY2(pausedText.contains(QString::number(repeat->sentCount())), qPrintable(pausedText));
    QCOMPARE(composer->repeatCounterLabel()->toolTip(), repeat->pauseReason());
    QCOMPARE(composer->repeatStartButton()->text(), QStringLiteral("Stop"));
    const int sentAtPause = repeat->sentCount();
    QTest::qWait(300);
    QCOMPARE(repeat->sentCount(), sentAtPause);
    QCOMPARE(composer->repeatCounterLabel()->text(), pausedText);

    // The server drains: Repeat resumes, and the counter counts again without the pause.
    server.drain();
    QTRY_VERIFY_WITH_TIMEOUT(!repeat->isPaused(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(repeat->sentCount() > sentAtPause, 5000);
    const QString resumedText = composer->repeatCounterLabel()->text();
    QVERIFY2(!resumedText.contains(QStringLiteral("Paused")), qPrintable(resumedText));
    QVERIFY2(resumedText.startsWith(QStringLiteral("Sent ")), qPrintable(resumedText));
    QVERIFY(composer->repeatCounterLabel()->toolTip().isEmpty());
    QTest::mouseClick(composer->repeatStartButton(), Qt::LeftButton);
    QVERIFY(!repeat->isRunning());
    tab.session()->abort();
    QTRY_COMPARE_WITH_TIMEOUT(tab.session()->state(), SessionState::Closed, 5000);
}

void TestComposer::upAndDownWalkTheSentMessagesAndRestoreTheDraft()
{
    Composer composer;
    showAndWait(&composer);
    composer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    composer.setSessionState(SessionState::Open);
    QPlainTextEdit *editor = composer.editor();
    editor->setFocus();
    const auto send = [&](Composer::Mode mode, const QString &text) {
        composer.setMode(mode);
        composer.setText(text);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    };
    send(Composer::Mode::Text, QStringLiteral("first"));
    send(Composer::Mode::Hex, QStringLiteral("de ad"));
    send(Composer::Mode::Text, QStringLiteral("third"));
    send(Composer::Mode::Text, QStringLiteral("third")); // the same again is one entry
    QCOMPARE(composer.history()->entries().size(), 3);

    // A draft is being typed when the user walks back.
    composer.setText(QString());
    QTest::keyClicks(editor, QStringLiteral("my draft"));
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(composer.text(), QStringLiteral("third"));
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(composer.text(), QStringLiteral("de ad"));
    QCOMPARE(composer.mode(), Composer::Mode::Hex); // the mode it was sent in
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(composer.text(), QStringLiteral("first"));
    QCOMPARE(composer.mode(), Composer::Mode::Text);
    QTest::keyClick(editor, Qt::Key_Up); // nothing older: it stays
    QCOMPARE(composer.text(), QStringLiteral("first"));
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(composer.text(), QStringLiteral("de ad"));
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(composer.text(), QStringLiteral("my draft")); // past the newest: the draft is back
    QCOMPARE(composer.mode(), Composer::Mode::Text);
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(composer.text(), QStringLiteral("my draft"));

    // A recalled message that is edited becomes the draft.
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(composer.text(), QStringLiteral("third"));
    QTest::keyClicks(editor, QStringLiteral("!"));
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(composer.text(), QStringLiteral("third"));
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(composer.text(), QStringLiteral("third!"));

    // A send that the session refuses is not history.
    connect(&composer, &Composer::textMessageRequested, &composer,
            [&composer] { composer.reportSendError(QStringLiteral("refused")); });
    send(Composer::Mode::Text, QStringLiteral("refused one"));
    QCOMPARE(composer.history()->entries().size(), 3);

    // Each tab has its own history.
    Composer other;
    QVERIFY(other.history()->entries().isEmpty());
}

void TestComposer::upAndDownMoveTheCursorInsideAMultiLineMessage()
{
    Composer composer;
    showAndWait(&composer);
    composer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    composer.setSessionState(SessionState::Open);
    QPlainTextEdit *editor = composer.editor();
    editor->setFocus();
    composer.setText(QStringLiteral("old"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    composer.setText(QStringLiteral("line 1\nline 2\nline 3"));
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::End);
    editor->setTextCursor(cursor);
    // Up on the last and middle lines moves the cursor; only on the first line it recalls.
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(editor->textCursor().blockNumber(), 1);
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(editor->textCursor().blockNumber(), 0);
    QCOMPARE(composer.text(), QStringLiteral("line 1\nline 2\nline 3"));
    QTest::keyClick(editor, Qt::Key_Up);
    QCOMPARE(composer.text(), QStringLiteral("old"));
    QTest::keyClick(editor, Qt::Key_Down);
    QCOMPARE(composer.text(), QStringLiteral("line 1\nline 2\nline 3"));
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"

void TestComposer::anEmptyMessageIsSentOnlyOnPurpose_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("binary");
    QTest::newRow("An empty text editor sends an empty text message only from the menu") << int(Composer::Mode::Text) << false;
    QTest::newRow("An empty hex editor sends an empty binary message only from the menu") << int(Composer::Mode::Hex) << true;
    QTest::newRow("An empty Base64 editor sends an empty binary message only from the menu") << int(Composer::Mode::Base64) << true;
}

void TestComposer::anEmptyMessageIsSentOnlyOnPurpose()
{
    QFETCH(int, mode);
    QFETCH(bool, binary);
    Composer composer;
    showAndWait(&composer);
    composer.setMode(Composer::Mode(mode));
    composer.setText(QString());
    QSignalSpy text(&composer, &Composer::textMessageRequested);
    QSignalSpy data(&composer, &Composer::binaryMessageRequested);

    // Not connected: the menu entry is off too.
    QVERIFY(!composer.sendEmptyAction()->isEnabled());
    composer.setSessionState(SessionState::Open);
    QVERIFY(composer.isInputEmpty());
    QVERIFY(composer.isInputValid()); // empty is legal (RFC 6455 §5.6), just not sent by accident
    QVERIFY(!composer.sendButton()->isEnabled());
    QVERIFY2(composer.sendBlockedReason().contains(composer.sendEmptyAction()->text()), qPrintable(composer.sendBlockedReason()));
    QVERIFY(composer.statusText().contains(QStringLiteral("Type a message")));
    composer.send(); // Ctrl+Enter's slot
    QCOMPARE(text.count() + data.count(), 0);

    QVERIFY(composer.sendEmptyAction()->isEnabled());
    composer.sendEmptyAction()->trigger();
    QCOMPARE(text.count(), binary ? 0 : 1);
    QCOMPARE(data.count(), binary ? 1 : 0);
    if (binary)
        QVERIFY(data.at(0).at(0).toByteArray().isEmpty());
    else
        QVERIFY(text.at(0).at(0).toString().isEmpty());

    // Typing something makes Send the way again.
    QTest::keyClicks(composer.editor(), binary ? QStringLiteral("00") : QStringLiteral("x"));
    QVERIFY(!composer.isInputEmpty());
    QVERIFY(composer.sendButton()->isEnabled());
}
