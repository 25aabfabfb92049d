#include "fileprobe.h"
#include "core/profiles/profilestore.h"
#include "widgets/profiles/profileconflictdialog.h"
#include "widgets/profiles/profileeditordialog.h"
#include "widgets/profiles/profilesdock.h"

#include "tmpfsmount.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Saving from the profile editor when the save cannot simply go through: a full disk (a real
// tmpfs) and a file another WsScope window changed meanwhile. The edits must never be lost
// silently, and the reload / overwrite / save-as question must do what it says.
class TestProfileEditorSave : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void saveOnAFullDiskKeepsTheEditorOpen();
    void conflictOverwrite();
    void conflictReload();
    void conflictSaveAsNew();
    void conflictCancelKeepsEditing();
    void inlineRenameConflictOffersNoSaveAs();

private:
    void openDock(const QString &directory);
    ProfileEditorDialog *editAlpha(const QString &url);
    void changeAlphaInAnotherWindow();
    static Profile make(const QString &name, const QString &url);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfilesDock> m_dock;
};

Profile TestProfileEditorSave::make(const QString &name, const QString &url)
{
    Profile p;
    p.name = name;
    p.connection.url = url;
    return p;
}


void TestProfileEditorSave::cleanup()
{
    m_dock.reset();
    m_store.reset();
    m_dir.reset();
}

void TestProfileEditorSave::openDock(const QString &directory)
{
    m_store = std::make_unique<ProfileStore>(directory);
    QVERIFY(m_store->load());
    QVERIFY(m_store->save(make(QStringLiteral("alpha"), QStringLiteral("ws://127.0.0.1:9/original"))));
    m_dock = std::make_unique<ProfilesDock>(m_store.get());
    m_dock->resize(300, 500);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    QVERIFY(m_dock->selectProfile(QStringLiteral("alpha")));
}

ProfileEditorDialog *TestProfileEditorSave::editAlpha(const QString &url)
{
    m_dock->editCurrent();
    ProfileEditorDialog *editor = m_dock->openEditor();
    if (!editor)
        return nullptr;
    editor->urlEdit()->setText(url);
    return editor;
}

void TestProfileEditorSave::changeAlphaInAnotherWindow()
{
    ProfileStore other(m_store->directory());
    QVERIFY(other.load());
    QVERIFY(other.save(make(QStringLiteral("alpha"), QStringLiteral("ws://127.0.0.1:9/theirs"))));
}

void TestProfileEditorSave::saveOnAFullDiskKeepsTheEditorOpen()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    openDock(disk.filePath(QStringLiteral("profiles")));
    const QString path = m_store->filePath(QStringLiteral("alpha"));
    const QByteArray before = FileProbe::readAll(path);

    ProfileEditorDialog *editor = editAlpha(QStringLiteral("ws://127.0.0.1:9/edited"));
    QVERIFY(editor);
    disk.fill(0);
    QVERIFY(editor->okButton()->isEnabled());
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QVERIFY(m_dock->openEditor()); // still open: the edits are still there
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->urlEdit()->text(), QStringLiteral("ws://127.0.0.1:9/edited"));
    QVERIFY(editor->saveProblemLabel()->isVisible());
    const QString why = editor->saveProblemLabel()->text();
    QVERIFY2(why.contains(QStringLiteral("No space left on device")) && why.contains(QStringLiteral("alpha.json")),
             qPrintable(why));
    QCOMPARE(FileProbe::readAll(path), before);
    QVERIFY(!m_dock->conflictDialog()); // a full disk is no conflict

    // With room again, Save works and closes the editor.
    disk.unfill();
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_dock->openEditor());
    QVERIFY(FileProbe::readAll(path).contains("/edited"));
    m_dock.reset();
    m_store.reset();
}

void TestProfileEditorSave::conflictOverwrite()
{
    m_dir = std::make_unique<QTemporaryDir>();
    openDock(m_dir->path());
    ProfileEditorDialog *editor = editAlpha(QStringLiteral("ws://127.0.0.1:9/mine"));
    QVERIFY(editor);
    changeAlphaInAnotherWindow();
    const QString path = m_store->filePath(QStringLiteral("alpha"));
    const QByteArray theirs = FileProbe::readAll(path);

    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    ProfileConflictDialog *question = m_dock->conflictDialog();
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QVERIFY(question->text().contains(QStringLiteral("alpha")));
    QVERIFY(m_dock->openEditor());
    QVERIFY2(editor->saveProblemLabel()->text().contains(QStringLiteral("changed on disk")),
             qPrintable(editor->saveProblemLabel()->text()));
    QCOMPARE(FileProbe::readAll(path), theirs); // nothing overwritten before the user chose

    question->choiceButton(ProfileConflictDialog::Choice::Overwrite)->click();
    QTRY_VERIFY(!m_dock->openEditor());
    QTRY_VERIFY(!m_dock->conflictDialog());
    QVERIFY(FileProbe::readAll(path).contains("/mine"));
    QCOMPARE(FileProbe::readAll(path + QStringLiteral(".bak")), theirs);
    QCOMPARE(m_store->profile(QStringLiteral("alpha"))->connection.parsedUrl().path(), QStringLiteral("/mine"));
}

void TestProfileEditorSave::conflictReload()
{
    m_dir = std::make_unique<QTemporaryDir>();
    openDock(m_dir->path());
    ProfileEditorDialog *editor = editAlpha(QStringLiteral("ws://127.0.0.1:9/mine"));
    QVERIFY(editor);
    changeAlphaInAnotherWindow();
    const QByteArray theirs = FileProbe::readAll(m_store->filePath(QStringLiteral("alpha")));
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QVERIFY(m_dock->conflictDialog());

    m_dock->conflictDialog()->choiceButton(ProfileConflictDialog::Choice::Reload)->click();
    QTRY_VERIFY(!m_dock->openEditor());
    QCOMPARE(m_store->profile(QStringLiteral("alpha"))->connection.parsedUrl().path(), QStringLiteral("/theirs"));
    QCOMPARE(FileProbe::readAll(m_store->filePath(QStringLiteral("alpha"))), theirs);
    QCOMPARE(m_dock->currentProfileName(), QStringLiteral("alpha"));
    QVERIFY(!m_store->isChangedOnDisk(QStringLiteral("alpha")));
}

void TestProfileEditorSave::conflictSaveAsNew()
{
    m_dir = std::make_unique<QTemporaryDir>();
    openDock(m_dir->path());
    ProfileEditorDialog *editor = editAlpha(QStringLiteral("ws://127.0.0.1:9/mine"));
    QVERIFY(editor);
    changeAlphaInAnotherWindow();
    const QByteArray theirs = FileProbe::readAll(m_store->filePath(QStringLiteral("alpha")));
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QVERIFY(m_dock->conflictDialog());

    m_dock->conflictDialog()->choiceButton(ProfileConflictDialog::Choice::SaveAs)->click();
    QTRY_VERIFY(!m_dock->openEditor());
    QCOMPARE(FileProbe::readAll(m_store->filePath(QStringLiteral("alpha"))), theirs);
    const QString copy = QStringLiteral("alpha (copy)");
    QVERIFY(m_store->contains(copy));
    QCOMPARE(m_store->profile(copy)->connection.parsedUrl().path(), QStringLiteral("/mine"));
    QCOMPARE(m_dock->currentProfileName(), copy);
}

void TestProfileEditorSave::conflictCancelKeepsEditing()
{
    m_dir = std::make_unique<QTemporaryDir>();
    openDock(m_dir->path());
    ProfileEditorDialog *editor = editAlpha(QStringLiteral("ws://127.0.0.1:9/mine"));
    QVERIFY(editor);
    changeAlphaInAnotherWindow();
    const QByteArray theirs = FileProbe::readAll(m_store->filePath(QStringLiteral("alpha")));
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    QVERIFY(m_dock->conflictDialog());

    m_dock->conflictDialog()->choiceButton(ProfileConflictDialog::Choice::Cancel)->click();
    QTRY_VERIFY(!m_dock->conflictDialog());
    QVERIFY(m_dock->openEditor());
    QCOMPARE(editor->urlEdit()->text(), QStringLiteral("ws://127.0.0.1:9/mine"));
    QCOMPARE(FileProbe::readAll(m_store->filePath(QStringLiteral("alpha"))), theirs);
    editor->reject();
    QTRY_VERIFY(!m_dock->openEditor());
}

void TestProfileEditorSave::inlineRenameConflictOffersNoSaveAs()
{
    m_dir = std::make_unique<QTemporaryDir>();
    openDock(m_dir->path());
    changeAlphaInAnotherWindow();
    QAbstractItemModel *model = m_dock->view()->model();
    QVERIFY(model->setData(model->index(0, 0), QStringLiteral("renamed")));
    QTRY_VERIFY(m_dock->conflictDialog());
    ProfileConflictDialog *question = m_dock->conflictDialog();
    QVERIFY(!question->choiceButton(ProfileConflictDialog::Choice::SaveAs));
    QVERIFY(m_store->contains(QStringLiteral("alpha")));
    QVERIFY(m_dock->messageLabel()->text().contains(QStringLiteral("changed on disk")));

    question->choiceButton(ProfileConflictDialog::Choice::Overwrite)->click();
    QTRY_VERIFY(m_store->contains(QStringLiteral("renamed")));
    QVERIFY(!m_store->contains(QStringLiteral("alpha")));
    QCOMPARE(m_dock->currentProfileName(), QStringLiteral("renamed"));
}

QTEST_MAIN(TestProfileEditorSave)
#include "tst_profileeditorsave.moc"
