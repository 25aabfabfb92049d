#pragma once

#include "core/secrets/memorysecretstore.h"

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through QtKeychain (Secret Service over D-Bus on Linux, Keychain on
// macOS, Credential Manager on Windows), under the service name "WsScope" and the SecretKey
// keys. Never QtKeychain's plain-text fallback: a secret never reaches a file.
//
// When the keychain cannot be reached (no D-Bus session bus, no keychain service, locked, access
// refused, no answer within timeout()), availability() turns Unavailable with the reason, and
// this and every later operation of the session use memory instead, transparently: a write still
// succeeds (inMemoryOnly), a read finds what was written this session. probe() asks again (after
// the user unlocked the keychain, say); a value kept in memory meanwhile is read from memory
// until it is written or removed again.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr const char *ServiceName = "WsScope";
    static constexpr int DefaultTimeoutMs = 5000;

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Another service name: for tests only, so they never touch the user's WsScope secrets.
    KeychainSecretStore(const QString &service, QObject *parent);

    QString service() const { return m_service; }
    int timeout() const { return m_timeoutMs; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Finds out now whether the keychain answers (reads a key nobody writes); the outcome comes
    // as availabilityChanged. Also the way back from Unavailable.
    void probe();

protected:
    void readSecret(const QString &key, const Callback &done) override;
    void writeSecret(const QString &key, const QString &value, const Callback &done) override;
    void removeSecret(const QString &key, const Callback &done) override;

private:
    enum class Operation { Read, Write, Remove };
    using Fallback = std::function<void()>;
    void run(QKeychain::Job *job, Operation operation, const QString &key, const Callback &done, const Fallback &fallback);
    bool useMemory() const { return availability() == Availability::Unavailable; }
    void becomeUnavailable(const QString &reason);
    static QString missingBusReason();

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    MemorySecretStore m_memory; // this session's values while the keychain cannot be reached
};
