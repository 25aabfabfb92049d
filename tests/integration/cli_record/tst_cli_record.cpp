// wsscope-cli --record FILE against a real peer (Python websockets on 127.0.0.1): every event
// in the file as it was logged, independent of --format and of the capped log, and a file that
// cannot be written is exit 5 with whole lines kept.
#include "core/export/sessionimporter.h"
#include "core/log/logrules.h"
#include "cliresult.h"
#include "fileprobe.h"
#include "testpeer.h"
#include "tmpfsmount.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

class TestCliRecord : public QObject
{
    Q_OBJECT

private slots:
    void theRecordHoldsTheSameLinesAsJsonlOutput();
    void theRecordIsJsonlWhateverTheFormatAndOutlivesTheLogCap();
    void aRecordThatCannotBeCreatedExits5AndSendsNothing();
    void aFullDiskExits5AndKeepsWholeLines();
};

void TestCliRecord::theRecordHoldsTheSameLinesAsJsonlOutput()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    QTemporaryDir dir;
    const QString record = dir.filePath(QStringLiteral("run.jsonl"));
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--record"), record,
                                        QStringLiteral("--send"), QStringLiteral("hi"), QStringLiteral("--send-hex"),
                                        QStringLiteral("00 ff"), QStringLiteral("--ping"), QStringLiteral("p"), peer.url()});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    QVERIFY(r.events.size() > 8);
    QCOMPARE(FileProbe::readAll(record), r.out);
#ifdef Q_OS_UNIX
    QCOMPARE(FileProbe::modeOf(record), 0600);
#endif
}

void TestCliRecord::theRecordIsJsonlWhateverTheFormatAndOutlivesTheLogCap()
{
    // More events than the capped log of a run without --har keeps (256): the file has them all.
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--mode"), QStringLiteral("push"), QStringLiteral("--count"),
                                                 QStringLiteral("400")}),
             qPrintable(peer.errorString()));
    QTemporaryDir dir;
    const QString record = dir.filePath(QStringLiteral("run.jsonl"));
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--record"), record,
                                        QStringLiteral("--wait-messages"), QStringLiteral("400"), peer.url()});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    QVERIFY(!r.out.startsWith('{')); // stdout is text
    const SessionImport imported = SessionImporter::readFile(record);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    int pushes = 0;
    bool closeRecord = false;
    for (const Event &e : imported.events) {
        if (e.kind == EventKind::Frame && e.dir == Direction::In && e.payload.startsWith("push-"))
            ++pushes;
        closeRecord = closeRecord || e.kind == EventKind::Close;
    }
    QCOMPARE(pushes, 400);
    QVERIFY(closeRecord);
    QCOMPARE(imported.events.first().kind, EventKind::State);
    // One text line per row, one JSONL line per event: the rows are all in the file.
    int rows = 0;
    for (const Event &e : imported.events)
        rows += LogRules::isRow(e) ? 1 : 0;
    QCOMPARE(rows, int(r.out.count('\n')));
}

void TestCliRecord::aRecordThatCannotBeCreatedExits5AndSendsNothing()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    QTemporaryDir dir;
    const QString record = dir.filePath(QStringLiteral("missing/run.jsonl"));
    const CliResult r = CliResult::run({QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--record"), record,
                                        QStringLiteral("--send"), QStringLiteral("hi"), peer.url()});
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 5, r.diagnostics());
    QVERIFY2(r.err.contains(QStringLiteral("Cannot record to %1: ").arg(QDir::toNativeSeparators(record)).toUtf8()), r.err);
    QVERIFY(r.events.isEmpty());
    QTest::qWait(200);
    QVERIFY(peer.lines(QStringLiteral("open")).isEmpty()); // never connected
}

void TestCliRecord::aFullDiskExits5AndKeepsWholeLines()
{
    TmpfsMount disk(256 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    disk.fill(8 * 1024);
    const QString record = disk.filePath(QStringLiteral("run.jsonl"));
    QStringList args{QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--record"), record};
    for (int i = 0; i < 20; ++i)
        args << QStringLiteral("--send") << QString(2000, QLatin1Char('a' + i));
    const CliResult r = CliResult::run(args << peer.url());
    QVERIFY2(r.finished, r.diagnostics());
    QVERIFY2(r.exitCode == 5, r.diagnostics());
    QVERIFY2(r.err.contains("Recording stopped: cannot write"), r.err);
    QVERIFY2(r.err.contains("No space left on device"), r.err);
    // The run itself went on to its close.
    QCOMPARE(r.where(QStringLiteral("close")).size(), 1);
    const QByteArray content = FileProbe::readAll(record);
    QVERIFY(!content.isEmpty());
    QVERIFY(content.endsWith('\n'));
    QVERIFY(r.out.startsWith(content)); // the first lines, whole
    const SessionImport imported = SessionImporter::read(content, record);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
}

QTEST_GUILESS_MAIN(TestCliRecord)
#include "tst_cli_record.moc"
