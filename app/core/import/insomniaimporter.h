#pragma once

#include "core/import/importedprofile.h"

#include <QCoreApplication>
#include <QJsonObject>

// The WebSocket requests of an Insomnia v4 export (`"_type": "export"`, `"__export_format": 4`)
// as profiles, one per `websocket_request` resource:
//
// - name, url; query `parameters` appended to the URL (disabled ones left out and named);
//   `headers` with their enabled state (Origin becomes the origin, Sec-WebSocket-Protocol the
//   subprotocols; the ones the client writes itself are left out and named);
// - `authentication`: bearer → "Authorization: <prefix or Bearer> <token>", basic → a Basic
//   Authorization header (not when user or password is a reference: it cannot be encoded before
//   it is resolved), apikey → the header (or query parameter, or Cookie) it names; others named;
// - its `websocket_payload` children (parentId), in Insomnia's order (metaSortKey), as saved
//   messages: mode application/json → Json, anything else → Text.
//
// Every text goes through InsomniaTemplate (`{{ _.host }}` → `{{host}}`); the variables a profile
// refers to are named, since Insomnia's environments are not imported with it. HTTP, gRPC and
// other requests are counted in `skipped`.
class InsomniaImporter
{
    Q_DECLARE_TR_FUNCTIONS(InsomniaImporter)

public:
    static constexpr int SupportedExportFormat = 4;

    // Whether `root` says it is an Insomnia export ("_type": "export" or "__export_format").
    static bool claimsToBeInsomnia(const QJsonObject &root);
    static ProfileImportResult fromJsonObject(const QJsonObject &root);

private:
    InsomniaImporter() = delete;
};
