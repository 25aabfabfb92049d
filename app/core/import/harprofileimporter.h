#pragma once

#include "core/import/importedprofile.h"

#include <QCoreApplication>
#include <QJsonObject>

// The WebSocket connections of a HAR saved by Chrome or Firefox DevTools as profiles, one per
// connection (HarImporter::isWebSocketEntry picks them; pages and scripts are skipped):
//
// - the request URL (an http(s) URL of an upgrade request becomes ws(s)); the profile is named
//   after its host and path, like a pasted command;
// - the request headers, except the ones the WebSocket client writes itself (Host, Connection,
//   Upgrade, Sec-WebSocket-Key, -Version, -Extensions; the browser's extension offer is named
//   in notMapped, WsScope offers none) and HTTP/2 pseudo-headers; Origin becomes the origin and
//   Sec-WebSocket-Protocol the offered subprotocols;
// - each distinct message the browser sent (HarImporter::readMessage), in order, as a saved
//   message: a text message in Json mode when it is a JSON object or array, else Text; a binary
//   one in Base64 mode (as the HAR holds it). Received messages are not saved messages. At most
//   MaxSavedMessages; the rest are counted in notMapped.
class HarProfileImporter
{
    Q_DECLARE_TR_FUNCTIONS(HarProfileImporter)

public:
    static constexpr int MaxSavedMessages = 100;

    static ProfileImportResult fromJsonObject(const QJsonObject &root);

private:
    HarProfileImporter() = delete;
};
