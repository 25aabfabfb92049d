#include "core/profiles/profilestore.h"

#include "core/io/safefilewriter.h"
#include "core/profiles/profilefilename.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profileserializer.h"
#include "core/profiles/profiletrash.h"
#include "core/profiles/profilevalidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace {

const QString kSuffix = QStringLiteral(".json");
const QString kBackupSuffix = QStringLiteral(".bak");
const QString kTrash = QStringLiteral("trash");
constexpr qint64 kMaxProfileFileSize = 16 * 1024 * 1024; // far above any real profile; refuses accidents
// The purge after a delete runs this much after the window closed, so the entry is surely older.
constexpr std::chrono::milliseconds kPurgeSlack = std::chrono::seconds(1);

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

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
    : ProfileStore(directory, nullptr, parent)
{
}

ProfileStore::ProfileStore(const QString &directory, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(directory))
{
    m_purgeTimer.setSingleShot(true);
    m_purgeTimer.setInterval(m_trashRetention + kPurgeSlack);
    connect(&m_purgeTimer, &QTimer::timeout, this, &ProfileStore::purgeTrash);
    setSecretStore(secrets);
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
    purgeTrash();

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
        int schema = 0;
        std::optional<Profile> profile = ProfileSerializer::fromJson(data, &error, &schema);
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
        readSecrets(&*profile);
        m_entries.insert(profile->name, Entry{*profile, fileName, hashOf(data), schema});
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
    return pathOf(it->fileName);
}

QString ProfileStore::pathOf(const QString &fileName) const
{
    return m_directory + QLatin1Char('/') + fileName;
}

bool ProfileStore::isChangedOnDisk(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return false;
    QFile file(pathOf(it->fileName));
    if (!file.open(QIODevice::ReadOnly))
        return true; // deleted (or made unreadable) by someone else
    return hashOf(file.readAll()) != it->diskHash;
}

bool ProfileStore::refuseIfChanged(const Entry &entry, Conflicts conflicts, QString *error) const
{
    if (conflicts == Conflicts::Overwrite || !isChangedOnDisk(entry.profile.name))
        return false;
    if (error)
        *error = tr("%1 was changed on disk (by another WsScope window?) since it was loaded; it was not "
                    "overwritten.")
                         .arg(entry.fileName);
    return true;
}

int ProfileStore::purgeTrash()
{
    return ProfileTrash(trashDirectory()).purge(m_trashRetention);
}

void ProfileStore::setTrashRetention(std::chrono::milliseconds retention)
{
    m_trashRetention = retention;
    m_purgeTimer.setInterval(m_trashRetention + kPurgeSlack);
}

QString ProfileStore::uniqueFileName(const QString &name, const QString &keepFileName) const
{
    const QString base = ProfileFileName::sanitizedBaseName(name);
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

bool ProfileStore::writeFile(const QString &fileName, const QByteArray &data, QString *error, const QStringList &secretValues)
{
    if (!SafeFileWriter::makeDirectory(m_directory, error))
        return false;
    const QString path = pathOf(fileName);
    // The previous version becomes the .bak, but only once the new file is in place: its bytes
    // go to a second writer now (so a full disk fails here, before anything is touched) and that
    // writer commits after the new file did. A copy, not a rename: the file exists at every moment.
    SafeFileWriter backup(path + kBackupSuffix);
    QFile previous(path);
    bool hasPrevious = previous.exists();
    bool dropBackup = false;
    if (hasPrevious) {
        if (!previous.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read %1 to keep it as %2: %3")
                                 .arg(fileName, fileName + kBackupSuffix, previous.errorString());
            return false;
        }
        const QByteArray old = previous.readAll();
        // A value that is secret now must not stay behind in the backup (a schema 1 file, or one
        // written before it was marked): the previous version is dropped instead.
        dropBackup = ProfileSecrets::appearsIn(old, secretValues);
        hasPrevious = !dropBackup;
        if (hasPrevious && (!backup.open(QIODevice::WriteOnly) || backup.write(old) != old.size())) {
            if (error)
                *error = backup.errorMessage();
            return false;
        }
    }
    if (!SafeFileWriter::writeFile(path, data, error))
        return false; // `backup` is discarded: the old .bak stays as it was
    if (dropBackup)
        QFile::remove(path + kBackupSuffix);
    if (hasPrevious && !backup.commit())
        emit warning(tr("%1 was saved, but its backup %2 could not be updated: %3")
                             .arg(fileName, fileName + kBackupSuffix, backup.failureReason()));
    return true;
}

bool ProfileStore::save(const Profile &profileIn, QString *error, Conflicts conflicts)
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
    if (it != m_entries.constEnd() && refuseIfChanged(*it, conflicts, error))
        return false;
    const QString fileName = it != m_entries.constEnd() ? it->fileName : uniqueFileName(profile.name);
    const QByteArray json = ProfileSerializer::toJson(profile);
    const QStringList secretValues = profile.secretsInFile ? QStringList() : ProfileSecrets::valuesOf(profile).values();
    if (!writeFile(fileName, json, error, secretValues))
        return false;
    // A copy: waiting for the SecretStore runs an event loop.
    const std::optional<Profile> before = it != m_entries.constEnd() ? std::optional<Profile>(it->profile) : std::nullopt;
    storeSecrets(before ? &*before : nullptr, profile);
    m_entries.insert(profile.name, Entry{profile, fileName, hashOf(json), ProfileSerializer::CurrentSchemaVersion});
    emit profilesChanged();
    return true;
}

bool ProfileStore::rename(const QString &oldName, const QString &newNameIn, QString *error, Conflicts conflicts)
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
    if (refuseIfChanged(*it, conflicts, error))
        return false;
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
    const QByteArray json = ProfileSerializer::toJson(entry.profile);
    if (!writeFile(entry.fileName, json, error))
        return false;
    entry.diskHash = hashOf(json);
    entry.schemaRead = ProfileSerializer::CurrentSchemaVersion;
    moveSecrets(Profile(it->profile), newName);
    if (!sameFile) {
        // The old file is the previous version of this profile: it becomes the new file's backup.
        const QString oldPath = pathOf(oldFile);
        const QString backup = pathOf(entry.fileName + kBackupSuffix);
        QFile::remove(backup);
        if (!QFile::rename(oldPath, backup))
            QFile::remove(oldPath);
        QFile::remove(oldPath + kBackupSuffix);
    }
    m_entries.remove(oldName);
    m_entries.insert(newName, entry);
    emit renamed(oldName, newName);
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
    if (!ProfileTrash(trashDirectory()).moveIn(pathOf(it->fileName), error))
        return false;
    const Profile removed = it->profile;
    m_entries.remove(name);
    removeSecrets(removed);
    m_purgeTimer.start(); // the undo window of this delete, then the entry goes
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
    ProfileTrash trash(trashDirectory());
    const std::optional<ProfileTrash::Entry> deleted = trash.latest(name);
    if (!deleted) {
        if (error)
            *error = tr("There is no deleted profile named \"%1\" to restore.").arg(name);
        return false;
    }
    if (!SafeFileWriter::makeDirectory(m_directory, error))
        return false;
    const QString fileName = uniqueFileName(name);
    if (!trash.moveOut(deleted->fileName, pathOf(fileName), error))
        return false;
    Profile profile = deleted->profile;
    restoreSecrets(&profile);
    m_entries.insert(name, Entry{profile, fileName, hashOf(deleted->bytes), ProfileSerializer::CurrentSchemaVersion});
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
