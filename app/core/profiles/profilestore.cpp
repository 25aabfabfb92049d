#include "core/profiles/profilestore.h"

#include "core/profiles/profileserializer.h"
#include "core/profiles/profilevalidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace {

const QString kSuffix = QStringLiteral(".json");
const QString kBackupSuffix = QStringLiteral(".bak");
const QString kTrash = QStringLiteral("trash");
constexpr qint64 kMaxProfileFileSize = 16 * 1024 * 1024; // far above any real profile; refuses accidents
constexpr int kMaxBaseNameLength = 60;

QSet<QString> lowerCaseEntries(const QString &directory)
{
    QSet<QString> names;
    const QStringList entries = QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &e : entries)
        names.insert(e.toLower());
    return names;
}

bool lessByName(const Profile &a, const Profile &b)
{
    const int c = a.name.localeAwareCompare(b.name);
    return c != 0 ? c < 0 : a.name < b.name;
}

} // namespace

ProfileStore::ProfileStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(directory))
{
}

QString ProfileStore::defaultDirectory()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // XDG: $XDG_DATA_HOME/WsScope/profiles. AppDataLocation would add the organisation name
    // as well (…/WsScope/WsScope), which only makes the folder harder to find.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/')
            + QCoreApplication::applicationName() + QStringLiteral("/profiles");
#else
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
#endif
}

QString ProfileStore::trashDirectory() const
{
    return m_directory + QLatin1Char('/') + kTrash;
}

bool ProfileStore::load()
{
    m_entries.clear();
    m_errors.clear();

    const QDir dir(m_directory);
    QStringList files;
    if (dir.exists())
        files = dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QString &fileName : std::as_const(files)) {
        ProfileLoadError error;
        error.fileName = fileName;
        QFile file(dir.filePath(fileName));
        if (file.size() > kMaxProfileFileSize) {
            error.message = tr("the file is %1 MiB; a profile file is at most %2 MiB.")
                                    .arg(file.size() / (1024 * 1024))
                                    .arg(kMaxProfileFileSize / (1024 * 1024));
            m_errors.append(error);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            error.message = tr("cannot be read: %1").arg(file.errorString());
            m_errors.append(error);
            continue;
        }
        const QByteArray data = file.readAll();
        std::optional<Profile> profile = ProfileSerializer::fromJson(data, &error);
        if (!profile) {
            m_errors.append(error);
            continue;
        }
        const auto existing = m_entries.constFind(profile->name);
        if (existing != m_entries.constEnd()) {
            error.message = tr("the name \"%1\" is already used by %2; this file was not loaded.")
                                    .arg(profile->name, existing->fileName);
            m_errors.append(error);
            continue;
        }
        m_entries.insert(profile->name, Entry{*profile, fileName});
    }

    emit profilesChanged();
    if (!m_errors.isEmpty())
        emit loadErrors(m_errors);
    return m_errors.isEmpty();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    list.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        list.append(e.profile);
    std::sort(list.begin(), list.end(), lessByName);
    return list;
}

QStringList ProfileStore::names() const
{
    QStringList list;
    const QList<Profile> all = profiles();
    for (const Profile &p : all)
        list.append(p.name);
    return list;
}

bool ProfileStore::contains(const QString &name) const
{
    return m_entries.contains(name);
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it->profile;
}

QString ProfileStore::filePath(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return {};
    return m_directory + QLatin1Char('/') + it->fileName;
}

QString ProfileStore::sanitizedBaseName(const QString &name)
{
    QString base;
    bool lastWasDash = false;
    for (const QChar c : name.trimmed()) {
        // Letters and digits of any script are fine on every file system we target; everything
        // else (path separators, Windows' <>:"|?*, spaces, control characters) becomes one '-'.
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
        if (keep) {
            base.append(c);
            lastWasDash = false;
        } else if (!lastWasDash) {
            base.append(QLatin1Char('-'));
            lastWasDash = true;
        }
    }
    // No leading dots (hidden files, "..") and no trailing dots or dashes (Windows drops them).
    while (!base.isEmpty() && (base.front() == QLatin1Char('.') || base.front() == QLatin1Char('-')))
        base.remove(0, 1);
    base.truncate(kMaxBaseNameLength);
    while (!base.isEmpty() && (base.back() == QLatin1Char('.') || base.back() == QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("profile");

    static const QStringList reserved = {QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                                         QStringLiteral("nul")};
    const QString lower = base.section(QLatin1Char('.'), 0, 0).toLower();
    const bool device = reserved.contains(lower)
            || ((lower.startsWith(QLatin1String("com")) || lower.startsWith(QLatin1String("lpt"))) && lower.size() == 4
                && lower.at(3).isDigit());
    if (device)
        base.append(QLatin1Char('_'));
    return base;
}

QString ProfileStore::uniqueFileName(const QString &name, const QString &keepFileName) const
{
    const QString base = sanitizedBaseName(name);
    // Case-insensitive, because Windows and macOS file systems are.
    QSet<QString> taken = lowerCaseEntries(m_directory);
    for (const Entry &e : m_entries)
        taken.insert(e.fileName.toLower());
    if (!keepFileName.isEmpty())
        taken.remove(keepFileName.toLower());
    QString candidate = base + kSuffix;
    for (int i = 2; taken.contains(candidate.toLower()); ++i)
        candidate = base + QLatin1Char('-') + QString::number(i) + kSuffix;
    return candidate;
}

bool ProfileStore::ensureDirectory(const QString &path, QString *error) const
{
    if (QDir().mkpath(path))
        return true;
    if (error)
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path));
    return false;
}

bool ProfileStore::writeFile(const QString &fileName, const QByteArray &data, QString *error) const
{
    if (!ensureDirectory(m_directory, error))
        return false;
    const QString path = m_directory + QLatin1Char('/') + fileName;
    if (QFile::exists(path)) {
        // Keep the previous version. A copy, not a rename: the file must exist at every moment.
        const QString backup = path + kBackupSuffix;
        QFile::remove(backup);
        if (!QFile::copy(path, backup)) {
            if (error)
                *error = tr("Cannot keep a backup of %1 as %2.").arg(fileName, fileName + kBackupSuffix);
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ProfileStore::save(const Profile &profileIn, QString *error)
{
    Profile profile = profileIn;
    profile.name = profile.name.trimmed();
    const QString why = ProfileValidator::checkName(profile.name);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const auto it = m_entries.constFind(profile.name);
    const QString fileName = it != m_entries.constEnd() ? it->fileName : uniqueFileName(profile.name);
    if (!writeFile(fileName, ProfileSerializer::toJson(profile), error))
        return false;
    m_entries.insert(profile.name, Entry{profile, fileName});
    emit profilesChanged();
    return true;
}

bool ProfileStore::rename(const QString &oldName, const QString &newNameIn, QString *error)
{
    const QString newName = newNameIn.trimmed();
    const auto it = m_entries.constFind(oldName);
    if (it == m_entries.constEnd()) {
        if (error)
            *error = tr("There is no profile named \"%1\".").arg(oldName);
        return false;
    }
    if (newName == oldName)
        return true;
    const QString why = ProfileValidator::checkName(newName);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (m_entries.contains(newName)) {
        if (error)
            *error = tr("A profile named \"%1\" already exists.").arg(newName);
        return false;
    }

    Entry entry = *it;
    entry.profile.name = newName;
    const QString oldFile = entry.fileName;
    // A rename that only changes case or punctuation may keep its file.
    const bool sameFile = sanitizedBaseName(newName).compare(sanitizedBaseName(oldName), Qt::CaseInsensitive) == 0;
    entry.fileName = sameFile ? oldFile : uniqueFileName(newName);
    if (!writeFile(entry.fileName, ProfileSerializer::toJson(entry.profile), error))
        return false;
    if (!sameFile) {
        // The old file is the previous version of this profile: it becomes the new file's backup.
        const QString oldPath = m_directory + QLatin1Char('/') + oldFile;
        const QString backup = m_directory + QLatin1Char('/') + entry.fileName + kBackupSuffix;
        QFile::remove(backup);
        if (!QFile::rename(oldPath, backup))
            QFile::remove(oldPath);
        QFile::remove(oldPath + kBackupSuffix);
    }
    m_entries.remove(oldName);
    m_entries.insert(newName, entry);
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd()) {
        if (error)
            *error = tr("There is no profile named \"%1\".").arg(name);
        return false;
    }
    const QString trash = trashDirectory();
    if (!ensureDirectory(trash, error))
        return false;

    const QString fileName = it->fileName;
    const QString base = fileName.chopped(kSuffix.size());
    const QSet<QString> taken = lowerCaseEntries(trash);
    QString target = fileName;
    for (int i = 2; taken.contains(target.toLower()); ++i)
        target = base + QLatin1Char('-') + QString::number(i) + kSuffix;

    const QString from = m_directory + QLatin1Char('/') + fileName;
    if (!QFile::rename(from, trash + QLatin1Char('/') + target)) {
        if (error)
            *error = tr("Cannot move %1 to the trash folder.").arg(fileName);
        return false;
    }
    if (QFile::exists(from + kBackupSuffix)) {
        QFile::remove(trash + QLatin1Char('/') + target + kBackupSuffix);
        QFile::rename(from + kBackupSuffix, trash + QLatin1Char('/') + target + kBackupSuffix);
    }
    m_entries.remove(name);
    emit profilesChanged();
    return true;
}

bool ProfileStore::restore(const QString &name, QString *error)
{
    if (m_entries.contains(name)) {
        if (error)
            *error = tr("A profile named \"%1\" already exists.").arg(name);
        return false;
    }
    const QDir trash(trashDirectory());
    const QFileInfoList files = trash.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Hidden);
    QString best;
    QDateTime bestTime;
    std::optional<Profile> bestProfile;
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (info.size() > kMaxProfileFileSize || !file.open(QIODevice::ReadOnly))
            continue;
        std::optional<Profile> p = ProfileSerializer::fromJson(file.readAll());
        // The rename into the trash keeps the modification time; ties go to the later file name.
        if (p && p->name == name && (best.isEmpty() || info.lastModified() >= bestTime)) {
            best = info.fileName();
            bestTime = info.lastModified();
            bestProfile = p;
        }
    }
    if (!bestProfile) {
        if (error)
            *error = tr("There is no deleted profile named \"%1\" to restore.").arg(name);
        return false;
    }
    const QString fileName = uniqueFileName(name);
    const QString target = m_directory + QLatin1Char('/') + fileName;
    if (!ensureDirectory(m_directory, error))
        return false;
    if (!QFile::rename(trash.filePath(best), target)) {
        if (error)
            *error = tr("Cannot move %1 back from the trash folder.").arg(best);
        return false;
    }
    if (QFile::exists(trash.filePath(best + kBackupSuffix))) {
        QFile::remove(target + kBackupSuffix);
        QFile::rename(trash.filePath(best + kBackupSuffix), target + kBackupSuffix);
    }
    m_entries.insert(name, Entry{*bestProfile, fileName});
    emit profilesChanged();
    return true;
}

QString ProfileStore::duplicate(const QString &name, QString *error)
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd()) {
        if (error)
            *error = tr("There is no profile named \"%1\".").arg(name);
        return {};
    }
    Profile copy = it->profile;
    copy.name = nameForCopy(name);
    if (!save(copy, error))
        return {};
    return copy.name;
}

QString ProfileStore::nameForCopy(const QString &name) const
{
    QString copy = tr("%1 (copy)").arg(name);
    for (int i = 2; m_entries.contains(copy); ++i)
        copy = tr("%1 (copy %2)").arg(name).arg(i);
    return copy;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    QString candidate = base.trimmed();
    for (int i = 2; m_entries.contains(candidate); ++i)
        candidate = base.trimmed() + QLatin1Char(' ') + QString::number(i);
    return candidate;
}
