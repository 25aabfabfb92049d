#pragma once

#include "core/testserver/testserverpolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;
class TestServerAdmission;

// The built-in test server: a QWebSocketServer on 127.0.0.1 so WsScope works with no network.
// Paths (the query selects variants):
//   /echo                          echoes every text and binary message
//   /push?ms=N                     sends a JSON text message and a ping every N ms (default 1000)
//   /close?code=N&reason=R         closes with that code and reason right after the handshake;
//          &after=message          … or after the first message instead (to watch an echo-less close)
//   /slow?ms=N                     echoes every message after N ms (default 1000, at most 60000)
// Any other path is closed at once with 1008 and a reason that lists the paths above.
// Requests pass TestServerAdmission first: no web page can use it (TestServerPolicy), a client
// sends messages of at most Limits::messageBytes and is closed with 1008 when more than
// Limits::queuedBytes wait to be sent to it.
class TestServer : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 queuedBytes = TestServerPolicy::MaxQueuedBytes;
        quint64 messageBytes = TestServerPolicy::MaxMessageBytes;
        int headTimeoutMs = TestServerPolicy::HeadTimeoutMs; // a request head must arrive within it
    };

    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // For clients connected after the next start().
    void setLimits(const Limits &limits) { m_limits = limits; }

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
    // A request was refused before the upgrade (a web page's Origin, a foreign Host, too many
    // clients, not HTTP); `text` is the answer the client got (plain English wire text).
    void requestRefused(int status, const QString &text);

private:
    void onNewConnection();
    void serve(QWebSocket *socket);
    void adoptTcpSocket(QWebSocket *socket);
    // Sends `message` (text or binary) unless that would queue more than Limits::queuedBytes for
    // the client, which is then closed with 1008.
    void echo(QWebSocket *socket, const QString &text);
    void echo(QWebSocket *socket, const QByteArray &data);
    bool makeRoom(QWebSocket *socket, qint64 bytes);
    void release(QWebSocket *socket, qint64 bytes); // delayed bytes that are due now
    static void closeSocket(QWebSocket *socket, const QUrl &request);

    TestServerAdmission *m_admission = nullptr;
    QWebSocketServer *m_server = nullptr;
    QList<QPointer<QWebSocket>> m_clients;
    QHash<QWebSocket *, qint64> m_delayedBytes; // /slow: bytes waiting for their delay
    Limits m_limits;
    QString m_errorString;
};
