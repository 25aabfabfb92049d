#include "core/import/profileimport.h"

#include "core/export/harimporter.h"
#include "core/export/jsonlimporter.h"
#include "core/import/harprofileimporter.h"
#include "core/import/insomniaimporter.h"
#include "core/import/profilebundle.h"
#include "core/profiles/profileserializer.h"
#include "core/profiles/profilestore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

using Format = ProfileImportResult::Format;

// ProfileValidator's limit on a name, less room for " (999)".
constexpr int MaxBaseNameLength = 112;

} // namespace

ProfileImportResult ProfileImport::read(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return ProfileImportResult::failure(Format::Unknown, tr("“%1” is a folder, not a file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return ProfileImportResult::failure(Format::Unknown, tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return ProfileImportResult::failure(Format::Unknown, tr("“%1” is %2 MB; files larger than %3 MB are not imported.")
                                                                     .arg(path)
                                                                     .arg(file.size() / (1024 * 1024))
                                                                     .arg(MaxFileSize / (1024 * 1024)));
    return parse(file.readAll());
}

ProfileImportResult ProfileImport::parse(const QByteArray &data)
{
    if (data.trimmed().isEmpty())
        return ProfileImportResult::failure(Format::Unknown, tr("The file is empty."));
    if (data.trimmed().startsWith("type: collection.insomnia.rest/5"))
        return ProfileImportResult::failure(Format::Insomnia,
                                            tr("This is an Insomnia v5 (YAML) collection; WsScope reads Insomnia's v4 JSON "
                                               "export (Export Data → Insomnia v4 (JSON))."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ProfileImportResult result;
        JsonlImporter::position(data, parseError.offset, &result.errorLine, &result.errorColumn);
        result.error = tr("The file is not valid JSON: line %1, column %2: %3")
                               .arg(result.errorLine)
                               .arg(result.errorColumn)
                               .arg(parseError.errorString());
        return result;
    }
    if (!document.isObject())
        return ProfileImportResult::failure(Format::Unknown,
                                            tr("The file holds a JSON %1, not an object: it is no profile bundle, HAR or "
                                               "Insomnia export.")
                                                    .arg(document.isArray() ? tr("list") : tr("value")));
    const QJsonObject root = document.object();
    if (ProfileBundle::claimsToBeBundle(root))
        return ProfileBundle::fromJsonObject(root);
    if (HarImporter::isHar(root))
        return HarProfileImporter::fromJsonObject(root);
    if (InsomniaImporter::claimsToBeInsomnia(root))
        return InsomniaImporter::fromJsonObject(root);
    if (root.contains(QStringLiteral("schemaVersion"))
        && (root.contains(QStringLiteral("connection")) || root.contains(QStringLiteral("name")))) {
        // One profile file as ProfileStore writes it: a bundle of one.
        ProfileLoadError error;
        const std::optional<Profile> profile = ProfileSerializer::fromJson(data, &error);
        if (!profile) {
            ProfileImportResult result = ProfileImportResult::failure(Format::Bundle, tr("This WsScope profile file does not load: %1")
                                                                                              .arg(error.message));
            result.errorLine = error.line;
            result.errorColumn = error.column;
            return result;
        }
        ProfileImportResult result;
        result.ok = true;
        result.format = Format::Bundle;
        result.profiles.append(ImportedProfile{*profile, {}});
        return result;
    }
    const QJsonObject info = root.value(QStringLiteral("info")).toObject();
    if (info.value(QStringLiteral("schema")).toString().contains(QLatin1String("getpostman.com"))
        || info.contains(QStringLiteral("_postman_id")))
        return ProfileImportResult::failure(Format::Unknown, tr("This is a Postman collection, which WsScope does not import; "
                                                                "export the requests as a HAR or from Insomnia instead."));
    return ProfileImportResult::failure(Format::Unknown,
                                        tr("The JSON object has none of the members that mark a WsScope profile bundle "
                                           "(“format”), a HAR (“log”) or an Insomnia export (“_type”: “export”)."));
}

QString ProfileImport::formatName(ProfileImportResult::Format format)
{
    switch (format) {
    case Format::Bundle: return tr("WsScope profiles");
    case Format::Har: return tr("HAR");
    case Format::Insomnia: return tr("Insomnia export");
    case Format::Unknown: break;
    }
    return tr("unknown format");
}

QUrl ProfileImport::webSocketUrl(const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    else if (scheme == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    else if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return {};
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

QString ProfileImport::nameForUrl(const QUrl &url)
{
    QString name = url.host();
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/"))
        name += path;
    return name;
}

QString ProfileImport::usableName(const QString &name, const QUrl &url)
{
    QString cleaned;
    for (const QChar c : name) {
        if (c.category() != QChar::Other_Control)
            cleaned.append(c);
    }
    cleaned = cleaned.simplified().left(MaxBaseNameLength).trimmed();
    if (cleaned.isEmpty())
        cleaned = nameForUrl(url).left(MaxBaseNameLength).trimmed();
    return cleaned.isEmpty() ? tr("Imported profile") : cleaned;
}

QString ProfileImport::freeName(const QString &base, const QStringList &taken)
{
    const QString trimmed = base.trimmed();
    QString candidate = trimmed;
    for (int i = 2; taken.contains(candidate, Qt::CaseInsensitive); ++i)
        candidate = QStringLiteral("%1 (%2)").arg(trimmed).arg(i);
    return candidate;
}

void ProfileImport::assignFreeNames(QList<ImportedProfile> *profiles, const QStringList &taken)
{
    QStringList used = taken;
    for (ImportedProfile &imported : *profiles) {
        imported.profile.name = freeName(usableName(imported.profile.name, imported.profile.connection.parsedUrl()), used);
        used.append(imported.profile.name);
    }
}

bool ProfileImport::importInto(ProfileStore *store, const QList<ImportedProfile> &profiles, QStringList *created,
                               QString *error)
{
    QList<ImportedProfile> named = profiles;
    assignFreeNames(&named, store->names());
    for (const ImportedProfile &imported : std::as_const(named)) {
        QString why;
        if (!store->save(imported.profile, &why)) {
            if (error)
                *error = tr("Profile “%1” was not saved: %2").arg(imported.profile.name, why);
            return false;
        }
        if (created)
            created->append(imported.profile.name);
    }
    return true;
}
