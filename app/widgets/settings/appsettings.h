#pragma once

#include "widgets/languagemanager.h"
#include "widgets/settings/thememanager.h"

#include <QCoreApplication>
#include <QFont>

class QSettings;

// The application-wide preferences the Settings dialog edits, kept in QSettings under
// "settings/…". A value: read it with load(), change it, save() it; MainWindow applies it and
// announces it (MainWindow::appSettingsChanged) to session views for log cap, time format, font.
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    enum class TimeFormat {
        Clock,        // 12:00:01.002 (local time of day, milliseconds)
        DateAndClock, // 2024-05-01 12:00:01.002
        Relative,     // +3.412 s since the session opened
    };

    LanguageManager::Language language = LanguageManager::Language::System;
    ThemeManager::Theme theme = ThemeManager::Theme::System;
    int logCapRows = 1000000;                  // the frame log evicts the oldest rows beyond this
    qint64 logCapBytes = 512LL * 1024 * 1024;  // … or beyond this much payload
    TimeFormat timeFormat = TimeFormat::Clock;
    QFont payloadFont = defaultPayloadFont();

    static AppSettings load();                 // from QSettings(); missing or bad values give defaults
    static AppSettings load(QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    static QFont defaultPayloadFont();
    static QString code(TimeFormat format);
    static TimeFormat timeFormatFromCode(const QString &code);
    static QString displayName(TimeFormat format);

    static constexpr int MinLogCapRows = 1000;
    static constexpr int MaxLogCapRows = 50000000;
    static constexpr qint64 MinLogCapBytes = 1LL * 1024 * 1024;
    static constexpr qint64 MaxLogCapBytes = 64LL * 1024 * 1024 * 1024;

    bool operator==(const AppSettings &o) const
    {
        return language == o.language && theme == o.theme && logCapRows == o.logCapRows
                && logCapBytes == o.logCapBytes && timeFormat == o.timeFormat && payloadFont == o.payloadFont;
    }
    bool operator!=(const AppSettings &o) const { return !(*this == o); }
};
