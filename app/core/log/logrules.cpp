#include "core/log/logrules.h"

#include "core/protocol/frameheader.h"

bool LogRules::isRow(const Event &event)
{
    if (event.kind == EventKind::Close)
        return !event.detail || event.detail->attemptOpened;
    return true;
}

bool LogRules::startsAttempt(const Event &event)
{
    return event.kind == EventKind::State && event.detail && event.detail->state == SessionState::Connecting;
}

bool LogRules::isDataFrame(const Event &event)
{
    return event.kind == EventKind::Frame && !FrameHeader::isControlOpcode(event.frame.opcode);
}

bool LogRules::isControl(const Event &event)
{
    return event.kind == EventKind::Close
            || (event.kind == EventKind::Frame && FrameHeader::isControlOpcode(event.frame.opcode));
}

bool LogRules::endsMessage(const Event &event)
{
    return event.kind == EventKind::Frame && (event.frame.flags & FrameFields::EndsMessage);
}

LogRules::Message LogRules::messageOf(const Event &event)
{
    Message message;
    if (!endsMessage(event))
        return message;
    message.valid = true;
    const EventDetail *detail = event.detail.data();
    if (detail && detail->frameCount > 1) {
        message.opcode = detail->messageOpcode;
        message.payload = detail->message;
        message.length = detail->messageLength >= 0 ? detail->messageLength : detail->message.size();
        message.frames = detail->frameCount;
    } else {
        message.opcode = event.frame.opcode;
        message.payload = event.payload;
        message.length = event.payload.size();
        message.frames = event.frame.headerKnown() ? 1 : 0;
    }
    return message;
}

int LogRules::effectiveOpcode(const Event &event)
{
    switch (event.kind) {
    case EventKind::Frame:
        return event.frame.opcode;
    case EventKind::Close:
        return FrameHeader::Close;
    default:
        return -1;
    }
}
