#pragma once

#include "core/codecs/textcodec.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// What a message or frame payload is, and why: the answer a payload view needs before it picks
// a text, JSON or hex presentation. Decides from the opcode and the bytes only:
//
//   Empty   no payload bytes (any opcode).
//   Binary  the binary opcode (0x2); a Close payload (a status code and a reason, RFC 6455
//           §5.5.1, which CloseReport explains); or bytes that are not valid UTF-8 — for a text
//           message that breaks RFC 6455 §8.1 (violatesRfc, the receiver fails with 1007).
//   Json    valid UTF-8 that is one valid JSON text whose top-level value is an object or an
//           array. A bare scalar ("hi", 42, true) is valid JSON (RFC 8259 §2) but is reported as
//           Text: a tree of one node shows nothing the text does not, and a text message "42"
//           is more likely a number in words than a JSON document.
//   Text    any other valid UTF-8 (text, continuation, ping, pong and reserved opcodes).
//
// Cost is bounded: UTF-8 is checked in full (one linear pass, ASCII eight bytes at a time, the
// same check the decoder runs), JSON only up to MaxJsonCheckBytes and only when the text starts
// with '{' or '[' (after whitespace and a byte order mark). An incomplete message (complete ==
// false: a prefix, e.g. a capture cut short) may end inside a UTF-8 sequence and is never
// checked as JSON.
class PayloadClassifier
{
    Q_DECLARE_TR_FUNCTIONS(PayloadClassifier)

public:
    // JsonCodec::validate() runs at roughly 100-300 MB/s; 8 MiB keeps a click on a row instant.
    static constexpr qsizetype MaxJsonCheckBytes = qsizetype(8) * 1024 * 1024;

    enum class Kind : quint8 { Empty, Text, Json, Binary };

    struct Result
    {
        Kind kind = Kind::Empty;
        // Translated, lower case, no final period: "valid UTF-8, 42 characters",
        // "valid UTF-8, 12 characters; looks like JSON but: Line 3, column 5: ...".
        QString reason;
        qint64 invalidOffset = -1;           // first byte that is not UTF-8, -1 when there is none
        std::optional<CodecError> utf8Error; // line, column and words for invalidOffset
        std::optional<CodecError> jsonError; // the text starts like JSON but is not valid JSON
        qint64 characters = -1;              // code points (begun) when the bytes are valid UTF-8
        bool jsonChecked = false;            // JsonCodec::validate() ran on the payload
        bool violatesRfc = false;            // a text message that is not valid UTF-8 (RFC 6455 §8.1)
    };

    // opcode: the message's (Text or Binary) or the frame's (FrameHeader::Opcode, 0x0-0xF).
    static Result classify(quint8 opcode, QByteArrayView payload, bool complete = true);
    // Translated name of a kind: "empty", "text", "JSON", "binary".
    static QString kindName(Kind kind);
};
