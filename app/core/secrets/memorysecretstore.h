#pragma once

#include "core/secrets/secretstore.h"

#include <QHash>

// Secrets in this process's memory until it ends: for tests, and where no keychain can be
// reached. Answers every operation at once (before the call returns). Its availability is
// Unavailable (nothing reaches a keychain), with the reason given or a default one.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    MemorySecretStore(const QString &reason, QObject *parent);

    int count() const { return m_values.size(); }
    bool contains(const QString &key) const { return m_values.contains(key); }

protected:
    void readSecret(const QString &key, const Callback &done) override;
    void writeSecret(const QString &key, const QString &value, const Callback &done) override;
    void removeSecret(const QString &key, const Callback &done) override;

private:
    QHash<QString, QString> m_values;
};
