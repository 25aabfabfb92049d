#pragma once

#include "core/tap/socks5negotiation.h"
#include "core/tap/tapconfig.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>

class QTcpSocket;
class QTimer;

// One connection to the wire tap's port while it negotiates SOCKS5 (RFC 1928, RFC 1929): before
// it has authenticated it belongs to nobody (docs/ARCHITECTURE.md, "The wire tap"). Any local
// process can connect, so the gate bounds the time a connection may take and tells the WireTap
// how it ended; only a connection that authenticated with live credentials and sent its CONNECT
// request becomes a TapTunnel. Deletes itself once its socket is closed.
class TapGate : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Pending,
        Ready,     // authenticated, CONNECT read: takeSocket() and build the tunnel
        Refused,   // a foreign connector: wrong credentials, not SOCKS5, too slow, or evicted
        Failed,    // authenticated, then the request failed (errorString()); our own client
        Gone,      // closed by the peer before authenticating: nothing to say
    };

    // Checks an RFC 1929 pair and consumes it when it is one-time; fills in the tunnel's config.
    using Claim = std::function<bool(const QByteArray &user, const QByteArray &password, TapConfig *config)>;

    // Takes ownership of `socket`; gives up after `timeoutMs` of negotiation.
    TapGate(QTcpSocket *socket, Claim claim, int timeoutMs, QObject *parent = nullptr);
    ~TapGate() override;

    Outcome outcome() const { return m_outcome; }
    qint64 ageMs() const { return m_age.elapsed(); }
    bool isAuthenticated() const { return m_socks.isAuthenticated(); }
    QString errorString() const { return m_error; }

    // Ready only.
    QByteArray user() const { return m_socks.username(); }
    QString host() const { return m_socks.host(); }
    quint16 port() const { return m_socks.port(); }
    const TapConfig &config() const { return m_config; }
    QByteArray earlyBytes() const { return m_early; }   // what followed the SOCKS request
    // Hands the socket over (no longer a child of the gate, no longer watched); the gate then goes.
    QTcpSocket *takeSocket();

    // Closes a pending connection now (the WireTap's cap on pending connections).
    void evict();

    // How long a closing gate waits for its refusal reply to leave before it aborts.
    static constexpr int CloseGraceMs = 1000;

signals:
    // The outcome is known (emitted once).
    void decided(TapGate *gate);

private:
    void onReadyRead();
    void onTimeout();
    void onDisconnected();
    void decide(Outcome outcome, const QString &error = {});
    void close();

    QTcpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    Claim m_claim;
    Socks5Negotiation m_socks;
    TapConfig m_config;
    QByteArray m_early;
    QElapsedTimer m_age;
    Outcome m_outcome = Outcome::Pending;
    QString m_error;
};
