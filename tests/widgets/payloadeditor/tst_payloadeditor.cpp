#include "widgets/detail/statuscolors.h"
#include "widgets/session/composer.h"
#include "widgets/session/payloadeditor.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The composer's payload editor: mode switches convert (the bytes sent stay the same) or ask,
// and File mode is neutral until a pick was refused.
class TestPayloadEditor : public QObject
{
    Q_OBJECT

private slots:
    void switchingModesConvertsAndSendsTheSameBytes();
    void aSwitchThatWouldChangeTheBytesAsksFirst_data();
    void aSwitchThatWouldChangeTheBytesAsksFirst();
    void anEmptyEditorSwitchesWithoutAsking();
    void fileModeIsNeutralUntilAPickIsRefused();

private:
    static void show(QWidget *widget);
    static void clickMode(Composer &composer, Composer::Mode mode);
    static bool statusIsRed(const Composer &composer);
};

void TestPayloadEditor::show(QWidget *widget)
{
    widget->resize(900, 300);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
}

void TestPayloadEditor::clickMode(Composer &composer, Composer::Mode mode)
{
    QAbstractButton *button = composer.modeButton(mode);
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

bool TestPayloadEditor::statusIsRed(const Composer &composer)
{
    const QLabel *status = composer.statusLabel();
    return status->palette().color(QPalette::WindowText) == StatusColors::bad(composer.palette());
}

void TestPayloadEditor::switchingModesConvertsAndSendsTheSameBytes()
{
    Composer composer;
    show(&composer);
    composer.setSessionState(SessionState::Open);
    QSignalSpy binary(&composer, &Composer::binaryMessageRequested);
    QSignalSpy text(&composer, &Composer::textMessageRequested);

    clickMode(composer, Composer::Mode::Hex);
    QTest::keyClicks(composer.editor(), QStringLiteral("48 69"));
    QVERIFY(composer.sendButton()->isEnabled());
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QCOMPARE(binary.count(), 1);
    QCOMPARE(binary.at(0).at(0).toByteArray(), QByteArray("Hi"));

    clickMode(composer, Composer::Mode::Base64);
    QCOMPARE(composer.mode(), Composer::Mode::Base64);
    QCOMPARE(composer.text(), QStringLiteral("SGk="));
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QCOMPARE(binary.count(), 2);
    QCOMPARE(binary.at(1).at(0).toByteArray(), QByteArray("Hi"));

    clickMode(composer, Composer::Mode::Text);
    QCOMPARE(composer.mode(), Composer::Mode::Text);
    QCOMPARE(composer.text(), QStringLiteral("Hi"));
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QCOMPARE(text.count(), 1);
    QCOMPARE(text.at(0).at(0).toString().toUtf8(), QByteArray("Hi"));

    // Through File mode and back: the editor's text is still the text it was.
    clickMode(composer, Composer::Mode::File);
    clickMode(composer, Composer::Mode::Hex);
    QCOMPARE(composer.text(), QStringLiteral("48 69"));
    QVERIFY(!composer.findChild<QMessageBox *>());
}

void TestPayloadEditor::aSwitchThatWouldChangeTheBytesAsksFirst_data()
{
    QTest::addColumn<Composer::Mode>("from");
    QTest::addColumn<QString>("input");
    QTest::addColumn<Composer::Mode>("to");
    QTest::addColumn<QString>("reason");

    QTest::newRow("Hex bytes that are not UTF-8, to Text")
            << Composer::Mode::Hex << QStringLiteral("48 ff") << Composer::Mode::Text << QStringLiteral("not valid UTF-8");
    QTest::newRow("Invalid hex, to Base64")
            << Composer::Mode::Hex << QStringLiteral("48 6g") << Composer::Mode::Base64 << QStringLiteral("'g' (U+0067)");
    QTest::newRow("Base64 bytes that are not UTF-8, to JSON")
            << Composer::Mode::Base64 << QStringLiteral("/w==") << Composer::Mode::Json << QStringLiteral("not valid UTF-8");
}

void TestPayloadEditor::aSwitchThatWouldChangeTheBytesAsksFirst()
{
    QFETCH(Composer::Mode, from);
    QFETCH(QString, input);
    QFETCH(Composer::Mode, to);
    QFETCH(QString, reason);

    Composer composer;
    show(&composer);
    clickMode(composer, from);
    QTest::keyClicks(composer.editor(), input);

    // "Stay": mode and text are kept, and the old mode's button is the checked one.
    clickMode(composer, to);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = composer.findChild<QMessageBox *>()) && question->isVisible());
    QVERIFY2(question->informativeText().contains(reason), qPrintable(question->informativeText()));
    QCOMPARE(composer.mode(), from);
    QVERIFY(composer.modeButton(from)->isChecked());
    QVERIFY(!composer.modeButton(to)->isChecked());
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!composer.findChild<QMessageBox *>());
    QCOMPARE(composer.mode(), from);
    QCOMPARE(composer.text(), input);

    // "Switch and keep the text as typed": the new mode, the same characters.
    clickMode(composer, to);
    QTRY_VERIFY((question = composer.findChild<QMessageBox *>()) && question->isVisible());
    QAbstractButton *keep = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            keep = button;
    }
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_COMPARE(composer.mode(), to);
    QVERIFY(composer.modeButton(to)->isChecked());
    QCOMPARE(composer.text(), input);
}

void TestPayloadEditor::anEmptyEditorSwitchesWithoutAsking()
{
    Composer composer;
    show(&composer);
    for (const Composer::Mode mode : {Composer::Mode::Hex, Composer::Mode::Base64, Composer::Mode::Json, Composer::Mode::Text}) {
        clickMode(composer, mode);
        QCOMPARE(composer.mode(), mode);
        QVERIFY(composer.text().isEmpty());
    }
    QVERIFY(!composer.findChild<QMessageBox *>());
}

void TestPayloadEditor::fileModeIsNeutralUntilAPickIsRefused()
{
    Composer composer;
    show(&composer);
    composer.setSessionState(SessionState::Open);
    clickMode(composer, Composer::Mode::File);
    QVERIFY2(composer.statusText().contains(QStringLiteral("No file chosen yet")), qPrintable(composer.statusText()));
    QVERIFY(!statusIsRed(composer));
    // Trying to send says what is missing, in red; nothing is sent.
    QSignalSpy files(&composer, &Composer::fileMessageRequested);
    QSignalSpy texts(&composer, &Composer::textMessageRequested);
    QVERIFY(composer.sendButton()->isEnabled());
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QCOMPARE(files.count() + texts.count(), 0);
    QVERIFY2(composer.statusText().startsWith(QStringLiteral("No file chosen:")), qPrintable(composer.statusText()));
    QVERIFY(statusIsRed(composer));
    QVERIFY(!composer.sendButton()->isEnabled());
    // Back to neutral after a mode switch; a refused pick is red with its reason.
    clickMode(composer, Composer::Mode::Text);
    clickMode(composer, Composer::Mode::File);
    QVERIFY(!statusIsRed(composer));

    QString error;
    QVERIFY(!composer.loadFile(QStringLiteral("no-such-file-for-the-editor.bin"), &error));
    QCOMPARE(composer.statusText(), error);
    QVERIFY(statusIsRed(composer));
    QVERIFY(!composer.sendButton()->isEnabled());
    // Switching away and back keeps saying why: the refusal was the user's last pick.
    clickMode(composer, Composer::Mode::Text);
    QVERIFY(!statusIsRed(composer));
    clickMode(composer, Composer::Mode::File);
    QCOMPARE(composer.statusText(), error);
    QVERIFY(statusIsRed(composer));
}

QTEST_MAIN(TestPayloadEditor)
#include "tst_payloadeditor.moc"
