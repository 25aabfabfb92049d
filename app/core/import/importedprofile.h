#pragma once

#include "core/profiles/profile.h"

#include <QList>
#include <QString>
#include <QStringList>

// What one importer (ProfileBundle, HarProfileImporter, InsomniaImporter) made of a file: the
// profiles it would create, each with the things of the source it could not carry over (one
// translated sentence each), or why the file gave nothing at all. A plain value: ProfileImport
// returns it, the preview dialog and `wsscope-cli --import` show it, ProfileImport::importInto
// saves it.
struct ImportedProfile
{
    Profile profile;
    QStringList notMapped;
};

struct ProfileImportResult
{
    enum class Format { Unknown, Bundle, Har, Insomnia };

    bool ok = false;
    Format format = Format::Unknown;
    QList<ImportedProfile> profiles;
    QStringList skipped; // parts of the file that gave no profile, each with the reason (translated)
    QString error;       // translated and specific; empty when ok
    int errorLine = 0;   // 1-based, for JSON syntax errors; 0 otherwise
    int errorColumn = 0;

    // The result of a file that gave nothing, with the reason.
    static ProfileImportResult failure(Format format, const QString &error)
    {
        ProfileImportResult result;
        result.format = format;
        result.error = error;
        return result;
    }
};
