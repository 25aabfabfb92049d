#pragma once

#include "core/log/event.h"
#include "core/protocol/closecodes.h"

#include <QByteArray>
#include <QString>

// The wire's word on how a tunnel's connection ended (RFC 6455 §7.1.4/§7.1.5): which Close frames
// crossed, who sent the first, and its code and reason. A plain value fed with each Close frame
// the tap decodes, in wire order; the tunnel adds what only the legs know (the upstream leg came
// up, the linger expired).
class CloseTracker
{
public:
    struct Summary
    {
        bool upstreamEstablished = false;
        bool outSeen = false;           // a Close frame client -> server
        bool inSeen = false;            // a Close frame server -> client
        Direction first = Direction::None;
        // Of the first Close frame; NoStatusReceived (1005) when its payload was empty,
        // AbnormalClosure (1006) when none crossed (§7.1.5).
        quint16 code = CloseCodes::AbnormalClosure;
        QString reason;
        FrameFields frame;              // the first Close frame
        QByteArray payload;
        bool lingerExpired = false;     // the other side's Close never came
    };

    // A Close frame crossed in `dir` with `payload` (unmasked). Returns true when it is the
    // connection's first: only that one sets the code, the reason and the frame (§7.1.5).
    bool closeFrame(Direction dir, const FrameFields &frame, const QByteArray &payload);
    void upstreamEstablished() { m_summary.upstreamEstablished = true; }
    void lingerExpired() { m_summary.lingerExpired = true; }

    // Both directions sent their Close frame: the closing handshake is complete (§7.1.2).
    bool bothSeen() const { return m_summary.outSeen && m_summary.inSeen; }
    // `dir` sent a Close frame.
    bool seen(Direction dir) const;
    const Summary &summary() const { return m_summary; }

private:
    Summary m_summary;
};
