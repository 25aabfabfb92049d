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
class HandshakeValidator
{
    Q_DECLARE_TR_FUNCTIONS(HandshakeValidator)

public:
    static HandshakeCheck validate(const HttpMessage &request, const HttpMessage &response);
};
