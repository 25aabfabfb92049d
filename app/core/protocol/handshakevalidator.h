#pragma once

#include "core/protocol/httpmessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// What the client side of RFC 6455 §4.1 found when it checked the server's handshake response.
struct HandshakeCheck
{
    bool ok = false;                     // all checks passed
    QByteArray acceptExpected;           // Handshake::acceptFor(request's Sec-WebSocket-Key)
    QByteArray acceptReceived;           // response header value (null if absent)
    bool acceptValid = false;
    QByteArray subprotocol;              // negotiated one (empty if none)
    QList<QByteArray> extensions;        // response's Sec-WebSocket-Extensions tokens (extension names)
    QStringList problems;                // one translated sentence per failed check
};

// RFC 6455 §4.1, "the client MUST validate the server's response as follows", items 1-6.
// Lenient exactly where the RFCs are (docs/ARCHITECTURE.md, "Honest ends, lenient where the RFC
// is"): header names in any case (RFC 9110 §5.1), Upgrade and Connection values in any case
// (RFC 6455 §4.1 items 2-3), Connection as a token list such as "keep-alive, Upgrade", list
// fields split over several field lines or with empty elements (RFC 9110 §5.3, §5.6.1), any
// reason phrase (RFC 9112 §4). Strict elsewhere: Upgrade names websocket and nothing else, the
// accept value matches byte for byte, a 101 comes with HTTP/1.1 or later.
class HandshakeValidator
{
    Q_DECLARE_TR_FUNCTIONS(HandshakeValidator)

public:
    static HandshakeCheck validate(const HttpMessage &request, const HttpMessage &response);

    // The 101 response the tap hands QWebSocket once validate() accepted the server's: status
    // line, Upgrade, Connection, Sec-WebSocket-Accept and the negotiated Sec-WebSocket-Protocol,
    // nothing else, in the spelling Qt 6.4 insists on. Empty unless check.ok.
    static QByteArray canonicalResponse(const HandshakeCheck &check);
};
