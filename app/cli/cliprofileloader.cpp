#include "cli/cliprofileloader.h"

#include "core/secrets/keychainsecretstore.h"

#include "core/profiles/profilestore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace {

// How many names an "unknown profile" message lists before it points to --list-profiles.
constexpr int MaxListedNames = 20;

// Edit distance for "did you mean": insertions, deletions, substitutions and swaps of two
// neighbouring characters ("Lcoal" for "Local") each count one (optimal string alignment).
int editDistance(const QString &a, const QString &b)
{
    const qsizetype columns = b.size() + 1;
    QList<int> d((a.size() + 1) * columns);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return d[i * columns + j]; };
    for (qsizetype i = 0; i <= a.size(); ++i)
        at(i, 0) = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        at(0, j) = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(a.size(), b.size());
}

QString quoted(const QStringList &names)
{
    QStringList list;
    for (const QString &n : names)
        list << QLatin1Char('"') + n + QLatin1Char('"');
    return list.join(QStringLiteral(", "));
}

QString problemText(const QString &directory, const ProfileLoadError &error)
{
    // ProfileLoadError::toString() starts with the file name, so this reads "<path>:<line>:<column>: …".
    return QDir::toNativeSeparators(directory + QLatin1Char('/') + error.toString());
}

} // namespace

QString CliProfileLoader::resolvedDirectory(const QString &directory)
{
    return directory.isEmpty() ? ProfileStore::defaultDirectory() : directory;
}

std::optional<Profile> CliProfileLoader::load(const QString &directory, const QString &name, QString *error)
{
    // Secret values (headers, proxy password, variables) are in the OS keychain, as the app
    // saved them; without one they are missing and a reference to them fails by name.
    KeychainSecretStore secrets;
    ProfileStore store(resolvedDirectory(directory));
    store.setSecretStore(&secrets);
    store.load();
    if (std::optional<Profile> profile = store.profile(name))
        return profile;
    if (!error)
        return std::nullopt;

    const QString shownDirectory = QDir::toNativeSeparators(store.directory());
    if (!QFileInfo(store.directory()).isDir()) {
        *error = tr("There is no profile named \"%1\": the profiles folder %2 does not exist (see --profiles-dir).")
                         .arg(name, shownDirectory);
        return std::nullopt;
    }

    // The file the store would have written for this name: when that one is broken, it is
    // almost certainly the profile that was meant (the name itself lives inside the JSON).
    // ProfileStore names it "<base>.json", or "<base>-<n>.json" when that was taken.
    const QRegularExpression expectedFile(
            QRegularExpression::anchoredPattern(QRegularExpression::escape(ProfileStore::sanitizedBaseName(name))
                                                + QStringLiteral("(-[0-9]+)?\\.json")),
            QRegularExpression::CaseInsensitiveOption);
    const QList<ProfileLoadError> errors = store.errors();
    for (const ProfileLoadError &e : errors) {
        if (expectedFile.match(e.fileName).hasMatch()) {
            *error = tr("The profile file of \"%1\" does not load; repair it or save the profile again:\n  %2")
                             .arg(name, problemText(store.directory(), e));
            return std::nullopt;
        }
    }

    const QStringList available = store.names();
    QString text = tr("There is no profile named \"%1\" in %2.").arg(name, shownDirectory);
    const QStringList matches = closeMatches(name, available);
    if (!matches.isEmpty()) {
        text += QLatin1Char(' ') + tr("Did you mean %1?").arg(quoted(matches));
    } else if (available.isEmpty()) {
        text += QLatin1Char(' ') + tr("No profile is saved there.");
    } else if (available.size() <= MaxListedNames) {
        text += QLatin1Char(' ') + tr("Saved profiles: %1.").arg(quoted(available));
    } else {
        text += QLatin1Char(' ')
                + tr("Saved profiles: %1 and %n more (see --list-profiles).", nullptr, int(available.size() - MaxListedNames))
                          .arg(quoted(available.mid(0, MaxListedNames)));
    }
    if (!errors.isEmpty()) {
        text += QLatin1Char('\n') + tr("These profile files did not load; one of them may hold it:");
        for (const ProfileLoadError &e : errors)
            text += QStringLiteral("\n  ") + problemText(store.directory(), e);
    }
    *error = text;
    return std::nullopt;
}

QStringList CliProfileLoader::names(const QString &directory, QStringList *problems)
{
    ProfileStore store(resolvedDirectory(directory));
    store.load();
    if (problems) {
        problems->clear();
        const QList<ProfileLoadError> errors = store.errors();
        for (const ProfileLoadError &e : errors)
            problems->append(problemText(store.directory(), e));
    }
    return store.names();
}

QStringList CliProfileLoader::closeMatches(const QString &name, const QStringList &names, int limit)
{
    const QString wanted = name.trimmed().toCaseFolded();
    if (wanted.isEmpty())
        return {};
    // A typo or two in short names, about one in three characters in long ones.
    const int maxDistance = std::max(2, int(wanted.size() / 3));
    QList<std::pair<int, QString>> scored;
    for (const QString &candidate : names) {
        const QString folded = candidate.toCaseFolded();
        int score = editDistance(wanted, folded);
        if (score > maxDistance) {
            // "chat" for "Staging chat": a part of the name counts as close, after real typos.
            if (wanted.size() < 3 || !folded.contains(wanted))
                continue;
            score = maxDistance + 1;
        }
        scored.append({score, candidate});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const std::pair<int, QString> &a, const std::pair<int, QString> &b) { return a.first < b.first; });
    QStringList result;
    for (const auto &entry : std::as_const(scored)) {
        if (result.size() >= limit)
            break;
        result << entry.second;
    }
    return result;
}
