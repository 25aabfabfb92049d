#include "core/tap/wiretap.h"

#include "core/tap/taptunnel.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

WireTap::WireTap(const QByteArray &user, const QByteArray &password, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_user(user)
    , m_password(password)
{
    connect(m_server, &QTcpServer::newConnection, this, &WireTap::onNewConnection);
}

WireTap::~WireTap() = default;

bool WireTap::listen(QString *error)
{
    if (m_server->isListening())
        return true;
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = tr("The wire tap could not listen on 127.0.0.1: %1").arg(m_server->errorString());
    return false;
}

bool WireTap::isListening() const
{
    return m_server->isListening();
}

quint16 WireTap::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

QNetworkProxy WireTap::proxy() const
{
    // Socks5Proxy has HostNameLookupCapability by default: Qt sends the host name (ATYP 3) and
    // the tap resolves it, so DNS errors are the tap's to report.
    return QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), port(),
                         QString::fromUtf8(m_user), QString::fromUtf8(m_password));
}

void WireTap::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *tunnel = new TapTunnel(socket, m_user, m_password, m_config, this);
        connect(tunnel, &TapTunnel::finished, tunnel, &QObject::deleteLater);
        emit tunnelStarted(tunnel);
    }
}
