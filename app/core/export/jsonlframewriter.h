#pragma once

#include "core/log/event.h"

#include <QByteArray>

// The JSONL line of a Frame event, written straight into bytes: the hot path of wsscope-cli, which
// prints one line per frame of a flood (100k+ frames/s). The result is byte for byte what
// JsonlExporter::toJson() gives through QJsonDocument (keys in the same sorted order, the same
// escaping), only without building a QJsonObject, a QString per field and a document per line;
// a unit test holds the two equal. Frames whose line needs a floating-point field (a pong's
// rtt_ms) are left to the general path.
class JsonlFrameWriter
{
public:
    // Whether append() can write this event.
    static bool handles(const Event &event);
    // Appends the line (newline included) to `out`.
    static void append(const Event &event, QByteArray &out);

    // "2026-11-27T14:00:01.002Z", as JsonlExporter::isoTime() writes it; the date and time of day
    // are formatted once per second of wall time.
    static void appendIsoTime(qint64 wallMs, QByteArray &out);
    // `bytes` (valid UTF-8) as a JSON string body, escaped as QJsonDocument escapes it.
    static void appendEscaped(QByteArrayView bytes, QByteArray &out);
};
