#pragma once

#include "core/protocol/httpmessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

#include <array>

// One entry of a session's log. Thin and cheap to copy (a row is a small value
// record): frame fields inline, the payload implicitly shared, everything rare behind a
// shared pointer. Display strings are made by the model on demand, never stored here.

enum class EventKind : quint8 {
    State,             // session state change (detail->state, detail->text)
    HandshakeRequest,  // detail->http: the upgrade request as it went upstream
    HandshakeResponse, // detail->http (+ accept check)
    Frame,             // one RFC 6455 frame, either direction (frame.*, payload). A frame that ends a
                       // data message says so (FrameFields::EndsMessage); a fragmented message's whole
                       // payload rides on its last frame (detail->message). Tap off: one event per
                       // message/ping/pong QWebSocket reported, with an unknown header (headerSize 0).
    Close,             // the close story of one connection attempt (detail->close*)
    Error,             // detail->errorCategory, detail->text
    Tls,               // detail->tls* of the upstream leg
    Info,              // a note for the user (detail->text), e.g. "tap off: frame headers unknown"
    Expectation,       // a scripted check on the server's reaction: detail->text what was expected,
                       // detail->expectationActual what happened, detail->expectationMet
};

enum class Direction : quint8 { None, Out, In }; // Out: client → server, In: server → client

enum class SessionState : quint8 { Idle, Connecting, Handshaking, Open, Closing, Closed };

enum class CloseInitiator : quint8 { None, Client, Server };

enum class ErrorCategory : quint8 {
    Usage,     // invalid user input (URL, header, payload, close code) — nothing was sent
    Dns,
    Network,   // refused, reset, unreachable
    Proxy,
    Tls,
    Handshake, // refused or invalid upgrade
    Protocol,  // RFC 6455 violation by a peer
    Timeout,
    Tap,       // the wire tap itself failed
    Internal,
};

struct FrameFields
{
    // Flag bits (flags): what the tap learnt about this frame beyond its header.
    enum Flag : quint8 {
        EndsMessage = 0x01, // the last frame of a data message (RFC 6455 §5.4); see LogRules::messageOf
        WrittenByTap = 0x02, // the tap wrote this frame itself (a file sent in fragments), not QWebSocket
        Injected = 0x04,     // the tap wrote it on the user's request (the protocol workbench); detail->text: its RFC verdict
        Withheld = 0x08,     // QWebSocket wrote it, the tap kept it from the server (pong policy "off")
        Delayed = 0x10,      // QWebSocket wrote it, the tap held it back detail->delayMs before it went upstream
    };
    static constexpr int MaxHeaderSize = 14; // RFC 6455 §5.2: 2 + 8 (64-bit length) + 4 (masking key)

    quint8 opcode = 0;     // 0x0–0xF as on the wire
    quint8 rsv = 0;        // RSV1..3 as bits 2..0 (RSV1 = 4)
    bool fin = true;
    bool masked = false;
    quint8 lengthBits = 7; // 7, 16 or 64: which length encoding was used
    bool nonMinimalLength = false;
    quint8 flags = 0;
    quint8 headerSize = 0; // bytes in header[]; 0: the header was not seen (tap off)
    std::array<char, MaxHeaderSize> header{}; // the header's exact bytes, never re-encoded

    bool headerKnown() const { return headerSize > 0; }
    QByteArrayView headerBytes() const { return QByteArrayView(header.data(), headerSize); }
    // The masking key as a big-endian value: the header's last 4 bytes when masked (RFC 6455
    // §5.2), 0 when unmasked or unknown. Read from the bytes, so no event carries it twice.
    quint32 maskKey() const
    {
        if (!masked || headerSize < MaskKeyBytes + 2)
            return 0;
        const auto *key = reinterpret_cast<const uchar *>(header.data()) + headerSize - MaskKeyBytes;
        return quint32(key[0]) << 24 | quint32(key[1]) << 16 | quint32(key[2]) << 8 | quint32(key[3]);
    }
    static constexpr int MaskKeyBytes = 4;
};

struct EventDetail
{
    QString text;                    // state/error/info message (translated)
    SessionState state = SessionState::Idle;
    ErrorCategory errorCategory = ErrorCategory::Internal;

    HttpMessage http;                // HandshakeRequest / HandshakeResponse
    QByteArray acceptExpected;       // HandshakeResponse
    QByteArray acceptReceived;
    bool acceptValid = false;
    QStringList handshakeProblems;   // every failed check of the 101 response, translated

    quint16 closeCode = 0;           // Close: 1005 none sent, 1006 dropped
    QString closeReason;
    CloseInitiator closeInitiator = CloseInitiator::None;
    bool closeClean = false;
    bool closeCleanKnown = true;     // Close: false when nothing could see whether the closing
                                     // handshake completed (tap off: QWebSocket answers a Close unseen)

    bool attemptOpened = false;      // Close: the attempt reached Open (else it failed before)

    // Frame that ends a fragmented data message (RFC 6455 §5.4): the whole message, reassembled
    // once by the tap. Single-frame messages leave these empty: the frame's payload is the message.
    QByteArray message;
    quint8 messageOpcode = 0;        // text or binary: the opcode of the message's first frame
    int frameCount = 0;              // frames the message was made of
    qint64 messageLength = -1;       // its size when the whole message was not kept (a streamed file)
    qint64 rttUs = -1;               // Frame (pong) answering our ping: round-trip time
    int delayMs = -1;                // Frame marked Delayed: how long the tap held it back
    bool injectedLegal = true;       // Frame marked Injected: its verdict (detail->text) found nothing
    QString expectationActual;       // Expectation: what happened (translated)
    bool expectationMet = false;

    QString tlsProtocol;             // Tls
    QString tlsCipher;
    QStringList tlsChain;            // subject / issuer lines, leaf first
    QStringList tlsErrors;
};

// 96 bytes: the log holds one per frame, so its members are ordered to leave no padding.
struct Event
{
    quint64 seq = 0;       // 1-based, per session, assigned by the log
    qint64 wallMs = 0;     // ms since the Unix epoch (UTC)
    qint64 monoUs = 0;     // µs on a monotonic clock since the session was created
    quint64 length = 0;    // payload length (frame) or body length
    QByteArray payload;    // shared, never copied per view
    QSharedPointer<const EventDetail> detail;
    EventKind kind = EventKind::Info;
    Direction dir = Direction::None;
    FrameFields frame;     // Frame; Close: the first Close frame of the connection
};

Q_DECLARE_METATYPE(Event)
