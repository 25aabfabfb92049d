#include "widgets/detail/statuscolors.h"

#include <QWidget>

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor StatusColors::good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37);
}

QColor StatusColors::bad(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
}

QColor StatusColors::warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

QColor StatusColors::muted(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

void StatusColors::setColor(QWidget *widget, QPalette::ColorRole role, const QColor &color)
{
    // A default palette has no role set explicitly: the widget inherits all of them again.
    widget->setPalette(QPalette());
    if (!color.isValid())
        return;
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Active, role, color);
    palette.setColor(QPalette::Inactive, role, color);
    widget->setPalette(palette);
}
