#include "core/tap/tapgate.h"

#include <QTcpSocket>
#include <QTimer>

TapGate::TapGate(QTcpSocket *socket, Claim claim, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_timer(new QTimer(this))
    , m_claim(std::move(claim))
    , m_socks([this](const QByteArray &user, const QByteArray &password) {
        return m_claim && m_claim(user, password, &m_config);
    })
{
    m_age.start();
    m_socket->setParent(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TapGate::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &TapGate::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &TapGate::onDisconnected);
    m_timer->start(timeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &TapGate::onReadyRead);
}

TapGate::~TapGate() = default;

void TapGate::onReadyRead()
{
    if (m_outcome != Outcome::Pending || !m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    qsizetype consumed = 0;
    const QByteArray reply = m_socks.feed(data, &consumed);
    if (!reply.isEmpty())
        m_socket->write(reply);
    switch (m_socks.state()) {
    case Socks5Negotiation::State::Failed:
        if (m_socks.isAuthenticated())
            decide(Outcome::Failed, m_socks.errorString());
        else
            decide(Outcome::Refused);
        close();
        break;
    case Socks5Negotiation::State::RequestReady:
        m_early = data.mid(consumed);
        decide(Outcome::Ready);
        break;
    default:
        break;
    }
}

void TapGate::onTimeout()
{
    if (m_outcome != Outcome::Pending) {
        // The grace for a refusal reply is over.
        if (m_socket)
            m_socket->abort();
        return;
    }
    if (m_socks.isAuthenticated())
        decide(Outcome::Failed, tr("The SOCKS5 CONNECT request did not arrive within %1 ms.").arg(m_timer->interval()));
    else
        decide(Outcome::Refused);
    if (m_socket)
        m_socket->abort();
}

void TapGate::onDisconnected()
{
    if (m_outcome == Outcome::Pending)
        decide(m_socks.isAuthenticated() ? Outcome::Failed : Outcome::Gone,
               m_socks.isAuthenticated() ? tr("The client closed the connection during the SOCKS5 negotiation.") : QString());
    if (m_outcome != Outcome::Ready)
        deleteLater();
}

void TapGate::evict()
{
    if (m_outcome != Outcome::Pending)
        return;
    decide(Outcome::Refused);
    if (m_socket)
        m_socket->abort();
}

void TapGate::decide(Outcome outcome, const QString &error)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_outcome = outcome;
    m_error = error;
    m_timer->stop();
    emit decided(this);
}

void TapGate::close()
{
    if (!m_socket)
        return;
    // The refusal reply goes out first (RFC 1929 §2: the server closes after a failure status);
    // a peer that does not read it does not keep the gate for long.
    m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_timer->start(CloseGraceMs);
}

QTcpSocket *TapGate::takeSocket()
{
    QTcpSocket *socket = m_socket;
    if (!socket)
        return nullptr;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->setParent(nullptr);
    deleteLater();
    return socket;
}
