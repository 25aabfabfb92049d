#include "core/export/jsonlrecorder.h"

#include "core/export/jsonlexporter.h"
#include "core/io/safefilewriter.h"
#include "core/log/eventlog.h"

#include <QDir>

#include <cerrno>
#include <limits>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

JsonlRecorder::JsonlRecorder(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(FlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

JsonlRecorder::~JsonlRecorder()
{
    stop();
}

bool JsonlRecorder::start(const EventLog *log, const QString &path, bool includeHeld, QString *error)
{
    stop();
    m_path = path;
    m_error.clear();
    m_buffer.clear();
    m_written = 0;
    m_events = 0;
    m_eventsWritten = 0;
    m_file.setFileName(path);
    // Unbuffered: each flush() reaches the file system at once, so a full disk is seen there.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered, SafeFileWriter::FilePermissions)) {
        m_error = tr("Cannot record to %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        if (error)
            *error = m_error;
        return false;
    }
    m_file.setPermissions(SafeFileWriter::FilePermissions); // an existing file keeps its bits otherwise
    if (includeHeld) {
        for (const Event &event : log->events())
            onAppended(event);
    }
    m_connection = connect(log, &EventLog::appended, this, &JsonlRecorder::onAppended);
    m_timer.start();
    if (flush())
        return true;
    if (error)
        *error = m_error;
    return false;
}

void JsonlRecorder::onAppended(const Event &event)
{
    JsonlExporter::appendLine(m_redactor.touches(event) ? m_redactor.apply(event) : event, m_buffer);
    ++m_events;
    if (m_buffer.size() >= MaxBufferedBytes)
        flush();
}

bool JsonlRecorder::flush()
{
    if (!m_file.isOpen())
        return m_error.isEmpty();
    qint64 done = 0;
    while (done < m_buffer.size()) {
        // A write the disk cannot take whole returns what fitted; the next one gives the reason.
        const qint64 n = m_file.write(m_buffer.constData() + done, m_buffer.size() - done);
        if (n <= 0) {
            // Keep whole lines only: cut back to the end of the last line that is complete on disk.
            const qsizetype lastNewline = QByteArrayView(m_buffer).first(done).lastIndexOf('\n');
            const qint64 keep = m_written + (lastNewline < 0 ? 0 : lastNewline + 1);
            m_eventsWritten += quint64(lastNewline < 0 ? 0 : QByteArrayView(m_buffer).first(lastNewline + 1).count('\n'));
            fail(n < 0 ? m_file.errorString() : tr("the file system accepted no more data"));
            QFile::resize(m_path, keep);
            return false;
        }
        done += n;
    }
    m_written += done;
    m_eventsWritten = m_events;
    m_buffer.clear();
    return true;
}

void JsonlRecorder::fail(const QString &reason)
{
    disconnect(m_connection);
    m_timer.stop();
    m_file.close();
    m_buffer.clear();
    m_events = m_eventsWritten;
    m_error = tr("Recording stopped: cannot write %1: %2. The file keeps the %n event(s) written before.", nullptr,
                 int(qMin<quint64>(m_eventsWritten, quint64(std::numeric_limits<int>::max()))))
                      .arg(QDir::toNativeSeparators(m_path), reason);
    emit failed(m_error);
}

bool JsonlRecorder::stop(QString *error)
{
    if (!m_file.isOpen())
        return true;
    if (!flush()) {
        if (error)
            *error = m_error;
        return false;
    }
#ifdef Q_OS_UNIX
    // A lost network drive or a delayed allocation failure only shows here.
    if (::fsync(m_file.handle()) != 0) {
        const QString reason = qt_error_string(errno);
        fail(reason);
        if (error)
            *error = m_error;
        return false;
    }
#endif
    disconnect(m_connection);
    m_timer.stop();
    m_file.close();
    return true;
}
