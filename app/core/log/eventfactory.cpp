#include "core/log/eventfactory.h"

#include "core/protocol/frameheader.h"

#include <utility>

namespace {

QSharedPointer<const EventDetail> framesDetail(int frameCount)
{
    const auto make = [](int frames) {
        auto detail = QSharedPointer<EventDetail>::create();
        detail->frameCount = frames;
        return QSharedPointer<const EventDetail>(detail);
    };
    static const QSharedPointer<const EventDetail> unknown = make(0);
    static const QSharedPointer<const EventDetail> single = make(1);
    if (frameCount == 0)
        return unknown;
    if (frameCount == 1)
        return single;
    return make(frameCount);
}

} // namespace

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

Event EventFactory::message(Direction dir, quint8 opcode, const QByteArray &payload, int frameCount)
{
    Event event = withDetail(EventKind::Message, dir, framesDetail(frameCount));
    event.frame.opcode = opcode;
    event.payload = payload; // implicitly shared with the frame it came from
    event.length = quint64(payload.size());
    return event;
}

Event EventFactory::control(EventKind kind, Direction dir, const QByteArray &payload)
{
    Event event;
    event.kind = kind;
    event.dir = dir;
    event.frame.opcode = kind == EventKind::Ping ? FrameHeader::Ping : FrameHeader::Pong;
    event.payload = payload;
    event.length = quint64(payload.size());
    return event;
}
