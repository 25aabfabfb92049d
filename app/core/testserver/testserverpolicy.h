#pragma once

#include "core/protocol/httpmessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

// Who the built-in test server lets in. It listens on 127.0.0.1 only, but a web page in a local
// browser can still reach it (its port is saved and reused, so a page can guess it) and would get
// an echo server that queues whatever it is sent. Browsers always send an Origin header with a
// WebSocket handshake (RFC 6455 §4.1 item 8, §10.2) and a Host header naming the address the page
// asked for, so the server refuses
// - a Host that is not this server's own loopback address and port (a DNS-rebinding page sends
//   its own host name),
// - an Origin that is not the server itself (WsScope sends none unless a profile sets one; no page
//   can have the server's own origin, since it serves no pages),
// - more clients than MaxClients,
// and each admitted client may have at most MaxQueuedBytes waiting to go out and send messages
// of at most MaxMessageBytes. The texts are wire text for the client (plain ASCII English).
class TestServerPolicy
{
public:
    static constexpr int MaxClients = 16;
    // The largest message WsScope's composer sends (a 256 MiB file) can be echoed, no more: a
    // client that sends faster than it reads is closed with 1008 once this much waits for it
    // (not 1013, which Qt 6.4 clients take for a protocol error).
    static constexpr qint64 MaxQueuedBytes = qint64(256) * 1024 * 1024;
    static constexpr quint64 MaxMessageBytes = quint64(256) * 1024 * 1024;
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;
    static constexpr int HeadTimeoutMs = 10000;

    // RFC 9110 status codes the server answers a refused request with.
    static constexpr int BadRequest = 400;
    static constexpr int Forbidden = 403;
    static constexpr int MisdirectedRequest = 421;
    static constexpr int UpgradeRequired = 426;
    static constexpr int HeaderFieldsTooLarge = 431;
    static constexpr int ServiceUnavailable = 503;

    struct Decision
    {
        int status = 0;     // 0: admitted; else the HTTP status of the refusal
        QByteArray reason;  // the status line's reason phrase
        QByteArray text;    // the body: why, for the person reading the client's log
        bool isAdmitted() const { return status == 0; }
    };

    // The verdict on one complete request head, for a server on `port` that has `clients` now.
    static Decision admit(const HttpMessage &request, quint16 port, int clients);
    // A head that could not be read: not HTTP/1.x, or larger than MaxHeadBytes.
    static Decision malformed();
    static Decision tooLarge();

    // "127.0.0.1:PORT", "localhost:PORT" or "[::1]:PORT" (case-insensitive host, port required).
    static bool isOwnHost(QByteArrayView host, quint16 port);
    // An Origin naming this server: http, https, ws or wss, one of the hosts above, the same port.
    static bool isOwnOrigin(QByteArrayView origin, quint16 port);

    // The whole HTTP response for a refusal (status line, Content-Type, Content-Length,
    // Connection: close, the text).
    static QByteArray response(const Decision &decision);
};
