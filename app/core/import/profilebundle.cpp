#include "core/import/profilebundle.h"

#include "core/export/commandline.h"
#include "core/io/safefilewriter.h"
#include "core/profiles/profileserializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace {

const QString kFormat = QStringLiteral("format");
const QString kSchemaVersion = QStringLiteral("schemaVersion");
const QString kProfiles = QStringLiteral("profiles");
const QString kIncludesSecrets = QStringLiteral("includesSecrets");
const QString kSecretsOmitted = QStringLiteral("secretsOmitted");

void addOnce(QStringList *list, const QString &name)
{
    if (!list->contains(name, Qt::CaseInsensitive))
        list->append(name);
}

// A value that is nothing but `{{references}}` and an auth scheme word holds no secret itself:
// the secret lives in an environment. (The reference syntax is VariableResolver's.)
bool holdsOnlyReferences(const QString &value)
{
    static const QRegularExpression reference(QStringLiteral("\\{\\{\\s*\\$?[A-Za-z_][A-Za-z0-9_.-]*\\s*\\}\\}"));
    static const QRegularExpression schemeWord(QStringLiteral("^(Bearer|Basic|Token|Digest|Bot)?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (!reference.match(value).hasMatch())
        return false;
    QString rest = value;
    rest.remove(reference);
    return schemeWord.match(rest.trimmed()).hasMatch();
}

// "scheme://user:password@host…" without ":password"; `text` unchanged when it has none.
QString withoutPassword(const QString &text, bool *removed)
{
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return text;
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < text.size() && !QStringLiteral("/?#").contains(text.at(authorityEnd)))
        ++authorityEnd;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (at < authorityStart)
        return text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), authorityStart);
    if (colon < 0 || colon > at)
        return text;
    const QString password = text.mid(colon + 1, at - colon - 1);
    if (password.isEmpty() || holdsOnlyReferences(password))
        return text;
    *removed = true;
    return text.left(colon) + text.mid(at);
}

std::optional<double> wholeNumber(const QJsonValue &value)
{
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d != std::floor(d) || d < 1)
        return std::nullopt;
    return d;
}

} // namespace

Profile ProfileBundle::withoutSecrets(const Profile &profile, QStringList *removed)
{
    Profile out = profile;
    for (HeaderEntry &header : out.connection.headers) {
        if (!CommandLine::isSecretHeader(header.name) || header.value.isEmpty() || holdsOnlyReferences(header.value))
            continue;
        header.value.clear();
        addOnce(removed, header.name);
    }
    bool proxyPassword = false;
    out.connection.proxy = withoutPassword(out.connection.proxy, &proxyPassword);
    if (proxyPassword)
        addOnce(removed, QLatin1String(ProxyPassword));
    bool urlPassword = false;
    out.connection.url = withoutPassword(out.connection.url, &urlPassword);
    if (urlPassword)
        addOnce(removed, QLatin1String(UrlPassword));
    return out;
}

ProfileBundle::Export ProfileBundle::toJson(const QList<Profile> &profiles, Secrets secrets)
{
    Export result;
    QJsonArray list;
    for (const Profile &profile : profiles) {
        if (secrets == Secrets::Omit) {
            list.append(ProfileSerializer::toJsonObject(withoutSecrets(profile, &result.secretsOmitted)));
            continue;
        }
        // The values the profile's own file leaves to the keychain go into the bundle; the
        // opt-in that let them is not carried over (an imported profile keeps them in the keychain).
        Profile withValues = profile;
        withValues.secretsInFile = true;
        QJsonObject object = ProfileSerializer::toJsonObject(withValues);
        if (!profile.secretsInFile)
            object.remove(QStringLiteral("secretsInFile"));
        list.append(object);
    }
    QJsonObject root;
    root.insert(kFormat, QLatin1String(FormatName));
    root.insert(kSchemaVersion, CurrentSchemaVersion);
    root.insert(kIncludesSecrets, secrets == Secrets::Include);
    if (secrets == Secrets::Omit)
        root.insert(kSecretsOmitted, QJsonArray::fromStringList(result.secretsOmitted));
    root.insert(kProfiles, list);
    result.json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return result;
}

bool ProfileBundle::write(const QString &path, const QList<Profile> &profiles, Secrets secrets, QString *error,
                          QStringList *secretsOmitted)
{
    const Export bundle = toJson(profiles, secrets);
    if (secretsOmitted)
        *secretsOmitted = bundle.secretsOmitted;
    return SafeFileWriter::writeFile(path, bundle.json, error);
}

bool ProfileBundle::claimsToBeBundle(const QJsonObject &root)
{
    return root.contains(kFormat);
}

ProfileImportResult ProfileBundle::fromJsonObject(const QJsonObject &root)
{
    using Format = ProfileImportResult::Format;
    const QJsonValue format = root.value(kFormat);
    if (format.toString() != QLatin1String(FormatName))
        return ProfileImportResult::failure(
                Format::Unknown,
                tr("“format” is %1, not “%2”: this is not a WsScope profile bundle.")
                        .arg(format.isString() ? tr("“%1”").arg(format.toString()) : tr("not a string"),
                             QLatin1String(FormatName)));
    const QJsonValue versionValue = root.value(kSchemaVersion);
    if (versionValue.isUndefined())
        return ProfileImportResult::failure(Format::Bundle, tr("“schemaVersion” is missing; a profile bundle has “schemaVersion”: %1.")
                                                                   .arg(CurrentSchemaVersion));
    const std::optional<double> version = wholeNumber(versionValue);
    if (!version)
        return ProfileImportResult::failure(Format::Bundle, tr("“schemaVersion” must be a whole number of at least 1."));
    if (*version > CurrentSchemaVersion)
        return ProfileImportResult::failure(
                Format::Bundle, tr("The bundle was written by a newer WsScope (schema version %1; this version reads up to %2).")
                                        .arg(QString::number(*version, 'f', 0))
                                        .arg(CurrentSchemaVersion));
    const QJsonValue list = root.value(kProfiles);
    if (!list.isArray())
        return ProfileImportResult::failure(Format::Bundle, tr("“profiles” is missing or not a list."));
    if (list.toArray().isEmpty())
        return ProfileImportResult::failure(Format::Bundle, tr("The bundle holds no profiles (“profiles” is empty)."));
    const bool includesSecrets = root.value(kIncludesSecrets).toBool(false);
    QStringList omitted;
    for (const QJsonValue item : root.value(kSecretsOmitted).toArray())
        omitted.append(item.toString());

    ProfileImportResult result;
    result.format = Format::Bundle;
    int number = 0;
    for (const QJsonValue item : list.toArray()) {
        ++number;
        if (!item.isObject())
            return ProfileImportResult::failure(Format::Bundle, tr("Profile %1 of the bundle is not a JSON object.").arg(number));
        QString why;
        const std::optional<Profile> profile = ProfileSerializer::fromJsonObject(item.toObject(), &why);
        if (!profile) {
            const QString name = item.toObject().value(QStringLiteral("name")).toString();
            return ProfileImportResult::failure(Format::Bundle, name.isEmpty() ? tr("Profile %1 of the bundle: %2").arg(number).arg(why)
                                                                               : tr("Profile %1 (“%2”) of the bundle: %3")
                                                                                         .arg(number)
                                                                                         .arg(name, why));
        }
        ImportedProfile imported{*profile, {}};
        if (!includesSecrets) {
            for (const HeaderEntry &header : profile->connection.headers) {
                if (header.value.isEmpty() && omitted.contains(header.name, Qt::CaseInsensitive))
                    imported.notMapped.append(tr("The value of the header “%1” was left out of the export (a secret); "
                                                 "fill it in before connecting.")
                                                      .arg(header.name));
            }
            const QUrl proxy = profile->connection.parsedProxy();
            if (omitted.contains(QLatin1String(ProxyPassword)) && !proxy.userName().isEmpty() && proxy.password().isEmpty())
                imported.notMapped.append(tr("The proxy password was left out of the export (a secret)."));
            const QUrl url = profile->connection.parsedUrl();
            if (omitted.contains(QLatin1String(UrlPassword)) && !url.userName().isEmpty() && url.password().isEmpty())
                imported.notMapped.append(tr("The password of the URL was left out of the export (a secret)."));
        }
        result.profiles.append(imported);
    }
    result.ok = true;
    return result;
}
