#include "core/export/jsonlexporter.h"
#include "core/export/jsonlrecorder.h"
#include "core/export/sessionimporter.h"
#include "core/log/eventlog.h"
#include "core/protocol/frameheader.h"
#include "fileprobe.h"
#include "testevents.h"
#include "tmpfsmount.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestJsonlRecorder : public QObject
{
    Q_OBJECT

private slots:
    void everyEventReachesTheFileThoughTheCapEvicts();
    void linesReachTheDiskWhileRecording();
    void eventsHeldBeforeTheStartAreWrittenFirstWhenAsked();
    void aFullDiskStopsTheRecordingAndKeepsWholeLines();
    void aFileThatCannotBeCreatedIsReported();
};

void TestJsonlRecorder::everyEventReachesTheFileThoughTheCapEvicts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rec.jsonl"));
    EventLog log;
    log.setCap(100, 0);
    JsonlRecorder recorder;
    QString error;
    QVERIFY2(recorder.start(&log, path, false, &error), qPrintable(error));
    QVERIFY(recorder.isRecording());
    QByteArray expected;
    for (int i = 0; i < 5000; ++i) {
        const Event &stored = log.append(TestEvents::frame(i % 2 ? Direction::In : Direction::Out, FrameHeader::Text,
                                                          QByteArray::number(i)));
        expected += JsonlExporter::toLine(stored);
    }
    QVERIFY(log.evictedCount() > 4800);
    QVERIFY2(recorder.stop(&error), qPrintable(error));
    QVERIFY(!recorder.isRecording());
    QCOMPARE(recorder.eventCount(), quint64(5000));
    QCOMPARE(FileProbe::readAll(path), expected);
#ifdef Q_OS_UNIX
    QCOMPARE(FileProbe::modeOf(path), 0600);
#endif
    // What was recorded opens again.
    const SessionImport imported = SessionImporter::readFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.events.size(), 5000);
}

void TestJsonlRecorder::linesReachTheDiskWhileRecording()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rec.jsonl"));
    EventLog log;
    JsonlRecorder recorder;
    QVERIFY(recorder.start(&log, path, false));
    const Event &stored = log.append(TestEvents::frame(Direction::Out, FrameHeader::Text, "hi"));
    // Within a flush interval, without stop(): a reader (tail -f) sees it.
    QTRY_COMPARE_WITH_TIMEOUT(FileProbe::readAll(path), JsonlExporter::toLine(stored), 5 * JsonlRecorder::FlushIntervalMs);
}

void TestJsonlRecorder::eventsHeldBeforeTheStartAreWrittenFirstWhenAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rec.jsonl"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old content that must go\n");
    existing.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    EventLog log;
    const QByteArray first = JsonlExporter::toLine(log.append(TestEvents::frame(Direction::Out, FrameHeader::Text, "a")));
    JsonlRecorder recorder;
    QVERIFY(recorder.start(&log, path, true));
    const QByteArray second = JsonlExporter::toLine(log.append(TestEvents::frame(Direction::In, FrameHeader::Text, "b")));
    QVERIFY(recorder.stop());
    QCOMPARE(FileProbe::readAll(path), first + second);
#ifdef Q_OS_UNIX
    QCOMPARE(FileProbe::modeOf(path), 0600);
#endif
}

void TestJsonlRecorder::aFullDiskStopsTheRecordingAndKeepsWholeLines()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    const QString path = disk.filePath(QStringLiteral("rec.jsonl"));
    EventLog log;
    log.setCap(10, 0);
    JsonlRecorder recorder;
    QSignalSpy failed(&recorder, &JsonlRecorder::failed);
    QVERIFY(recorder.start(&log, path, false));
    disk.fill(40 * 1024);
    const QByteArray payload(1000, 'x');
    int appended = 0;
    while (recorder.isRecording() && appended < 2000) {
        log.append(TestEvents::frame(Direction::In, FrameHeader::Text, payload));
        ++appended;
        if (appended % 5 == 0)
            recorder.flush();
    }
    QVERIFY2(!recorder.isRecording(), "a 40 KiB disk took 2 MB");
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("No space left on device")), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QCOMPARE(recorder.errorMessage(), message);

    // What reached the disk is intact: whole lines only, each an event, as many as it says.
    const QByteArray content = FileProbe::readAll(path);
    QVERIFY(content.size() > 10 * 1000);
    QVERIFY(content.endsWith('\n'));
    const SessionImport imported = SessionImporter::read(content, QStringLiteral("rec.jsonl"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(quint64(imported.events.size()), recorder.eventCount());
    QVERIFY2(message.contains(QStringLiteral("keeps the %1 event").arg(imported.events.size())), qPrintable(message));
    // Later events go nowhere and nothing breaks.
    log.append(TestEvents::frame(Direction::In, FrameHeader::Text, "late"));
    QCOMPARE(FileProbe::readAll(path), content);
    QVERIFY(recorder.stop()); // nothing left to stop
}

void TestJsonlRecorder::aFileThatCannotBeCreatedIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/rec.jsonl"));
    EventLog log;
    JsonlRecorder recorder;
    QString error;
    QVERIFY(!recorder.start(&log, path, false, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot record to %1: ").arg(path)), qPrintable(error));
    QVERIFY(!recorder.isRecording());
}

QTEST_GUILESS_MAIN(TestJsonlRecorder)
#include "tst_jsonlrecorder.moc"
