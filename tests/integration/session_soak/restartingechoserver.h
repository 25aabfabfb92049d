#pragma once

#include <QList>
#include <QObject>

class QWebSocket;
class QWebSocketServer;

// An echo server on 127.0.0.1 that can go away the way a killed process does and come back on the
// same port: kill() stops listening and drops every connection at the TCP level, without a Close
// frame (QWebSocket::abort()), so a client sees its connection reset or ended, and new
// connections are refused until start() again.
class RestartingEchoServer : public QObject
{
    Q_OBJECT

public:
    explicit RestartingEchoServer(QObject *parent = nullptr);
    ~RestartingEchoServer() override;

    // Listens on `port` (0: a free one); false when it cannot.
    bool start(quint16 port = 0);
    void kill();
    bool isListening() const;
    quint16 port() const { return m_port; }
    int clientCount() const { return int(m_clients.size()); }

private:
    void onNewConnection();

    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_clients;
    quint16 m_port = 0;
};
