#pragma once

#include "core/log/event.h"
#include "core/protocol/framedecoder.h"
#include "core/protocol/httpparser.h"

#include <QByteArray>
#include <QByteArrayView>

// One direction of a tap tunnel's stream, decoded on the side of the relay: first the HTTP
// upgrade (HttpParser, Request for client -> server, Response for server -> client; TapHandshake
// drives it), then frames (FrameDecoder, whose sink this is). Each frame becomes exactly one Frame
// event (docs/ARCHITECTURE.md, "One frame, one event"); what the stream alone knows rides on it:
// the end of a data message and, on the last frame of a fragmented one, the message reassembled
// (RFC 6455 §5.4). What needs both directions (a pong's round trip, the close summary) is the
// listener's.
class TapStream : public FrameDecoder::Sink
{
public:
    class Listener
    {
    public:
        virtual ~Listener() = default;
        // A frame's header was decoded (its payload follows).
        virtual void frameHeaderDecoded(TapStream &stream, const FrameHeader &header)
        {
            Q_UNUSED(stream)
            Q_UNUSED(header)
        }
        // A frame was decoded; `event` is its one Frame event, to be completed and logged.
        virtual void frameDecoded(TapStream &stream, const FrameHeader &header, Event &event) = 0;
        // Anything else the stream has to say (a protocol violation).
        virtual void streamEvent(const Event &event) = 0;
    };

    // `listener` is not owned and outlives the stream.
    TapStream(Direction dir, Listener *listener);
    Q_DISABLE_COPY_MOVE(TapStream) // the decoder points back at it

    Direction direction() const { return m_dir; }
    HttpParser &http() { return m_http; }
    const HttpParser &http() const { return m_http; }
    FrameDecoder &decoder() { return m_decoder; }

    // The HTTP part of the stream is over (complete, invalid, or cut off).
    bool isHttpDone() const { return m_httpDone; }
    void endHttp() { m_httpDone = true; }
    // Between two fragments of a data message (RFC 6455 §5.4): no other data frame may come now.
    bool isInsideMessage() const { return m_inMessage; }
    // The bytes are frames now (after a request head, or a 101 response).
    bool isFraming() const { return m_framing; }
    void startFraming() { m_framing = true; }
    // Nothing more is decoded, only relayed: the stream became undecodable.
    void stopDecoding() { m_passthrough = true; }

    // Frame bytes as they arrive, in any split; ignored unless framing and decodable. `owner`
    // holds the bytes (a socket read): unmasked payloads that lie in it whole share it
    // (PayloadSlice) instead of being copied.
    void feedFrames(QByteArrayView bytes, const QByteArray *owner = nullptr)
    {
        if (!m_framing || m_passthrough)
            return;
        m_owner = owner;
        m_decoder.feed(bytes);
        m_owner = nullptr;
    }

    void frameStarted(const FrameHeader &header) override;
    void framePayload(QByteArrayView unmaskedChunk) override;
    void frameFinished(const FrameHeader &header) override;
    void violation(quint16 closeCode, const QString &message, bool fatal) override;

private:
    Direction m_dir;
    Listener *m_listener;
    HttpParser m_http;
    FrameDecoder m_decoder;
    bool m_httpDone = false;
    bool m_framing = false;
    bool m_passthrough = false;
    QByteArray m_payload;          // the current frame's payload, grown as bytes arrive
    const QByteArray *m_owner = nullptr; // the buffer being fed, while feedFrames() runs
    quint64 m_declared = 0;        // its declared length: an upper bound, never an allocation
    // The data message being reassembled (RFC 6455 §5.4).
    bool m_inMessage = false;
    quint8 m_messageOpcode = 0;
    int m_messageFrames = 0;
    QByteArray m_messagePayload;
};
