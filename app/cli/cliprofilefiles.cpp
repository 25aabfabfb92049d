#include "cli/cliprofilefiles.h"

#include "core/profiles/profilesecrets.h"
#include "core/secrets/keychainsecretstore.h"

#include "cli/cliprofileloader.h"
#include "cli/clirunner.h"
#include "core/import/profilebundle.h"
#include "core/import/profileimport.h"
#include "core/profiles/profilestore.h"

#include <QDir>
#include <QFile>

namespace {

bool fail(QString *error, const QString &text)
{
    *error = text;
    return false;
}

void writeLine(QFile *file, const QString &text)
{
    file->write((text + QLatin1Char('\n')).toUtf8());
    file->flush();
}

} // namespace

bool CliProfileFiles::handles(const QString &name)
{
    return name == QLatin1String("import") || name == QLatin1String("export") || name == QLatin1String("out")
            || name == QLatin1String("include-secrets");
}

bool CliProfileFiles::apply(const QString &name, const QString &value, CliOptions *options, QString *error)
{
    if (name == QLatin1String("import")) {
        if (value.isEmpty())
            return fail(error, tr("--import needs a file: a profile bundle, a HAR or an Insomnia export."));
        options->importFile = value;
    } else if (name == QLatin1String("export")) {
        if (value.trimmed().isEmpty())
            return fail(error, tr("--export needs the name of a saved profile (see --list-profiles)."));
        options->exportNames.append(value);
    } else if (name == QLatin1String("out")) {
        if (value.isEmpty())
            return fail(error, tr("--out needs a file name."));
        options->exportFile = value;
    } else if (name == QLatin1String("include-secrets")) {
        options->includeSecrets = true;
    }
    return true;
}

bool CliProfileFiles::isRequested(const CliOptions &options)
{
    // --include-secrets alone belongs to a connection run: its --har and --record files keep them.
    return !options.importFile.isEmpty() || !options.exportNames.isEmpty() || !options.exportFile.isEmpty();
}

bool CliProfileFiles::finish(const QStringList &positional, CliOptions *options, QString *error)
{
    const bool importing = !options->importFile.isEmpty();
    const bool exporting = !options->exportNames.isEmpty();
    if (importing && exporting) {
        *error = tr("--import and --export cannot be combined: run wsscope-cli once for each.");
        return false;
    }
    if (importing) {
        if (!positional.isEmpty() || !options->exportFile.isEmpty() || options->includeSecrets) {
            *error = positional.isEmpty() ? tr("--out and --include-secrets belong to --export, not to --import.")
                                          : tr("--import takes one file; unexpected \"%1\".").arg(positional.first());
            return false;
        }
        return true;
    }
    if (!exporting) {
        *error = tr("--out needs --export NAME.");
        return false;
    }
    for (const QString &name : positional)
        options->exportNames.append(name);
    if (options->exportFile.isEmpty()) {
        *error = tr("--export needs --out FILE: the file to write the profiles into.");
        return false;
    }
    return true;
}

int CliProfileFiles::run(const CliOptions &options, QFile *out, QFile *err)
{
    return options.importFile.isEmpty() ? runExport(options, out, err) : runImport(options, out, err);
}

int CliProfileFiles::runImport(const CliOptions &options, QFile *out, QFile *err)
{
    const ProfileImportResult result = ProfileImport::read(options.importFile);
    if (!result.ok) {
        writeLine(err, tr("wsscope-cli: cannot import \"%1\": %2").arg(options.importFile, result.error));
        return CliRunner::ExitUsage;
    }
    // Imported secrets go where the app keeps them (the keychain), never into the files.
    KeychainSecretStore secrets;
    ProfileStore store(CliProfileLoader::resolvedDirectory(options.profilesDir));
    store.setSecretStore(&secrets);
    store.load();
    for (const ProfileLoadError &problem : store.errors())
        writeLine(err, tr("wsscope-cli: warning: profile file not loaded: %1").arg(problem.toString()));
    for (const QString &line : result.skipped)
        writeLine(err, tr("wsscope-cli: skipped: %1").arg(line));

    QList<ImportedProfile> profiles = result.profiles;
    ProfileImport::assignFreeNames(&profiles, store.names());
    for (const ImportedProfile &imported : std::as_const(profiles)) {
        for (const QString &line : imported.notMapped)
            writeLine(err, tr("wsscope-cli: %1: not imported: %2").arg(imported.profile.name, line));
    }
    QStringList created;
    QString error;
    const bool saved = ProfileImport::importInto(&store, profiles, &created, &error);
    for (const QString &name : std::as_const(created))
        writeLine(out, name);
    // Secret values that found no keychain lived in this process only: say so, never silently.
    QStringList lost;
    for (const ImportedProfile &imported : std::as_const(profiles)) {
        if (!imported.profile.secretsInFile && !ProfileSecrets::valuesOf(imported.profile).isEmpty())
            lost << imported.profile.name;
    }
    if (!lost.isEmpty() && store.secretsAvailability() != SecretStore::Availability::Available)
        writeLine(err, tr("wsscope-cli: warning: no keychain (%1): the secret values of %2 were not kept; "
                          "import the file in the desktop app, or enter them again.")
                               .arg(store.secretsAvailabilityReason(), lost.join(QStringLiteral(", "))));
    if (!saved) {
        writeLine(err, QStringLiteral("wsscope-cli: ") + error);
        return CliRunner::ExitExport;
    }
    return CliRunner::ExitOk;
}

int CliProfileFiles::runExport(const CliOptions &options, QFile *out, QFile *err)
{
    Q_UNUSED(out)
    QList<Profile> profiles;
    for (const QString &name : options.exportNames) {
        QString why;
        const std::optional<Profile> profile = CliProfileLoader::load(options.profilesDir, name, &why);
        if (!profile) {
            writeLine(err, QStringLiteral("wsscope-cli: ") + why);
            return CliRunner::ExitUsage;
        }
        profiles.append(*profile);
    }
    QString error;
    QStringList omitted;
    const auto secrets = options.includeSecrets ? ProfileBundle::Secrets::Include : ProfileBundle::Secrets::Omit;
    if (!ProfileBundle::write(options.exportFile, profiles, secrets, &error, &omitted)) {
        writeLine(err, QStringLiteral("wsscope-cli: ") + error);
        return CliRunner::ExitExport;
    }
    if (!omitted.isEmpty())
        writeLine(err, tr("wsscope-cli: left out of the file (secrets; --include-secrets keeps them): %1")
                               .arg(omitted.join(QStringLiteral(", "))));
    if (options.includeSecrets)
        writeLine(err, tr("wsscope-cli: warning: %1 includes secrets (tokens, passwords); keep it private.")
                               .arg(QDir::toNativeSeparators(options.exportFile)));
    return CliRunner::ExitOk;
}
