#include "core/profiles/profiletrash.h"

#include "core/io/safefilewriter.h"
#include "core/profiles/profileserializer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {

const QString kSuffix = QStringLiteral(".json");
const QString kBackupSuffix = QStringLiteral(".bak");
constexpr qint64 kMaxProfileFileSize = 16 * 1024 * 1024; // as ProfileStore: refuses accidents

void stampNow(const QString &path)
{
    // A rename keeps the modification time of the profile's last edit, which may be months old;
    // the purge must count from the delete. Opening read-only is enough for the owner.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

} // namespace

ProfileTrash::ProfileTrash(const QString &directory)
    : m_directory(directory)
{
}

bool ProfileTrash::moveIn(const QString &fromPath, QString *error)
{
    if (!SafeFileWriter::makeDirectory(m_directory, error))
        return false;
    const QString fileName = QFileInfo(fromPath).fileName();
    const QString base = fileName.endsWith(kSuffix) ? fileName.chopped(kSuffix.size()) : fileName;
    QSet<QString> taken;
    const QStringList entries = QDir(m_directory).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &e : entries)
        taken.insert(e.toLower());
    QString target = fileName;
    for (int i = 2; taken.contains(target.toLower()); ++i)
        target = base + QLatin1Char('-') + QString::number(i) + kSuffix;

    const QString to = m_directory + QLatin1Char('/') + target;
    if (!QFile::rename(fromPath, to)) {
        if (error)
            *error = tr("Cannot move %1 to the trash folder.").arg(fileName);
        return false;
    }
    stampNow(to);
    if (QFile::exists(fromPath + kBackupSuffix)) {
        QFile::remove(to + kBackupSuffix);
        if (QFile::rename(fromPath + kBackupSuffix, to + kBackupSuffix))
            stampNow(to + kBackupSuffix);
    }
    return true;
}

std::optional<ProfileTrash::Entry> ProfileTrash::latest(const QString &name) const
{
    const QDir trash(m_directory);
    const QFileInfoList files = trash.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Hidden);
    std::optional<Entry> best;
    QDateTime bestTime;
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (info.size() > kMaxProfileFileSize || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        std::optional<Profile> p = ProfileSerializer::fromJson(bytes);
        // Ties (the same second) go to the later file name.
        if (p && p->name == name && (!best || info.lastModified() >= bestTime)) {
            best = Entry{info.fileName(), *p, bytes};
            bestTime = info.lastModified();
        }
    }
    return best;
}

bool ProfileTrash::moveOut(const QString &trashFileName, const QString &toPath, QString *error)
{
    const QString from = m_directory + QLatin1Char('/') + trashFileName;
    if (!QFile::rename(from, toPath)) {
        if (error)
            *error = tr("Cannot move %1 back from the trash folder.").arg(trashFileName);
        return false;
    }
    if (QFile::exists(from + kBackupSuffix)) {
        QFile::remove(toPath + kBackupSuffix);
        QFile::rename(from + kBackupSuffix, toPath + kBackupSuffix);
    }
    return true;
}

int ProfileTrash::purge(std::chrono::milliseconds age, const QDateTime &now)
{
    const QDateTime cutoff = now.addMSecs(-age.count());
    int removed = 0;
    const QFileInfoList files = QDir(m_directory).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &info : files) {
        if (info.lastModified() < cutoff && QFile::remove(info.filePath()))
            ++removed;
    }
    return removed;
}
