#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

// Light/dark theme override. "System" gives back the style and palette the application started
// with (the platform's own, which follows the desktop's dark mode where Qt supports it); Light and
// Dark use the Fusion style, which honours a custom QPalette on every platform. Widgets take their
// colours from the palette, so they follow without knowing the theme.
class ThemeManager
{
    Q_DECLARE_TR_FUNCTIONS(ThemeManager)

public:
    enum class Theme { System, Light, Dark };

    ThemeManager();

    void apply(Theme theme);
    Theme theme() const { return m_theme; }

    static QString code(Theme theme);           // "system", "light", "dark"
    static Theme fromCode(const QString &code); // unknown codes mean System
    static QString displayName(Theme theme);
    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    Theme m_theme = Theme::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};
