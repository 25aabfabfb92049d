#include "widgets/session/framespecpresets.h"

#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"

namespace {

constexpr quint8 ReservedDataOpcode = 0x3; // RFC 6455 §5.2: 0x3-0x7 are reserved
constexpr quint8 Rsv1Bit = 4;              // FrameSpec::rsv holds RSV1..3 as bits 2..0
constexpr quint16 NoStatusCode = 1005;      // RFC 6455 §7.4.1: never sent in a Close frame
constexpr int MaxControlPayload = 125;      // RFC 6455 §5.5

FrameSpec spec(quint8 opcode, const QByteArray &payload)
{
    FrameSpec s;
    s.opcode = opcode;
    s.payload = payload;
    return s;
}

QByteArray closeBody(quint16 code, const QByteArray &reason = {})
{
    QByteArray body;
    body.append(char(code >> 8));
    body.append(char(code & 0xFF));
    return body + reason;
}

} // namespace

QList<FrameSpecPresets::Preset> FrameSpecPresets::all()
{
    QList<Preset> presets;
    presets.append({tr("Reserved opcode 0x3"), spec(ReservedDataOpcode, "hello"), false});
    FrameSpec rsv1 = spec(FrameHeader::Text, "hello");
    rsv1.rsv = Rsv1Bit;
    presets.append({tr("RSV1 set without an extension"), rsv1, false});
    FrameSpec unmasked = spec(FrameHeader::Text, "hello");
    unmasked.masked = false;
    presets.append({tr("Unmasked frame"), unmasked, false});
    FrameSpec fragmentedPing = spec(FrameHeader::Ping, "ping");
    fragmentedPing.fin = false;
    presets.append({tr("Fragmented ping (FIN off)"), fragmentedPing, false});
    presets.append({tr("Invalid UTF-8 in a text frame"), spec(FrameHeader::Text, QByteArray("\xC3\x28", 2)), true});
    presets.append({tr("Continuation without a start"), spec(FrameHeader::Continuation, "orphan"), false});
    presets.append({tr("Close with a 1-byte payload"), spec(FrameHeader::Close, QByteArray(1, char(0x03))), true});
    presets.append({tr("Close with code 1005"), spec(FrameHeader::Close, closeBody(NoStatusCode)), true});
    // Two bytes of code plus a reason: one byte over the control frame limit.
    const QByteArray reason(MaxControlPayload - 1, 'r');
    presets.append({tr("Close with an over-long reason (126 bytes)"),
                    spec(FrameHeader::Close, closeBody(CloseCodes::NormalClosure, reason)), true});
    return presets;
}
