#pragma once

#include "core/export/secretredactor.h"
#include "core/log/event.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <deque>

class QThread;

// "Export session as HAR/JSONL" without freezing the window: the log's events are copied (a
// snapshot: the session may go on; payloads are shared, not copied) and written by a worker
// thread through SafeFileWriter, so a failure (a full disk included) or a cancel leaves no
// partial file and an existing file as it was. progress() is reported every ProgressIntervalMs.
class SessionExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Format { Har, Jsonl };
    static constexpr int ProgressIntervalMs = 100;

    explicit SessionExportJob(QObject *parent = nullptr);
    // Cancels a running export and waits for its thread.
    ~SessionExportJob() override;

    // Starts writing `events` to `path`. `url` names the session in a HAR. One export per job.
    // Credential header values are left out unless `redactor` is SecretRedactor::includeAll().
    void start(const std::deque<Event> &events, Format format, const QString &path, const QUrl &url = {},
               const SecretRedactor &redactor = SecretRedactor());
    // Stops a running export; finished() follows with cancelled == true and no file is left.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    QString path() const { return m_path; }

    // Writes synchronously in the calling thread (wsscope-cli, tests). `done` counts events.
    static bool write(const std::deque<Event> &events, Format format, const QString &path, const QUrl &url,
                      std::atomic<qint64> *done, const std::atomic<bool> *cancel, QString *error,
                      const SecretRedactor &redactor = SecretRedactor());

signals:
    // `done` of `total` events written.
    void progress(qint64 done, qint64 total);
    // ok: the file is complete. Otherwise `error` says why (empty when cancelled).
    void finished(bool ok, bool cancelled, const QString &error);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    QTimer m_poll;
    QString m_path;
    std::deque<Event> m_events;
    std::atomic<qint64> m_done{0};
    std::atomic<bool> m_cancel{false};
    qint64 m_total = 0;
    bool m_ok = false;
    QString m_error;
};
