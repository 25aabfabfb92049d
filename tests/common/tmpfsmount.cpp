#include "tmpfsmount.h"

#include <QFile>
#include <QProcess>
#include <QStorageInfo>

namespace {

constexpr int kMountTimeoutMs = 10000;
const QString kFiller = QStringLiteral("filler");

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(kMountTimeoutMs))
        return program + QStringLiteral(" could not be started: ") + process.errorString();
    if (!process.waitForFinished(kMountTimeoutMs))
        return program + QStringLiteral(" did not finish");
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(" failed (exit code ")
                + QString::number(process.exitCode()) + QStringLiteral("): ")
                + QString::fromLocal8Bit(process.readAll()).trimmed();
    return QString();
}

} // namespace

TmpfsMount::TmpfsMount(qint64 sizeBytes)
{
    if (!m_dir.isValid()) {
        m_skipReason = QStringLiteral("no temporary folder to mount on: ") + m_dir.errorString();
        return;
    }
    const QString error = run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                        QStringLiteral("-o"),
                                                        QStringLiteral("size=%1,mode=0755").arg(sizeBytes),
                                                        QStringLiteral("tmpfs"), m_dir.path()});
    if (!error.isEmpty()) {
        m_skipReason = QStringLiteral("cannot mount a tmpfs (root needed): ") + error;
        return;
    }
    m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        run(QStringLiteral("umount"), {m_dir.path()});
}

qint64 TmpfsMount::freeBytes() const
{
    QStorageInfo storage(m_dir.path());
    storage.refresh();
    return storage.bytesAvailable();
}

qint64 TmpfsMount::fill(qint64 leaveBytes)
{
    QFile filler(filePath(kFiller));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return freeBytes();
    // Page-sized steps first, then single bytes for the last page.
    for (const qint64 step : {qint64(4096), qint64(1)}) {
        const QByteArray chunk(step, 'f');
        while (freeBytes() > leaveBytes && filler.write(chunk) == chunk.size()) {
        }
    }
    return freeBytes();
}

void TmpfsMount::unfill()
{
    QFile::remove(filePath(kFiller));
}
