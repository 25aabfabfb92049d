#include "core/session/closeverdict.h"

#include "core/protocol/closecodes.h"
#include "core/protocol/closepayload.h"

CloseVerdict CloseVerdict::decide(const Facts &facts)
{
    if (facts.tapActive && facts.tunnelSeen)
        return fromWire(facts.tunnel);
    return fromQWebSocket(facts);
}

CloseVerdict CloseVerdict::fromWire(const TapTunnel::CloseSummary &s)
{
    // The wire's word (RFC 6455 §7.1.5): the first Close frame's code, 1005 when it had none,
    // 1006 when no Close frame crossed at all (the tap's summary already says so).
    CloseVerdict v;
    v.code = s.code;
    v.reason = s.reason;
    v.initiator = s.first == Direction::Out ? CloseInitiator::Client
            : s.first == Direction::In     ? CloseInitiator::Server
                                           : CloseInitiator::None;
    // Clean (§7.1.4): both Close frames crossed, and the TCP connection then ended on its own.
    v.clean = s.outSeen && s.inSeen && !s.lingerExpired;
    if (s.first != Direction::None && !(s.outSeen && s.inSeen))
        v.text = s.first == Direction::Out ? tr("The server never answered our Close frame.")
                                           : tr("No Close frame answered the server's Close frame.");
    const ClosePayload first = s.first == Direction::None ? ClosePayload() : ClosePayload::parse(s.payload);
    if (!first.valid) {
        // A malformed Close frame carries no status (RFC 6455 §5.5.1); receiving one fails the
        // connection with the code of the violation (§7.1.7), which is what the close was.
        v.code = first.violationCode;
        v.clean = false;
        v.text = s.first == Direction::In
                ? tr("The server's Close frame was malformed: %1 The connection failed with %2.")
                          .arg(first.error, CloseCodes::label(first.violationCode))
                : tr("Our Close frame was malformed: %1").arg(first.error);
    }
    v.dir = s.first;
    v.frame = s.frame;
    v.payload = s.payload;
    return v;
}

CloseVerdict CloseVerdict::fromQWebSocket(const Facts &facts)
{
    CloseVerdict v;
    if (facts.tapActive || !facts.wasOpen) {
        // The tap saw no tunnel (it never got that far), or the connection never opened: no
        // Close frame can have crossed (RFC 6455 §7.1.5).
        v.code = CloseCodes::AbnormalClosure;
        v.initiator = facts.sentCloseCode != 0 ? CloseInitiator::Client : CloseInitiator::None;
    } else if (facts.sentCloseCode != 0) {
        v.code = facts.sentCloseCode;
        v.reason = facts.sentCloseReason;
        v.initiator = CloseInitiator::Client;
        v.cleanKnown = false;
        v.text = tr("Tap off: whether the server answered our Close frame, and so whether the close was clean "
                    "(RFC 6455 §7.1.4), is unknown.");
        v.dir = Direction::Out;
    } else if (facts.serverClosedFirst) {
        v.code = facts.socketCloseCode;
        v.reason = facts.socketCloseReason;
        v.initiator = CloseInitiator::Server;
        // QWebSocket answers a server's Close frame on its own, without a signal: the reply was
        // queued, but whether it crossed the wire before TCP closed nothing here can see.
        v.cleanKnown = false;
        v.text = tr("Tap off: QWebSocket answers the server's Close frame, but whether the answer crossed the wire, "
                    "and so whether the close was clean (RFC 6455 §7.1.4), is unknown. The code is what QWebSocket "
                    "reports; it reads an empty Close frame as 1000 and rewrites 1012-1014 to 1002.");
        v.dir = Direction::In;
    } else {
        v.code = CloseCodes::AbnormalClosure;
        v.initiator = CloseInitiator::None;
    }
    return v;
}
