// ProfileStore's secrets (docs/ARCHITECTURE.md, "Secrets"): what save(), load(), rename(),
// remove() and restore() do with the values ProfileSecrets names, kept apart from the files.
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"

#include "core/secrets/blockingsecrets.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkey.h"

void ProfileStore::setSecretStore(SecretStore *secrets)
{
    if (!secrets) {
        if (!m_ownSecrets)
            m_ownSecrets = new MemorySecretStore(this);
        secrets = m_ownSecrets;
    }
    disconnect(m_availabilityConnection);
    m_secrets = secrets;
    m_availabilityConnection = connect(secrets, &SecretStore::availabilityChanged, this,
                                       &ProfileStore::secretsAvailabilityChanged);
    emit secretsAvailabilityChanged(secrets->availability(), secrets->availabilityReason());
}

SecretStore::Availability ProfileStore::secretsAvailability() const
{
    return m_secrets ? m_secrets->availability() : SecretStore::Availability::Unknown;
}

QString ProfileStore::secretsAvailabilityReason() const
{
    return m_secrets ? m_secrets->availabilityReason() : QString();
}

int ProfileStore::schemaVersionRead(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.constEnd() ? 0 : it->schemaRead;
}

void ProfileStore::readSecrets(Profile *profile)
{
    if (profile->secretsInFile || !m_secrets)
        return;
    QHash<QString, QString> values;
    const QStringList keys = ProfileSecrets::keysOf(*profile);
    for (const QString &key : keys) {
        if (key == SecretKey::forProfileClientKeyPassphrase(profile->name))
            continue; // nothing of the profile holds it yet
        const SecretResult result = BlockingSecrets::read(m_secrets, key);
        if (!result.ok)
            emit warning(tr("A secret of the profile \"%1\" could not be read: %2").arg(profile->name, result.error));
        else if (result.found)
            values.insert(key, result.value);
    }
    // A secret the store does not know keeps what the file had (a value written by hand): the
    // next save moves it to the store.
    ProfileSecrets::merge(profile, values);
}

void ProfileStore::storeSecrets(const Profile *before, const Profile &after)
{
    if (!m_secrets)
        return;
    const QHash<QString, QString> values = after.secretsInFile ? QHash<QString, QString>() : ProfileSecrets::valuesOf(after);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const SecretResult result = BlockingSecrets::write(m_secrets, it.key(), it.value());
        if (!result.ok)
            emit warning(tr("The profile \"%1\" was saved, but one of its secrets could not be stored (it is kept "
                            "for this session only): %2")
                                 .arg(after.name, result.error));
    }
    // What is no longer secret, no longer there or now kept in the file leaves the store.
    QStringList stale = before ? ProfileSecrets::keysOf(*before) : QStringList();
    stale += ProfileSecrets::keysOf(after);
    stale.removeDuplicates();
    const QString passphrase = SecretKey::forProfileClientKeyPassphrase(after.name);
    for (const QString &key : std::as_const(stale)) {
        if (values.contains(key) || key == passphrase)
            continue;
        const SecretResult result = BlockingSecrets::remove(m_secrets, key);
        if (!result.ok)
            emit warning(result.error);
    }
}

void ProfileStore::moveSecrets(const Profile &before, const QString &newName)
{
    if (!m_secrets || before.secretsInFile)
        return;
    const QHash<QString, QString> values = ProfileSecrets::valuesOf(before);
    const QStringList keys = ProfileSecrets::keysOf(before);
    for (const QString &key : keys) {
        const QString newKey = SecretKey::renamedProfile(key, before.name, newName);
        const SecretResult moved = BlockingSecrets::move(m_secrets, key, newKey);
        if (moved.ok)
            continue;
        // The value is known here: the new key gets it even if the move failed half-way.
        if (values.contains(key))
            BlockingSecrets::write(m_secrets, newKey, values.value(key));
        emit warning(moved.error);
    }
}

void ProfileStore::removeSecrets(const Profile &profile)
{
    if (!m_secrets || profile.secretsInFile)
        return;
    QHash<QString, QString> values = ProfileSecrets::valuesOf(profile);
    const QString passphrase = SecretKey::forProfileClientKeyPassphrase(profile.name);
    if (const SecretResult held = BlockingSecrets::read(m_secrets, passphrase); held.ok && held.found)
        values.insert(passphrase, held.value);
    // Kept in memory only, for restore() (undo): the trash folder holds the file without them.
    m_deletedSecrets.insert(profile.name, values);
    const QStringList keys = ProfileSecrets::keysOf(profile);
    for (const QString &key : keys) {
        const SecretResult result = BlockingSecrets::remove(m_secrets, key);
        if (!result.ok)
            emit warning(result.error);
    }
}

void ProfileStore::restoreSecrets(Profile *profile)
{
    const QHash<QString, QString> values = m_deletedSecrets.take(profile->name);
    if (profile->secretsInFile || !m_secrets)
        return;
    ProfileSecrets::merge(profile, values);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const SecretResult result = BlockingSecrets::write(m_secrets, it.key(), it.value());
        if (!result.ok)
            emit warning(result.error);
    }
}
