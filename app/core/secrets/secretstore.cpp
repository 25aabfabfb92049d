#include "core/secrets/secretstore.h"

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::Callback SecretStore::guarded(QObject *context, Callback done)
{
    // A caller that went away while the keychain was answering is not called.
    return [guard = QPointer<QObject>(context), hadContext = context != nullptr,
            done = std::move(done)](const SecretResult &result) {
        if (done && (!hadContext || guard))
            done(result);
    };
}

bool SecretStore::refuseEmptyKey(const QString &key, const Callback &done) const
{
    if (!key.isEmpty())
        return false;
    SecretResult result;
    result.error = tr("A secret needs a key; none was given.");
    done(result);
    return true;
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    const Callback callback = guarded(context, std::move(done));
    if (!refuseEmptyKey(key, callback))
        readSecret(key, callback);
}

void SecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    const Callback callback = guarded(context, std::move(done));
    if (!refuseEmptyKey(key, callback))
        writeSecret(key, value, callback);
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    const Callback callback = guarded(context, std::move(done));
    if (!refuseEmptyKey(key, callback))
        removeSecret(key, callback);
}

void SecretStore::move(const QString &oldKey, const QString &newKey, QObject *context, Callback done)
{
    const Callback callback = guarded(context, std::move(done));
    if (refuseEmptyKey(oldKey, callback) || refuseEmptyKey(newKey, callback))
        return;
    // Read, write, then remove: the value is never only in flight, so a failure at any step
    // leaves it under at least one of the keys.
    readSecret(oldKey, [this, oldKey, newKey, callback](const SecretResult &read) {
        if (!read.ok || !read.found || oldKey == newKey) {
            callback(read);
            return;
        }
        writeSecret(newKey, read.value, [this, oldKey, newKey, callback, read](const SecretResult &written) {
            if (!written.ok) {
                SecretResult result = written;
                result.error = tr("The secret \"%1\" could not be moved to \"%2\": %3").arg(oldKey, newKey, written.error);
                callback(result);
                return;
            }
            removeSecret(oldKey, [oldKey, newKey, callback, written](const SecretResult &removed) {
                SecretResult result;
                result.ok = removed.ok;
                result.found = true;
                result.inMemoryOnly = written.inMemoryOnly;
                if (!removed.ok)
                    result.error = tr("The secret was copied to \"%1\" but \"%2\" could not be removed: %3")
                                           .arg(newKey, oldKey, removed.error);
                callback(result);
            });
        });
    });
}

void SecretStore::setAvailability(Availability availability, const QString &reason)
{
    if (availability == m_availability && reason == m_availabilityReason)
        return;
    m_availability = availability;
    m_availabilityReason = reason;
    emit availabilityChanged(availability, reason);
}
