#include "core/protocol/frameencoder.h"

#include <algorithm>

QByteArray FrameEncoder::encodeHeader(const FrameHeader &header)
{
    const quint64 length = header.payloadLength;
    quint8 bits = header.lengthBits;
    // Use the requested encoding only where it can hold the length.
    if (!(bits == 64 || (bits == 16 && length <= FrameHeader::MaxSixteenBitLength)
          || (bits == 7 && length <= FrameHeader::MaxSevenBitLength)))
        bits = FrameHeader::minimalLengthBits(length);

    QByteArray out;
    out.reserve(14);
    out.append(char((header.fin ? 0x80 : 0) | ((header.rsv & 0x7) << 4) | (header.opcode & 0xF)));
    const char maskBit = header.masked ? char(0x80) : char(0);
    if (bits == 7) {
        out.append(char(maskBit | char(length)));
    } else if (bits == 16) {
        out.append(char(maskBit | 126));
        out.append(char(length >> 8));
        out.append(char(length));
    } else {
        out.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char(length >> shift));
    }
    if (header.masked) {
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char(header.maskKey >> shift));
    }
    return out;
}

QByteArray FrameEncoder::encode(const FrameHeader &header, QByteArrayView payload)
{
    FrameHeader sized = header;
    sized.payloadLength = quint64(payload.size());
    QByteArray out = encodeHeader(sized);
    const qsizetype headerSize = out.size();
    out.resize(headerSize + payload.size());
    if (header.masked)
        FrameHeader::applyMask(payload.data(), out.data() + headerSize, payload.size(), header.maskKey, 0);
    else if (!payload.isEmpty())
        std::copy(payload.begin(), payload.end(), out.begin() + headerSize);
    return out;
}

QByteArray FrameEncoder::encode(quint8 opcode, QByteArrayView payload, bool fin, std::optional<quint32> maskKey)
{
    FrameHeader header;
    header.opcode = opcode;
    header.fin = fin;
    header.masked = maskKey.has_value();
    header.maskKey = maskKey.value_or(0);
    header.lengthBits = FrameHeader::minimalLengthBits(quint64(payload.size()));
    return encode(header, payload);
}
