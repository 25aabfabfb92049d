#include "core/variables/environment.h"

QHash<QString, QString> Environment::scope() const
{
    QHash<QString, QString> variablesByName;
    for (const Variable &variable : variables) {
        if (variable.enabled)
            variablesByName.insert(variable.name, variable.value);
    }
    return variablesByName;
}

const Variable *Environment::find(const QString &variableName) const
{
    for (const Variable &variable : variables) {
        if (variable.name == variableName)
            return &variable;
    }
    return nullptr;
}

const Environment *EnvironmentSet::find(const QString &name) const
{
    for (const Environment &environment : environments) {
        if (environment.name == name)
            return &environment;
    }
    return nullptr;
}

Environment *EnvironmentSet::find(const QString &name)
{
    for (Environment &environment : environments) {
        if (environment.name == name)
            return &environment;
    }
    return nullptr;
}
