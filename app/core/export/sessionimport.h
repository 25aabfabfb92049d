#pragma once

#include "core/log/event.h"

#include <QList>
#include <QString>
#include <QUrl>

// What opening a session file gave: its events in log order, with their original times (wallMs),
// or an error that says where the file went wrong. Made by SessionImporter.
struct SessionImport
{
    enum class Format { Jsonl, Har };

    Format format = Format::Jsonl;
    QList<Event> events;
    QUrl url;          // the first connection's ws:// or wss:// URL, when the file names one
    QString creator;   // HAR: log.creator.name ("WebInspector", "Firefox", "WsScope"); empty for JSONL
    // Empty on success. Otherwise one translated sentence with the place of the error:
    // "line 3, column 14: …" for JSON syntax, "line 7: field …" for a JSONL line, "entry 2,
    // message 5: field …" for a HAR.
    QString error;
    int errorLine = 0;   // 1-based line of a JSON syntax error or of a bad JSONL line; 0: none
    int errorColumn = 0; // 1-based column of a JSON syntax error; 0: none

    bool ok() const { return error.isEmpty(); }
};
