#include "core/variables/environmentstore.h"

#include "core/io/safefilewriter.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkey.h"
#include "core/variables/environmentserializer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace {

const QString kFolder = QStringLiteral("environments");
const QString kFileName = QStringLiteral("environments.json");

struct SecretVariable
{
    QString environment; // empty: the globals
    QString variable;
    QString value;
};

// Every secret variable of `set` by its SecretKey.
QHash<QString, SecretVariable> secretsOf(const EnvironmentSet &set)
{
    QHash<QString, SecretVariable> secrets;
    const auto add = [&secrets](const QString &environment, const Variable &variable) {
        if (variable.secret)
            secrets.insert(SecretKey::forEnvironmentVariable(environment, variable.name),
                           {environment, variable.name, variable.value});
    };
    for (const Variable &variable : set.globals.variables)
        add({}, variable);
    for (const Environment &environment : set.environments) {
        for (const Variable &variable : environment.variables)
            add(environment.name, variable);
    }
    return secrets;
}

// How a secret is named in a message: "token" (a global) or "staging / token".
QString labelOf(const QString &environment, const QString &variable)
{
    return environment.isEmpty() ? variable : environment + QStringLiteral(" / ") + variable;
}

} // namespace

EnvironmentStore::EnvironmentStore(const QString &profilesDirectory, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_path(QDir(profilesDirectory).filePath(kFolder + QLatin1Char('/') + kFileName))
{
    setSecretStore(secrets);
}

void EnvironmentStore::setSecretStore(SecretStore *secrets)
{
    if (!secrets) {
        if (!m_ownSecrets)
            m_ownSecrets = new MemorySecretStore(this);
        secrets = m_ownSecrets;
    }
    m_secrets = secrets;
}

bool EnvironmentStore::waitForSecrets(int timeoutMs)
{
    if (m_pendingSecrets.isEmpty())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &EnvironmentStore::secretsSettled, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return m_pendingSecrets.isEmpty();
}

bool EnvironmentStore::load()
{
    m_loadError = {};
    m_loadError.fileName = QFileInfo(m_path).fileName();
    m_readOnly = false;
    QFile file(m_path);
    if (!file.exists()) {
        m_set = {};
        emit changed();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError.message = tr("Cannot read the environments: %1").arg(file.errorString());
        m_readOnly = true;
        emit changed();
        return false;
    }
    const std::optional<EnvironmentSet> set = EnvironmentSerializer::fromJson(file.readAll(), &m_loadError);
    if (!set) {
        m_loadError.fileName = QFileInfo(m_path).fileName();
        m_readOnly = true; // never overwrite what could not be read
        emit changed();
        return false;
    }
    m_set = *set;
    m_loading = true;
    requestSecrets();
    m_loading = false;
    emit changed();
    return true;
}

QStringList EnvironmentStore::environmentNames() const
{
    QStringList names;
    for (const Environment &environment : m_set.environments)
        names.append(environment.name);
    return names;
}

bool EnvironmentStore::save(const EnvironmentSet &set, QString *error)
{
    if (m_readOnly) {
        if (error)
            *error = tr("The environments are read-only: %1").arg(m_loadError.toString());
        return false;
    }
    // Checked as it will be read back, so what is saved can always be loaded.
    ProfileLoadError check;
    if (!EnvironmentSerializer::fromJson(EnvironmentSerializer::toJson(set, EnvironmentSerializer::Secrets::Include),
                                         &check)) {
        if (error)
            *error = check.message;
        return false;
    }
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!SafeFileWriter::makeDirectory(folder, error))
        return false;
    if (!SafeFileWriter::writeFile(m_path, EnvironmentSerializer::toJson(set), error))
        return false;
    const EnvironmentSet before = m_set;
    m_set = set;
    storeSecrets(before, set);
    emit changed();
    return true;
}

bool EnvironmentStore::setActive(const QString &name, QString *error)
{
    EnvironmentSet set = m_set;
    set.active = name;
    return save(set, error);
}

bool EnvironmentStore::resolverFor(const QString &environmentName, VariableResolver *resolver, QString *error) const
{
    resolver->addScope(m_set.globals.scope());
    const QString name = environmentName.isEmpty() ? m_set.active : environmentName;
    if (name.isEmpty() || name == QLatin1String(NoEnvironment))
        return true;
    const Environment *environment = m_set.find(name);
    if (!environment) {
        if (error) {
            const QStringList known = environmentNames();
            *error = known.isEmpty() ? tr("There is no environment \"%1\"; none is defined.").arg(name)
                                     : tr("There is no environment \"%1\"; there are: %2.")
                                               .arg(name, known.join(QStringLiteral(", ")));
        }
        return false;
    }
    resolver->addScope(environment->scope());
    return true;
}

void EnvironmentStore::requestSecrets()
{
    const QHash<QString, SecretVariable> secrets = secretsOf(m_set);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!it->value.isEmpty() || m_pendingSecrets.contains(it.key()))
            continue;
        m_pendingSecrets.insert(it.key());
        const QString key = it.key();
        const SecretVariable secret = *it;
        // A memory store answers right here, inside load(), which emits changed() once after.
        m_secrets->read(key, this, [this, key, secret](const SecretResult &result) {
            m_pendingSecrets.remove(key);
            if (!result.ok)
                emit secretFailed(tr("The secret \"%1\" could not be read: %2").arg(labelOf(secret.environment, secret.variable), result.error));
            else if (result.found)
                onSecretRead(secret.environment, secret.variable, result.value);
            if (m_pendingSecrets.isEmpty())
                emit secretsSettled();
        });
    }
}

void EnvironmentStore::onSecretRead(const QString &environmentName, const QString &variableName, const QString &value)
{
    // Only into a variable that is still there, still secret, and still without a value: a save()
    // since the read was asked for may have given it a new one.
    Environment *environment = environmentName.isEmpty() ? &m_set.globals : m_set.find(environmentName);
    if (!environment)
        return;
    for (Variable &variable : environment->variables) {
        if (variable.name == variableName && variable.secret && variable.value.isEmpty()) {
            variable.value = value;
            if (!m_loading)
                emit changed();
            return;
        }
    }
}

void EnvironmentStore::storeSecrets(const EnvironmentSet &before, const EnvironmentSet &after)
{
    const QHash<QString, SecretVariable> old = secretsOf(before);
    const QHash<QString, SecretVariable> now = secretsOf(after);
    const auto report = [this](const QString &label) {
        return [this, label](const SecretResult &result) {
            if (!result.ok)
                emit secretFailed(tr("The secret \"%1\" could not be stored: %2").arg(label, result.error));
        };
    };
    // Gone (removed, renamed, no longer secret): out of the store.
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!now.contains(it.key()))
            m_secrets->remove(it.key(), this, report(labelOf(it->environment, it->variable)));
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const QString previous = old.value(it.key()).value;
        if (it->value == previous)
            continue;
        if (!it->value.isEmpty())
            m_secrets->write(it.key(), it->value, this, report(labelOf(it->environment, it->variable)));
        else if (!m_pendingSecrets.contains(it.key())) // cleared by the user, not merely not read yet
            m_secrets->remove(it.key(), this, report(labelOf(it->environment, it->variable)));
    }
}
