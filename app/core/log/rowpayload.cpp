#include "core/log/rowpayload.h"

#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"

RowPayload RowPayload::of(const Event &event)
{
    RowPayload row;
    const EventDetail *detail = event.detail.data();
    switch (event.kind) {
    case EventKind::Frame: {
        const LogRules::Message message = LogRules::messageOf(event);
        if (message.valid) {
            // A file the tap streamed is not kept whole: its bytes are not in the log.
            row.available = message.payload.size() == message.length;
            row.bytes = message.payload;
            row.isText = message.opcode == FrameHeader::Text;
            row.isMessage = row.available;
            return row;
        }
        row.available = true;
        row.bytes = event.payload;
        row.isText = event.frame.opcode == FrameHeader::Text;
        return row;
    }
    case EventKind::Close:
        row.available = true;
        row.bytes = event.payload;
        return row;
    case EventKind::HandshakeRequest:
    case EventKind::HandshakeResponse:
        if (detail) {
            row.available = true;
            row.bytes = detail->http.rawHead + detail->http.body;
            row.isText = true;
        }
        return row;
    case EventKind::State:
    case EventKind::Error:
    case EventKind::Info:
    case EventKind::Expectation:
        if (detail && !detail->text.isEmpty()) {
            row.available = true;
            row.bytes = detail->text.toUtf8();
            row.isText = true;
        }
        return row;
    case EventKind::Tls:
        break;
    }
    return row;
}
