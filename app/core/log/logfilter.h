#pragma once

#include "core/log/event.h"

#include <QtGlobal>

// Which log rows a view shows: a direction toggle set times a kind toggle set ("received text,
// no pings"), optionally only the problems. A plain value, so a tab keeps its own and a test
// can check the rule without a model; FrameLogFilterModel asks accepts() for every row.
struct LogFilter
{
    // Where a row's bytes went. Events without a direction (state changes, errors, notes, TLS)
    // are "Session" rows.
    enum DirectionFlag : quint8 {
        Sent = 0x1,     // ↑ client → server (the handshake request too)
        Received = 0x2, // ↓ server → client (the handshake response too)
        Session = 0x4,  // neither
    };
    enum KindFlag : quint16 {
        Text = 0x01,      // text frames; a continuation of a text message
        Binary = 0x02,    // binary frames; a continuation of a binary message
        PingPong = 0x04,  // ping and pong frames (RFC 6455 §5.5.2, §5.5.3)
        Close = 0x08,     // Close frames and the Close record of a connection
        Handshake = 0x10, // the upgrade request and response
        Errors = 0x20,    // error events
        Other = 0x40,     // state changes, TLS, notes, frames with a reserved opcode
    };
    static constexpr quint8 AllDirections = Sent | Received | Session;
    static constexpr quint16 AllKinds = Text | Binary | PingPong | Close | Handshake | Errors | Other;

    quint8 directions = AllDirections;
    quint16 kinds = AllKinds;
    // Only failures (EventFormatter::isError): errors, refused handshakes, unclean closes.
    bool problemsOnly = false;

    // Nothing is filtered out.
    bool isAll() const { return directions == AllDirections && kinds == AllKinds && !problemsOnly; }
    // Inline: the filter model asks it for every row of a million-row refilter.
    bool accepts(const Event &event) const
    {
        // A full set needs no look at the event.
        if (directions != AllDirections && !(directions & directionOf(event)))
            return false;
        if (kinds != AllKinds && !(kinds & kindsOf(event)))
            return false;
        return !problemsOnly || isProblem(event);
    }

    // The direction flag of an event.
    static DirectionFlag directionOf(const Event &event)
    {
        return event.dir == Direction::Out ? Sent : event.dir == Direction::In ? Received : Session;
    }
    // The kind flags of an event: one, except a continuation frame that does not end its
    // message (which message it belongs to is not on the event): Text | Binary.
    static quint16 kindsOf(const Event &event);

    // EventFormatter::isError, the one rule for a failure worth a red row.
    static bool isProblem(const Event &event);

    bool operator==(const LogFilter &other) const
    {
        return directions == other.directions && kinds == other.kinds && problemsOnly == other.problemsOnly;
    }
    bool operator!=(const LogFilter &other) const { return !(*this == other); }
};
