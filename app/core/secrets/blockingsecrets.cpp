#include "core/secrets/blockingsecrets.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

SecretResult BlockingSecrets::wait(const Start &start, const QString &key, int timeoutMs)
{
    // The context lives as long as this call: an answer after the timeout is dropped.
    QObject context;
    std::optional<SecretResult> answer;
    QEventLoop loop;
    start(&context, [&answer, &loop](const SecretResult &result) {
        answer = result;
        loop.quit();
    });
    if (!answer) { // a memory store answered already
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    if (answer)
        return *answer;
    SecretResult timedOut;
    timedOut.error = tr("The keychain did not answer about \"%1\" within %2 seconds.").arg(key).arg(timeoutMs / 1000.0);
    return timedOut;
}

SecretResult BlockingSecrets::read(SecretStore *store, const QString &key, int timeoutMs)
{
    return wait([&](QObject *context, SecretStore::Callback done) { store->read(key, context, std::move(done)); }, key,
                timeoutMs);
}

SecretResult BlockingSecrets::write(SecretStore *store, const QString &key, const QString &value, int timeoutMs)
{
    return wait([&](QObject *context, SecretStore::Callback done) { store->write(key, value, context, std::move(done)); },
                key, timeoutMs);
}

SecretResult BlockingSecrets::remove(SecretStore *store, const QString &key, int timeoutMs)
{
    return wait([&](QObject *context, SecretStore::Callback done) { store->remove(key, context, std::move(done)); }, key,
                timeoutMs);
}

SecretResult BlockingSecrets::move(SecretStore *store, const QString &oldKey, const QString &newKey, int timeoutMs)
{
    return wait([&](QObject *context, SecretStore::Callback done) { store->move(oldKey, newKey, context, std::move(done)); },
                oldKey, timeoutMs);
}
