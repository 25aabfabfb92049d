#pragma once

#include <QByteArray>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// A WebSocket firehose for benchmarks: a raw QTcpServer on 127.0.0.1 that answers one upgrade
// (RFC 6455 §4.2.2) and then writes `count` unmasked binary frames of `size` bytes as fast as the
// socket drains, followed by a Close 1000. Frames are encoded once and repeated, so the sender
// costs almost nothing and the client side is what gets measured. Meant to live in its own thread.
class FloodServer : public QObject
{
    Q_OBJECT

public:
    FloodServer(int count, int size, QObject *parent = nullptr);

    // Listens on 127.0.0.1, port 0; returns the port, or 0 on failure.
    quint16 listen();

private:
    void onNewConnection();
    void onReadyRead();
    void onBytesWritten();
    void writeMore();

    // Keeps at most this many bytes queued in the socket, so the server's memory stays small.
    static constexpr qint64 QueueBytes = 1024 * 1024;

    QTcpServer *m_server = nullptr;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_request;
    QByteArray m_chunk;       // whole frames, repeated
    int m_framesPerChunk = 0;
    int m_count = 0;
    int m_size = 0;
    int m_sent = 0;
    bool m_upgraded = false;
    bool m_closeSent = false;
};
