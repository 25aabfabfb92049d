#pragma once

#include "core/log/event.h"
#include "core/tap/tapconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>

class QSslSocket;

// The TLS side of a tap tunnel's upstream leg for wss:// (docs/ARCHITECTURE.md, "The wire tap"):
// how the socket is set up from the session's TapConfig, how a handshake is described in the log,
// and how long a handshake may take before the tap says it stalled.
class TapTls
{
    Q_DECLARE_TR_FUNCTIONS(TapTls)

public:
    // CA certificates, client certificate and peer verification as the config says.
    static void configure(QSslSocket *socket, const TapConfig &config);
    // A Tls event: protocol, cipher, the peer's chain (subject, issuer, validity of each
    // certificate), `errors` in TlsErrorText's words about `host`, and `warning`. Also the
    // session's, tap off, about QWebSocket's own socket.
    static Event describe(const QSslSocket *socket, const QList<QSslError> &errors, const QString &host,
                          const QString &warning);
    // The bound on the TLS handshake: config.tlsHandshakeStallMs, or less when the session's
    // whole-handshake timeout is shorter, so the tap still speaks before the session gives up.
    static int stallBoundMs(const TapConfig &config);
    // The Error text when the handshake with `target` ("host:port") got no answer in time.
    static QString stallText(const QString &target, int boundMs);
};
