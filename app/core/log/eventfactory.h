#pragma once

#include "core/log/event.h"

#include <QByteArray>
#include <QSharedPointer>
#include <QString>

// Builds the events that both the session (tap off: what QWebSocket reports) and the wire tap
// (what crossed the wire) put in the log, so the two sides fill the same fields the same way:
// a Message always has its frame count, an Error its category, a Ping/Pong its opcode.
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
    // A reassembled data message (opcode 1 or 2) of `frameCount` frames, 0 when unknown (tap off).
    // Messages of 0 or 1 frames, nearly all of them, share one immutable detail: no allocation.
    static Event message(Direction dir, quint8 opcode, const QByteArray &payload, int frameCount);
    // A Ping or Pong event (opcode 0x9 / 0xA, RFC 6455 §5.5.2-3) with its payload.
    static Event control(EventKind kind, Direction dir, const QByteArray &payload);
};
