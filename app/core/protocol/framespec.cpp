#include "core/protocol/framespec.h"

#include "core/protocol/frameencoder.h"

FrameHeader FrameSpec::header(quint32 freshKey) const
{
    FrameHeader h;
    h.fin = fin;
    h.rsv = rsv & 0x7;
    h.opcode = opcode & 0xF;
    h.masked = masked;
    h.maskKey = masked ? maskKey.value_or(freshKey) : 0;
    h.payloadLength = lengthOnWire();
    h.lengthBits = lengthBits == 0 ? FrameHeader::minimalLengthBits(h.payloadLength) : lengthBits;
    h.raw = FrameEncoder::encodeHeader(h);
    // What the encoder really wrote (it falls back to the minimal encoding where the asked one
    // cannot hold the length; the parser refuses such a spec, a form may not).
    const int lengthField = quint8(h.raw.at(1)) & 0x7F;
    h.lengthBits = lengthField == 126 ? 16 : lengthField == 127 ? 64 : 7;
    h.nonMinimalLength = h.lengthBits != FrameHeader::minimalLengthBits(h.payloadLength);
    return h;
}

QByteArray FrameSpec::encode(quint32 freshKey) const
{
    const FrameHeader h = header(freshKey);
    QByteArray out = h.raw;
    const qsizetype headerSize = out.size();
    out.append(payload);
    if (h.masked)
        FrameHeader::applyMask(out.data() + headerSize, payload.size(), h.maskKey, 0);
    return out;
}

bool FrameSpec::operator==(const FrameSpec &other) const
{
    return fin == other.fin && rsv == other.rsv && opcode == other.opcode && masked == other.masked
            && maskKey == other.maskKey && declaredLength == other.declaredLength
            && lengthBits == other.lengthBits && payload == other.payload;
}
