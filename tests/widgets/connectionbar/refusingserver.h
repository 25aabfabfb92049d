#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

// A loopback HTTP server that refuses every WebSocket upgrade with one fixed response
// ("HTTP/1.1 401 Unauthorized" and a short body), then closes the connection.
class RefusingServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit RefusingServer(QByteArray statusLine = "HTTP/1.1 401 Unauthorized", QObject *parent = nullptr);

    bool start();
    QUrl url() const;
    int requests() const { return m_requests; }

private:
    void onNewConnection();

    QByteArray m_statusLine;
    int m_requests = 0;
};
