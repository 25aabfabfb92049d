#include "nonreadingserver.h"

#include "core/protocol/handshake.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace {

// A one-byte read buffer: Qt stops taking bytes from the kernel, so TCP's window closes.
constexpr qint64 StalledReadBufferBytes = 1;

} // namespace

NonReadingServer::NonReadingServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            m_socket = socket;
            connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        }
    });
}

QString NonReadingServer::url() const
{
    return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort());
}

void NonReadingServer::drain()
{
    m_draining = true;
    if (m_socket) {
        m_socket->setReadBufferSize(0);
        m_socket->readAll();
    }
}

void NonReadingServer::onReadyRead()
{
    if (m_draining) {
        m_socket->readAll();
        return;
    }
    if (m_upgraded)
        return; // not reading: the bytes stay where they are
    m_head += m_socket->readAll();
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    QByteArray key;
    for (const QByteArray &line : m_head.left(end).split('\n')) {
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(line.indexOf(':') + 1).trimmed();
    }
    m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Accept: " + Handshake::acceptFor(key) + "\r\n\r\n");
    m_upgraded = true;
    m_socket->setReadBufferSize(StalledReadBufferBytes);
}
