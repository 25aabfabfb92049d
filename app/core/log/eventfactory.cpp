#include "core/log/eventfactory.h"

#include "core/protocol/frameheader.h"

#include <algorithm>
#include <utility>

Event EventFactory::withDetail(EventKind kind, Direction dir, QSharedPointer<const EventDetail> detail)
{
    Event event;
    event.kind = kind;
    event.dir = dir;
    event.detail = std::move(detail);
    return event;
}

Event EventFactory::error(ErrorCategory category, const QString &text, Direction dir, quint16 closeCode)
{
    auto detail = QSharedPointer<EventDetail>::create();
    detail->errorCategory = category;
    detail->text = text;
    detail->closeCode = closeCode;
    return withDetail(EventKind::Error, dir, detail);
}

Event EventFactory::info(const QString &text)
{
    auto detail = QSharedPointer<EventDetail>::create();
    detail->text = text;
    return withDetail(EventKind::Info, Direction::None, detail);
}

Event EventFactory::expectation(const QString &expected, const QString &actual, bool met)
{
    auto detail = QSharedPointer<EventDetail>::create();
    detail->text = expected;
    detail->expectationActual = actual;
    detail->expectationMet = met;
    return withDetail(EventKind::Expectation, Direction::None, detail);
}

Event EventFactory::frame(Direction dir, const FrameHeader &header, const QByteArray &payload)
{
    Event event;
    event.kind = EventKind::Frame;
    event.dir = dir;
    FrameFields &f = event.frame;
    f.opcode = header.opcode;
    f.rsv = header.rsv;
    f.fin = header.fin;
    f.masked = header.masked;
    f.lengthBits = header.lengthBits;
    f.nonMinimalLength = header.nonMinimalLength;
    f.headerSize = quint8(qMin<qsizetype>(header.raw.size(), FrameFields::MaxHeaderSize));
    std::copy_n(header.raw.constData(), f.headerSize, f.header.begin());
    event.length = header.payloadLength;
    event.payload = payload;
    return event;
}

Event EventFactory::untappedFrame(Direction dir, quint8 opcode, const QByteArray &payload)
{
    Event event;
    event.kind = EventKind::Frame;
    event.dir = dir;
    event.frame.opcode = opcode;
    event.frame.masked = dir == Direction::Out; // RFC 6455 §5.3: QWebSocket masks what it sends
    if (!FrameHeader::isControlOpcode(opcode))
        event.frame.flags = FrameFields::EndsMessage;
    event.payload = payload;
    event.length = quint64(payload.size());
    return event;
}
