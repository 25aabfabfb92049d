#include "refusingserver.h"

#include <QHostAddress>
#include <QTcpSocket>

RefusingServer::RefusingServer(QByteArray statusLine, QObject *parent)
    : QTcpServer(parent)
    , m_statusLine(std::move(statusLine))
{
    connect(this, &QTcpServer::newConnection, this, &RefusingServer::onNewConnection);
}

bool RefusingServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl RefusingServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/private").arg(serverPort()));
}

void RefusingServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            request->append(socket->readAll());
            if (!request->contains("\r\n\r\n"))
                return;
            ++m_requests;
            const QByteArray body = "Missing or invalid token.\n";
            socket->write(m_statusLine + "\r\nContent-Type: text/plain\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}
