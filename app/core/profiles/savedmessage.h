#pragma once

#include <QString>

// A message the user saved with a profile, loaded back into the composer with one click.
// The content is kept as the user typed it (hex digits, base64 text, JSON source), so that
// what comes back is exactly what was saved, formatting included.
struct SavedMessage
{
    enum class Mode { Text, Json, Hex, Base64 };

    QString name;
    Mode mode = Mode::Text;
    QString content;

    bool operator==(const SavedMessage &o) const { return name == o.name && mode == o.mode && content == o.content; }
    bool operator!=(const SavedMessage &o) const { return !(*this == o); }
};
