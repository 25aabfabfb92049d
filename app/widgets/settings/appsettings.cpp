#include "widgets/settings/appsettings.h"

#include <QFontDatabase>
#include <QSettings>

namespace {
const QString kLanguage = QStringLiteral("settings/language");
const QString kTheme = QStringLiteral("settings/theme");
const QString kLogCapRows = QStringLiteral("settings/logCapRows");
const QString kLogCapBytes = QStringLiteral("settings/logCapBytes");
const QString kTimeFormat = QStringLiteral("settings/timeFormat");
const QString kPayloadFont = QStringLiteral("settings/payloadFont");
} // namespace

QFont AppSettings::defaultPayloadFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

AppSettings AppSettings::load()
{
    QSettings settings;
    return load(settings);
}

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings s;
    s.language = LanguageManager::fromCode(settings.value(kLanguage).toString());
    s.theme = ThemeManager::fromCode(settings.value(kTheme).toString());
    bool ok = false;
    const qint64 rows = settings.value(kLogCapRows).toLongLong(&ok);
    if (ok)
        s.logCapRows = int(qBound(qint64(MinLogCapRows), rows, qint64(MaxLogCapRows)));
    const qint64 bytes = settings.value(kLogCapBytes).toLongLong(&ok);
    if (ok)
        s.logCapBytes = qBound(MinLogCapBytes, bytes, MaxLogCapBytes);
    s.timeFormat = timeFormatFromCode(settings.value(kTimeFormat).toString());
    QFont font;
    const QString fontText = settings.value(kPayloadFont).toString();
    if (!fontText.isEmpty() && font.fromString(fontText))
        s.payloadFont = font;
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    save(settings);
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(kLanguage, LanguageManager::code(language));
    settings.setValue(kTheme, ThemeManager::code(theme));
    settings.setValue(kLogCapRows, logCapRows);
    settings.setValue(kLogCapBytes, logCapBytes);
    settings.setValue(kTimeFormat, code(timeFormat));
    settings.setValue(kPayloadFont, payloadFont.toString());
}

QString AppSettings::code(TimeFormat format)
{
    switch (format) {
    case TimeFormat::DateAndClock: return QStringLiteral("datetime");
    case TimeFormat::Relative: return QStringLiteral("relative");
    case TimeFormat::Clock: break;
    }
    return QStringLiteral("clock");
}

AppSettings::TimeFormat AppSettings::timeFormatFromCode(const QString &code)
{
    if (code == QLatin1String("datetime"))
        return TimeFormat::DateAndClock;
    if (code == QLatin1String("relative"))
        return TimeFormat::Relative;
    return TimeFormat::Clock;
}

QString AppSettings::displayName(TimeFormat format)
{
    switch (format) {
    case TimeFormat::DateAndClock: return tr("Date and time (2024-05-01 12:00:01.002)");
    case TimeFormat::Relative: return tr("Since the session opened (+3.412 s)");
    case TimeFormat::Clock: break;
    }
    return tr("Time of day (12:00:01.002)");
}
