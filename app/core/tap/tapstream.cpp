#include "core/tap/tapstream.h"

#include "core/log/eventfactory.h"
#include "core/log/payloadslice.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace {
// A frame's payload buffer grows at least this many times over (amortised appends).
constexpr quint64 GrowthFactor = 2;
} // namespace

TapStream::TapStream(Direction dir, Listener *listener)
    : m_dir(dir)
    , m_listener(listener)
    , m_http(dir == Direction::Out ? HttpParser::Kind::Request : HttpParser::Kind::Response)
    , m_decoder(dir == Direction::Out ? FrameDecoder::Role::ClientToServer : FrameDecoder::Role::ServerToClient, this)
{
}

void TapStream::frameStarted(const FrameHeader &header)
{
    m_payload = QByteArray();
    m_declared = header.payloadLength;
    m_listener->frameHeaderDecoded(*this, header);
}

void TapStream::framePayload(QByteArrayView chunk)
{
    if (m_payload.isNull() && quint64(chunk.size()) == m_declared) {
        // The whole payload in one piece: shared with the socket read it came in, or one copy.
        m_payload = m_owner ? PayloadSlice::of(*m_owner, chunk) : chunk.toByteArray();
        return;
    }
    // Grow geometrically but never beyond the declared length, and never reserve what has not
    // arrived yet more than twice over: a peer that declares 2^62 bytes gets no allocation.
    const qsizetype needed = m_payload.size() + chunk.size();
    if (m_payload.capacity() < needed) {
        const quint64 grown = std::max<quint64>(quint64(needed), quint64(m_payload.capacity()) * GrowthFactor);
        m_payload.reserve(qsizetype(std::min<quint64>(grown, std::max<quint64>(m_declared, quint64(needed)))));
    }
    m_payload.append(chunk.data(), chunk.size());
}

void TapStream::frameFinished(const FrameHeader &header)
{
    // One event per frame (docs/ARCHITECTURE.md, "One frame, one event"): what the frame means
    // beyond its header rides on the same event.
    Event event = EventFactory::frame(m_dir, header, std::exchange(m_payload, QByteArray()));
    switch (header.opcode) {
    case FrameHeader::Text:
    case FrameHeader::Binary:
        // A new data message; an unfinished one before it was reported by the decoder (§5.4).
        m_inMessage = !header.fin;
        if (header.fin) {
            event.frame.flags |= FrameFields::EndsMessage;
        } else {
            m_messageOpcode = header.opcode;
            m_messageFrames = 1;
            m_messagePayload = event.payload;
        }
        break;
    case FrameHeader::Continuation:
        if (!m_inMessage)
            break; // the decoder reported it
        m_messagePayload.append(event.payload);
        ++m_messageFrames;
        if (header.fin) {
            // The one place a fragmented message is reassembled (RFC 6455 §5.4); control frames
            // between its fragments (§5.5) are events of their own and leave it alone.
            event.frame.flags |= FrameFields::EndsMessage;
            auto detail = QSharedPointer<EventDetail>::create();
            detail->message = std::exchange(m_messagePayload, QByteArray());
            detail->messageOpcode = m_messageOpcode;
            detail->frameCount = m_messageFrames;
            event.detail = detail;
            m_inMessage = false;
        }
        break;
    default:
        break;
    }
    m_listener->frameDecoded(*this, header, event);
}

void TapStream::violation(quint16 closeCode, const QString &message, bool fatal)
{
    // The texts keep the TapTunnel context they had before the stream had a class of its own, so
    // existing translations stay valid.
    const QString who = m_dir == Direction::Out ? QCoreApplication::translate("TapTunnel", "The client")
                                                : QCoreApplication::translate("TapTunnel", "The server");
    m_listener->streamEvent(EventFactory::error(
            ErrorCategory::Protocol,
            QCoreApplication::translate("TapTunnel", "%1 violated RFC 6455 (close code %2): %3")
                    .arg(who, CloseCodes::label(closeCode), message),
            m_dir, closeCode));
    if (fatal)
        m_passthrough = true;
}
