#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/profileloaderror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// Profile <-> pretty-printed JSON. The document carries "schemaVersion"; a reader refuses a
// version newer than it knows (it would silently drop what it does not understand) and migrates
// older ones step by step. Schema 2 adds secrets: a header carries "secret": true and no value,
// the proxy is written without its password (connection.proxyPasswordSecret), a secret variable
// without its value, all unless the profile's "secretsInFile" (docs/ARCHITECTURE.md, "Secrets").
// A schema 1 file reads with nothing secret; suggestedSecrets() names what to offer marking.
// Missing members take their defaults so hand-written files can stay short; members of the
// wrong type are refused with their path ("connection.tls.verifyPeer must be true or false").
class ProfileSerializer
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSerializer)

public:
    static constexpr int CurrentSchemaVersion = 2;

    static QByteArray toJson(const Profile &profile);
    static QJsonObject toJsonObject(const Profile &profile);
    // On failure returns nothing and fills *error (line/column set for syntax errors;
    // fileName is left for the caller).
    // *schemaVersion: the version the file was written with (before migration).
    static std::optional<Profile> fromJson(const QByteArray &json, ProfileLoadError *error = nullptr,
                                           int *schemaVersion = nullptr);
    static std::optional<Profile> fromJsonObject(const QJsonObject &object, QString *error = nullptr);

    // The names of headers that are not marked secret but look like credentials (Authorization,
    // Cookie, *-Token, *-Key: CommandLine::isSecretHeader) and have a value: what the editor
    // offers to mark after a schema 1 file was read.
    static QStringList suggestedSecrets(const Profile &profile);

    static QString modeName(SavedMessage::Mode mode);                 // "text", "json", "hex", "base64"
    static std::optional<SavedMessage::Mode> modeFromName(const QString &name);

    // Byte offset into UTF-8 text -> 1-based line and column (column counts characters, not bytes).
    static void lineColumnAt(const QByteArray &utf8, qsizetype offset, int *line, int *column);

private:
    // Which scenario (and step, -1: the scenario itself) a load error is about; -1: none.
    struct ScenarioPlace
    {
        qsizetype scenario = -1;
        qsizetype step = -1;
    };
    static std::optional<Profile> read(const QJsonObject &object, QString *error, ScenarioPlace *place,
                                       int *schemaVersion);
    static bool readScenarios(const QJsonObject &object, Profile *profile, QString *error, ScenarioPlace *place);

    ProfileSerializer() = delete;
};
