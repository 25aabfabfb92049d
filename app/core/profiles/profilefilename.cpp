#include "core/profiles/profilefilename.h"

#include <QStringList>

namespace {

constexpr int kMaxBaseNameLength = 60;

} // namespace

QString ProfileFileName::sanitizedBaseName(const QString &name)
{
    QString base;
    bool lastWasDash = false;
    for (const QChar c : name.trimmed()) {
        // Letters and digits of any script are fine on every file system we target; everything
        // else (path separators, Windows' <>:"|?*, spaces, control characters) becomes one '-'.
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
        if (keep) {
            base.append(c);
            lastWasDash = false;
        } else if (!lastWasDash) {
            base.append(QLatin1Char('-'));
            lastWasDash = true;
        }
    }
    // No leading dots (hidden files, "..") and no trailing dots or dashes (Windows drops them).
    while (!base.isEmpty() && (base.front() == QLatin1Char('.') || base.front() == QLatin1Char('-')))
        base.remove(0, 1);
    base.truncate(kMaxBaseNameLength);
    while (!base.isEmpty() && (base.back() == QLatin1Char('.') || base.back() == QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("profile");

    static const QStringList reserved = {QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                                         QStringLiteral("nul")};
    const QString lower = base.section(QLatin1Char('.'), 0, 0).toLower();
    const bool device = reserved.contains(lower)
            || ((lower.startsWith(QLatin1String("com")) || lower.startsWith(QLatin1String("lpt"))) && lower.size() == 4
                && lower.at(3).isDigit());
    if (device)
        base.append(QLatin1Char('_'));
    return base;
}
