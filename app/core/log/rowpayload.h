#pragma once

#include "core/log/event.h"

#include <QByteArray>

// The bytes a log row stands for, for copying, saving, resending and loading into the composer:
// the whole message on the frame that ends a data message (LogRules::messageOf, the reassembled
// one of a fragmented message), a control frame's or a lone fragment's own payload, the Close
// record's Close payload, the head and body of a handshake request or response, and the text
// of errors, states and notes.
struct RowPayload
{
    QByteArray bytes;
    bool available = false; // false: the row carries no bytes, or they were not kept (a streamed file)
    bool isText = false;    // a text message, or text by nature (handshake head, notes); else bytes
    bool isMessage = false; // a whole data message: one that can be sent again as it is

    static RowPayload of(const Event &event);
};
