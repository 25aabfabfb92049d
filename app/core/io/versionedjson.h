#pragma once

#include "core/profiles/profileloaderror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

// The head of every versioned JSON file a store keeps (environments, the message library): one
// object whose "schemaVersion" is a whole number from 1 and not newer than this build reads.
// Fills `error` (line:column for a syntax error) and *newerSchema (open read-only, never
// overwrite) on failure; the caller's own words say what the file is.
class VersionedJson
{
    Q_DECLARE_TR_FUNCTIONS(VersionedJson)

public:
    struct Texts
    {
        QString notAnObject;                                 // "The environments file must hold one JSON object."
        std::function<QString(int found, int current)> newer; // the read-only message for a newer schema
    };

    static std::optional<QJsonObject> read(const QByteArray &json, int currentVersion, const Texts &texts,
                                           ProfileLoadError *error, bool *newerSchema);

private:
    VersionedJson() = delete;
};
