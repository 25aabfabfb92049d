#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// What one secret operation came to. `ok` false means it did not happen and `error` (translated)
// says why; a read of a key that holds nothing is ok with `found` false.
struct SecretResult
{
    bool ok = false;
    bool found = false;        // read: a value was there; move: there was one to move; remove: there
                               // was one (the Secret Service cannot tell, and says true)
    QString value;             // read: the value
    QString error;             // !ok: what went wrong, naming the key
    bool inMemoryOnly = false; // the value lives in this session's memory only (no keychain)
};

// Where secret values live: the OS keychain (KeychainSecretStore) or this session's memory
// (MemorySecretStore). Never a file. Keys are made by SecretKey (docs/ARCHITECTURE.md, "Secrets").
//
// Every operation reports once to `done`, called with `context` (dropped when context is gone).
// It may be called before the operation returns (memory answers at once) or later (a keychain
// answers through D-Bus); callers that must wait (the CLI) use BlockingSecrets.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    // Whether secrets reach the OS keychain. Unavailable: they are kept in memory for the
    // session, and availabilityReason() says why (no D-Bus session, locked, not supported, ...).
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &value, QObject *context, Callback done);
    // Removing a key that holds nothing is ok (found false).
    void remove(const QString &key, QObject *context, Callback done);
    // oldKey's value to newKey, then oldKey removed (a profile renamed). Nothing under oldKey:
    // ok, found false, newKey untouched. newKey is overwritten. When the value was copied but
    // oldKey could not be removed, the result is an error saying so (the copy stays).
    void move(const QString &oldKey, const QString &newKey, QObject *context, Callback done);

    Availability availability() const { return m_availability; }
    QString availabilityReason() const { return m_availabilityReason; }

signals:
    void availabilityChanged(SecretStore::Availability availability, const QString &reason);

protected:
    // Called with a non-empty key; must call finish() exactly once.
    virtual void readSecret(const QString &key, const Callback &done) = 0;
    virtual void writeSecret(const QString &key, const QString &value, const Callback &done) = 0;
    virtual void removeSecret(const QString &key, const Callback &done) = 0;

    void setAvailability(Availability availability, const QString &reason);

private:
    static Callback guarded(QObject *context, Callback done);
    bool refuseEmptyKey(const QString &key, const Callback &done) const;

    Availability m_availability = Availability::Unknown;
    QString m_availabilityReason;
};
