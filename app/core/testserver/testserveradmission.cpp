#include "core/testserver/testserveradmission.h"

#include "core/protocol/httpparser.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

TestServerAdmission::TestServerAdmission(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TestServerAdmission::onNewConnection);
}

bool TestServerAdmission::listen(quint16 port, QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

void TestServerAdmission::close()
{
    m_server->close();
    // Connections still being read are dropped with the server.
    const QList<QTcpSocket *> pending = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : pending) {
        socket->abort();
        socket->deleteLater();
    }
}

bool TestServerAdmission::isListening() const
{
    return m_server->isListening();
}

quint16 TestServerAdmission::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

void TestServerAdmission::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this);
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        timeout->start(m_headTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            inspect(socket);
    }
}

void TestServerAdmission::inspect(QTcpSocket *socket)
{
    // Peeked, not read: an admitted socket goes on with its head unread. The head is parsed again
    // from its start on each arrival; it is at most MaxHeadBytes, and a client sends it in one or
    // a few segments.
    const QByteArray bytes = socket->peek(TestServerPolicy::MaxHeadBytes);
    HttpParser parser(HttpParser::Kind::Request);
    parser.setMaxHeadSize(TestServerPolicy::MaxHeadBytes);
    parser.feed(bytes);
    if (parser.state() == HttpParser::State::Error) {
        refuse(socket, bytes.size() >= TestServerPolicy::MaxHeadBytes ? TestServerPolicy::tooLarge()
                                                                     : TestServerPolicy::malformed());
        return;
    }
    if (!parser.isHeadComplete()) {
        if (bytes.size() >= TestServerPolicy::MaxHeadBytes)
            refuse(socket, TestServerPolicy::tooLarge());
        return; // wait for the rest
    }
    const TestServerPolicy::Decision decision =
            TestServerPolicy::admit(parser.message(), m_server->serverPort(), m_clients ? m_clients() : 0);
    if (!decision.isAdmitted()) {
        refuse(socket, decision);
        return;
    }
    socket->disconnect(this);
    qDeleteAll(socket->findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->setParent(nullptr);
    emit admitted(socket);
}

void TestServerAdmission::refuse(QTcpSocket *socket, const TestServerPolicy::Decision &decision)
{
    socket->disconnect(this);
    socket->write(TestServerPolicy::response(decision));
    socket->disconnectFromHost(); // after the answer is written; `disconnected` deletes it
    emit refused(decision.status, QString::fromUtf8(decision.text).trimmed());
}
