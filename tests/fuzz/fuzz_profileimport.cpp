// ProfileImport::parse, what "Import Profiles…" and `wsscope-cli --import` do with a file of the
// user's choosing (a bundle, a HAR, an Insomnia export, or anything else). Invariants: a failure
// says why and gives no profiles; a success gives at least one profile, and its free names
// (ProfileImport::assignFreeNames) are non-empty and distinct without case.

#include "fuzzsupport.h"

#include "core/import/profileimport.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ProfileImportResult result = ProfileImport::parse(bytes);
    FUZZ_CHECK(result.ok == result.error.isEmpty());
    if (!result.ok) {
        FUZZ_CHECK(result.profiles.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!result.profiles.isEmpty());
    QList<ImportedProfile> named = result.profiles;
    ProfileImport::assignFreeNames(&named, {QStringLiteral("taken")});
    QSet<QString> seen;
    for (const ImportedProfile &imported : std::as_const(named)) {
        const QString key = imported.profile.name.toCaseFolded();
        FUZZ_CHECK(!key.isEmpty() && !seen.contains(key) && key != QLatin1String("taken"));
        seen.insert(key);
    }
    return 0;
}
