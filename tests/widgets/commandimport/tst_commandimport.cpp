#include "core/profiles/profilestore.h"
#include "widgets/profiles/commandimportdialog.h"
#include "widgets/profiles/profileeditordialog.h"
#include "widgets/profiles/profilesdock.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

// Import from Command Line…: a pasted command is previewed as it is typed, what is left out is
// named, and Continue opens the profile editor with the profile, saved only from there.
class TestCommandImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pastedCommandBecomesAProfileThroughTheEditor();
    void aCommandThatCannotBeImportedSaysWhy();
};

void TestCommandImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCommandImport::pastedCommandBecomesAProfileThroughTheEditor()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    store.load();
    ProfilesDock dock(&store);
    dock.show();
    dock.importCommandAction()->trigger();
    CommandImportDialog *dialog = dock.commandImportDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->continueButton()->isEnabled()); // nothing pasted yet
    dialog->commandEdit()->setPlainText(QStringLiteral(
            "curl 'https://chat.example.com/socket' -H 'Upgrade: websocket' -H 'Authorization: Bearer t0k3n' "
            "-H 'Sec-WebSocket-Protocol: v2.chat'"));
    QVERIFY(dialog->continueButton()->isEnabled());
    const QString preview = dialog->previewLabel()->text();
    QVERIFY2(preview.contains(QLatin1String("wss://chat.example.com/socket")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Subprotocols: v2.chat")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Not imported: Upgrade")), qPrintable(preview));

    QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);
    QTRY_VERIFY(!dock.commandImportDialog());
    ProfileEditorDialog *editor = dock.openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->urlEdit()->text(), QStringLiteral("wss://chat.example.com/socket"));
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("chat.example.com/socket"));
    QVERIFY(store.names().isEmpty()); // nothing is saved before the editor's Save
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QTRY_VERIFY(store.contains(QStringLiteral("chat.example.com/socket")));
    const Profile saved = *store.profile(QStringLiteral("chat.example.com/socket"));
    QCOMPARE(saved.connection.subprotocols, QStringList{QStringLiteral("v2.chat")});
    QCOMPARE(saved.connection.headers.size(), 1);
    QCOMPARE(saved.connection.headers.at(0).name, QStringLiteral("Authorization"));
}

void TestCommandImport::aCommandThatCannotBeImportedSaysWhy()
{
    CommandImportDialog dialog;
    dialog.show();
    dialog.commandEdit()->setPlainText(QStringLiteral("wscat -c 'ws://unclosed"));
    QVERIFY(!dialog.continueButton()->isEnabled());
    QVERIFY2(dialog.previewLabel()->text().contains(QLatin1String("column 10")), qPrintable(dialog.previewLabel()->text()));
    dialog.commandEdit()->setPlainText(QStringLiteral("ssh example.com"));
    QVERIFY2(dialog.previewLabel()->text().contains(QStringLiteral("“ssh”")), qPrintable(dialog.previewLabel()->text()));
}

QTEST_MAIN(TestCommandImport)
#include "tst_commandimport.moc"
