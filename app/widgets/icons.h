#pragma once

#include <QIcon>
#include <QString>

// The application's SVG icons (resources/icons/<name>.svg, compiled into the executable).
// Returns a null icon when the resource is not linked in (unit tests), instead of a warning per
// lookup; buttons then show their text.
namespace Icons {
QIcon load(const QString &name);
}
