#pragma once

#include "core/export/secretredactor.h"

#include "core/log/event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>

class EventLog;

// "Record to file" and wsscope-cli --record: every event of a log as its JSONL line
// (JsonlExporter), written to disk as it arrives, so a log whose cap evicts old events loses
// nothing. Lines are gathered and written every FlushIntervalMs (or at once past
// MaxBufferedBytes), and on stop().
//
// The file is written in place, not through SafeFileWriter: a recording must be readable while
// it runs and must keep what it already holds when a write fails. A failed write (a full disk)
// stops the recording, cuts the file back to its last complete line (so every line in it is a
// whole event), and emits failed() with the path, the OS reason and how many events the file
// holds. Created 0600, like every file WsScope writes: it may hold tokens.
class JsonlRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 200;
    static constexpr qsizetype MaxBufferedBytes = 1024 * 1024;

    explicit JsonlRecorder(QObject *parent = nullptr);
    ~JsonlRecorder() override;

    // Creates (or truncates) `path` and records every event `log` appends from now on; with
    // `includeHeld`, the events the log holds now are written first. False with *error set when
    // the file cannot be created.
    bool start(const EventLog *log, const QString &path, bool includeHeld, QString *error = nullptr);
    // Writes what is gathered and closes the file. False with *error when that last write failed
    // (failed() is emitted too).
    bool stop(QString *error = nullptr);

    // What the recording leaves out (default: credential header values); set before start().
    void setRedactor(const SecretRedactor &redactor) { m_redactor = redactor; }

    bool isRecording() const { return m_file.isOpen(); }
    QString path() const { return m_path; }
    // Events whose lines are in the file (or gathered for it).
    quint64 eventCount() const { return m_events; }
    // The message of the failure that stopped the last recording, empty if none.
    QString errorMessage() const { return m_error; }

    // Writes what is gathered now.
    bool flush();

signals:
    void failed(const QString &message);

private:
    void onAppended(const Event &event);
    void fail(const QString &reason);

    QFile m_file;
    QString m_path;
    QString m_error;
    QByteArray m_buffer;
    SecretRedactor m_redactor;
    qint64 m_written = 0;       // bytes in the file, every one of them part of a whole line
    quint64 m_events = 0;
    quint64 m_eventsWritten = 0;
    QTimer m_timer;
    QMetaObject::Connection m_connection;
};
