#pragma once

#include "core/log/event.h"

#include <QByteArray>

// The rules every reader of a session's log shares (the frame-log model, wsscope-cli, the
// exporters, the session's counters), written once (docs/ARCHITECTURE.md, "One frame, one event").
class LogRules
{
public:
    // A data message as the application saw it: derived from the Frame event that ended it.
    struct Message
    {
        bool valid = false;  // false: the event does not end a data message
        quint8 opcode = 0;   // FrameHeader::Text or FrameHeader::Binary
        QByteArray payload;  // the whole message (implicitly shared with the event), or empty when
                             // it was not kept (a file the tap streamed: see length)
        qint64 length = 0;   // its size in bytes
        int frames = 0;      // frames it was made of; 0 when unknown (tap off)
    };

    // Whether the event is a row of the frame log and a line of wsscope-cli's text output.
    // Everything is, except the Close record of an attempt that never opened: its Error and the
    // Closed state already tell that story, and a Close row before any Open would read like a
    // close handshake that never happened. Exports keep every event.
    static bool isRow(const Event &event);

    // The State event that begins a connection attempt (Connecting): where a view draws the
    // line between attempts, and where a search for a reply stops.
    static bool startsAttempt(const Event &event);

    // A frame with a data opcode (continuation, text, binary: RFC 6455 §5.2).
    static bool isDataFrame(const Event &event);
    // A control frame (opcodes 0x8–0xF, RFC 6455 §5.5), or the Close record.
    static bool isControl(const Event &event);
    // The Frame event that completes a data message.
    static bool endsMessage(const Event &event);
    // The message `event` completes, or an invalid Message.
    static Message messageOf(const Event &event);
    // The opcode the event stands for (frames: their own; the Close record: close), -1 if none.
    static int effectiveOpcode(const Event &event);
};
