#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The saved profiles as wsscope-cli sees them (--profile, --list-profiles): read through
// ProfileStore from the desktop app's folder unless --profiles-dir names another, and every way
// of not finding a profile turned into one specific message (close matches, the available names,
// the files that did not load with their line:column). Files are only read, never written.
class CliProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(CliProfileLoader)

public:
    // `directory` itself, or ProfileStore::defaultDirectory() when it is empty (which depends on
    // the application and organisation names, so call this after setting them).
    static QString resolvedDirectory(const QString &directory);

    // The profile called `name` (exact, case-sensitive like the store), or nothing with one
    // translated message in *error.
    static std::optional<Profile> load(const QString &directory, const QString &name, QString *error);

    // The names of the profiles that load, sorted as the store sorts them; each file that did not
    // load as "<path>:<line>:<column>: <message>" in *problems.
    static QStringList names(const QString &directory, QStringList *problems = nullptr);

    // The names in `names` that look like a mistyped `name` (other case, a typo or two, a prefix),
    // closest first, at most `limit`.
    static QStringList closeMatches(const QString &name, const QStringList &names, int limit = 5);

private:
    CliProfileLoader() = delete;
};
