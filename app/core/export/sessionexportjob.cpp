#include "core/export/sessionexportjob.h"

#include "core/export/harexporter.h"
#include "core/export/jsonlexporter.h"
#include "core/io/safefilewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace {

// Lines are gathered up to this size and written in one go.
constexpr qsizetype WriteChunkBytes = 256 * 1024;
// How often the JSONL loop looks at the cancel flag.
constexpr qint64 CancelCheckEvents = 1024;

bool writeAll(SafeFileWriter &file, QByteArrayView bytes)
{
    return file.write(bytes.data(), bytes.size()) == bytes.size();
}

} // namespace

SessionExportJob::SessionExportJob(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(ProgressIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] { emit progress(m_done.load(), m_total); });
}

SessionExportJob::~SessionExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void SessionExportJob::start(const std::deque<Event> &events, Format format, const QString &path, const QUrl &url,
                             const SecretRedactor &redactor)
{
    if (m_thread)
        return;
    m_events = events;
    m_total = qint64(m_events.size());
    m_path = path;
    m_done = 0;
    m_cancel = false;
    m_ok = false;
    m_error.clear();
    m_thread = QThread::create([this, format, path, url, redactor] {
        m_ok = write(m_events, format, path, url, &m_done, &m_cancel, &m_error, redactor);
    });
    connect(m_thread, &QThread::finished, this, &SessionExportJob::onThreadFinished);
    m_thread->start();
    m_poll.start();
}

void SessionExportJob::cancel()
{
    m_cancel = true;
}

void SessionExportJob::onThreadFinished()
{
    m_poll.stop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_events.clear();
    const bool cancelled = !m_ok && m_cancel.load();
    emit progress(m_done.load(), m_total);
    emit finished(m_ok, cancelled, cancelled ? QString() : m_error);
}

bool SessionExportJob::write(const std::deque<Event> &events, Format format, const QString &path, const QUrl &url,
                             std::atomic<qint64> *done, const std::atomic<bool> *cancel, QString *error,
                             const SecretRedactor &redactor)
{
    SafeFileWriter file(path);
    const auto failed = [&] {
        if (error)
            *error = file.errorMessage();
        file.cancel();
        return false;
    };
    const auto cancelled = [&] { return cancel && cancel->load(); };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (format == Format::Jsonl) {
        QByteArray buffer;
        buffer.reserve(WriteChunkBytes + 4096);
        qint64 count = 0;
        for (const Event &event : events) {
            JsonlExporter::appendLine(redactor.touches(event) ? redactor.apply(event) : event, buffer);
            if (buffer.size() >= WriteChunkBytes) {
                if (!writeAll(file, buffer))
                    return failed();
                buffer.clear();
            }
            if (++count % CancelCheckEvents == 0) {
                if (done)
                    *done = count;
                if (cancelled()) {
                    file.cancel();
                    return false;
                }
            }
        }
        if (!buffer.isEmpty() && !writeAll(file, buffer))
            return failed();
    } else {
        // A HAR is one JSON document: built whole (the longer half of the work), then written.
        QJsonObject har;
        if (redactor.anyIn(events)) {
            // The file says what was taken out, and where (each value reads as the placeholder).
            QStringList names;
            har = HarExporter::toHar(redactor.apply(events, &names), url);
            QJsonObject log = har.value(QStringLiteral("log")).toObject();
            log.insert(QStringLiteral("comment"),
                       tr("Secret header values were left out of this export (%1): each reads \"%2\".")
                               .arg(names.join(QStringLiteral(", ")), QLatin1String(SecretRedactor::Placeholder)));
            har.insert(QStringLiteral("log"), log);
        } else {
            har = HarExporter::toHar(events, url);
        }
        const QByteArray json = QJsonDocument(har).toJson(QJsonDocument::Indented);
        const qint64 total = qint64(events.size());
        for (qsizetype at = 0; at < json.size(); at += WriteChunkBytes) {
            if (cancelled()) {
                file.cancel();
                return false;
            }
            if (!writeAll(file, QByteArrayView(json).sliced(at, qMin(WriteChunkBytes, json.size() - at))))
                return failed();
            if (done)
                *done = total / 2 + qint64(double(total) / 2 * double(at) / double(json.size()));
        }
    }
    if (cancelled()) {
        file.cancel();
        return false;
    }
    if (!file.commit())
        return failed();
    if (done)
        *done = qint64(events.size());
    return true;
}
