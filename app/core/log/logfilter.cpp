#include "core/log/logfilter.h"

#include "core/export/eventformatter.h"
#include "core/protocol/frameheader.h"

bool LogFilter::isProblem(const Event &event)
{
    return EventFormatter::isError(event);
}

quint16 LogFilter::kindsOf(const Event &event)
{
    switch (event.kind) {
    case EventKind::HandshakeRequest:
    case EventKind::HandshakeResponse:
        return Handshake;
    case EventKind::Close:
        return Close;
    case EventKind::Error:
        return Errors;
    case EventKind::State:
    case EventKind::Tls:
    case EventKind::Info:
        return Other;
    case EventKind::Expectation:
        // A scripted check that failed is a problem of the run; one that was met is a note.
        return event.detail && !event.detail->expectationMet ? Errors : Other;
    case EventKind::Frame:
        break;
    }
    switch (event.frame.opcode) {
    case FrameHeader::Text: return Text;
    case FrameHeader::Binary: return Binary;
    case FrameHeader::Ping:
    case FrameHeader::Pong: return PingPong;
    case FrameHeader::Close: return Close;
    case FrameHeader::Continuation:
        // The last fragment knows its message (RFC 6455 §5.4); the others do not.
        if (event.detail && event.detail->frameCount > 1)
            return event.detail->messageOpcode == FrameHeader::Binary ? Binary : Text;
        return Text | Binary;
    default:
        return Other;
    }
}
