#include "core/io/versionedjson.h"

#include "core/profiles/profileserializer.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

std::optional<QJsonObject> VersionedJson::read(const QByteArray &json, int currentVersion, const Texts &texts,
                                               ProfileLoadError *error, bool *newerSchema)
{
    ProfileLoadError ignored;
    ProfileLoadError &e = error ? *error : ignored;
    if (newerSchema)
        *newerSchema = false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ProfileSerializer::lineColumnAt(json, parseError.offset, &e.line, &e.column);
        e.message = tr("Not valid JSON: %1.").arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        e.message = texts.notAnObject;
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const QJsonValue version = object.value(QStringLiteral("schemaVersion"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1) {
        e.message = tr("schemaVersion must be a whole number from 1.");
        return std::nullopt;
    }
    if (version.toInt() > currentVersion) {
        if (newerSchema)
            *newerSchema = true;
        e.message = texts.newer(version.toInt(), currentVersion);
        return std::nullopt;
    }
    return object;
}
