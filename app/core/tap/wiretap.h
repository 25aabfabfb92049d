#pragma once

#include "core/tap/tapconfig.h"

#include <QByteArray>
#include <QNetworkProxy>
#include <QObject>
#include <QString>

class QTcpServer;
class TapTunnel;

// The in-process wire tap (docs/ARCHITECTURE.md): a SOCKS5 server (RFC 1928, with RFC 1929
// username/password) on 127.0.0.1, set explicitly as the proxy of one session's QWebSocket.
// Each accepted connection becomes a TapTunnel that relays and decodes the bytes. Only the
// holder of the credentials (the session id and a random secret) may use it.
class WireTap : public QObject
{
    Q_OBJECT

public:
    WireTap(const QByteArray &user, const QByteArray &password, QObject *parent = nullptr);
    ~WireTap() override;

    // Listens on 127.0.0.1 on a free port; true if already listening.
    bool listen(QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;
    QByteArray user() const { return m_user; }

    // Applies to tunnels accepted from now on.
    void setConfig(const TapConfig &config) { m_config = config; }
    const TapConfig &config() const { return m_config; }

    // The proxy to set on the session's QWebSocket (explicit per socket: docs/ARCHITECTURE.md).
    QNetworkProxy proxy() const;

signals:
    // A new connection arrived; it belongs to the tap (deleted when finished) unless the
    // receiver reparents it. Events flow through TapTunnel::eventProduced.
    void tunnelStarted(TapTunnel *tunnel);

private:
    void onNewConnection();

    QTcpServer *m_server = nullptr;
    QByteArray m_user;
    QByteArray m_password;
    TapConfig m_config;
};
