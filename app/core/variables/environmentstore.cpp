#include "core/variables/environmentstore.h"

#include "core/io/safefilewriter.h"
#include "core/variables/environmentserializer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

const QString kFolder = QStringLiteral("environments");
const QString kFileName = QStringLiteral("environments.json");

QString secretKey(const QString &environment, const QString &variable)
{
    return environment + QLatin1Char('\n') + variable;
}

} // namespace

EnvironmentStore::EnvironmentStore(const QString &profilesDirectory, QObject *parent)
    : QObject(parent)
    , m_path(QDir(profilesDirectory).filePath(kFolder + QLatin1Char('/') + kFileName))
{
}

bool EnvironmentStore::load()
{
    m_loadError = {};
    m_loadError.fileName = QFileInfo(m_path).fileName();
    m_readOnly = false;
    QFile file(m_path);
    if (!file.exists()) {
        m_set = {};
        restoreSecrets(&m_set);
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
    restoreSecrets(&m_set);
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
    m_set = set;
    keepSecretsInMemory(set);
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

void EnvironmentStore::keepSecretsInMemory(const EnvironmentSet &set)
{
    m_secretValues.clear();
    for (const Variable &variable : set.globals.variables) {
        if (variable.secret)
            m_secretValues.insert(secretKey({}, variable.name), variable.value);
    }
    for (const Environment &environment : set.environments) {
        for (const Variable &variable : environment.variables) {
            if (variable.secret)
                m_secretValues.insert(secretKey(environment.name, variable.name), variable.value);
        }
    }
}

void EnvironmentStore::restoreSecrets(EnvironmentSet *set) const
{
    const auto restore = [this](const QString &environment, Variable &variable) {
        if (variable.secret && variable.value.isEmpty())
            variable.value = m_secretValues.value(secretKey(environment, variable.name));
    };
    for (Variable &variable : set->globals.variables)
        restore({}, variable);
    for (Environment &environment : set->environments) {
        for (Variable &variable : environment.variables)
            restore(environment.name, variable);
    }
}
