#include "fileprobe.h"
#include "core/export/harexporter.h"
#include "core/io/safefilewriter.h"

#include "tmpfsmount.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// SafeFileWriter on a real, really full file system (a small tmpfs): the failures Qt 6.4's
// buffered QSaveFile reports as success must fail here, name the OS reason and touch nothing.
class TestSafeFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesTheWholeFile();
    void newAndRewrittenFilesAreOwnerOnly();
    void makeDirectoryCreatesOwnerOnlyLevels();
    void cancelledAndDestroyedWritersLeaveNothing();
    void smallWriteOnAFullDiskFailsAndKeepsTheOldFile_data();
    void smallWriteOnAFullDiskFailsAndKeepsTheOldFile();
    void streamedWriteThatDoesNotFitFailsAndFreesTheSpace();
    void harExportThatDoesNotFitLeavesNoPartialFile();
    void harExportThatDoesNotFitKeepsThePreviousFile();

private:
    static QStringList entries(const QString &dir);
    static std::deque<Event> bigSession(int messages, int bytesEach);
};



QStringList TestSafeFileWriter::entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

std::deque<Event> TestSafeFileWriter::bigSession(int messages, int bytesEach)
{
    std::deque<Event> events;
    for (int i = 0; i < messages; ++i) {
        Event e;
        e.seq = quint64(i + 1);
        e.wallMs = 1795788001002LL + i;
        e.kind = EventKind::Frame;
        e.dir = i % 2 ? Direction::In : Direction::Out;
        e.frame.opcode = 0x1;
        e.frame.fin = true;
        e.payload = QByteArray(bytesEach, char('a' + i % 26));
        e.length = quint64(e.payload.size());
        events.push_back(e);
    }
    return events;
}

void TestSafeFileWriter::writesTheWholeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("one.json"));
    QString error;
    QVERIFY2(SafeFileWriter::writeFile(path, "first", &error), qPrintable(error));
    QCOMPARE(FileProbe::readAll(path), QByteArray("first"));

    // Streamed, in many pieces, replacing the first content.
    SafeFileWriter out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QByteArray expected;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray piece = QByteArray::number(i) + ',';
        QCOMPARE(out.write(piece), qint64(piece.size()));
        expected += piece;
    }
    QCOMPARE(FileProbe::readAll(path), QByteArray("first")); // nothing replaced before commit()
    QVERIFY2(out.commit(), qPrintable(out.errorMessage()));
    QCOMPARE(FileProbe::readAll(path), expected);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("one.json")});

    // Only writing is possible, and only once.
    SafeFileWriter reader(path);
    QVERIFY(!reader.open(QIODevice::ReadOnly));
    QVERIFY(reader.hasFailed());
    QVERIFY(!reader.commit());
    QCOMPARE(FileProbe::readAll(path), expected);
}

void TestSafeFileWriter::newAndRewrittenFilesAreOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("permission bits are a Unix matter");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.har"));
    QVERIFY(SafeFileWriter::writeFile(fresh, "{}"));
    QCOMPARE(FileProbe::modeOf(fresh), 0600);

    // A file that was readable by everyone is the owner's alone once WsScope rewrote it.
    const QString open = dir.filePath(QStringLiteral("open.json"));
    {
        QFile f(open);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QVERIFY(QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
    QCOMPARE(FileProbe::modeOf(open), 0644);
    QVERIFY(SafeFileWriter::writeFile(open, "new"));
    QCOMPARE(FileProbe::readAll(open), QByteArray("new"));
    QCOMPARE(FileProbe::modeOf(open), 0600);
#endif
}

void TestSafeFileWriter::makeDirectoryCreatesOwnerOnlyLevels()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                      | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QString deep = dir.filePath(QStringLiteral("a/b/c"));
    QString error;
    QVERIFY2(SafeFileWriter::makeDirectory(deep, &error), qPrintable(error));
    QVERIFY(QFileInfo(deep).isDir());
    QVERIFY(SafeFileWriter::makeDirectory(deep, &error)); // already there: fine
#ifdef Q_OS_UNIX
    for (const QString &level : {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/c")})
        QCOMPARE(FileProbe::modeOf(dir.filePath(level)), 0700);
    QCOMPARE(FileProbe::modeOf(dir.path()), 0755); // an existing folder is not ours to change
#endif

    // A file in the way is named in the error.
    QVERIFY(SafeFileWriter::writeFile(dir.filePath(QStringLiteral("plain")), "x"));
    QVERIFY(!SafeFileWriter::makeDirectory(dir.filePath(QStringLiteral("plain/sub")), &error));
    QVERIFY2(error.contains(QStringLiteral("plain")), qPrintable(error));
}

void TestSafeFileWriter::cancelledAndDestroyedWritersLeaveNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kept.json"));
    QVERIFY(SafeFileWriter::writeFile(path, "kept"));
    {
        SafeFileWriter out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write("dropped") > 0);
        QCOMPARE(FileProbe::readAll(path), QByteArray("kept"));
        out.cancel();
        QVERIFY(!out.commit());
    }
    {
        SafeFileWriter out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write("dropped too") > 0);
    } // destroyed without commit()
    QCOMPARE(FileProbe::readAll(path), QByteArray("kept"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("kept.json")});
}

void TestSafeFileWriter::smallWriteOnAFullDiskFailsAndKeepsTheOldFile_data()
{
    QTest::addColumn<int>("size");
    // Under 16 KiB is the case a buffered QSaveFile gets wrong: it "commits" an empty file.
    QTest::newRow("100 bytes") << 100;
    QTest::newRow("5000 bytes") << 5000;
    QTest::newRow("40000 bytes") << 40000;
}

void TestSafeFileWriter::smallWriteOnAFullDiskFailsAndKeepsTheOldFile()
{
    QFETCH(int, size);
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString path = disk.filePath(QStringLiteral("profile.json"));
    const QByteArray before = "{ \"name\": \"the good version\" }\n";
    QVERIFY(SafeFileWriter::writeFile(path, before));
    QCOMPARE(disk.fill(0), qint64(0));

    QString error;
    QVERIFY(!SafeFileWriter::writeFile(path, QByteArray(size, 'n'), &error));
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(FileProbe::readAll(path), before);
    QCOMPARE(entries(disk.path()), (QStringList{QStringLiteral("filler"), QStringLiteral("profile.json")}));
}

void TestSafeFileWriter::streamedWriteThatDoesNotFitFailsAndFreesTheSpace()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    disk.fill(64 * 1024);
    const qint64 freeBefore = disk.freeBytes();
    QVERIFY(freeBefore >= 60 * 1024);

    const QString path = disk.filePath(QStringLiteral("session.har"));
    SafeFileWriter out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray chunk(4096, 'h');
    int written = 0;
    qint64 result = 0;
    while (written < 100 && (result = out.write(chunk)) == chunk.size())
        ++written;
    QCOMPARE(result, qint64(-1)); // the write that did not fit says so, at once
    QVERIFY2(written >= 10 && written < 20, qPrintable(QString::number(written)));
    QVERIFY(out.hasFailed());
    QCOMPARE(out.failureReason(), QStringLiteral("No space left on device"));
    QCOMPARE(out.write(chunk), qint64(-1)); // and every later one
    QVERIFY(!out.commit());
    QVERIFY(out.errorMessage().contains(QStringLiteral("No space left on device")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(entries(disk.path()), QStringList{QStringLiteral("filler")});
    QCOMPARE(disk.freeBytes(), freeBefore);
}

void TestSafeFileWriter::harExportThatDoesNotFitLeavesNoPartialFile()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    disk.fill(32 * 1024);
    const QString path = disk.filePath(QStringLiteral("session.har"));
    QString error;
    QVERIFY(!HarExporter::writeFile(path, bigSession(200, 1000), QUrl(QStringLiteral("ws://127.0.0.1:9/")), &error));
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("session.har")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(entries(disk.path()), QStringList{QStringLiteral("filler")});

    // A small session fits, and its HAR is complete.
    QVERIFY2(HarExporter::writeFile(path, bigSession(2, 10), QUrl(QStringLiteral("ws://127.0.0.1:9/")), &error),
             qPrintable(error));
    QJsonParseError parse;
    QJsonDocument::fromJson(FileProbe::readAll(path), &parse);
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(FileProbe::modeOf(path), 0600);
}

void TestSafeFileWriter::harExportThatDoesNotFitKeepsThePreviousFile()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString path = disk.filePath(QStringLiteral("session.har"));
    QString error;
    QVERIFY2(HarExporter::writeFile(path, bigSession(2, 10), QUrl(), &error), qPrintable(error));
    const QByteArray previous = FileProbe::readAll(path);
    QVERIFY(!previous.isEmpty());
    disk.fill(0); // even a small HAR does not fit now: the case a buffered QSaveFile "commits" empty
    QVERIFY(!HarExporter::writeFile(path, bigSession(3, 10), QUrl(), &error));
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    QCOMPARE(FileProbe::readAll(path), previous);
    QCOMPARE(entries(disk.path()), (QStringList{QStringLiteral("filler"), QStringLiteral("session.har")}));
}

QTEST_GUILESS_MAIN(TestSafeFileWriter)
#include "tst_safefilewriter.moc"
