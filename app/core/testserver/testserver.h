#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

// The built-in test server: a QWebSocketServer on 127.0.0.1 so WsScope works with no network.
// Paths (the query selects variants):
//   /echo                          echoes every text and binary message
//   /push?ms=N                     sends a JSON text message and a ping every N ms (default 1000)
//   /close?code=N&reason=R         closes with that code and reason right after the handshake;
//          &after=message          … or after the first message instead (to watch an echo-less close)
//   /slow?ms=N                     echoes every message after N ms (default 1000, at most 60000)
// Any other path is closed at once with 1008 and a reason that lists the paths above.
class TestServer : public QObject
{
    Q_OBJECT

public:
    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // Listens on 127.0.0.1:port (0: a free port). On failure returns false with *error.
    bool start(quint16 port = 0, QString *error = nullptr);
    void stop();                                  // closes every client with 1001 (going away)
    bool isRunning() const;
    quint16 port() const;                         // 0 when stopped
    QString errorString() const { return m_errorString; } // why the last start() failed
    QUrl url(const QString &pathAndQuery = QStringLiteral("/echo")) const; // ws://127.0.0.1:PORT/echo
    int clientCount() const { return int(m_clients.size()); }

signals:
    void runningChanged(bool running);
    void clientConnected(const QString &path);
    void clientDisconnected(const QString &path);

private:
    void onNewConnection();
    void serve(QWebSocket *socket);
    static void closeSocket(QWebSocket *socket, const QUrl &request);

    QWebSocketServer *m_server = nullptr;
    QList<QPointer<QWebSocket>> m_clients;
    QString m_errorString;
};
