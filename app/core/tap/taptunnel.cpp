#include "core/tap/taptunnel.h"

#include "core/log/eventfactory.h"
#include "core/protocol/frameheader.h"
#include "core/session/socketerrortext.h"
#include "core/session/tlserrortext.h"
#include "core/tap/socks5negotiation.h"
#include "core/tap/tapbackpressure.h"
#include "core/tap/tapfilesender.h"
#include "core/tap/tapinjector.h"
#include "core/tap/tapupstream.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <limits>
#include <utility>

namespace {

// "host:port" as the log writes it: an IPv6 literal in brackets (RFC 3986 §3.2.2).
QString targetOf(const QString &host, quint16 port)
{
    const bool literalV6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (literalV6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
}

constexpr qint64 NsPerUs = 1000;

} // namespace

TapTunnel::TapTunnel(QTcpSocket *client, const QByteArray &user, const QString &host, quint16 port,
                     const QByteArray &earlyBytes, const TapConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(client)
    , m_linger(new QTimer(this))
    , m_user(user)
    , m_host(host)
    , m_port(port)
    , m_target(targetOf(host, port))
    , m_pendingClient(earlyBytes)
    , m_handshake(m_target, config.hostHeaderFrom, config.hostHeaderTo,
                  [this](const Event &event) { emit eventProduced(event); })
    , m_out(Direction::Out, this)
    , m_in(Direction::In, this)
{
    m_clock.start();
    m_client->setParent(this);
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_in.decoder().setMaxFramePayload(m_config.maxIncomingFrameSize);
    m_in.decoder().setMaxMessageSize(m_config.maxIncomingMessageSize);
    m_linger->setSingleShot(true);
    m_linger->setInterval(LingerMs);
    connect(m_linger, &QTimer::timeout, this, &TapTunnel::onLingerTimeout);
}

TapTunnel::~TapTunnel() = default;

void TapTunnel::emitError(ErrorCategory category, const QString &text, Direction dir, quint16 closeCode)
{
    emit eventProduced(EventFactory::error(category, text, dir, closeCode));
}

void TapTunnel::streamEvent(const Event &event)
{
    emit eventProduced(event);
}

void TapTunnel::onClientReadyRead()
{
    if (m_outFlow && m_outFlow->isBackedUp())
        return; // the bytes wait in the kernel: TCP slows QWebSocket down
    if (m_fileSendStarted)
        return; // QWebSocket's frames wait until the file's last fragment is out (RFC 6455 §5.4)
    const QByteArray data = m_client->readAll();
    if (data.isEmpty())
        return;
    switch (m_phase) {
    case Phase::ConnectingUpstream:
        m_pendingClient.append(data);
        break;
    case Phase::Relaying:
        processClientBytes(data);
        m_outFlow->check();
        break;
    case Phase::Failed:
        break;
    }
}

bool TapTunnel::isBackedUp(Direction dir) const
{
    const TapBackPressure *flow = dir == Direction::Out ? m_outFlow : dir == Direction::In ? m_inFlow : nullptr;
    return flow && flow->isBackedUp();
}

qint64 TapTunnel::bufferedBytes() const
{
    qint64 bytes = m_client->bytesAvailable() + TapBackPressure::unwritten(m_client);
    if (m_upstream)
        bytes += m_upstream->bytesAvailable() + TapBackPressure::unwritten(m_upstream);
    return bytes + m_pendingClient.size() + m_handshake.bufferedBytes();
}

void TapTunnel::watchBackPressure()
{
    m_outFlow = new TapBackPressure(m_client, m_upstream, this);
    m_inFlow = new TapBackPressure(m_upstream, m_client, this);
    connect(m_outFlow, &TapBackPressure::backedUpChanged, this,
            [this](bool backedUp) { emit backPressureChanged(Direction::Out, backedUp); });
    connect(m_inFlow, &TapBackPressure::backedUpChanged, this,
            [this](bool backedUp) { emit backPressureChanged(Direction::In, backedUp); });
    // What arrived while paused is already in Qt's buffer: no readyRead will announce it.
    connect(m_outFlow, &TapBackPressure::resumed, this, &TapTunnel::onClientReadyRead, Qt::QueuedConnection);
    connect(m_inFlow, &TapBackPressure::resumed, this, &TapTunnel::onUpstreamReadyRead, Qt::QueuedConnection);
}

void TapTunnel::start()
{
    if (m_upstream)
        return;
    connect(m_client, &QTcpSocket::readyRead, this, &TapTunnel::onClientReadyRead);
    connect(m_client, &QTcpSocket::disconnected, this, &TapTunnel::onClientDisconnected);
    if (m_client->state() != QAbstractSocket::ConnectedState) {
        QTimer::singleShot(0, this, &TapTunnel::onClientDisconnected);
        return;
    }

    m_leg = new TapUpstream(m_host, m_port, m_target, m_config, this);
    m_upstream = m_leg->socket();
    m_injector = new TapInjector(m_upstream, &m_out, this);
    m_injector->setPongPolicy(m_pongPolicy);
    connect(m_injector, &TapInjector::frameWritten, this, &TapTunnel::onInjectedFrame);
    watchBackPressure();
    connect(m_leg, &TapUpstream::established, this, &TapTunnel::onUpstreamReady);
    connect(m_leg, &TapUpstream::failed, this, &TapTunnel::abandonUpstream);
    m_leg->open();
    // After the leg's own handlers: while connecting, TapUpstream has the first word.
    connect(m_upstream, &QSslSocket::readyRead, this, &TapTunnel::onUpstreamReadyRead);
    connect(m_upstream, &QSslSocket::disconnected, this, &TapTunnel::onUpstreamDisconnected);
    connect(m_upstream, &QSslSocket::errorOccurred, this, &TapTunnel::onUpstreamError);
}

void TapTunnel::emitTls(const QString &warning)
{
    emit eventProduced(m_leg->tlsEvent(warning));
}

void TapTunnel::onUpstreamReady()
{
    if (m_phase != Phase::ConnectingUpstream)
        return;
    m_phase = Phase::Relaying;
    m_close.upstreamEstablished();
    m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const qsizetype tlsErrors = m_leg->tlsErrors().size();
    if (m_config.secure) {
        emitTls(tlsErrors == 0
                        ? QString()
                        : tr("Warning: %n certificate error(s) of %1 were ignored because the connection is set to ignore TLS errors.",
                             nullptr, int(tlsErrors))
                                  .arg(m_target));
    }
    // RFC 1928 §6: success only now that the upstream leg (TCP, and TLS if any) is established.
    m_client->write(Socks5Negotiation::reply(Socks5Negotiation::Succeeded));
    if (!m_pendingClient.isEmpty()) {
        const QByteArray pending = std::exchange(m_pendingClient, {});
        processClientBytes(pending);
        m_outFlow->check();
    }
    if (m_clientClosed)
        onClientDisconnected();
}

void TapTunnel::abandonUpstream(quint8 code, ErrorCategory category, const QString &text, bool describeTls)
{
    m_phase = Phase::Failed;
    if (describeTls)
        emitTls(QString());
    emitError(category, text);
    if (m_client->state() == QAbstractSocket::ConnectedState)
        m_client->write(Socks5Negotiation::reply(Socks5Negotiation::ReplyCode(code)));
    m_upstream->abort();
    closeLeg(m_client);
}

void TapTunnel::onUpstreamError(QAbstractSocket::SocketError error)
{
    // Before the leg is up, TapUpstream reports (failed()).
    if (m_phase != Phase::Relaying || error == QAbstractSocket::RemoteHostClosedError)
        return; // the Close event tells the story of an ordinary end
    if (m_clientClosed && m_close.seen(Direction::Out))
        return;
    // TLS 1.3 lets the client finish its side of the handshake before the server checks it:
    // a refused client certificate arrives as an alert after the leg is up.
    if (m_config.secure && TlsErrorText::isHandshakeError(error)) {
        // Said once: writing the client's bytes to the refused session fails again.
        if (std::exchange(m_upstreamTlsFailed, true))
            return;
        emitError(ErrorCategory::Tls, TlsErrorText::handshakeFailed(m_leg->handshakeFacts()));
        return;
    }
    emitError(SocketErrorText::category(error), SocketErrorText::text(error, m_target));
}

void TapTunnel::processClientBytes(const QByteArray &data)
{
    if (!m_out.isHttpDone()) {
        QByteArray head;
        QByteArray rest;
        if (!m_handshake.takeRequestBytes(m_out, data, &head, &rest))
            return;
        m_upstream->write(head);
        if (!rest.isEmpty())
            m_injector->relay(rest);
        return;
    }
    m_injector->relay(data);
    if (m_fileSender && !m_fileSendStarted)
        startFileSendAtBoundary();
}

bool TapTunnel::sendFile(QIODevice *source, qint64 size, QString *error)
{
    // Ours from here on, whatever the answer.
    source->setParent(this);
    const auto refuse = [&](const QString &text) {
        source->deleteLater();
        if (error)
            *error = text;
        return false;
    };
    if (m_fileSender)
        return refuse(tr("A file is already being sent on this connection."));
    if (m_phase != Phase::Relaying || !m_out.isFraming() || !m_in.isFraming() || m_clientClosed || m_upstreamClosed)
        return refuse(tr("The wire tap can send a file only on an open WebSocket connection."));
    m_fileSender = new TapFileSender(source, size, m_upstream, this);
    connect(m_fileSender, &TapFileSender::frameWritten, this, &TapTunnel::eventProduced);
    connect(m_fileSender, &TapFileSender::finished, this, &TapTunnel::onFileSent);
    startFileSendAtBoundary();
    return true;
}

void TapTunnel::startFileSendAtBoundary()
{
    // Only between QWebSocket's frames, and not inside one of its fragmented messages: a data frame
    // of another message there would break RFC 6455 §5.4. Otherwise the next chunk is relayed first.
    if (m_fileSendStarted || !m_injector->isAtFrameBoundary() || m_out.isInsideMessage())
        return;
    m_fileSendStarted = true;
    m_injector->hold(); // frames to inject wait for the file's last fragment
    m_client->setReadBufferSize(TapBackPressure::PausedReadBufferBytes);
    m_fileSender->start();
}

void TapTunnel::onFileSent(bool ok, const QString &error)
{
    m_fileSender->deleteLater();
    m_fileSender = nullptr;
    m_fileSendStarted = false;
    if (!m_outFlow || !m_outFlow->isBackedUp())
        m_client->setReadBufferSize(0);
    emit fileSent(ok, error);
    if (ok)
        m_injector->release();
    if (!ok) {
        // Half a message is on the wire and cannot be taken back: the server would wait for the
        // rest forever, so the connection ends (RFC 6455 §7.1.7 lets an endpoint drop it).
        emitError(ErrorCategory::Internal, error, Direction::Out);
        m_client->abort();
        if (m_upstream)
            m_upstream->abort();
        return;
    }
    // What QWebSocket wrote meanwhile is waiting in the client leg: no readyRead will announce it.
    QTimer::singleShot(0, this, &TapTunnel::onClientReadyRead);
}

void TapTunnel::processServerBytes(const QByteArray &data)
{
    if (m_in.isHttpDone()) {
        m_in.feedFrames(data, &data);
        return;
    }
    qsizetype used = 0;
    if (m_handshake.takeResponseBytes(m_in, data, &used) != TapHandshake::ResponseStep::Complete)
        return;
    if (m_clientClosed && !m_in.isFraming()) {
        // QWebSocket is gone and a refusal has nothing to follow: the log has the whole response.
        m_linger->stop();
        QTimer::singleShot(0, this, &TapTunnel::closeUpstream);
    }
    if (used < data.size())
        m_in.feedFrames(QByteArrayView(data.constData() + used, data.size() - used), &data);
}

void TapTunnel::frameHeaderDecoded(TapStream &stream, const FrameHeader &header)
{
    if (stream.direction() == Direction::Out && m_injector)
        m_injector->frameStarted(header);
}

void TapTunnel::frameDecoded(TapStream &stream, const FrameHeader &header, Event &event)
{
    const bool out = stream.direction() == Direction::Out && m_injector;
    if (out && !m_injector->frameFinished(event))
        return; // a delayed pong: noted and logged when it goes out
    noteFrame(stream.direction(), header, event);
    if (out)
        m_injector->flush(); // what waits for a boundary goes out after this frame
}

void TapTunnel::onInjectedFrame(const FrameHeader &header, Event &event)
{
    noteFrame(Direction::Out, header, event);
}

void TapTunnel::noteFrame(Direction dir, const FrameHeader &header, Event &event)
{
    // Withheld frames never reached the server: they answer nothing and close nothing.
    if (event.frame.flags & FrameFields::Withheld) {
        emit eventProduced(event);
        return;
    }
    switch (header.opcode) {
    case FrameHeader::Ping:
        if (dir == Direction::Out)
            m_pongs.pingSent(event.payload, m_clock.nsecsElapsed() / NsPerUs);
        break;
    case FrameHeader::Pong:
        if (dir == Direction::In) {
            // RFC 6455 §5.5.3: a pong answers the ping with the same payload (or is unsolicited).
            const qint64 rttUs = m_pongs.pongReceived(event.payload, m_clock.nsecsElapsed() / NsPerUs);
            if (rttUs != PongMatcher::Unsolicited) {
                auto detail = QSharedPointer<EventDetail>::create();
                detail->rttUs = rttUs;
                event.detail = detail;
            }
        }
        break;
    case FrameHeader::Close:
        if (!m_close.closeFrame(dir, event.frame, event.payload) && m_clientClosed
            && m_close.bothSeen() && !m_upstreamClosed) {
            // The closing handshake is complete and QWebSocket is gone: end the upstream TCP
            // connection as the client would (RFC 6455 §7.1.1), without waiting for the server
            // (a TLS server may wait for our close_notify first).
            m_linger->stop();
            QTimer::singleShot(0, this, &TapTunnel::closeUpstream);
        }
        break;
    default:
        break;
    }
    emit eventProduced(event);
}

void TapTunnel::onUpstreamReadyRead()
{
    if (m_inFlow && m_inFlow->isBackedUp())
        return; // QWebSocket is not reading: leave the server's bytes in the kernel
    // Exactly what is buffered, not readAll(): readAll() returns its bytes in an allocation with a
    // read chunk's spare room behind them (16 KiB and more), and each unmasked payload the log keeps
    // as a slice of it (PayloadSlice) keeps that whole allocation alive. Under a steady 5,000 small
    // messages/s with the log capped, RSS then kept rising after the cap (BENCHMARKS.md).
    const QByteArray data = m_upstream->read(m_upstream->bytesAvailable());
    if (data.isEmpty())
        return;
    // Decode first, then relay: the log shows the server's bytes before QWebSocket reacts to them.
    processServerBytes(data);
    // A refused upgrade is held back until its body is complete (bounded), so the log has the
    // whole response before QWebSocket gives up on it and drops the connection.
    if (m_handshake.hold(m_in, data))
        return;
    relayToClient(data);
}

void TapTunnel::relayToClient(const QByteArray &data)
{
    if (m_client->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray bytes = m_handshake.forClient(data);
    if (!bytes.isEmpty())
        m_client->write(bytes);
    if (m_inFlow)
        m_inFlow->check();
}

void TapTunnel::closeLeg(QAbstractSocket *leg)
{
    if (leg && leg->state() != QAbstractSocket::UnconnectedState)
        leg->disconnectFromHost(); // writes what is buffered first
}

void TapTunnel::closeUpstream()
{
    closeLeg(m_upstream);
    // A leg that was already down reports nothing more: finish its side here.
    if (m_upstream->state() == QAbstractSocket::UnconnectedState)
        onUpstreamDisconnected();
}

void TapTunnel::onClientDisconnected()
{
    if (m_finished)
        return;
    if (m_fileSender) {
        // QWebSocket closed (its Close frame waits in the leg): the file's message stays unfinished,
        // which a Close may do (RFC 6455 §5.4, §5.5.1); no data frame may follow the Close.
        const qint64 sent = m_fileSendStarted ? m_fileSender->sentBytes() : 0;
        delete m_fileSender;
        m_fileSender = nullptr;
        m_fileSendStarted = false;
        emit eventProduced(EventFactory::info(tr("The connection was closed while a file was being sent; %n byte(s) of it had gone out.", nullptr, int(std::min<qint64>(sent, std::numeric_limits<int>::max())))));
        emit fileSent(false, tr("The connection was closed before the whole file was sent."));
    }
    if (m_client->bytesAvailable() > 0 && m_phase == Phase::Relaying)
        processClientBytes(m_client->readAll());
    m_clientClosed = true;
    if (m_phase != Phase::Relaying) {
        if (m_upstream)
            m_upstream->abort();
        finish();
        return;
    }
    if (m_upstreamClosed) {
        finish();
        return;
    }
    // RFC 6455 §7.1.1: QWebSocket closes TCP right after its Close frame; wait a moment for the
    // server's reply so it is recorded, unless there is nothing to wait for. Likewise for the
    // rest of a handshake response QWebSocket did not wait for.
    if ((m_close.seen(Direction::Out) && !m_close.seen(Direction::In)) || (m_out.isHttpDone() && !m_in.isHttpDone())) {
        m_linger->start();
        return;
    }
    closeUpstream();
}

void TapTunnel::onUpstreamDisconnected()
{
    if (m_finished || m_upstreamClosed || m_phase != Phase::Relaying)
        return;
    if (m_upstream->bytesAvailable() > 0)
        onUpstreamReadyRead();
    m_upstreamClosed = true;
    // A response still pending is the server's doing only if the client leg was still open;
    // after a refused TLS handshake the log has already said why no response came.
    if (!m_upstreamTlsFailed)
        m_handshake.endResponse(m_in, m_out, m_clientClosed);
    relayToClient({});
    if (m_clientClosed) {
        m_linger->stop();
        finish();
        return;
    }
    // The server's Close reached QWebSocket; give it a moment to answer so its reply is recorded.
    if (m_close.seen(Direction::In) && !m_close.seen(Direction::Out)) {
        m_linger->start();
        return;
    }
    closeLeg(m_client);
}

void TapTunnel::onLingerTimeout()
{
    m_close.lingerExpired();
    // The linger runs after one leg closed; a response still pending then means the client
    // gave up on it (onClientDisconnected), not that the server left it unanswered.
    if (!m_upstreamTlsFailed)
        m_handshake.endResponse(m_in, m_out, m_clientClosed);
    // Final first: the disconnected() signals that abort() emits find the tunnel finished.
    finish();
    if (!m_clientClosed)
        m_client->abort();
    if (!m_upstreamClosed && m_upstream)
        m_upstream->abort();
}

void TapTunnel::abandon()
{
    if (m_finished)
        return;
    // Final first, as in onLingerTimeout(): the signals abort() emits find the tunnel finished.
    finish();
    m_client->abort();
    if (m_upstream)
        m_upstream->abort();
}

void TapTunnel::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_linger->stop();
    if (m_injector)
        m_injector->stop();
    emit finished();
}
