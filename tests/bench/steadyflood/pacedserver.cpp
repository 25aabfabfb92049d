#include "pacedserver.h"

#include "core/protocol/frameencoder.h"
#include "core/protocol/handshake.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr quint8 TextOpcode = 0x1;

// A small JSON message of the kind a market feed or a chat sends (≈ 60 bytes).
QByteArray messageFor(quint64 seq)
{
    return "{\"type\":\"tick\",\"seq\":" + QByteArray::number(seq) + ",\"price\":" + QByteArray::number(1000 + seq % 97)
            + ",\"qty\":" + QByteArray::number(seq % 13 + 1) + '}';
}

} // namespace

PacedServer::PacedServer(int messagesPerSecond, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_tick(new QTimer(this))
    , m_rate(messagesPerSecond)
{
    m_tick->setTimerType(Qt::PreciseTimer);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &PacedServer::onTick);
    connect(m_server, &QTcpServer::newConnection, this, &PacedServer::onNewConnection);
}

quint16 PacedServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
}

void PacedServer::stop()
{
    m_tick->stop();
}

void PacedServer::onNewConnection()
{
    QTcpSocket *socket = m_server->nextPendingConnection();
    if (m_socket) {
        socket->abort(); // one client per run
        socket->deleteLater();
        return;
    }
    m_socket = socket;
    connect(m_socket, &QTcpSocket::readyRead, this, &PacedServer::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, m_tick, &QTimer::stop);
}

void PacedServer::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_upgraded)
        return; // a Close from the client at the end of the run; the client then drops the connection
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
    m_clock.start();
    m_tick->start();
}

void PacedServer::onTick()
{
    if (m_socket->bytesToWrite() > MaxQueuedBytes) {
        ++m_stalledTicks;
        return;
    }
    const quint64 due = quint64(double(m_rate) * double(m_clock.nsecsElapsed()) / 1e9);
    QByteArray batch;
    for (; m_sent < due; ++m_sent)
        batch += FrameEncoder::encode(TextOpcode, messageFor(m_sent + 1));
    if (!batch.isEmpty())
        m_socket->write(batch);
}
