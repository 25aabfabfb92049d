#include "floodserver.h"

#include "core/protocol/frameencoder.h"
#include "core/protocol/handshake.h"

#include <QTcpServer>
#include <QTcpSocket>

FloodServer::FloodServer(int count, int size, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_count(count)
    , m_size(size)
{
    const QByteArray frame = FrameEncoder::encode(0x2, QByteArray(size, 'a'));
    m_framesPerChunk = int(qMax<qsizetype>(1, (256 * 1024) / frame.size()));
    m_chunk = frame.repeated(m_framesPerChunk);
    connect(m_server, &QTcpServer::newConnection, this, &FloodServer::onNewConnection);
}

quint16 FloodServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
}

void FloodServer::onNewConnection()
{
    QTcpSocket *socket = m_server->nextPendingConnection();
    if (m_socket) {
        socket->abort(); // one client per flood
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    connect(m_socket, &QTcpSocket::readyRead, this, &FloodServer::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FloodServer::onBytesWritten);
}

void FloodServer::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_upgraded) {
        // Anything after the flood began is the client's Close reply (RFC 6455 §5.5.1): the server
        // closes the TCP connection first (§7.1.1).
        if (m_closeSent)
            m_socket->disconnectFromHost();
        return;
    }
    m_request += data;
    const qsizetype end = m_request.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    QByteArray key;
    for (const QByteArray &line : m_request.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "sec-websocket-key")
            key = line.mid(colon + 1).trimmed();
    }
    m_upgraded = true;
    m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Accept: " + Handshake::acceptFor(key) + "\r\n\r\n");
    writeMore();
}

void FloodServer::onBytesWritten()
{
    writeMore();
}

void FloodServer::writeMore()
{
    while (m_sent < m_count && m_socket->bytesToWrite() < QueueBytes) {
        const int frames = qMin(m_framesPerChunk, m_count - m_sent);
        if (frames == m_framesPerChunk)
            m_socket->write(m_chunk);
        else
            m_socket->write(m_chunk.left(m_chunk.size() / m_framesPerChunk * frames));
        m_sent += frames;
    }
    if (m_sent == m_count && !m_closeSent) {
        m_closeSent = true;
        m_socket->write(FrameEncoder::encode(0x8, QByteArray("\x03\xe8" "flood done", 12)));
    }
}
