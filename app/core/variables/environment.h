#pragma once

#include <QHash>
#include <QList>
#include <QString>

// One variable of an environment: `{{name}}` resolves to value (VariableResolver). A secret's
// value is never written to a file: it lives in the OS keychain or, where there is none, in
// memory for the session (EnvironmentStore keeps it out of what it saves).
struct Variable
{
    QString name;
    QString value;
    bool enabled = true; // a disabled variable is kept but does not resolve
    bool secret = false;

    bool operator==(const Variable &o) const
    {
        return name == o.name && value == o.value && enabled == o.enabled && secret == o.secret;
    }
    bool operator!=(const Variable &o) const { return !(*this == o); }
};

// A named set of variables, e.g. "staging" or "production" (or the globals, which apply under
// every environment).
struct Environment
{
    QString name;
    QList<Variable> variables;

    // The enabled variables as a scope for VariableResolver (a later duplicate wins).
    QHash<QString, QString> scope() const;
    const Variable *find(const QString &variableName) const;

    bool operator==(const Environment &o) const { return name == o.name && variables == o.variables; }
    bool operator!=(const Environment &o) const { return !(*this == o); }
};

// What the environments file holds: the globals, the named environments, and which one is active.
struct EnvironmentSet
{
    Environment globals;
    QList<Environment> environments;
    QString active; // empty: none (the globals only)

    const Environment *find(const QString &name) const;
    Environment *find(const QString &name);

    bool operator==(const EnvironmentSet &o) const
    {
        return globals == o.globals && environments == o.environments && active == o.active;
    }
    bool operator!=(const EnvironmentSet &o) const { return !(*this == o); }
};
