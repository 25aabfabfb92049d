#pragma once

#include "core/testserver/testserverpolicy.h"

#include <QObject>
#include <QString>

#include <functional>

class QTcpServer;
class QTcpSocket;

// The test server's front door: a QTcpServer on 127.0.0.1 that reads each connection's request
// head (without consuming it) and lets TestServerPolicy decide. A refused request gets its HTTP
// answer and is closed before any WebSocket exists; an admitted one is handed on, its bytes still
// unread, for the QWebSocketServer to upgrade. A connection that sends no complete head within
// the head timeout (TestServerPolicy::HeadTimeoutMs) is dropped.
class TestServerAdmission : public QObject
{
    Q_OBJECT

public:
    explicit TestServerAdmission(QObject *parent = nullptr);

    bool listen(quint16 port, QString *error);
    void close();
    bool isListening() const;
    quint16 port() const;
    // How many clients the server has now (for TestServerPolicy::MaxClients).
    void setClientCounter(std::function<int()> counter) { m_clients = std::move(counter); }
    void setHeadTimeout(int ms) { m_headTimeoutMs = ms; }

signals:
    // The socket now belongs to the receiver; its request head is still unread.
    void admitted(QTcpSocket *socket);
    // A request was refused with `status`; `text` is the body it was answered with.
    void refused(int status, const QString &text);

private:
    void onNewConnection();
    void inspect(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, const TestServerPolicy::Decision &decision);

    QTcpServer *m_server;
    std::function<int()> m_clients;
    int m_headTimeoutMs = TestServerPolicy::HeadTimeoutMs;
};
