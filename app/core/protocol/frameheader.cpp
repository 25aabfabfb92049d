#include "core/protocol/frameheader.h"

#include <cstring>

bool FrameHeader::isReservedOpcode(quint8 opcode)
{
    return (opcode >= 0x3 && opcode <= 0x7) || (opcode >= 0xB && opcode <= 0xF);
}

QString FrameHeader::opcodeName(quint8 opcode)
{
    switch (opcode) {
    case Continuation:
        return QStringLiteral("continuation");
    case Text:
        return QStringLiteral("text");
    case Binary:
        return QStringLiteral("binary");
    case Close:
        return QStringLiteral("close");
    case Ping:
        return QStringLiteral("ping");
    case Pong:
        return QStringLiteral("pong");
    default:
        return QStringLiteral("reserved-0x") + QString::number(opcode & 0xF, 16).toUpper();
    }
}

quint8 FrameHeader::minimalLengthBits(quint64 length)
{
    if (length <= MaxSevenBitLength)
        return 7;
    if (length <= MaxSixteenBitLength)
        return 16;
    return 64;
}

void FrameHeader::applyMask(char *data, qsizetype size, quint32 maskKey, quint64 payloadOffset)
{
    applyMask(data, data, size, maskKey, payloadOffset);
}

void FrameHeader::applyMask(const char *source, char *target, qsizetype size, quint32 maskKey,
                            quint64 payloadOffset)
{
    // RFC 6455 §5.3: octet i of the payload is XORed with key octet i MOD 4.
    const unsigned phase = unsigned(payloadOffset & 3);
    quint8 key[8];
    for (unsigned i = 0; i < 8; ++i)
        key[i] = quint8(maskKey >> (8 * (3 - ((phase + i) & 3))));
    qsizetype i = 0;
    if (size >= 8) {
        // Eight bytes at a time: 8 is a multiple of 4, so the rotated key stays aligned.
        quint64 key64;
        std::memcpy(&key64, key, sizeof key64);
        for (; i + 8 <= size; i += 8) {
            quint64 word;
            std::memcpy(&word, source + i, sizeof word);
            word ^= key64;
            std::memcpy(target + i, &word, sizeof word);
        }
    }
    for (; i < size; ++i)
        target[i] = char(quint8(source[i]) ^ key[i & 7]);
}
