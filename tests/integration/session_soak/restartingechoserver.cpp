#include "restartingechoserver.h"

#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>

RestartingEchoServer::RestartingEchoServer(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("soak echo"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &RestartingEchoServer::onNewConnection);
}

RestartingEchoServer::~RestartingEchoServer()
{
    kill();
}

bool RestartingEchoServer::start(quint16 port)
{
    // QTcpServer sets SO_REUSEADDR on Unix, so the port is free again at once.
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void RestartingEchoServer::kill()
{
    m_server->close();
    const QList<QWebSocket *> clients = std::exchange(m_clients, {});
    for (QWebSocket *client : clients) {
        client->disconnect(this);
        client->abort();
        client->deleteLater();
    }
}

bool RestartingEchoServer::isListening() const
{
    return m_server->isListening();
}

void RestartingEchoServer::onNewConnection()
{
    while (QWebSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        m_clients.append(client);
        connect(client, &QWebSocket::textMessageReceived, client,
                [client](const QString &message) { client->sendTextMessage(message); });
        connect(client, &QWebSocket::disconnected, this, [this, client] {
            m_clients.removeOne(client);
            client->deleteLater();
        });
    }
}
