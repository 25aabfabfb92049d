#pragma once

#include "core/library/messagelibrary.h"
#include "core/profiles/profileloaderror.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

// MessageLibrary <-> pretty-printed JSON:
//   {"schemaVersion": 1, "folders": ["auth", "auth/login"],
//    "messages": [{"folder": "auth/login", "name": "Sign in", "mode": "json", "content": "{…}"}]}
// "folder" is left out at the top level, "mode" when it is "text". Reading refuses an empty file,
// a syntax error (with its line and column), a newer schemaVersion, members of the wrong type
// (each named with its path, "messages[2].content"), names and folders MessageLibrary refuses,
// and a name used twice within one folder.
class MessageLibrarySerializer
{
    Q_DECLARE_TR_FUNCTIONS(MessageLibrarySerializer)

public:
    static constexpr int CurrentSchemaVersion = 1;

    static QByteArray toJson(const MessageLibrary &library);
    // On failure returns nothing and fills *error (line/column for syntax errors); *newerSchema
    // tells a file written by a newer WsScope (to be opened read-only, never overwritten).
    static std::optional<MessageLibrary> fromJson(const QByteArray &json, ProfileLoadError *error = nullptr,
                                                  bool *newerSchema = nullptr);

private:
    MessageLibrarySerializer() = delete;
};
