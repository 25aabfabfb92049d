#pragma once

#include "core/log/event.h"

#include <QByteArray>

#include <functional>

// The one place tests build log events: frames with a real header (encoded by FrameEncoder,
// so the raw header bytes, the length encoding and the masking key are what a wire would
// carry), the record of a fragmented message, and events that carry only a detail.
class TestEvents
{
public:
    struct FrameSpec
    {
        bool fin = true;
        quint8 rsv = 0;
        bool masked = false;   // default: masked when the client sent it (dir Out)
        bool maskSet = false;  // true: use `masked` as given
        quint32 maskKey = 0x37fa213d;
        bool endsMessage = true; // for data frames with fin: mark the end of a message
        quint8 lengthBits = 0;   // 0: the minimal length encoding; 16 or 64: that one (non-minimal
                                 // when the length fits a shorter one, RFC 6455 §5.2)
    };

    // A Frame event as the tap logs it; seq/wallMs 0 let an EventLog stamp them.
    static Event frame(Direction dir, quint8 opcode, const QByteArray &payload, quint64 seq = 0, qint64 wallMs = 0);
    static Event frame(Direction dir, quint8 opcode, const QByteArray &payload, const FrameSpec &spec,
                       quint64 seq = 0, qint64 wallMs = 0);
    // The last frame (a continuation with FIN) of a message of `frames` frames whose whole payload
    // is `message`: what the tap logs when a fragmented message completes.
    static Event lastFragment(Direction dir, quint8 messageOpcode, const QByteArray &lastPayload,
                              const QByteArray &message, int frames, quint64 seq = 0, qint64 wallMs = 0);
    // A frame as logged with the tap off (no header).
    static Event untapped(Direction dir, quint8 opcode, const QByteArray &payload, quint64 seq = 0, qint64 wallMs = 0);
    // An event of `kind` whose content is its detail, filled in by `fill`.
    static Event withDetail(EventKind kind, Direction dir, const std::function<void(EventDetail &)> &fill,
                            quint64 seq = 0, qint64 wallMs = 0);
};
