#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

// A raw TCP server on 127.0.0.1 port 0 that answers the WebSocket upgrade (RFC 6455 §4.2.2) and
// then reads nothing until drain() is called: the kernel's buffers fill and the client's writes
// queue up in QWebSocket. For the send back-pressure tests (Session::sendBackedUp).
class NonReadingServer : public QObject
{
public:
    explicit NonReadingServer(QObject *parent = nullptr);

    QString url() const;
    // From now on, read (and drop) everything.
    void drain();

private:
    void onReadyRead();

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_head;
    bool m_upgraded = false;
    bool m_draining = false;
};
