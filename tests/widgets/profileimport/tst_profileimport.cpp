#include "core/profiles/profilestore.h"
#include "widgets/profiles/profileexportdialog.h"
#include "widgets/profiles/profilefilesflow.h"
#include "widgets/profiles/profileimportdialog.h"
#include "widgets/profiles/profilesdock.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

// Import Profiles… and Export Profiles… from the Profiles dock: the preview lists what will be
// created and what could not be mapped, Import creates exactly that (a taken name gets a number),
// Cancel creates nothing; the export writes the checked profiles, secrets only when asked for.
namespace {

QString chromeHar()
{
    return QDir(QStringLiteral(WSSCOPE_TEST_DATA_DIR)).filePath(QStringLiteral("../../core/harprofileimporter/chrome.har"));
}

Profile makeProfile(const QString &name, const QString &url)
{
    Profile profile;
    profile.name = name;
    profile.connection.url = url;
    profile.connection.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer widget-secret"), true}};
    return profile;
}

} // namespace

class TestProfileImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsProfilesAndWhatIsNotMapped();
    void importCreatesTheProfilesUnderFreeNames();
    void cancelCreatesNothing();
    void aFileThatCannotBeImportedSaysWhy();
    void exportWritesTheCheckedProfilesWithoutSecrets();
};

void TestProfileImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileImport::previewShowsProfilesAndWhatIsNotMapped()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    store.load();
    ProfilesDock dock(&store);
    dock.show();
    dock.filesFlow()->setOpenFileChooser([](const QString &) { return chromeHar(); });
    dock.importProfilesAction()->trigger();
    ProfileImportDialog *dialog = dock.filesFlow()->importDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(dialog->tree()->topLevelItemCount(), 2);
    const QString preview = dialog->previewLines().join(QLatin1Char('\n'));
    QVERIFY2(preview.contains(QLatin1String("chat.example.com/socket\twss://chat.example.com/socket?room=lobby\t6 header(s)\t4 message(s)")),
             qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("push.example.com/v1/events\twss://push.example.com/v1/events\t1 header(s)\t0 message(s)")),
             qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("\tNot imported: The browser offered the extension “permessage-deflate")),
             qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("\tNot imported: Message 2 of the HAR has opcode 9")), qPrintable(preview));
    QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("2 profile(s) will be created")), qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(store.names().isEmpty()); // nothing saved by the preview
    dialog->reject();
}

void TestProfileImport::importCreatesTheProfilesUnderFreeNames()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    store.load();
    QVERIFY(store.save(makeProfile(QStringLiteral("chat.example.com/socket"), QStringLiteral("ws://127.0.0.1:1/mine"))));
    ProfilesDock dock(&store);
    dock.show();
    dock.filesFlow()->previewImport(chromeHar());
    ProfileImportDialog *dialog = dock.filesFlow()->importDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->tree()->topLevelItem(0)->text(0), QStringLiteral("chat.example.com/socket (2)"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!dock.filesFlow()->importDialog());
    QCOMPARE(store.names(), (QStringList{QStringLiteral("chat.example.com/socket"), QStringLiteral("chat.example.com/socket (2)"),
                                         QStringLiteral("push.example.com/v1/events")}));
    QCOMPARE(store.profile(QStringLiteral("chat.example.com/socket"))->connection.url, QStringLiteral("ws://127.0.0.1:1/mine"));
    QCOMPARE(store.profile(QStringLiteral("chat.example.com/socket (2)"))->savedMessages.size(), 4);
    QCOMPARE(dock.currentProfileName(), QStringLiteral("chat.example.com/socket (2)"));
    // Each created profile is one step on the undo stack.
    QCOMPARE(dock.undoStack()->count(), 2);
    dock.undoStack()->undo();
    dock.undoStack()->undo();
    QCOMPARE(store.names(), QStringList{QStringLiteral("chat.example.com/socket")});
}

void TestProfileImport::cancelCreatesNothing()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    store.load();
    ProfilesDock dock(&store);
    dock.show();
    dock.filesFlow()->previewImport(chromeHar());
    ProfileImportDialog *dialog = dock.filesFlow()->importDialog();
    QVERIFY(dialog);
    dialog->reject();
    QTRY_VERIFY(!dock.filesFlow()->importDialog());
    QVERIFY(store.names().isEmpty());
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
    QCOMPARE(dock.undoStack()->count(), 0);

    // No file chosen: no dialog at all.
    dock.filesFlow()->setOpenFileChooser([](const QString &) { return QString(); });
    dock.importProfilesAction()->trigger();
    QVERIFY(!dock.filesFlow()->importDialog());
}

void TestProfileImport::aFileThatCannotBeImportedSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"log\": {\"entries\": [}");
    file.close();
    ProfileStore store(dir.filePath(QStringLiteral("profiles")));
    store.load();
    ProfilesDock dock(&store);
    dock.show();
    dock.filesFlow()->previewImport(path);
    ProfileImportDialog *dialog = dock.filesFlow()->importDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("line 1, column")), qPrintable(dialog->summaryLabel()->text()));
    dialog->reject();
}

void TestProfileImport::exportWritesTheCheckedProfilesWithoutSecrets()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles")));
    store.load();
    QVERIFY(store.save(makeProfile(QStringLiteral("Alpha"), QStringLiteral("ws://127.0.0.1:1/a"))));
    QVERIFY(store.save(makeProfile(QStringLiteral("Beta"), QStringLiteral("ws://127.0.0.1:1/b"))));
    ProfilesDock dock(&store);
    dock.show();
    QVERIFY(dock.selectProfile(QStringLiteral("Beta")));
    const QString bundle = dir.filePath(QStringLiteral("export.json"));
    QString suggested;
    dock.filesFlow()->setSaveFileChooser([&](const QString &name) {
        suggested = name;
        return bundle;
    });
    dock.exportProfilesAction()->trigger();
    ProfileExportDialog *dialog = dock.filesFlow()->exportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->checkedNames(), QStringList{QStringLiteral("Beta")}); // the current one
    QVERIFY2(dialog->secretsLabel()->text().contains(QLatin1String("Left out")), qPrintable(dialog->secretsLabel()->text()));
    dialog->includeSecretsBox()->setChecked(true);
    QVERIFY2(dialog->secretsLabel()->text().contains(QLatin1String("clear text")), qPrintable(dialog->secretsLabel()->text()));
    dialog->includeSecretsBox()->setChecked(false);
    dialog->list()->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(dialog->checkedNames(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    for (int row = 0; row < dialog->list()->count(); ++row)
        dialog->list()->item(row)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog->exportButton()->isEnabled());
    dialog->list()->item(0)->setCheckState(Qt::Checked);
    dialog->list()->item(1)->setCheckState(Qt::Checked);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QTRY_VERIFY(!dock.filesFlow()->exportDialog());
    QCOMPARE(suggested, QStringLiteral("wsscope-profiles.json"));
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"Alpha\"") && bytes.contains("\"Beta\""));
    QVERIFY(!bytes.contains("widget-secret"));
}

QTEST_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
