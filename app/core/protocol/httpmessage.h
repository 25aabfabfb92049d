#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP/1.1 request or response head as it crossed the wire (upgrade request,
// 101 or refusal response), plus the body of a refused upgrade. A plain value.
struct HttpMessage
{
    using Header = QPair<QByteArray, QByteArray>; // name as sent (original case), value trimmed

    bool isRequest = true;
    // Request line
    QByteArray method;
    QByteArray target;
    // RFC 9110 §15.2.2: the one status that completes a WebSocket upgrade (RFC 6455 §4.1).
    static constexpr int SwitchingProtocols = 101;
    // Response status line
    int statusCode = 0;
    QByteArray reasonPhrase;
    QByteArray version = "HTTP/1.1";

    QList<Header> headers;   // wire order, duplicates kept
    QByteArray rawHead;      // the exact bytes of the head, including the final CRLF CRLF

    QByteArray body;         // at most the parser's body limit (64 KiB)
    qint64 bodyBytesSeen = 0;    // every body byte that arrived
    qint64 bodyBytesDropped = 0; // bodyBytesSeen - body.size(): what was cut

    // The head as bytes: rawHead when it was recorded, else rebuilt from the fields (start
    // line, headers in order, CRLF line ends, the empty line), e.g. a request logged with the tap off.
    QByteArray head() const;
    bool isHeadReconstructed() const { return rawHead.isEmpty(); }
    // All values of a header, case-insensitive name, wire order.
    QList<QByteArray> values(QByteArrayView name) const;
    // The first value, or a null QByteArray.
    QByteArray value(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const { return !value(name).isNull(); }
    // A comma-separated token list over all occurrences (e.g. Connection, Sec-WebSocket-Protocol),
    // each token trimmed, empty tokens dropped.
    QList<QByteArray> tokens(QByteArrayView name) const;
};
