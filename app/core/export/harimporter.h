#pragma once

#include "core/export/sessionimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Reads the WebSocket connections of a HAR 1.2 file: the ones browser DevTools save (Chrome's
// entries with _resourceType "websocket", Firefox's with a ws:// or wss:// URL, both with
// _webSocketMessages [{type: send|receive, time: epoch seconds, opcode, data}], binary data
// base64) and WsScope's own (HarExporter). Other entries (pages, scripts) are skipped.
//
// Each connection becomes: its handshake request and response (headers in order; the accept
// check made again by HandshakeValidator), then its messages as the frames QWebSocket would
// have reported with the tap off (EventFactory::untappedFrame: a DevTools HAR has no frame
// headers). A WsScope HAR also restores its states, errors and Close record from
// `_wsscopeEvents`; a DevTools one gets a Connecting state at its start (and Open after a 101)
// so each connection is one attempt in the Handshake and Close tabs.
class HarImporter
{
    Q_DECLARE_TR_FUNCTIONS(HarImporter)

public:
    static SessionImport read(const QByteArray &data);
    // Whether `root` looks like a HAR (an object with a "log" object).
    static bool isHar(const QJsonObject &root);
    // Whether a HAR entry is a WebSocket connection: _resourceType "websocket", _webSocketMessages,
    // a ws:// or wss:// URL, or an "Upgrade: websocket" request header (Firefox writes no
    // _resourceType).
    static bool isWebSocketEntry(const QJsonObject &entry);

    // One element of _webSocketMessages as DevTools and HarExporter write it (its "time" is the
    // caller's): the direction, the opcode and the payload, binary data decoded from base64.
    struct DevToolsMessage
    {
        bool sent = false;
        quint8 opcode = 0;
        QByteArray payload;
    };
    // False with a translated *why (naming the field) when the message is not that shape.
    static bool readMessage(const QJsonObject &message, DevToolsMessage *out, QString *why);
};
