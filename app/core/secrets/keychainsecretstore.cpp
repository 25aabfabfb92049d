#include "core/secrets/keychainsecretstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

const QString kProbeKey = QStringLiteral("wsscope/probe");

QString unavailableReason(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return KeychainSecretStore::tr("No keychain service is running (%1).").arg(detail);
    case QKeychain::AccessDenied:
        return KeychainSecretStore::tr("The keychain is locked or refused access (%1).").arg(detail);
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("Access to the keychain was refused (%1).").arg(detail);
    case QKeychain::NotImplemented:
        return KeychainSecretStore::tr("This system's keychain is not supported (%1).").arg(detail);
    default:
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
        return KeychainSecretStore::tr("The keychain cannot be reached on the D-Bus session bus %1: %2")
                .arg(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), detail);
#else
        return KeychainSecretStore::tr("The keychain cannot be reached: %1").arg(detail);
#endif
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(ServiceName), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
    const QString missingBus = missingBusReason();
    if (!missingBus.isEmpty())
        becomeUnavailable(missingBus);
}

QString KeychainSecretStore::missingBusReason()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    // The Secret Service is reached through the D-Bus session bus. Without one, asking would make
    // GLib try to start a bus of its own (dbus-launch), so the answer is given here.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return {};
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus"))))
        return {};
    return tr("There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no keychain service can be reached.");
#else
    return {};
#endif
}

void KeychainSecretStore::becomeUnavailable(const QString &reason)
{
    setAvailability(Availability::Unavailable, reason);
}

void KeychainSecretStore::probe()
{
    const QString missingBus = missingBusReason();
    if (!missingBus.isEmpty()) {
        becomeUnavailable(missingBus);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(kProbeKey);
    run(job, Operation::Read, kProbeKey, [](const SecretResult &) {}, [] {});
}

void KeychainSecretStore::readSecret(const QString &key, const Callback &done)
{
    const auto fallback = [this, key, done] { m_memory.read(key, nullptr, done); };
    // A value kept in memory while the keychain could not be reached is this session's latest.
    if (useMemory() || m_memory.contains(key)) {
        fallback();
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, Operation::Read, key, done, fallback);
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &value, const Callback &done)
{
    const auto fallback = [this, key, value, done] { m_memory.write(key, value, nullptr, done); };
    if (useMemory()) {
        fallback();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    run(job, Operation::Write, key, [this, key, done](const SecretResult &result) {
        if (result.ok)
            m_memory.remove(key, nullptr, {}); // the keychain has the latest now
        done(result);
    }, fallback);
}

void KeychainSecretStore::removeSecret(const QString &key, const Callback &done)
{
    const auto fallback = [this, key, done] { m_memory.remove(key, nullptr, done); };
    if (useMemory()) {
        fallback();
        return;
    }
    // A value kept in memory earlier (before a probe found the keychain again) goes too.
    m_memory.remove(key, nullptr, {});
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, Operation::Remove, key, done, fallback);
}

void KeychainSecretStore::run(QKeychain::Job *job, Operation operation, const QString &key, const Callback &done,
                              const Fallback &fallback)
{
    // Jobs own themselves (autoDelete) and have no parent: a job still waiting for D-Bus when this
    // store goes, or when it timed out, must not be deleted under QtKeychain's pending callback.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QtKeychain's plain-text settings file
    auto answered = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, operation, key, done, fallback, answered] {
        if (*answered)
            return;
        *answered = true;
        const QKeychain::Error error = job->error();
        SecretResult result;
        if (error == QKeychain::NoError) {
            setAvailability(Availability::Available, {});
            result.ok = true;
            if (operation == Operation::Read)
                result.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            result.found = operation != Operation::Write;
            done(result);
            return;
        }
        if (error == QKeychain::EntryNotFound && operation != Operation::Write) {
            setAvailability(Availability::Available, {});
            result.ok = true;
            done(result);
            return;
        }
        if (error == QKeychain::CouldNotDeleteEntry) {
            // The keychain answered; it is there, this one entry is the problem.
            setAvailability(Availability::Available, {});
            result.error = tr("The keychain could not remove the secret \"%1\": %2").arg(key, job->errorString());
            done(result);
            return;
        }
        becomeUnavailable(unavailableReason(error, job->errorString()));
        fallback();
    });
    const int timeoutMs = m_timeoutMs;
    QTimer::singleShot(timeoutMs, this, [this, timeoutMs, fallback, answered] {
        if (*answered)
            return;
        *answered = true;
        becomeUnavailable(tr("The keychain did not answer within %1 seconds.").arg(timeoutMs / 1000.0));
        fallback();
    });
    job->start();
}
