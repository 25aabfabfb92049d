// A save killed at any moment leaves the profile as it was or as it became, never half-written:
// a child process (this binary, run with --save-loop <dir>) saves one profile in a loop,
// alternating two versions of different sizes; the test kills it with SIGKILL 100 times at
// random moments and after each kill reads the file back (ProfileStore::save goes through
// SafeFileWriter: a temporary file renamed over the old one).
#include "core/profiles/profileserializer.h"
#include "core/profiles/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

namespace {

const QString kName = QStringLiteral("killed while saving");

Profile version(int which)
{
    Profile p;
    p.name = kName;
    p.connection.url = QStringLiteral("ws://127.0.0.1:1/v%1").arg(which);
    // The second version is much longer, so a torn write cannot look like either.
    const int messages = which == 0 ? 1 : 400;
    for (int i = 0; i < messages; ++i)
        p.savedMessages.append({QStringLiteral("m%1").arg(i), SavedMessage::Mode::Text,
                                QStringLiteral("version %1, message %2, ").arg(which).arg(i).repeated(4)});
    p.connection.headers = {{QStringLiteral("X-Version"), QString::number(which), true, false}};
    return p;
}

int saveLoop(const QString &directory)
{
    ProfileStore store(directory);
    store.load();
    for (qint64 i = 0;; ++i) {
        QString error;
        if (!store.save(version(int(i % 2)), &error, ProfileStore::Conflicts::Overwrite)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
        if (i == 0) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
}

} // namespace

class TestProfileKill : public QObject
{
    Q_OBJECT

private slots:
    void aKilledSaveLeavesTheOldOrTheNewVersion();
};

void TestProfileKill::aKilledSaveLeavesTheOldOrTheNewVersion()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a Unix signal");
#endif
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Profile a = version(0);
    const Profile b = version(1);
    QVERIFY(ProfileSerializer::toJson(a).size() * 10 < ProfileSerializer::toJson(b).size());
    QRandomGenerator random(20261201);
    int sawA = 0;
    int sawB = 0;
    for (int kill = 0; kill < 100; ++kill) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--save-loop"), dir.path()});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        if (kill % 2 == 0) {
            // Half the kills wait until it saved once (the file exists); the others may hit the
            // very first save, or even before it.
            QVERIFY2(child.waitForReadyRead(10000), "the child never saved");
        }
        QThread::usleep(random.bounded(30000u));
        child.kill(); // SIGKILL on Unix
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        ProfileStore store(dir.path());
        const bool loaded = store.load();
        QVERIFY2(loaded, store.errors().isEmpty() ? "" : qPrintable(store.errors().first().toString()));
        // The first kill came after a save: from then on the profile is always there.
        QCOMPARE(store.names(), QStringList{kName});
        const Profile p = *store.profile(kName);
        QVERIFY2(p == a || p == b, qPrintable(QStringLiteral("kill %1: neither version").arg(kill)));
        (p == a ? sawA : sawB)++;
        // The backup, when there is one, is a whole version as well.
        const QString backup = store.filePath(kName) + QStringLiteral(".bak");
        if (QFile::exists(backup)) {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const std::optional<Profile> old = ProfileSerializer::fromJson(file.readAll());
            QVERIFY2(old && (*old == a || *old == b), qPrintable(QStringLiteral("kill %1: a torn backup").arg(kill)));
        }
    }
    qInfo("after 100 kills: %d times the short version, %d times the long one", sawA, sawB);
    QCOMPARE(sawA + sawB, 100);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--save-loop") == 0) {
        QCoreApplication app(argc, argv);
        return saveLoop(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestProfileKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilekill.moc"
