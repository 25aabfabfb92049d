#pragma once

#include "core/tap/tapconfig.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QString>

class QTcpServer;
class QTimer;
class TapGate;
class TapTunnel;

// The in-process wire tap (docs/ARCHITECTURE.md): a SOCKS5 server (RFC 1928, with RFC 1929
// username/password) on 127.0.0.1, set explicitly as the proxy of one session's QWebSocket.
//
// Any local process can connect to the port, so a connection belongs to nobody until it has
// authenticated (TapGate). The session asks for fresh one-time credentials per connection
// attempt (beginAttempt()); the first connection that authenticates with them consumes them and
// becomes a TapTunnel carrying that attempt's config, which relays and decodes the bytes. Every
// other connection is refused without a word to the session but a count: negotiation is bounded
// in time, pending connections are capped, and refusals are reported in bursts
// (foreignConnectionsRefused) that quote nothing a foreign connector chose.
class WireTap : public QObject
{
    Q_OBJECT

public:
    // Seconds are plenty for a local SOCKS exchange; QWebSocket completes it in microseconds.
    static constexpr int NegotiationTimeoutMs = 5000;
    // Unauthenticated connections held at once; more are closed at once.
    static constexpr int MaxPendingConnections = 8;
    // At the cap, a newcomer replaces the oldest pending connection if that one has been idle
    // this long (the session's own connection negotiates far faster), so idle foreign
    // connections cannot lock the session out; a burst of newcomers is closed instead.
    static constexpr int EvictableAfterMs = 250;
    // Refusals within this window after the first one make one note.
    static constexpr int RefusalNoteWindowMs = 1000;

    explicit WireTap(QObject *parent = nullptr);
    // A standing credential that any number of connections may use, with config(): the tap as
    // an ordinary SOCKS5 proxy (tests use it as an upstream proxy).
    WireTap(const QByteArray &user, const QByteArray &password, QObject *parent = nullptr);
    ~WireTap() override;

    // Listens on 127.0.0.1 on a free port; true if already listening.
    bool listen(QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;

    // Fresh random one-time credentials for one connection attempt, replacing the previous
    // attempt's; the tunnel that authenticates with them gets `config`. Returns the proxy to set
    // on the session's QWebSocket (explicit per socket: docs/ARCHITECTURE.md). Listen first.
    QNetworkProxy beginAttempt(const TapConfig &config);
    // The current attempt's credentials stop working (a no-op when already consumed).
    void endAttempt();

    // The standing credential's config (tunnels accepted from now on) and proxy.
    void setConfig(const TapConfig &config) { m_config = config; }
    const TapConfig &config() const { return m_config; }
    QNetworkProxy proxy() const;

    // For tests: the negotiation bound in ms (NegotiationTimeoutMs by default).
    void setNegotiationTimeout(int ms) { m_negotiationTimeoutMs = ms; }
    int pendingConnections() const { return int(m_pending.size()); }

signals:
    // A connection authenticated and asked for its target. It belongs to the tap (deleted when
    // finished) unless the receiver reparents it; tunnel->user() names the credentials it used.
    // Events flow through TapTunnel::eventProduced.
    void tunnelStarted(TapTunnel *tunnel);
    // A connection authenticated, then its SOCKS request failed: our own client's problem.
    void negotiationFailed(const QByteArray &user, const QString &error);
    // `count` connections that never authenticated were refused in the last burst.
    void foreignConnectionsRefused(int count);

private:
    struct Credential
    {
        QByteArray user;
        QByteArray password;
        TapConfig config;
        bool standing = false;
    };

    void onNewConnection();
    void onGateDecided(TapGate *gate);
    bool claim(const QByteArray &user, const QByteArray &password, TapConfig *config);
    void noteRefusal();

    QTcpServer *m_server = nullptr;
    QTimer *m_noteTimer = nullptr;
    QList<Credential> m_credentials;
    QList<TapGate *> m_pending;       // oldest first
    TapConfig m_config;
    int m_negotiationTimeoutMs = NegotiationTimeoutMs;
    int m_refused = 0;                // in the current burst
};
