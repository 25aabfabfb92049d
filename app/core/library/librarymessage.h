#pragma once

#include "core/profiles/savedmessage.h"

#include <QString>

// One message of the message library (MessageLibraryStore): shared by every profile of a
// profiles folder, filed in a folder ("auth/login"; empty: the top level). Like a profile's
// SavedMessage, the content is kept as the user typed it (hex digits, Base64 text, JSON source).
struct LibraryMessage
{
    QString folder;
    QString name;
    SavedMessage::Mode mode = SavedMessage::Mode::Text;
    QString content;

    // "auth/login/Sign in", or the name alone at the top level: how lists and messages name it.
    QString path() const { return folder.isEmpty() ? name : folder + QLatin1Char('/') + name; }

    bool operator==(const LibraryMessage &o) const
    {
        return folder == o.folder && name == o.name && mode == o.mode && content == o.content;
    }
    bool operator!=(const LibraryMessage &o) const { return !(*this == o); }
};
