#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of the built wsscope-cli (WSSCOPE_CLI_PATH) and what it produced: exit code, stdout,
// stderr, and stdout read as JSONL events.
struct CliResult
{
    bool finished = false;     // exited on its own within the time limit
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    QList<QJsonObject> events; // the stdout lines that are JSON objects
    bool allLinesJson = true;  // every non-empty stdout line was one

    // Runs the CLI with the event loop running, so in-process servers keep answering and a
    // peer's output keeps being read. A CLI still running after `timeoutMs` is killed.
    static CliResult run(const QStringList &arguments,
                         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 30000);

    // The events named `event` (and, if given, with "dir" == `dir`).
    QList<QJsonObject> where(const QString &event, const QString &dir = {}) const;
    // The "frame" events of one direction and opcode name ("text", "ping", ...).
    QList<QJsonObject> frames(const QString &dir, const QString &opcode) const;
    // Exit code, stderr and the start of stdout, for failure messages.
    QByteArray diagnostics() const;

    // Every value of header `name` (any case) in a handshake event's [[name, value], ...] list.
    static QStringList headerValues(const QJsonObject &handshake, const QString &name);
};
