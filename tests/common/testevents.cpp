#include "testevents.h"

#include "core/log/eventfactory.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/frameheader.h"

Event TestEvents::frame(Direction dir, quint8 opcode, const QByteArray &payload, quint64 seq, qint64 wallMs)
{
    return frame(dir, opcode, payload, FrameSpec(), seq, wallMs);
}

Event TestEvents::frame(Direction dir, quint8 opcode, const QByteArray &payload, const FrameSpec &spec, quint64 seq,
                        qint64 wallMs)
{
    FrameHeader header;
    header.fin = spec.fin;
    header.rsv = spec.rsv;
    header.opcode = opcode;
    header.masked = spec.maskSet ? spec.masked : dir == Direction::Out;
    header.maskKey = header.masked ? spec.maskKey : 0;
    header.payloadLength = quint64(payload.size());
    header.lengthBits = FrameHeader::minimalLengthBits(header.payloadLength);
    if (spec.lengthBits > header.lengthBits) {
        header.lengthBits = spec.lengthBits;
        header.nonMinimalLength = true;
    }
    header.raw = FrameEncoder::encodeHeader(header);
    Event event = EventFactory::frame(dir, header, payload);
    if (spec.fin && spec.endsMessage && !FrameHeader::isControlOpcode(opcode) && opcode != FrameHeader::Continuation)
        event.frame.flags |= FrameFields::EndsMessage;
    event.seq = seq;
    event.wallMs = wallMs;
    return event;
}

Event TestEvents::lastFragment(Direction dir, quint8 messageOpcode, const QByteArray &lastPayload,
                               const QByteArray &message, int frames, quint64 seq, qint64 wallMs)
{
    Event event = frame(dir, FrameHeader::Continuation, lastPayload, FrameSpec(), seq, wallMs);
    event.frame.flags |= FrameFields::EndsMessage;
    auto detail = QSharedPointer<EventDetail>::create();
    detail->message = message;
    detail->messageOpcode = messageOpcode;
    detail->frameCount = frames;
    event.detail = detail;
    return event;
}

Event TestEvents::untapped(Direction dir, quint8 opcode, const QByteArray &payload, quint64 seq, qint64 wallMs)
{
    Event event = EventFactory::untappedFrame(dir, opcode, payload);
    event.seq = seq;
    event.wallMs = wallMs;
    return event;
}

Event TestEvents::withDetail(EventKind kind, Direction dir, const std::function<void(EventDetail &)> &fill, quint64 seq,
                             qint64 wallMs)
{
    auto detail = QSharedPointer<EventDetail>::create();
    if (fill)
        fill(*detail);
    Event event = EventFactory::withDetail(kind, dir, detail);
    event.seq = seq;
    event.wallMs = wallMs;
    return event;
}
