#pragma once

#include <QFileDevice>
#include <QIODevice>
#include <QSaveFile>
#include <QString>

// The one way WsScope writes a file (profiles, their backups, HAR exports, saved payloads): the
// file on disk is either the complete new content or, after any failure, exactly what it was.
//
// - Writes go to a temporary file next to the target (QSaveFile) that replaces it on commit().
// - Every failure is caught where it happens: the temporary file is unbuffered, a short write is
//   retried so the OS gives its reason, the data is synced before the rename, and a failed write
//   makes commit() refuse (see writeData() for why Qt's own checks are not enough).
// - errorMessage() is translated and names the path and the OS reason ("No space left on
//   device"); a failed or cancelled writer leaves no temporary file behind.
// - The file ends up 0600 (owner read/write only; it may hold tokens), and makeDirectory()
//   creates missing folders 0700 (Unix; other systems ignore these bits).
//
// One go: SafeFileWriter::writeFile(path, bytes, &error). Streamed (large exports):
//     SafeFileWriter out(path);
//     if (!out.open(QIODevice::WriteOnly)) ...;  write into &out ...;  if (!out.commit()) ...
// A writer destroyed without commit() discards what it wrote.
class SafeFileWriter : public QIODevice
{
    Q_OBJECT

public:
    explicit SafeFileWriter(const QString &path, QObject *parent = nullptr);
    ~SafeFileWriter() override;

    QString path() const { return m_path; }

    // Only QIODevice::WriteOnly (Unbuffered is implied). False with errorMessage() set.
    bool open(OpenMode mode) override;
    // Checks that every byte reached the file, then replaces the target. False (target untouched)
    // with errorMessage() set.
    bool commit();
    // Drops what was written; the target stays as it was.
    void cancel();
    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    QString failureReason() const { return m_reason; } // the reason alone, e.g. "No space left on device"

    bool isSequential() const override { return true; }

    // Writes `data` as the whole new content of `path`.
    static bool writeFile(const QString &path, const QByteArray &data, QString *error = nullptr);
    // Creates `path` and any missing parent folders, each 0700. True when it exists as a folder.
    static bool makeDirectory(const QString &path, QString *error = nullptr);

    static constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions DirectoryPermissions =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void fail(const QString &reason);
    void discardTemporaryFile();

    QString m_path;
    QSaveFile m_file;
    QString m_error;
    QString m_reason;
};
