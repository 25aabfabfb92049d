#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

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
    // Gives the widget's role that colour while it is enabled (disabled text stays the palette's
    // grey); an invalid colour gives the role back to the inherited palette, so the widget follows
    // a later theme change. Never copy palette().color(role) into a widget: read while the widget
    // is disabled (a detail tab before it has content), it is the disabled grey, kept for good.
    static void setColor(QWidget *widget, QPalette::ColorRole role, const QColor &color = QColor());
};
