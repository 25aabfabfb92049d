#include "core/testserver/testserver.h"

#include "core/protocol/closecodes.h"
#include "core/testserver/testserveradmission.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <limits>

namespace {

constexpr int kDefaultIntervalMs = 1000;
constexpr int kMinPushIntervalMs = 10;
constexpr int kMaxDelayMs = 60000;

int queryInt(const QUrlQuery &query, const QString &key, int fallback, int minimum, int maximum)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    return ok ? qBound(minimum, value, maximum) : fallback;
}

// Cut a close reason at a character boundary so it fits a Close frame (RFC 6455 §5.5).
QString fitReason(const QString &reason)
{
    QString r = reason;
    while (r.toUtf8().size() > CloseCodes::MaxReasonBytes)
        r.chop(1);
    return r;
}

} // namespace

TestServer::TestServer(QObject *parent)
    : QObject(parent)
{
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(quint16 port, QString *error)
{
    if (isRunning())
        return true;
    // The admission listens and reads each request head; the QWebSocketServer only upgrades what
    // it admits (it never listens itself). NonSecureMode: ws:// on loopback only.
    m_admission = new TestServerAdmission(this);
    m_admission->setHeadTimeout(m_limits.headTimeoutMs);
    QString listenError;
    if (!m_admission->listen(port, &listenError)) {
        m_errorString = tr("The local test server cannot listen on 127.0.0.1:%1: %2").arg(port).arg(listenError);
        if (error)
            *error = m_errorString;
        delete m_admission;
        m_admission = nullptr;
        return false;
    }
    m_errorString.clear();
    m_server = new QWebSocketServer(QStringLiteral("WsScope test server"), QWebSocketServer::NonSecureMode, this);
    m_admission->setClientCounter([this] { return int(m_clients.size()); });
    connect(m_admission, &TestServerAdmission::admitted, this, [this](QTcpSocket *socket) {
        // QWebSocket neither owns nor deletes the socket it was upgraded from: until it exists, the
        // socket is the server's (freed with it if the upgrade never happens), then the client's
        // own (see onNewConnection).
        socket->setParent(m_server);
        m_server->handleConnection(socket);
    });
    connect(m_admission, &TestServerAdmission::refused, this, &TestServer::requestRefused);
    connect(m_server, &QWebSocketServer::newConnection, this, &TestServer::onNewConnection);
    emit runningChanged(true);
    return true;
}

void TestServer::stop()
{
    if (!m_server)
        return;
    for (const QPointer<QWebSocket> &client : std::as_const(m_clients)) {
        if (client)
            client->close(QWebSocketProtocol::CloseCode(CloseCodes::GoingAway), QStringLiteral("test server stopped"));
    }
    m_clients.clear();
    m_admission->close();
    m_admission->deleteLater();
    m_admission = nullptr;
    m_server->deleteLater();
    m_server = nullptr;
    emit runningChanged(false);
}

bool TestServer::isRunning() const
{
    return m_admission && m_admission->isListening();
}

quint16 TestServer::port() const
{
    return isRunning() ? m_admission->port() : 0;
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    QString p = pathAndQuery;
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port()).arg(p));
}

void TestServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        // The server owns pending sockets until taken; from here the socket belongs to us.
        socket->setParent(this);
        adoptTcpSocket(socket);
        socket->setMaxAllowedIncomingMessageSize(m_limits.messageBytes);
        socket->setMaxAllowedIncomingFrameSize(m_limits.messageBytes);
        m_clients.append(socket);
        serve(socket);
    }
}

void TestServer::serve(QWebSocket *socket)
{
    const QUrl request = socket->requestUrl();
    const QString path = request.path();
    const QUrlQuery query(request);

    connect(socket, &QWebSocket::disconnected, this, [this, socket, path] {
        m_clients.removeAll(socket);
        m_delayedBytes.remove(socket);
        socket->deleteLater();
        emit clientDisconnected(path);
    });
    emit clientConnected(path);

    // Wire texts (messages, close reasons) are protocol data for the client under test, not
    // UI text, so they stay in plain ASCII English and are not translated.
    if (path == QLatin1String("/echo") || path.isEmpty() || path == QLatin1String("/")) {
        connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &m) { echo(socket, m); });
        connect(socket, &QWebSocket::binaryMessageReceived, socket, [this, socket](const QByteArray &m) { echo(socket, m); });
    } else if (path == QLatin1String("/push")) {
        auto *timer = new QTimer(socket);
        timer->setInterval(queryInt(query, QStringLiteral("ms"), kDefaultIntervalMs, kMinPushIntervalMs, kMaxDelayMs));
        connect(timer, &QTimer::timeout, socket, [socket, seq = 0]() mutable {
            ++seq;
            const QJsonObject message{{QStringLiteral("seq"), seq},
                                      {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("text"), QStringLiteral("push %1").arg(seq)}};
            socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
            socket->ping(QByteArrayLiteral("push ") + QByteArray::number(seq));
        });
        timer->start();
    } else if (path == QLatin1String("/close")) {
        if (query.queryItemValue(QStringLiteral("after")) == QLatin1String("message")) {
            connect(socket, &QWebSocket::textMessageReceived, socket, [socket, request] { closeSocket(socket, request); });
            connect(socket, &QWebSocket::binaryMessageReceived, socket, [socket, request] { closeSocket(socket, request); });
        } else {
            // Queued, so the client sees the connection open before the Close frame arrives.
            QTimer::singleShot(0, socket, [socket, request] { closeSocket(socket, request); });
        }
    } else if (path == QLatin1String("/slow")) {
        const int delay = queryInt(query, QStringLiteral("ms"), kDefaultIntervalMs, 0, kMaxDelayMs);
        // What waits for its delay counts as queued for the client like what waits to be written.
        connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket, delay](const QString &m) {
            const qint64 bytes = m.size(); // UTF-16 units: the UTF-8 size for ASCII, near it otherwise
            if (!makeRoom(socket, bytes))
                return;
            m_delayedBytes[socket] += bytes;
            QTimer::singleShot(delay, socket, [this, socket, m, bytes] {
                release(socket, bytes);
                echo(socket, m);
            });
        });
        connect(socket, &QWebSocket::binaryMessageReceived, socket, [this, socket, delay](const QByteArray &m) {
            if (!makeRoom(socket, m.size()))
                return;
            m_delayedBytes[socket] += m.size();
            QTimer::singleShot(delay, socket, [this, socket, m] {
                release(socket, m.size());
                echo(socket, m);
            });
        });
    } else {
        const QString reason = fitReason(QStringLiteral("unknown path %1; try /echo, /push, /close?code=N&reason=R, /slow?ms=N")
                                                 .arg(path.left(40)));
        QTimer::singleShot(0, socket, [socket, reason] {
            socket->close(QWebSocketProtocol::CloseCode(CloseCodes::PolicyViolation), reason);
        });
    }
}

void TestServer::adoptTcpSocket(QWebSocket *socket)
{
    // The TCP socket it was upgraded from goes with the client: deleted after the client's own
    // destructor, which still writes its Close through it.
    const QList<QTcpSocket *> pending = m_server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *tcp : pending) {
        if (tcp->peerPort() == socket->peerPort() && tcp->peerAddress() == socket->peerAddress()) {
            tcp->setParent(socket);
            return;
        }
    }
}

bool TestServer::makeRoom(QWebSocket *socket, qint64 bytes)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const qint64 queued = socket->bytesToWrite() + m_delayedBytes.value(socket);
    if (queued + bytes <= m_limits.queuedBytes)
        return true;
    // Closed once the current message is handled (closing inside QWebSocket's message signal
    // makes it misread the frames that follow), and nothing more is echoed meanwhile.
    disconnect(socket, &QWebSocket::textMessageReceived, nullptr, nullptr);
    disconnect(socket, &QWebSocket::binaryMessageReceived, nullptr, nullptr);
    const QString reason = fitReason(QStringLiteral("more than %1 MiB queued for this client; read before you send more")
                                             .arg(m_limits.queuedBytes / (1024 * 1024)));
    QTimer::singleShot(0, socket, [socket, reason] {
        socket->close(QWebSocketProtocol::CloseCode(CloseCodes::PolicyViolation), reason);
    });
    return false;
}

void TestServer::release(QWebSocket *socket, qint64 bytes)
{
    // A client that disconnected meanwhile has no entry any more (and must not get one back).
    const auto it = m_delayedBytes.find(socket);
    if (it != m_delayedBytes.end())
        *it -= bytes;
}

void TestServer::echo(QWebSocket *socket, const QString &text)
{
    if (makeRoom(socket, text.size()))
        socket->sendTextMessage(text);
}

void TestServer::echo(QWebSocket *socket, const QByteArray &data)
{
    if (makeRoom(socket, data.size()))
        socket->sendBinaryMessage(data);
}

void TestServer::closeSocket(QWebSocket *socket, const QUrl &request)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QUrlQuery query(request);
    const QString codeText = query.queryItemValue(QStringLiteral("code"));
    bool ok = codeText.isEmpty();
    int code = codeText.isEmpty() ? int(CloseCodes::NormalClosure) : codeText.toInt(&ok);
    QString reason = query.queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded);
    // Codes outside 0–65535 cannot be put on the wire at all; say so instead of sending garbage.
    // Any other code is sent as asked, valid or not: testing how a client reacts to odd codes
    // is what this path is for.
    if (!ok || code < 0 || code > std::numeric_limits<quint16>::max()) {
        code = CloseCodes::PolicyViolation;
        reason = QStringLiteral("bad code parameter \"%1\"; expected 0-65535").arg(codeText.left(20));
    }
    socket->close(QWebSocketProtocol::CloseCode(code), fitReason(reason));
}
