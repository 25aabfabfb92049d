#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// One RFC 6455 §5.2 frame header as it crossed the wire. A plain value: the decoder fills it in,
// the encoder writes it out (every field settable, so tests and fault injection can build any frame).
struct FrameHeader
{
    bool fin = true;
    quint8 rsv = 0;                // RSV1..3 as bits 2..0 (RSV1 = 4)
    quint8 opcode = 0;             // 0x0-0xF as on the wire
    bool masked = false;
    quint32 maskKey = 0;           // the 4 key bytes as a big-endian value
    quint64 payloadLength = 0;
    quint8 lengthBits = 7;         // 7, 16 or 64: which length encoding was used
    bool nonMinimalLength = false; // e.g. 16-bit encoding of a length < 126 (RFC 6455 §5.2 "minimal number of bytes")
    QByteArray raw;                // the exact header bytes (2..14)

    enum Opcode : quint8 {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xA,
    };

    // The opcode is 4 bits (RFC 6455 §5.2): 16 values, reserved ones included.
    static constexpr int OpcodeCount = 16;
    // Opcodes 0x8-0xF are control frames (RFC 6455 §5.5), the reserved ones 0xB-0xF included.
    static constexpr quint8 ControlBit = 0x8;
    // RFC 6455 §5.2: the 7-bit length holds 0-125; 126 and 127 announce a 16- or 64-bit length.
    static constexpr quint64 MaxSevenBitLength = 125;
    static constexpr quint64 MaxSixteenBitLength = 0xFFFF;
    bool isControl() const { return isControlOpcode(opcode); }
    static bool isControlOpcode(quint8 opcode) { return (opcode & ControlBit) != 0; }
    // 0x3-0x7 and 0xB-0xF are reserved for future use (RFC 6455 §5.2).
    static bool isReservedOpcode(quint8 opcode);
    // "continuation", "text", "binary", "close", "ping", "pong", "reserved-0x3" ... "reserved-0xF".
    // Not translated: a protocol token, also written to JSONL.
    static QString opcodeName(quint8 opcode);
    // The smallest length encoding (7, 16 or 64 bits) that holds `length` (RFC 6455 §5.2).
    static quint8 minimalLengthBits(quint64 length);

    // XORs `size` bytes in place with the masking key (RFC 6455 §5.3); `payloadOffset` is the
    // position of data[0] in the frame's payload, so a payload can be (un)masked in pieces.
    static void applyMask(char *data, qsizetype size, quint32 maskKey, quint64 payloadOffset);
    // Same, reading from `source` and writing to `target` (which may be the same buffer).
    static void applyMask(const char *source, char *target, qsizetype size, quint32 maskKey,
                          quint64 payloadOffset);
};
