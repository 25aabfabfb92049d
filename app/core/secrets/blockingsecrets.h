#pragma once

#include "core/secrets/secretstore.h"

#include <QCoreApplication>

// SecretStore operations that wait for their answer, for the CLI (and tests): each runs a local
// event loop until the store answers or timeoutMs passes, so an absent or hung D-Bus never
// hangs the caller; a timeout is an error result saying so. Needs a QCoreApplication.
class BlockingSecrets
{
    Q_DECLARE_TR_FUNCTIONS(BlockingSecrets)

public:
    static constexpr int DefaultTimeoutMs = 10000;

    static SecretResult read(SecretStore *store, const QString &key, int timeoutMs = DefaultTimeoutMs);
    static SecretResult write(SecretStore *store, const QString &key, const QString &value, int timeoutMs = DefaultTimeoutMs);
    static SecretResult remove(SecretStore *store, const QString &key, int timeoutMs = DefaultTimeoutMs);
    static SecretResult move(SecretStore *store, const QString &oldKey, const QString &newKey, int timeoutMs = DefaultTimeoutMs);

private:
    using Start = std::function<void(QObject *context, SecretStore::Callback done)>;
    static SecretResult wait(const Start &start, const QString &key, int timeoutMs);
};
