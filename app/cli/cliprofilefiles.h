#pragma once

#include "cli/clioptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QFile;

// `wsscope-cli --import FILE` and `wsscope-cli --export NAME… --out FILE [--include-secrets]`:
// profiles in and out of the profiles folder (--profiles-dir) without the desktop app, through
// the same core as its "Import Profiles…" and "Export Profiles…" (ProfileImport, ProfileBundle).
//
// --import prints the name of each profile it created, one per line (an imported profile never
// replaces a saved one: a clash becomes "Name (2)"), and on stderr what it could not carry over;
// exit 0. A file it cannot read, or that is no bundle, HAR or Insomnia export, exits 2 with the
// reason. --export writes the named profiles into one bundle (secrets left out unless
// --include-secrets); an unknown name exits 2 naming it, a file that cannot be written exits 5.
class CliProfileFiles
{
    Q_DECLARE_TR_FUNCTIONS(CliProfileFiles)

public:
    // Whether CliParser should hand option `name` (without "--") to apply().
    static bool handles(const QString &name);
    static bool apply(const QString &name, const QString &value, CliOptions *options, QString *error);
    // After all options: whether --import or --export was given. Then the positional arguments
    // are more --export names (none are allowed with --import), checked here; false with *error.
    static bool isRequested(const CliOptions &options);
    static bool finish(const QStringList &positional, CliOptions *options, QString *error);

    // Runs the import or export; returns the exit status.
    static int run(const CliOptions &options, QFile *out, QFile *err);

private:
    static int runImport(const CliOptions &options, QFile *out, QFile *err);
    static int runExport(const CliOptions &options, QFile *out, QFile *err);

    CliProfileFiles() = delete;
};
