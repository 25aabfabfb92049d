#include "widgets/session/closedialog.h"

#include "core/protocol/closecodes.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestCloseDialog : public QObject
{
    Q_OBJECT

private slots:
    void offersTheSendableNamedCodesAndCustom();
    void refusesInvalidChoices_data();
    void refusesInvalidChoices();
    void acceptsValidChoices_data();
    void acceptsValidChoices();
    void countsReasonBytesWhileTyping();
    void okIsRefusedWhileInvalidAndRecoversWhenFixed();
    void aValidationMessageDoesNotClipTheDescription();
};

void TestCloseDialog::offersTheSendableNamedCodesAndCustom()
{
    CloseDialog dialog;
    QComboBox *combo = dialog.codeCombo();
    const QList<CloseCodes::Entry> named = CloseCodes::sendableNamed();
    QCOMPARE(combo->count(), named.size() + 1);
    for (int i = 0; i < named.size(); ++i)
        QCOMPARE(combo->itemData(i).toInt(), int(named.at(i).code));
    QCOMPARE(combo->findData(1005), -1);
    QCOMPARE(combo->findData(1006), -1);
    // Default: 1000, valid, custom field disabled.
    QCOMPARE(dialog.code(), quint16(1000));
    QVERIFY(dialog.isValid());
    QVERIFY(!dialog.customCodeEdit()->isEnabled());
    QVERIFY(dialog.okButton()->isEnabled());
}

void TestCloseDialog::refusesInvalidChoices_data()
{
    QTest::addColumn<QString>("codeText");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("Code 999 is below the range of close codes") << "999" << QString() << "999";
    QTest::newRow("Code 1005 only reports a missing status and may not be sent") << "1005" << QString() << "1005";
    QTest::newRow("Code 1006 only reports a dropped connection and may not be sent") << "1006" << QString() << "1006";
    QTest::newRow("Code 1004 is reserved") << "1004" << QString() << "1004";
    QTest::newRow("Code 1015 reports a TLS failure and may not be sent") << "1015" << QString() << "1015";
    QTest::newRow("Code 5000 is above the highest close code") << "5000" << QString() << "5000";
    QTest::newRow("Code 2000 is reserved for future protocol versions") << "2000" << QString() << "2000";
    QTest::newRow("Code 99999 does not fit in two bytes") << "99999" << QString() << "99999";
    QTest::newRow("An empty custom code asks for one") << "" << QString() << "4000";
    QTest::newRow("A 124-byte ASCII reason is one byte too long for a close frame")
            << "1000" << QString(124, QLatin1Char('r')) << "124";
    QTest::newRow("A reason of 42 Hangul syllables is 126 UTF-8 bytes, too long")
            << "4000" << QString(42, QChar(0xD55C)) << "126";
}

void TestCloseDialog::refusesInvalidChoices()
{
    QFETCH(QString, codeText);
    QFETCH(QString, reason);
    QFETCH(QString, messageContains);

    CloseDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCustomCodeText(codeText);
    dialog.setReason(reason);

    QVERIFY(!dialog.isValid());
    QVERIFY(dialog.okButton()->isVisible());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->isVisible());
    QCOMPARE(dialog.messageLabel()->text(), dialog.errorText());
    QVERIFY2(dialog.errorText().contains(messageContains), qPrintable(dialog.errorText()));

    // Clicking the disabled button and pressing Enter both leave the dialog open.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
}

void TestCloseDialog::acceptsValidChoices_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");

    QTest::newRow("1000 Normal closure without a reason") << 1000 << QString();
    QTest::newRow("4000 from the application range with the reason bye") << 4000 << QStringLiteral("bye");
    QTest::newRow("3000 is the first registered-use code") << 3000 << QStringLiteral("x");
    QTest::newRow("4999 is the last close code") << 4999 << QString();
    QTest::newRow("1013 Try again later, registered after RFC 6455") << 1013 << QString();
    QTest::newRow("A 123-byte reason exactly fills the frame") << 1001 << QString(123, QLatin1Char('r'));
    QTest::newRow("41 Hangul syllables are 123 UTF-8 bytes and fit") << 1000 << QString(41, QChar(0xD55C));
}

void TestCloseDialog::acceptsValidChoices()
{
    QFETCH(int, code);
    QFETCH(QString, reason);

    CloseDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCode(quint16(code));
    dialog.setReason(reason);
    QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.messageLabel()->isVisible());
    QVERIFY(dialog.okButton()->isEnabled());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.code(), quint16(code));
    QCOMPARE(dialog.reason(), reason);
}

void TestCloseDialog::countsReasonBytesWhileTyping()
{
    CloseDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("bye"));
    QCOMPARE(dialog.byteCounterText(), QStringLiteral("3 / 123 bytes"));
    // "é" is two bytes in UTF-8: the counter counts bytes, not characters.
    dialog.reasonEdit()->setText(QStringLiteral("caf\u00e9"));
    QCOMPARE(dialog.byteCounterText(), QStringLiteral("5 / 123 bytes"));
}

void TestCloseDialog::okIsRefusedWhileInvalidAndRecoversWhenFixed()
{
    CloseDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Pick "Custom code…" in the combo and type into the custom field like a user.
    dialog.codeCombo()->setCurrentIndex(dialog.codeCombo()->count() - 1);
    QVERIFY(dialog.customCodeEdit()->isEnabled());
    QTest::keyClicks(dialog.customCodeEdit(), QStringLiteral("5000"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->isVisible());
    dialog.customCodeEdit()->clear();
    QTest::keyClicks(dialog.customCodeEdit(), QStringLiteral("4000"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.messageLabel()->isVisible());
    QCOMPARE(dialog.code(), quint16(4000));
    // Letters never reach the field.
    QTest::keyClicks(dialog.customCodeEdit(), QStringLiteral("ab"));
    QCOMPARE(dialog.customCodeEdit()->text(), QStringLiteral("4000"));
}

void TestCloseDialog::aValidationMessageDoesNotClipTheDescription()
{
    CloseDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Each wrapped label gets the height its text needs at its width, inside the dialog.
    const auto notClipped = [&dialog](QLabel *label) {
        if (!label->isVisible())
            return true;
        const QRect inDialog(label->mapTo(&dialog, QPoint(0, 0)), label->size());
        return label->height() >= label->heightForWidth(label->width()) && dialog.rect().contains(inDialog);
    };
    QLabel *meaning = dialog.meaningLabel();
    QLabel *message = dialog.messageLabel();
    // The code whose meaning is the longest, then a reason too long for a Close frame.
    QComboBox *combo = dialog.codeCombo();
    int longest = 0;
    for (int i = 0; i + 1 < combo->count(); ++i) {
        if (CloseCodes::meaning(quint16(combo->itemData(i).toInt())).size()
            > CloseCodes::meaning(quint16(combo->itemData(longest).toInt())).size())
            longest = i;
    }
    combo->setCurrentIndex(longest);
    QCoreApplication::processEvents();
    QVERIFY(notClipped(meaning));
    const int before = dialog.height();
    QTest::keyClicks(dialog.reasonEdit(), QString(CloseDialog::MaxReasonBytes + 7, QLatin1Char('r')));
    QCoreApplication::processEvents();
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY2(notClipped(meaning), qPrintable(QStringLiteral("%1 < %2").arg(meaning->height()).arg(meaning->heightForWidth(meaning->width()))));
    QVERIFY(notClipped(message));
    QVERIFY(dialog.height() > before);
    // Narrower: more lines, still whole.
    dialog.resize(dialog.minimumWidth(), dialog.height());
    QCoreApplication::processEvents();
    QVERIFY(notClipped(meaning));
    QVERIFY(notClipped(message));
}

QTEST_MAIN(TestCloseDialog)
#include "tst_closedialog.moc"
