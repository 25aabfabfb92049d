#include "fileprobe.h"
#include "core/profiles/profilestore.h"

#include "tmpfsmount.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// ProfileStore against the disk: a full file system (a real tmpfs), permissions, the trash's
// undo window, and two stores (two app instances) sharing one folder.
class TestProfileStoreDisk : public QObject
{
    Q_OBJECT

private slots:
    void saveThatDoesNotFitKeepsFileAndBackup_data();
    void saveThatDoesNotFitKeepsFileAndBackup();
    void newProfileThatDoesNotFitLeavesNothing();
    void filesAreOwnerOnlyAndFoldersToo();
    void trashEntriesOlderThanTheUndoWindowArePurged();
    void trashIsPurgedAtStartupAndAfterTheWindow();
    void saveRefusesAFileAnotherStoreChanged();
    void renameRefusesAFileAnotherStoreChanged();
    void aFileDeletedByAnotherStoreIsAConflict();

private:
    static Profile make(const QString &name, const QString &url);
    static void age(const QString &path, std::chrono::milliseconds by);
};

Profile TestProfileStoreDisk::make(const QString &name, const QString &url)
{
    Profile p;
    p.name = name;
    p.connection.url = url;
    return p;
}



void TestProfileStoreDisk::age(const QString &path, std::chrono::milliseconds by)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addMSecs(-by.count()), QFileDevice::FileModificationTime));
}

void TestProfileStoreDisk::saveThatDoesNotFitKeepsFileAndBackup_data()
{
    QTest::addColumn<qint64>("leaveFree");
    // Nothing free: the copy that becomes the .bak does not fit. One page free: the .bak's copy
    // fits, the new file does not.
    QTest::newRow("nothing free") << qint64(0);
    QTest::newRow("one page free") << qint64(4096);
}

void TestProfileStoreDisk::saveThatDoesNotFitKeepsFileAndBackup()
{
    QFETCH(qint64, leaveFree);
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    ProfileStore store(disk.filePath(QStringLiteral("profiles")));
    QVERIFY(store.load());
    QString error;
    QVERIFY2(store.save(make(QStringLiteral("p"), QStringLiteral("ws://127.0.0.1:1/first")), &error), qPrintable(error));
    QVERIFY2(store.save(make(QStringLiteral("p"), QStringLiteral("ws://127.0.0.1:1/second")), &error), qPrintable(error));
    const QString path = store.filePath(QStringLiteral("p"));
    const QByteArray file = FileProbe::readAll(path);
    const QByteArray backup = FileProbe::readAll(path + QStringLiteral(".bak"));
    QVERIFY(file.contains("/second"));
    QVERIFY(backup.contains("/first"));

    QCOMPARE(disk.fill(leaveFree), leaveFree);
    for (int attempt = 0; attempt < 2; ++attempt) { // a second failed save must not eat the .bak either
        QVERIFY(!store.save(make(QStringLiteral("p"), QStringLiteral("ws://127.0.0.1:1/third")), &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("p.json")), qPrintable(error));
        QCOMPARE(FileProbe::readAll(path), file);
        QCOMPARE(FileProbe::readAll(path + QStringLiteral(".bak")), backup);
        QCOMPARE(store.profile(QStringLiteral("p"))->connection.parsedUrl().path(), QStringLiteral("/second"));
    }
    QCOMPARE(QDir(store.directory()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{QStringLiteral("p.json"), QStringLiteral("p.json.bak")}));

    // Room again: the save goes through and the .bak becomes the version it replaced.
    disk.unfill();
    QVERIFY2(store.save(make(QStringLiteral("p"), QStringLiteral("ws://127.0.0.1:1/third")), &error), qPrintable(error));
    QVERIFY(FileProbe::readAll(path).contains("/third"));
    QCOMPARE(FileProbe::readAll(path + QStringLiteral(".bak")), file);
}

void TestProfileStoreDisk::newProfileThatDoesNotFitLeavesNothing()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    ProfileStore store(disk.filePath(QStringLiteral("profiles")));
    QVERIFY(store.save(make(QStringLiteral("first"), QStringLiteral("ws://127.0.0.1:1/"))));
    disk.fill(0);
    QString error;
    QVERIFY(!store.save(make(QStringLiteral("second"), QStringLiteral("ws://127.0.0.1:1/")), &error));
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    QVERIFY(!store.contains(QStringLiteral("second")));
    QCOMPARE(QDir(store.directory()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("first.json")});
    ProfileStore again(store.directory());
    QVERIFY(again.load());
    QCOMPARE(again.names(), QStringList{QStringLiteral("first")});
}

void TestProfileStoreDisk::filesAreOwnerOnlyAndFoldersToo()
{
#ifndef Q_OS_UNIX
    QSKIP("permission bits are a Unix matter");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore store(dir.filePath(QStringLiteral("WsScope/profiles")));
    QVERIFY(store.save(make(QStringLiteral("p"), QStringLiteral("ws://127.0.0.1:1/a"))));
    QVERIFY(store.save(make(QStringLiteral("p"), QStringLiteral("ws://127.0.0.1:1/b"))));
    QCOMPARE(FileProbe::modeOf(dir.filePath(QStringLiteral("WsScope"))), 0700);
    QCOMPARE(FileProbe::modeOf(store.directory()), 0700);
    QCOMPARE(FileProbe::modeOf(store.filePath(QStringLiteral("p"))), 0600);
    QCOMPARE(FileProbe::modeOf(store.filePath(QStringLiteral("p")) + QStringLiteral(".bak")), 0600);
    QVERIFY(store.remove(QStringLiteral("p")));
    QCOMPARE(FileProbe::modeOf(store.trashDirectory()), 0700);
    QCOMPARE(FileProbe::modeOf(store.trashDirectory() + QStringLiteral("/p.json")), 0600);
#endif
}

void TestProfileStoreDisk::trashEntriesOlderThanTheUndoWindowArePurged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore store(dir.path());
    QCOMPARE(store.trashRetention(), ProfileStore::UndoWindow);
    for (const char *name : {"old", "fresh"}) {
        QVERIFY(store.save(make(QString::fromLatin1(name), QStringLiteral("ws://127.0.0.1:1/"))));
        QVERIFY(store.save(make(QString::fromLatin1(name), QStringLiteral("ws://127.0.0.1:2/")))); // a .bak too
    }
    // The profile was last edited long ago: its delete, not its edit, starts the window.
    age(store.filePath(QStringLiteral("fresh")), std::chrono::hours(24 * 30));
    QVERIFY(store.remove(QStringLiteral("old")));
    QVERIFY(store.remove(QStringLiteral("fresh")));
    const QString trash = store.trashDirectory();
    const QStringList all{QStringLiteral("fresh.json"), QStringLiteral("fresh.json.bak"), QStringLiteral("old.json"),
                          QStringLiteral("old.json.bak")};
    QCOMPARE(QDir(trash).entryList(QDir::Files, QDir::Name), all);
    QCOMPARE(store.purgeTrash(), 0); // both were deleted just now

    age(trash + QStringLiteral("/old.json"), ProfileStore::UndoWindow + std::chrono::seconds(5));
    age(trash + QStringLiteral("/old.json.bak"), ProfileStore::UndoWindow + std::chrono::seconds(5));
    age(trash + QStringLiteral("/fresh.json"), ProfileStore::UndoWindow - std::chrono::seconds(5));
    QCOMPARE(store.purgeTrash(), 2);
    QCOMPARE(QDir(trash).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("fresh.json"), QStringLiteral("fresh.json.bak")}));
    QString error;
    QVERIFY(!store.restore(QStringLiteral("old"), &error));
    QVERIFY2(store.restore(QStringLiteral("fresh"), &error), qPrintable(error));
}

void TestProfileStoreDisk::trashIsPurgedAtStartupAndAfterTheWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        ProfileStore store(dir.path());
        QVERIFY(store.save(make(QStringLiteral("a"), QStringLiteral("ws://127.0.0.1:1/"))));
        QVERIFY(store.save(make(QStringLiteral("b"), QStringLiteral("ws://127.0.0.1:1/"))));
        QVERIFY(store.remove(QStringLiteral("a")));
        QVERIFY(store.remove(QStringLiteral("b")));
    }
    const QString trash = dir.filePath(QStringLiteral("trash"));
    age(trash + QStringLiteral("/a.json"), ProfileStore::UndoWindow + std::chrono::minutes(1));

    // Startup: load() purges what is past the window and keeps the rest.
    ProfileStore store(dir.path());
    QVERIFY(store.load());
    QCOMPARE(QDir(trash).entryList(QDir::Files), QStringList{QStringLiteral("b.json")});

    // After a delete, the store purges on its own once the window has passed.
    store.setTrashRetention(std::chrono::milliseconds(300));
    QVERIFY(store.save(make(QStringLiteral("c"), QStringLiteral("ws://127.0.0.1:1/"))));
    QVERIFY(store.remove(QStringLiteral("c")));
    QVERIFY(QFile::exists(trash + QStringLiteral("/c.json")));
    QTRY_VERIFY_WITH_TIMEOUT(QDir(trash).entryList(QDir::Files).isEmpty(), 5000);
}

void TestProfileStoreDisk::saveRefusesAFileAnotherStoreChanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore first(dir.path());
    QVERIFY(first.save(make(QStringLiteral("shared"), QStringLiteral("ws://127.0.0.1:1/original"))));
    ProfileStore second(dir.path());
    QVERIFY(second.load());
    QVERIFY(!first.isChangedOnDisk(QStringLiteral("shared")));
    QVERIFY(!second.isChangedOnDisk(QStringLiteral("shared")));

    QVERIFY(second.save(make(QStringLiteral("shared"), QStringLiteral("ws://127.0.0.1:1/from-second"))));
    const QString path = first.filePath(QStringLiteral("shared"));
    const QByteArray theirs = FileProbe::readAll(path);
    QVERIFY(first.isChangedOnDisk(QStringLiteral("shared")));
    QVERIFY(!second.isChangedOnDisk(QStringLiteral("shared")));

    QString error;
    QVERIFY(!first.save(make(QStringLiteral("shared"), QStringLiteral("ws://127.0.0.1:1/from-first")), &error));
    QVERIFY2(error.contains(QStringLiteral("changed on disk")) && error.contains(QStringLiteral("shared.json")),
             qPrintable(error));
    QCOMPARE(FileProbe::readAll(path), theirs);

    // Overwrite is a choice the user makes; then the other store sees the conflict.
    QVERIFY2(first.save(make(QStringLiteral("shared"), QStringLiteral("ws://127.0.0.1:1/from-first")), &error,
                        ProfileStore::Conflicts::Overwrite),
             qPrintable(error));
    QVERIFY(FileProbe::readAll(path).contains("/from-first"));
    QCOMPARE(FileProbe::readAll(path + QStringLiteral(".bak")), theirs);
    QVERIFY(!first.isChangedOnDisk(QStringLiteral("shared")));
    QVERIFY(second.isChangedOnDisk(QStringLiteral("shared")));

    // Reload: the store takes what is on disk and may save again.
    QVERIFY(second.load());
    QCOMPARE(second.profile(QStringLiteral("shared"))->connection.parsedUrl().path(), QStringLiteral("/from-first"));
    QVERIFY(second.save(make(QStringLiteral("shared"), QStringLiteral("ws://127.0.0.1:1/again")), &error));
}

void TestProfileStoreDisk::renameRefusesAFileAnotherStoreChanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore first(dir.path());
    QVERIFY(first.save(make(QStringLiteral("name"), QStringLiteral("ws://127.0.0.1:1/original"))));
    ProfileStore second(dir.path());
    QVERIFY(second.load());
    QVERIFY(second.save(make(QStringLiteral("name"), QStringLiteral("ws://127.0.0.1:1/edited"))));

    QString error;
    QVERIFY(!first.rename(QStringLiteral("name"), QStringLiteral("renamed"), &error));
    QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files), QStringList{QStringLiteral("name.json")});
    QVERIFY(FileProbe::readAll(dir.filePath(QStringLiteral("name.json"))).contains("/edited"));
}

void TestProfileStoreDisk::aFileDeletedByAnotherStoreIsAConflict()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore first(dir.path());
    QVERIFY(first.save(make(QStringLiteral("doomed"), QStringLiteral("ws://127.0.0.1:1/"))));
    ProfileStore second(dir.path());
    QVERIFY(second.load());
    QVERIFY(second.remove(QStringLiteral("doomed")));
    QVERIFY(first.isChangedOnDisk(QStringLiteral("doomed")));
    QString error;
    QVERIFY(!first.save(make(QStringLiteral("doomed"), QStringLiteral("ws://127.0.0.1:2/")), &error));
    QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("doomed.json"))));
}

QTEST_GUILESS_MAIN(TestProfileStoreDisk)
#include "tst_profilestoredisk.moc"
