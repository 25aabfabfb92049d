#pragma once

#include "core/export/sessionimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads a WsScope JSONL log (JsonlExporter's lines, written by "Export as JSONL", "Record to
// file" and wsscope-cli) back into events. Empty lines are skipped; a line that is not a JSON
// object is an error at its line and column, a line whose fields are wrong an error at its line.
class JsonlImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlImporter)

public:
    static SessionImport read(const QByteArray &data);

    // The 1-based line and column of byte `offset` of `text` (columns count characters).
    static void position(QByteArrayView text, qsizetype offset, int *line, int *column);
};
