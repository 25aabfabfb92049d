#pragma once

#include "core/protocol/frameheader.h"
#include "core/protocol/utf8validator.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Incremental RFC 6455 §5 frame decoder for one direction of a connection. Fed with any split of
// the byte stream, it reports every frame through a Sink: the header, the unmasked payload in
// chunks as it arrives (never buffered whole, never allocated from a declared length), the end
// of the frame, and every protocol violation with the close code RFC 6455 §7.4.1 assigns to it.
//
// Callback order: frameStarted, then the violations the header shows, then payload chunks (an
// invalid UTF-8 byte is reported right after the chunk that ends with it), then the violations
// found at the end (close payload, unfinished UTF-8 sequence), then frameFinished. A fatal
// violation (a declared length beyond the limits) arrives instead of frameStarted; currentHeader()
// still describes the offending header.
class FrameDecoder
{
    Q_DECLARE_TR_FUNCTIONS(FrameDecoder)

public:
    enum class Role { ClientToServer, ServerToClient }; // which side SENT the frames: client frames must be masked, server frames must not

    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void frameStarted(const FrameHeader &header) = 0;
        virtual void framePayload(QByteArrayView unmaskedChunk) = 0; // zero or more chunks, as bytes arrive
        virtual void frameFinished(const FrameHeader &header) = 0;
        // A protocol violation. The decoder keeps decoding when framing is still well-defined (bad
        // masking, RSV, reserved opcode, control frame > 125 or fragmented, bad continuation, invalid
        // UTF-8) so an analyzer can show every frame; fatal == true (too big, etc.) means it stopped.
        virtual void violation(quint16 closeCode, const QString &message, bool fatal) = 0;
    };

    static constexpr quint64 DefaultMaxFramePayload = quint64(64) * 1024 * 1024;
    static constexpr quint64 DefaultMaxMessageSize = quint64(256) * 1024 * 1024;
    // Masked payload is unmasked through a scratch buffer of at most this many bytes.
    static constexpr qsizetype MaxChunk = 64 * 1024;

    explicit FrameDecoder(Role role, Sink *sink);

    void setMaxFramePayload(quint64 bytes); // default 64 MiB; larger declared length -> 1009, fatal, nothing allocated
    void setMaxMessageSize(quint64 bytes);  // default 256 MiB; -> 1009 fatal
    void setAllowedRsv(quint8 bits);        // RSV bits allowed by negotiated extensions (default 0)
    quint64 maxFramePayload() const { return m_maxFramePayload; }
    quint64 maxMessageSize() const { return m_maxMessageSize; }
    quint8 allowedRsv() const { return m_allowedRsv; }
    Role role() const { return m_role; }

    qsizetype feed(QByteArrayView bytes); // returns bytes consumed (all, unless fatal)
    bool hasFatalError() const { return m_fatal; }
    quint16 closeCode() const { return m_closeCode; } // of the first violation, 0 if none
    QString errorString() const { return m_errorString; } // of the first violation
    quint64 bytesConsumed() const { return m_bytesConsumed; }
    // Inside a Sink callback: how many bytes of the current feed() the decoder has taken, so a
    // caller can cut the fed bytes at the end of a header (frameStarted) or frame (frameFinished).
    qsizetype feedPosition() const { return m_feedPos; }
    // Inside Sink::violation: the RFC 6455 section of the rule that was broken ("§5.2").
    QString violationSection() const { return QString::fromUtf8(m_section); }

    // The header of the frame being decoded (or of the last one, or of the one that was fatal).
    const FrameHeader &currentHeader() const { return m_header; }
    // True between the first and the last frame of a fragmented data message.
    bool isInFragmentedMessage() const { return m_inMessage; }
    // True when a frame header has started or a payload is still expected.
    bool isInsideFrame() const { return m_headerFill > 0 || m_payloadRemaining > 0; }

private:
    void parseHeader();
    void deliverPayload(QByteArrayView wire);
    void deliverChunk(QByteArrayView unmasked);
    void checkClosePayload(QByteArrayView chunk);
    void finishFrame();
    void report(quint16 closeCode, const char *section, const QString &message, bool fatal = false);

    Role m_role;
    Sink *m_sink;
    quint64 m_maxFramePayload = DefaultMaxFramePayload;
    quint64 m_maxMessageSize = DefaultMaxMessageSize;
    quint8 m_allowedRsv = 0;

    // Header being assembled (RFC 6455 §5.2: 2 to 14 bytes).
    char m_headerBytes[14] = {};
    int m_headerFill = 0;
    int m_headerNeeded = 2;

    FrameHeader m_header;
    quint64 m_payloadRemaining = 0;
    quint64 m_payloadOffset = 0; // position in the current frame's payload
    QByteArray m_scratch;        // unmasking buffer, reused, at most MaxChunk bytes

    // Fragmented data message state (RFC 6455 §5.4).
    bool m_inMessage = false;       // a non-FIN data frame started a message not yet finished
    bool m_frameInMessage = false;  // the current frame belongs to a data message (start or continuation)
    bool m_validateText = false;    // the current message is text whose payload is not transformed
    quint64 m_messageBytes = 0;
    Utf8Validator m_textValidator;

    // Close frame payload (RFC 6455 §5.5.1): a 2-byte code, then a UTF-8 reason.
    char m_closeCodeBytes[2] = {};
    quint64 m_closeSeen = 0;
    Utf8Validator m_reasonValidator;

    // RFC 6455 §5.5.1: once a Close frame was sent, no data frame may follow it.
    bool m_closeFrameSeen = false;

    bool m_fatal = false;
    quint16 m_closeCode = 0;
    QString m_errorString;
    quint64 m_bytesConsumed = 0;
    qsizetype m_feedPos = 0;
    const char *m_section = "";
};
