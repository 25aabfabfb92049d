#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/profileloaderror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// Profile <-> pretty-printed JSON. The document carries "schemaVersion"; a reader refuses a
// version newer than it knows (it would silently drop what it does not understand) and will
// migrate older ones step by step when a version 2 exists (variables, secret references).
// Missing members take their defaults so hand-written files can stay short; members of the
// wrong type are refused with their path ("connection.tls.verifyPeer must be true or false").
class ProfileSerializer
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSerializer)

public:
    static constexpr int CurrentSchemaVersion = 1;

    static QByteArray toJson(const Profile &profile);
    static QJsonObject toJsonObject(const Profile &profile);
    // On failure returns nothing and fills *error (line/column set for syntax errors;
    // fileName is left for the caller).
    static std::optional<Profile> fromJson(const QByteArray &json, ProfileLoadError *error = nullptr);
    static std::optional<Profile> fromJsonObject(const QJsonObject &object, QString *error = nullptr);

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
    static std::optional<Profile> read(const QJsonObject &object, QString *error, ScenarioPlace *place);
    static bool readScenarios(const QJsonObject &object, Profile *profile, QString *error, ScenarioPlace *place);

    ProfileSerializer() = delete;
};
