#include "core/variables/environmentserializer.h"

#include "core/io/versionedjson.h"

#include "core/profiles/profileserializer.h"
#include "core/variables/variableresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace {

const QString kSchemaVersion = QStringLiteral("schemaVersion");
const QString kActive = QStringLiteral("active");
const QString kGlobals = QStringLiteral("globals");
const QString kEnvironments = QStringLiteral("environments");
const QString kVariables = QStringLiteral("variables");
const QString kName = QStringLiteral("name");
const QString kValue = QStringLiteral("value");
const QString kEnabled = QStringLiteral("enabled");
const QString kSecret = QStringLiteral("secret");

QJsonObject environmentObject(const Environment &environment, bool withName, EnvironmentSerializer::Secrets secrets)
{
    QJsonObject object;
    if (withName)
        object.insert(kName, environment.name);
    object.insert(kVariables, EnvironmentSerializer::variablesToJson(environment.variables, secrets));
    return object;
}

// Reads one environment object; `path` names it in messages ("environments[2]").
bool readEnvironment(const QJsonValue &value, const QString &path, bool withName, Environment *out, QString *error)
{
    if (!value.isObject()) {
        *error = EnvironmentSerializer::tr("%1 must be an object.").arg(path);
        return false;
    }
    const QJsonObject object = value.toObject();
    if (withName) {
        const QJsonValue name = object.value(kName);
        if (!name.isString()) {
            *error = EnvironmentSerializer::tr("%1.name must be a text.").arg(path);
            return false;
        }
        const QString problem = EnvironmentSerializer::checkEnvironmentName(name.toString());
        if (!problem.isEmpty()) {
            *error = QStringLiteral("%1.name: %2").arg(path, problem);
            return false;
        }
        out->name = name.toString();
    }
    return EnvironmentSerializer::variablesFromJson(object.value(kVariables), path, &out->variables, error);
}

} // namespace

QJsonArray EnvironmentSerializer::variablesToJson(const QList<Variable> &list, Secrets secrets)
{
    QJsonArray variables;
    for (const Variable &variable : list) {
        QJsonObject object{{kName, variable.name}};
        if (!variable.secret || secrets == Secrets::Include)
            object.insert(kValue, variable.value);
        if (!variable.enabled)
            object.insert(kEnabled, false);
        if (variable.secret)
            object.insert(kSecret, true);
        variables.append(object);
    }
    return variables;
}

bool EnvironmentSerializer::variablesFromJson(const QJsonValue &variables, const QString &path, QList<Variable> *out,
                                              QString *error)
{
    const QString where = path.isEmpty() ? kVariables : path + QLatin1Char('.') + kVariables;
    if (!variables.isUndefined() && !variables.isArray()) {
        *error = EnvironmentSerializer::tr("%1 must be a list.").arg(where);
        return false;
    }
    QSet<QString> seen;
    const QJsonArray list = variables.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (!list.at(i).isObject()) {
            *error = EnvironmentSerializer::tr("%1 must be an object.").arg(at);
            return false;
        }
        const QJsonObject v = list.at(i).toObject();
        Variable variable;
        const QJsonValue name = v.value(kName);
        if (!name.isString() || !VariableResolver::isValidName(name.toString())) {
            *error = EnvironmentSerializer::tr("%1.name must be a variable name (a letter or _, then letters, digits, _, - or .).")
                             .arg(at);
            return false;
        }
        variable.name = name.toString();
        if (seen.contains(variable.name)) {
            *error = EnvironmentSerializer::tr("%1.name: \"%2\" is defined twice in %3.").arg(at, variable.name, path.isEmpty() ? kVariables : path);
            return false;
        }
        seen.insert(variable.name);
        const QJsonValue text = v.value(kValue);
        const QJsonValue enabled = v.value(kEnabled);
        const QJsonValue secret = v.value(kSecret);
        if (!text.isUndefined() && !text.isString()) {
            *error = EnvironmentSerializer::tr("%1.value must be a text.").arg(at);
            return false;
        }
        if ((!enabled.isUndefined() && !enabled.isBool()) || (!secret.isUndefined() && !secret.isBool())) {
            *error = EnvironmentSerializer::tr("%1: enabled and secret must be true or false.").arg(at);
            return false;
        }
        variable.value = text.toString();
        variable.enabled = enabled.toBool(true);
        variable.secret = secret.toBool(false);
        out->append(variable);
    }
    return true;
}

QString EnvironmentSerializer::checkEnvironmentName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("An environment needs a name.");
    if (name != name.trimmed())
        return tr("An environment's name cannot start or end with a space.");
    if (name.size() > MaxNameLength)
        return tr("An environment's name can be at most %n character(s) long.", nullptr, MaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("An environment's name cannot hold control characters.");
    }
    return {};
}

QJsonObject EnvironmentSerializer::toJsonObject(const EnvironmentSet &set, Secrets secrets)
{
    QJsonArray environments;
    for (const Environment &environment : set.environments)
        environments.append(environmentObject(environment, true, secrets));
    QJsonObject object{{kSchemaVersion, CurrentSchemaVersion},
                       {kGlobals, environmentObject(set.globals, false, secrets)},
                       {kEnvironments, environments}};
    if (!set.active.isEmpty())
        object.insert(kActive, set.active);
    return object;
}

QByteArray EnvironmentSerializer::toJson(const EnvironmentSet &set, Secrets secrets)
{
    return QJsonDocument(toJsonObject(set, secrets)).toJson(QJsonDocument::Indented);
}

std::optional<EnvironmentSet> EnvironmentSerializer::fromJson(const QByteArray &json, ProfileLoadError *error,
                                                              bool *newerSchema)
{
    ProfileLoadError ignored;
    ProfileLoadError &e = error ? *error : ignored;
    if (newerSchema)
        *newerSchema = false;
    const std::optional<QJsonObject> read = VersionedJson::read(
            json, CurrentSchemaVersion,
            {tr("The environments file must hold one JSON object."),
             [](int found, int current) {
                 return tr("The environments were saved by a newer WsScope (schema %1; this one reads up to %2). "
                        "They are shown read-only and the file is left as it is.")
                         .arg(found)
                         .arg(current);
             }},
            &e, newerSchema);
    if (!read)
        return std::nullopt;
    const QJsonObject object = *read;
    EnvironmentSet set;
    QString message;
    if (object.contains(kGlobals) && !readEnvironment(object.value(kGlobals), kGlobals, false, &set.globals, &message)) {
        e.message = message;
        return std::nullopt;
    }
    const QJsonValue environments = object.value(kEnvironments);
    if (!environments.isUndefined() && !environments.isArray()) {
        e.message = tr("environments must be a list.");
        return std::nullopt;
    }
    QSet<QString> names;
    const QJsonArray list = environments.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Environment environment;
        const QString path = QStringLiteral("environments[%1]").arg(i);
        if (!readEnvironment(list.at(i), path, true, &environment, &message)) {
            e.message = message;
            return std::nullopt;
        }
        if (names.contains(environment.name.toLower())) {
            e.message = tr("%1.name: an environment named \"%2\" exists already.").arg(path, environment.name);
            return std::nullopt;
        }
        names.insert(environment.name.toLower());
        set.environments.append(environment);
    }
    const QJsonValue active = object.value(kActive);
    if (!active.isUndefined() && !active.isString()) {
        e.message = tr("active must be the name of an environment.");
        return std::nullopt;
    }
    set.active = active.toString();
    if (!set.active.isEmpty() && !set.find(set.active)) {
        e.message = tr("active names \"%1\", but there is no environment of that name.").arg(set.active);
        return std::nullopt;
    }
    return set;
}
