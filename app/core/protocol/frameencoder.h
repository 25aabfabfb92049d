#pragma once

#include "core/protocol/frameheader.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Writes RFC 6455 §5.2 frames. Every header field is taken as given (FIN, RSV, any opcode, mask or
// none, a non-minimal length encoding), so tests and fault injection can build frames a correct
// peer would never send.
class FrameEncoder
{
public:
    // Header from header.fin/rsv/opcode/masked/maskKey; the length is payload.size(), written with
    // header.lengthBits if that encoding can hold it (non-minimal on purpose), else the minimal one.
    // header.payloadLength is ignored. The payload is masked when header.masked is set.
    static QByteArray encode(const FrameHeader &header, QByteArrayView payload);
    static QByteArray encode(quint8 opcode, QByteArrayView payload, bool fin = true,
                             std::optional<quint32> maskKey = {});
    // Only the header, declaring header.payloadLength (encoded as above): lets a test declare a
    // length without supplying the payload, e.g. a 2^40-byte frame.
    static QByteArray encodeHeader(const FrameHeader &header);
};
