#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

class QTcpServer;
class QTcpSocket;
class QTimer;

// A WebSocket server for the steady-flood benchmark: a raw QTcpServer on 127.0.0.1 that answers
// one upgrade (RFC 6455 §4.2.2) and then sends small unmasked JSON text messages at a steady
// rate, on a precise tick, until stopped. Each tick sends what is due since the start (rate x
// elapsed), so a late tick catches up and the average rate holds. Meant to live in its own thread.
class PacedServer : public QObject
{
    Q_OBJECT

public:
    PacedServer(int messagesPerSecond, QObject *parent = nullptr);

    // Listens on 127.0.0.1, port 0; returns the port, or 0 on failure.
    quint16 listen();
    // Sends nothing more (the end of a run); the connection stays up.
    void stop();
    // Messages handed to the socket so far; ticks that found the client too far behind.
    quint64 sentCount() const { return m_sent; }
    quint64 stalledTicks() const { return m_stalledTicks; }

private:
    void onNewConnection();
    void onReadyRead();
    void onTick();

    static constexpr int TickMs = 10;
    // A client that reads slower than the rate does not make this server's memory grow: above
    // this much queued, a tick sends nothing (and is counted).
    static constexpr qint64 MaxQueuedBytes = 4 * 1024 * 1024;

    QTcpServer *m_server = nullptr;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_tick = nullptr;
    QElapsedTimer m_clock;
    QByteArray m_request;
    int m_rate = 0;
    quint64 m_sent = 0;
    quint64 m_stalledTicks = 0;
    bool m_upgraded = false;
};
