#pragma once

#include <QColor>
#include <QPalette>

// Good/bad colours that stay readable on the current palette (light or dark): the hue says
// ✓ or ✗, the lightness follows the palette's base colour. Text never relies on colour alone.
class StatusColors
{
public:
    static bool isDark(const QPalette &palette);
    static QColor good(const QPalette &palette);
    static QColor bad(const QPalette &palette);
    static QColor warning(const QPalette &palette);
    // A muted colour for secondary text.
    static QColor muted(const QPalette &palette);
};
