#include "fileprobe.h"
#include "core/profiles/profileserializer.h"
#include "core/profiles/profilestore.h"

#include <QTemporaryDir>
#include <QtTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void defaultDirectoryFollowsXdgDataHome();
    void saveAndLoadRoundTrip();
    void fileNamesAreSafeAndUnique_data();
    void fileNamesAreSafeAndUnique();
    void writeIsAtomicAndKeepsBackup();
    void corruptFilesAreReportedAndLeftUntouched();
    void duplicateNamesAcrossFilesAreReported();
    void renameMovesTheFile();
    void renameRefusesBadNames_data();
    void renameRefusesBadNames();
    void removeMovesToTrashAndRestoreBringsItBack();
    void duplicateMakesUniqueCopies();
    void saveRefusesEmptyName();

private:
    static Profile make(const QString &name, const QString &url = QStringLiteral("ws://127.0.0.1:9/echo"));
};

Profile TestProfileStore::make(const QString &name, const QString &url)
{
    Profile p;
    p.name = name;
    p.connection.url = url;
    return p;
}


void TestProfileStore::defaultDirectoryFollowsXdgDataHome()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QTemporaryDir xdg;
    QVERIFY(xdg.isValid());
    const QByteArray old = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(xdg.path()));
    QCoreApplication::setApplicationName(QStringLiteral("WsScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("WsScope"));
    const QString dir = ProfileStore::defaultDirectory();
    qputenv("XDG_DATA_HOME", old);
    QCOMPARE(dir, xdg.path() + QStringLiteral("/WsScope/profiles"));
#else
    QVERIFY(ProfileStore::defaultDirectory().endsWith(QStringLiteral("/profiles")));
#endif
}

void TestProfileStore::saveAndLoadRoundTrip()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path() + QStringLiteral("/profiles"));
    QVERIFY(store.load()); // a missing folder is an empty store, not an error
    QVERIFY(store.profiles().isEmpty());

    Profile a = make(QStringLiteral("alpha"));
    a.connection.headers = {{QStringLiteral("X-A"), QStringLiteral("1"), false}};
    a.savedMessages = {{QStringLiteral("hi"), SavedMessage::Mode::Json, QStringLiteral("{}")}};
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QString error;
    QVERIFY2(store.save(a, &error), qPrintable(error));
    QVERIFY(store.save(make(QStringLiteral("Beta"), QStringLiteral("wss://example.com/")), &error));
    QVERIFY(store.save(make(QStringLiteral("감마")), &error));
    QCOMPARE(changed.count(), 3);

    ProfileStore again(dir.path() + QStringLiteral("/profiles"));
    QVERIFY(again.load());
    QCOMPARE(again.names(), store.names());
    QCOMPARE(again.names().size(), 3);
    QVERIFY(again.profile(QStringLiteral("alpha")) == a);
    QCOMPARE(again.profile(QStringLiteral("Beta"))->connection.url, QStringLiteral("wss://example.com/"));

    const QByteArray bytes = FileProbe::readAll(again.filePath(QStringLiteral("alpha")));
    QVERIFY(bytes.contains("\"schemaVersion\": 2"));
    QVERIFY(bytes.contains("\n    \"name\": \"alpha\""));
}

void TestProfileStore::fileNamesAreSafeAndUnique_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("Path separators, colons and question marks become dashes")
            << QStringList{QStringLiteral("prod/chat: v1?")} << QStringList{QStringLiteral("prod-chat-v1.json")};
    QTest::newRow("A name that tries to climb out of the folder stays inside it")
            << QStringList{QStringLiteral("../../etc/passwd")} << QStringList{QStringLiteral("etc-passwd.json")};
    QTest::newRow("Windows device names get a suffix")
            << QStringList{QStringLiteral("CON"), QStringLiteral("lpt1")}
            << QStringList{QStringLiteral("CON_.json"), QStringLiteral("lpt1_.json")};
    QTest::newRow("Korean letters are kept")
            << QStringList{QStringLiteral("한국어 서버")} << QStringList{QStringLiteral("한국어-서버.json")};
    QTest::newRow("Names differing only in case get distinct files on case-insensitive file systems")
            << QStringList{QStringLiteral("Prod"), QStringLiteral("prod")}
            << QStringList{QStringLiteral("Prod.json"), QStringLiteral("prod-2.json")};
    QTest::newRow("A name of punctuation only falls back to profile.json")
            << QStringList{QStringLiteral("***"), QStringLiteral("???")}
            << QStringList{QStringLiteral("profile.json"), QStringLiteral("profile-2.json")};
}

void TestProfileStore::fileNamesAreSafeAndUnique()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QVERIFY(store.save(make(names.at(i))));
        QCOMPARE(QFileInfo(store.filePath(names.at(i))).fileName(), files.at(i));
        QCOMPARE(QFileInfo(store.filePath(names.at(i))).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    }
    ProfileStore again(dir.path());
    QVERIFY(again.load());
    for (const QString &name : names)
        QVERIFY2(again.contains(name), qPrintable(name));
}

void TestProfileStore::writeIsAtomicAndKeepsBackup()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QVERIFY(store.save(make(QStringLiteral("p"), QStringLiteral("ws://127.0.0.1:1/first"))));
    const QString path = store.filePath(QStringLiteral("p"));
    const QByteArray first = FileProbe::readAll(path);
    QVERIFY(!QFile::exists(path + QStringLiteral(".bak"))); // nothing to back up on the first write

    QVERIFY(store.save(make(QStringLiteral("p"), QStringLiteral("ws://127.0.0.1:1/second"))));
    QCOMPARE(store.filePath(QStringLiteral("p")), path); // same profile, same file
    QCOMPARE(FileProbe::readAll(path + QStringLiteral(".bak")), first);
    QVERIFY(FileProbe::readAll(path).contains("ws://127.0.0.1:1/second"));

    QVERIFY(store.save(make(QStringLiteral("p"), QStringLiteral("ws://127.0.0.1:1/third"))));
    QVERIFY(FileProbe::readAll(path + QStringLiteral(".bak")).contains("/second"));
    // QSaveFile leaves no temporary files behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{QStringLiteral("p.json"), QStringLiteral("p.json.bak")}));

    // The backup is not a profile: loading lists one profile.
    ProfileStore again(dir.path());
    QVERIFY(again.load());
    QCOMPARE(again.names(), QStringList{QStringLiteral("p")});
}

void TestProfileStore::corruptFilesAreReportedAndLeftUntouched()
{
    QTemporaryDir dir;
    {
        ProfileStore store(dir.path());
        QVERIFY(store.save(make(QStringLiteral("good one"))));
        QVERIFY(store.save(make(QStringLiteral("zulu"))));
    }
    const QByteArray broken = "{\n  \"schemaVersion\": 1,\n  \"name\": \"broken\"\n  \"connection\": {}\n}\n";
    const QByteArray newer = "{\n  \"schemaVersion\": 99,\n  \"name\": \"from the future\"\n}\n";
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("broken.json"), broken},
                                      std::pair{QStringLiteral("newer.json"), newer}}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    ProfileStore store(dir.path());
    QSignalSpy errorsSpy(&store, &ProfileStore::loadErrors);
    QVERIFY(!store.load());
    QCOMPARE(store.names(), (QStringList{QStringLiteral("good one"), QStringLiteral("zulu")}));
    QCOMPARE(errorsSpy.count(), 1);
    const QList<ProfileLoadError> errors = store.errors();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).fileName, QStringLiteral("broken.json"));
    QCOMPARE(errors.at(0).line, 4);
    QCOMPARE(errors.at(0).column, 3);
    QVERIFY2(errors.at(0).toString().startsWith(QStringLiteral("broken.json:4:3: not valid JSON")),
             qPrintable(errors.at(0).toString()));
    QCOMPARE(errors.at(1).fileName, QStringLiteral("newer.json"));
    QVERIFY2(errors.at(1).message.contains(QStringLiteral("schema version 99")), qPrintable(errors.at(1).message));

    // A new profile whose name maps to the same file name must not overwrite the broken file.
    QVERIFY(store.save(make(QStringLiteral("broken"))));
    QCOMPARE(QFileInfo(store.filePath(QStringLiteral("broken"))).fileName(), QStringLiteral("broken-2.json"));
    QVERIFY(store.save(make(QStringLiteral("newer"))));
    QVERIFY(store.remove(QStringLiteral("newer")));

    QCOMPARE(FileProbe::readAll(dir.filePath(QStringLiteral("broken.json"))), broken);
    QCOMPARE(FileProbe::readAll(dir.filePath(QStringLiteral("newer.json"))), newer);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("broken.json.bak"))));
}

void TestProfileStore::duplicateNamesAcrossFilesAreReported()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QVERIFY(store.save(make(QStringLiteral("same"))));
    QVERIFY(QFile::copy(store.filePath(QStringLiteral("same")), dir.filePath(QStringLiteral("zz-copy.json"))));
    QVERIFY(!store.load());
    QCOMPARE(store.names(), QStringList{QStringLiteral("same")});
    QCOMPARE(store.errors().size(), 1);
    QCOMPARE(store.errors().at(0).fileName, QStringLiteral("zz-copy.json"));
    QVERIFY(store.errors().at(0).message.contains(QStringLiteral("same.json")));
}

void TestProfileStore::renameMovesTheFile()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QVERIFY(store.save(make(QStringLiteral("old name"))));
    const QByteArray before = FileProbe::readAll(store.filePath(QStringLiteral("old name")));
    QString error;
    QVERIFY2(store.rename(QStringLiteral("old name"), QStringLiteral("new name"), &error), qPrintable(error));
    QVERIFY(!store.contains(QStringLiteral("old name")));
    const QString path = store.filePath(QStringLiteral("new name"));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("new-name.json"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("old-name.json"))));
    QCOMPARE(FileProbe::readAll(path + QStringLiteral(".bak")), before);

    // A change of case only keeps the file.
    QVERIFY(store.rename(QStringLiteral("new name"), QStringLiteral("New Name"), &error));
    QCOMPARE(QFileInfo(store.filePath(QStringLiteral("New Name"))).fileName(), QStringLiteral("new-name.json"));

    ProfileStore again(dir.path());
    QVERIFY(again.load());
    QCOMPARE(again.names(), QStringList{QStringLiteral("New Name")});
}

void TestProfileStore::renameRefusesBadNames_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("Renaming onto an existing profile is refused") << "a" << "b" << "already exists";
    QTest::newRow("Renaming to an empty name is refused") << "a" << "   " << "Enter a name";
    QTest::newRow("Renaming a profile that does not exist is refused") << "nope" << "c" << "no profile named";
    QTest::newRow("A name with a line break is refused") << "a" << "x\ny" << "control character";
}

void TestProfileStore::renameRefusesBadNames()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, errorContains);
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QVERIFY(store.save(make(QStringLiteral("a"))));
    QVERIFY(store.save(make(QStringLiteral("b"))));
    QString error;
    QVERIFY(!store.rename(from, to, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
    QCOMPARE(store.names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestProfileStore::removeMovesToTrashAndRestoreBringsItBack()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QVERIFY(store.save(make(QStringLiteral("keep"))));
    QVERIFY(store.save(make(QStringLiteral("gone"))));
    const QByteArray bytes = FileProbe::readAll(store.filePath(QStringLiteral("gone")));
    QString error;
    QVERIFY(store.remove(QStringLiteral("gone"), &error));
    QCOMPARE(store.names(), QStringList{QStringLiteral("keep")});
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("gone.json"))));
    QCOMPARE(FileProbe::readAll(store.trashDirectory() + QStringLiteral("/gone.json")), bytes);

    // The trash survives a restart of the store.
    ProfileStore again(dir.path());
    QVERIFY(again.load());
    QCOMPARE(again.names(), QStringList{QStringLiteral("keep")});
    QVERIFY2(again.restore(QStringLiteral("gone"), &error), qPrintable(error));
    QCOMPARE(again.names(), (QStringList{QStringLiteral("gone"), QStringLiteral("keep")}));
    QCOMPARE(FileProbe::readAll(again.filePath(QStringLiteral("gone"))), bytes);
    QVERIFY(QDir(again.trashDirectory()).entryList(QDir::Files).isEmpty());

    QVERIFY(!again.restore(QStringLiteral("gone"), &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QVERIFY(!again.restore(QStringLiteral("never existed"), &error));
    QVERIFY(error.contains(QStringLiteral("no deleted profile")));
    QVERIFY(!again.remove(QStringLiteral("never existed"), &error));
}

void TestProfileStore::duplicateMakesUniqueCopies()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    Profile p = make(QStringLiteral("orig"), QStringLiteral("wss://example.com/x"));
    p.savedMessages = {{QStringLiteral("m"), SavedMessage::Mode::Text, QStringLiteral("hello")}};
    QVERIFY(store.save(p));
    QCOMPARE(store.duplicate(QStringLiteral("orig")), QStringLiteral("orig (copy)"));
    QCOMPARE(store.duplicate(QStringLiteral("orig")), QStringLiteral("orig (copy 2)"));
    Profile copy = *store.profile(QStringLiteral("orig (copy 2)"));
    copy.name = p.name;
    QVERIFY(copy == p);
    QString error;
    QVERIFY(store.duplicate(QStringLiteral("missing"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.uniqueName(QStringLiteral("orig")), QStringLiteral("orig 2"));
    QCOMPARE(store.uniqueName(QStringLiteral("fresh")), QStringLiteral("fresh"));
}

void TestProfileStore::saveRefusesEmptyName()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QString error;
    QVERIFY(!store.save(make(QString()), &error));
    QVERIFY(error.contains(QStringLiteral("Enter a name")));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
