#include "core/export/jsonlexporter.h"
#include "core/export/sessionexportjob.h"
#include "core/export/sessionimporter.h"
#include "core/protocol/frameheader.h"
#include "fileprobe.h"
#include "testevents.h"
#include "tmpfsmount.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

std::deque<Event> manyEvents(int count, int payloadBytes = 16)
{
    std::deque<Event> events;
    const QByteArray payload(payloadBytes, 'p');
    for (int i = 0; i < count; ++i)
        events.push_back(TestEvents::frame(i % 2 ? Direction::In : Direction::Out, FrameHeader::Text, payload,
                                           quint64(i + 1), 1795788001002LL + i));
    return events;
}

QStringList filesIn(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestSessionExportJob : public QObject
{
    Q_OBJECT

private slots:
    void jsonlAndHarAreWrittenInTheBackgroundWithProgress_data();
    void jsonlAndHarAreWrittenInTheBackgroundWithProgress();
    void cancelLeavesNoFileAndTheOldOneAsItWas();
    void aFullDiskIsReportedAndLeavesNoHalfFile();
};

void TestSessionExportJob::jsonlAndHarAreWrittenInTheBackgroundWithProgress_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("JSONL") << int(SessionExportJob::Format::Jsonl);
    QTest::newRow("HAR") << int(SessionExportJob::Format::Har);
}

void TestSessionExportJob::jsonlAndHarAreWrittenInTheBackgroundWithProgress()
{
    QFETCH(int, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.file"));
    const std::deque<Event> events = manyEvents(20000);
    SessionExportJob job;
    QSignalSpy finished(&job, &SessionExportJob::finished);
    QSignalSpy progress(&job, &SessionExportJob::progress);
    job.start(events, SessionExportJob::Format(format), path, QUrl(QStringLiteral("ws://127.0.0.1:1/x")));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!job.isRunning());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(events.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(events.size()));
#ifdef Q_OS_UNIX
    QCOMPARE(FileProbe::modeOf(path), 0600);
#endif
    if (SessionExportJob::Format(format) == SessionExportJob::Format::Jsonl) {
        QByteArray expected;
        for (const Event &e : events)
            JsonlExporter::appendLine(e, expected);
        QCOMPARE(FileProbe::readAll(path), expected);
    }
    const SessionImport back = SessionImporter::read(FileProbe::readAll(path), path);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QVERIFY(back.events.size() >= 20000);
}

void TestSessionExportJob::cancelLeavesNoFileAndTheOldOneAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.jsonl"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous export\n");
    old.close();
    SessionExportJob job;
    QSignalSpy finished(&job, &SessionExportJob::finished);
    job.start(manyEvents(400000), SessionExportJob::Format::Jsonl, path);
    job.cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(finished.first().at(2).toString(), QString());
    QCOMPARE(FileProbe::readAll(path), QByteArray("previous export\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("out.jsonl")});
}

void TestSessionExportJob::aFullDiskIsReportedAndLeavesNoHalfFile()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    disk.fill(64 * 1024);
    for (const SessionExportJob::Format format : {SessionExportJob::Format::Jsonl, SessionExportJob::Format::Har}) {
        const QString path = disk.filePath(QStringLiteral("out.export"));
        SessionExportJob job;
        QSignalSpy finished(&job, &SessionExportJob::finished);
        job.start(manyEvents(2000, 200), format, path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toBool(), false);
        const QString error = finished.first().at(2).toString();
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(filesIn(disk.path()), QStringList{QStringLiteral("filler")});
    }
}

QTEST_GUILESS_MAIN(TestSessionExportJob)
#include "tst_sessionexportjob.moc"
