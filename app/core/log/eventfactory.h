#pragma once

#include "core/log/event.h"

struct FrameHeader;

#include <QByteArray>
#include <QSharedPointer>
#include <QString>

// Builds the events that both the session (tap off: what QWebSocket reports) and the wire tap
// (what crossed the wire) put in the log, so the two sides fill the same fields the same way:
// a frame always has its header (or says it is unknown), an Error its category.
class EventFactory
{
public:
    // An event of `kind` whose content is all in `detail` (State, Tls, the handshake).
    static Event withDetail(EventKind kind, Direction dir, QSharedPointer<const EventDetail> detail);
    // An Error event; `closeCode` is the RFC 6455 §7.4 code a protocol violation calls for.
    static Event error(ErrorCategory category, const QString &text, Direction dir = Direction::None,
                       quint16 closeCode = 0);
    // An Info event: a note for the user.
    static Event info(const QString &text);
    // An Expectation event: what a script expected of the server, what happened, and whether it was met.
    static Event expectation(const QString &expected, const QString &actual, bool met);
    // One frame as the tap decoded it: the header's fields and exact bytes, the unmasked payload.
    static Event frame(Direction dir, const FrameHeader &header, const QByteArray &payload);
    // Tap off: a message, ping or pong as QWebSocket reported it; the header was never seen
    // (headerSize 0). A data opcode marks the event as the end of its message.
    static Event untappedFrame(Direction dir, quint8 opcode, const QByteArray &payload);
};
