#pragma once

#include "core/protocol/frameheader.h"

#include <QByteArray>
#include <QtGlobal>

#include <optional>

// One frame as a user asks the tap to write it (the protocol workbench): every header field
// settable, so it can be a frame no correct client sends. A plain value, built by
// FrameSpecParser from the `--send-frame` field syntax or by a form, judged by
// FrameSpecClassifier, and written by the tap (TapInjector).
struct FrameSpec
{
    bool fin = true;
    quint8 rsv = 0;                        // RSV1..3 as bits 2..0 (RSV1 = 4), as in FrameHeader
    quint8 opcode = FrameHeader::Text;     // any 0x0-0xF
    bool masked = true;                    // RFC 6455 §5.3: a client masks every frame
    std::optional<quint32> maskKey;        // none: a fresh random key each time it is written
    std::optional<quint64> declaredLength; // none: the payload's real length
    quint8 lengthBits = 0;                 // 0: the minimal encoding; else 7, 16 or 64 (non-minimal allowed)
    QByteArray payload;                    // the bytes that follow the header (unmasked)

    // The header this spec describes, masked with maskKey or else with `freshKey`; raw is set.
    FrameHeader header(quint32 freshKey) const;
    // The frame's wire bytes: header() then the payload, masked with the header's key.
    QByteArray encode(quint32 freshKey) const;
    // The length the header declares: declaredLength, else the payload's size.
    quint64 lengthOnWire() const { return declaredLength.value_or(quint64(payload.size())); }

    bool operator==(const FrameSpec &other) const;
    bool operator!=(const FrameSpec &other) const { return !(*this == other); }
};
