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
};
