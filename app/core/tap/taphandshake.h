#pragma once

#include "core/log/event.h"
#include "core/protocol/httpmessage.h"

#include <QByteArray>
#include <QString>

#include <functional>

class TapStream;

// The HTTP upgrade of a tap tunnel (RFC 6455 §4.1, §4.2.2), both sides, as a value the tunnel
// feeds with each leg's bytes while the handshake lasts. Request: the head is held until complete,
// since its one Host line may change (TapConfig), and is logged as it went upstream. Response: it
// is validated (HandshakeValidator); a 101 the tap accepted reaches QWebSocket in canonical form;
// a refused upgrade is held back until its body is complete (bounded), so the log has the whole
// response before QWebSocket drops the connection. The tunnel owns the sockets and writes what
// this returns; events go to the sink in wire order.
class TapHandshake
{
public:
    using EventSink = std::function<void(const Event &)>;

    // RFC 9110 §15.2.2: the one status that completes a WebSocket upgrade (RFC 6455 §4.1).
    static constexpr int SwitchingProtocols = 101;
    // What of a response that is not complete yet is held back from QWebSocket at most.
    static constexpr qsizetype MaxHeldResponse = qsizetype(256) * 1024;

    enum class ResponseStep { Incomplete, Invalid, Complete };

    // `target` ("host:port") names the server in the log; the Host value `hostFrom` becomes
    // `hostTo` (no rewrite when `hostFrom` is empty).
    TapHandshake(const QString &target, const QByteArray &hostFrom, const QByteArray &hostTo, EventSink sink);

    // Client bytes while `out` is in its HTTP part. False while the head is incomplete (the bytes
    // are kept). Then true: `*head` goes upstream (the head as rewritten, or all bytes so far
    // when they are not a request), `*rest` follows it (the first frames).
    bool takeRequestBytes(TapStream &out, const QByteArray &data, QByteArray *head, QByteArray *rest);
    // The request as it went upstream.
    const HttpMessage &request() const { return m_request; }

    // Server bytes while `in` is in its HTTP part. On Complete, `*used` of them were the
    // response's; after a 101 the rest are frames.
    ResponseStep takeResponseBytes(TapStream &in, const QByteArray &data, qsizetype *used);
    // Whether `data` (already fed) is held back rather than relayed now: the response is not
    // complete and what is held stays within MaxHeldResponse.
    bool hold(const TapStream &in, const QByteArray &data);
    // What the client gets for `data` now: everything held before it, and instead of the head of a
    // 101 the tap accepted, the canonical one. `data` itself, shared, once the response is through.
    QByteArray forClient(const QByteArray &data);
    // A leg closed before the response was complete, the client's first when `clientClosedFirst`:
    // a body delimited by the close is complete now (RFC 9112 §6.3 item 8); otherwise the log says
    // who left the upgrade unanswered.
    void endResponse(TapStream &in, const TapStream &out, bool clientClosedFirst);

    QString subprotocol() const { return m_subprotocol; }
    // Bytes held: the request head so far and the response held back.
    qint64 bufferedBytes() const { return m_requestBuffer.size() + m_heldResponse.size(); }

private:
    void responseComplete(TapStream &in);
    QByteArray rewriteHost(const QByteArray &head) const;

    QString m_target;
    QByteArray m_hostFrom;
    QByteArray m_hostTo;
    EventSink m_sink;
    QByteArray m_requestBuffer;   // the request head until complete
    HttpMessage m_request;
    QByteArray m_heldResponse;    // server bytes before the response was complete
    QByteArray m_canonicalHead;   // the 101 QWebSocket gets instead of the server's head
    qsizetype m_responseHeadSize = 0;
    QString m_subprotocol;
};
