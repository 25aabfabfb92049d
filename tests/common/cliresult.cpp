#include "cliresult.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

CliResult CliResult::run(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(WSSCOPE_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        return result;
    const QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.elapsedMs = clock.elapsed();
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            result.allLinesJson = false;
        else
            result.events << doc.object();
    }
    return result;
}

QList<QJsonObject> CliResult::where(const QString &event, const QString &dir) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &e : events) {
        if (e.value(QStringLiteral("event")).toString() == event
            && (dir.isEmpty() || e.value(QStringLiteral("dir")).toString() == dir))
            result << e;
    }
    return result;
}

QList<QJsonObject> CliResult::frames(const QString &dir, const QString &opcode) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &e : where(QStringLiteral("frame"), dir)) {
        if (e.value(QStringLiteral("opcode")).toString() == opcode)
            result << e;
    }
    return result;
}

QByteArray CliResult::diagnostics() const
{
    return "exit " + QByteArray::number(exitCode) + "\nstderr: " + err + "\nstdout: " + out.left(4000);
}

QStringList CliResult::headerValues(const QJsonObject &handshake, const QString &name)
{
    QStringList values;
    for (const QJsonValue &pair : handshake.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray header = pair.toArray();
        if (header.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            values << header.at(1).toString();
    }
    return values;
}
