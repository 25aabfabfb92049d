#include "core/tap/wiretap.h"

#include "core/tap/socks5negotiation.h"
#include "core/tap/tapgate.h"
#include "core/tap/taptunnel.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

// 128 random bits as 32 hex digits: RFC 1929 allows 255 bytes, any octets; hex keeps them
// printable for QNetworkProxy's QString fields.
constexpr qsizetype TokenWords = 4;
constexpr qsizetype TokenBytes = TokenWords * qsizetype(sizeof(quint32));
// The listen backlog holds this many times the gates' cap (WireTap::MaxPendingConnections).
constexpr int BacklogFactor = 4;

QByteArray randomToken()
{
    QByteArray bytes(TokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), TokenWords);
    return bytes.toHex();
}

} // namespace

WireTap::WireTap(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_noteTimer(new QTimer(this))
{
    // Connections wait in the gates, not in the listen backlog.
    m_server->setMaxPendingConnections(MaxPendingConnections * BacklogFactor);
    connect(m_server, &QTcpServer::newConnection, this, &WireTap::onNewConnection);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(RefusalNoteWindowMs);
    connect(m_noteTimer, &QTimer::timeout, this, [this] {
        const int count = std::exchange(m_refused, 0);
        if (count > 0)
            emit foreignConnectionsRefused(count);
    });
}

WireTap::WireTap(const QByteArray &user, const QByteArray &password, QObject *parent)
    : WireTap(parent)
{
    m_credentials.append({user, password, TapConfig(), true});
}

WireTap::~WireTap() = default;

bool WireTap::listen(QString *error)
{
    if (m_server->isListening())
        return true;
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = tr("The wire tap could not listen on 127.0.0.1: %1").arg(m_server->errorString());
    return false;
}

bool WireTap::isListening() const
{
    return m_server->isListening();
}

quint16 WireTap::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

QNetworkProxy WireTap::proxy() const
{
    QString user;
    QString password;
    for (const Credential &credential : m_credentials) {
        if (credential.standing) {
            user = QString::fromLatin1(credential.user);
            password = QString::fromLatin1(credential.password);
        }
    }
    // Socks5Proxy has HostNameLookupCapability by default: Qt sends the host name (ATYP 3) and
    // the tap resolves it, so DNS errors are the tap's to report.
    return QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), port(), user, password);
}

QNetworkProxy WireTap::beginAttempt(const TapConfig &config)
{
    endAttempt();
    Credential credential{randomToken(), randomToken(), config, false};
    const QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), port(),
                              QString::fromLatin1(credential.user), QString::fromLatin1(credential.password));
    m_credentials.append(std::move(credential));
    return proxy;
}

void WireTap::endAttempt()
{
    m_credentials.removeIf([](const Credential &credential) { return !credential.standing; });
}

bool WireTap::claim(const QByteArray &user, const QByteArray &password, TapConfig *config)
{
    for (qsizetype i = 0; i < m_credentials.size(); ++i) {
        const Credential &credential = m_credentials.at(i);
        // Both compared, always: the time does not tell which one was wrong.
        const bool userOk = Socks5Negotiation::sameSecret(user, credential.user);
        const bool passwordOk = Socks5Negotiation::sameSecret(password, credential.password);
        if (!userOk || !passwordOk)
            continue;
        *config = credential.standing ? m_config : credential.config;
        if (!credential.standing)
            m_credentials.removeAt(i); // single use: a second connection with them is refused
        return true;
    }
    return false;
}

void WireTap::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_pending.size() >= MaxPendingConnections) {
            TapGate *idle = nullptr;
            for (TapGate *gate : std::as_const(m_pending)) {
                if (!gate->isAuthenticated() && gate->ageMs() >= EvictableAfterMs) {
                    idle = gate;
                    break;
                }
            }
            if (!idle) {
                socket->abort();
                socket->deleteLater();
                noteRefusal();
                continue;
            }
            idle->evict(); // decided(): leaves m_pending, counts as refused
        }
        auto *gate = new TapGate(
                socket,
                [this](const QByteArray &user, const QByteArray &password, TapConfig *config) {
                    return claim(user, password, config);
                },
                m_negotiationTimeoutMs, this);
        m_pending.append(gate);
        connect(gate, &TapGate::decided, this, &WireTap::onGateDecided);
    }
}

void WireTap::onGateDecided(TapGate *gate)
{
    m_pending.removeOne(gate);
    switch (gate->outcome()) {
    case TapGate::Outcome::Ready: {
        const QByteArray user = gate->user();
        const QString host = gate->host();
        const quint16 port = gate->port();
        const QByteArray early = gate->earlyBytes();
        const TapConfig config = gate->config();
        auto *tunnel = new TapTunnel(gate->takeSocket(), user, host, port, early, config, this);
        connect(tunnel, &TapTunnel::finished, tunnel, &QObject::deleteLater);
        emit tunnelStarted(tunnel);
        tunnel->start();
        break;
    }
    case TapGate::Outcome::Refused:
        noteRefusal();
        break;
    case TapGate::Outcome::Failed:
        emit negotiationFailed(gate->user(), gate->errorString());
        break;
    case TapGate::Outcome::Gone:
    case TapGate::Outcome::Pending:
        break;
    }
}

void WireTap::noteRefusal()
{
    ++m_refused;
    if (!m_noteTimer->isActive())
        m_noteTimer->start();
}
