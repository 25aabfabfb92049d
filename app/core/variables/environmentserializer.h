#pragma once

#include "core/profiles/profileloaderror.h"
#include "core/variables/environment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// EnvironmentSet <-> pretty-printed JSON:
//   {"schemaVersion": 1, "active": "staging",
//    "globals": {"variables": [{"name": "host", "value": "127.0.0.1"}]},
//    "environments": [{"name": "staging", "variables": [{"name": "token", "secret": true}]}]}
// A secret variable is written without its value (it lives in the keychain or in memory) unless
// `includeSecrets` is asked for. Reading refuses a newer schemaVersion, names of the wrong form
// (VariableResolver::isValidName), two environments or two variables of one environment with the
// same name, and members of the wrong type, each with its path ("environments[1].variables[0].name").
class EnvironmentSerializer
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentSerializer)

public:
    static constexpr int CurrentSchemaVersion = 1;
    static constexpr int MaxNameLength = 100;

    enum class Secrets { Omit, Include };

    static QByteArray toJson(const EnvironmentSet &set, Secrets secrets = Secrets::Omit);
    static QJsonObject toJsonObject(const EnvironmentSet &set, Secrets secrets = Secrets::Omit);
    // On failure returns nothing and fills *error (line/column for syntax errors); *newerSchema
    // tells a file written by a newer WsScope (to be opened read-only, never overwritten).
    static std::optional<EnvironmentSet> fromJson(const QByteArray &json, ProfileLoadError *error = nullptr,
                                                  bool *newerSchema = nullptr);

    // A list of variables as the environments file and a profile both hold it; reading checks
    // names, duplicates and types, naming `path` ("profile.variables[2]") in *error.
    static QJsonArray variablesToJson(const QList<Variable> &variables, Secrets secrets);
    static bool variablesFromJson(const QJsonValue &value, const QString &path, QList<Variable> *out, QString *error);

    // Empty when `name` may name an environment; else why not (translated).
    static QString checkEnvironmentName(const QString &name);

private:
    EnvironmentSerializer() = delete;
};
