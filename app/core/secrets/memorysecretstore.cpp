#include "core/secrets/memorysecretstore.h"

MemorySecretStore::MemorySecretStore(QObject *parent)
    : MemorySecretStore(tr("Secrets are kept in memory only, until WsScope quits."), parent)
{
}

MemorySecretStore::MemorySecretStore(const QString &reason, QObject *parent)
    : SecretStore(parent)
{
    setAvailability(Availability::Unavailable, reason);
}

void MemorySecretStore::readSecret(const QString &key, const Callback &done)
{
    SecretResult result;
    result.ok = true;
    result.inMemoryOnly = true;
    const auto it = m_values.constFind(key);
    if (it != m_values.constEnd()) {
        result.found = true;
        result.value = *it;
    }
    done(result);
}

void MemorySecretStore::writeSecret(const QString &key, const QString &value, const Callback &done)
{
    m_values.insert(key, value);
    SecretResult result;
    result.ok = true;
    result.inMemoryOnly = true;
    done(result);
}

void MemorySecretStore::removeSecret(const QString &key, const Callback &done)
{
    SecretResult result;
    result.ok = true;
    result.inMemoryOnly = true;
    result.found = m_values.remove(key) > 0;
    done(result);
}
