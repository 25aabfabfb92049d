#pragma once

#include "core/export/sessionimport.h"

#include <QCoreApplication>
#include <QString>

// Opens a session file: a HAR (browser DevTools or WsScope, HarImporter) or a WsScope JSONL log
// (JsonlImporter). The format follows from the name (.har, .jsonl/.ndjson/.json lines) and, for
// any other name, from the content (a JSON document with a "log" object is a HAR). Every error
// starts with the file's name and says where in the file it is.
class SessionImporter
{
    Q_DECLARE_TR_FUNCTIONS(SessionImporter)

public:
    // Larger files are refused with a message rather than read into memory whole.
    static constexpr qint64 MaxFileBytes = qint64(4) * 1024 * 1024 * 1024;

    static SessionImport readFile(const QString &path);
    // The same for bytes already read; `name` is only used in messages.
    static SessionImport read(const QByteArray &data, const QString &name);
    // Whether `path` names a session file by its suffix (.har, .jsonl, .ndjson).
    static bool looksLikeSessionFile(const QString &path);
};
