#include "core/tap/taptunnel.h"

#include "core/log/eventfactory.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/closepayload.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/handshakevalidator.h"
#include "core/session/socketerrortext.h"
#include "core/tap/socks5negotiation.h"
#include "core/tap/tapbackpressure.h"
#include "core/tap/tapupstream.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

TapTunnel::Stream::Stream(TapTunnel *t, Direction d)
    : tunnel(t)
    , dir(d)
    , http(d == Direction::Out ? HttpParser::Kind::Request : HttpParser::Kind::Response)
    , decoder(d == Direction::Out ? FrameDecoder::Role::ClientToServer : FrameDecoder::Role::ServerToClient, this)
{
}

void TapTunnel::Stream::frameStarted(const FrameHeader &header)
{
    payload = QByteArray();
    declared = header.payloadLength;
}

void TapTunnel::Stream::framePayload(QByteArrayView chunk)
{
    if (payload.isNull() && quint64(chunk.size()) == declared) {
        payload = chunk.toByteArray(); // the whole payload in one piece: exact size, one copy
        return;
    }
    // Grow geometrically but never beyond the declared length, and never reserve what has not
    // arrived yet more than twice over: a peer that declares 2^62 bytes gets no allocation.
    const qsizetype needed = payload.size() + chunk.size();
    if (payload.capacity() < needed) {
        const quint64 grown = std::max<quint64>(quint64(needed), quint64(payload.capacity()) * 2);
        payload.reserve(qsizetype(std::min<quint64>(grown, std::max<quint64>(declared, quint64(needed)))));
    }
    payload.append(chunk.data(), chunk.size());
}

void TapTunnel::Stream::frameFinished(const FrameHeader &header)
{
    tunnel->frameDone(*this, header);
}

void TapTunnel::Stream::violation(quint16 closeCode, const QString &message, bool fatal)
{
    const QString who = dir == Direction::Out ? TapTunnel::tr("The client") : TapTunnel::tr("The server");
    tunnel->emitError(ErrorCategory::Protocol,
                      TapTunnel::tr("%1 violated RFC 6455 (close code %2): %3")
                              .arg(who, CloseCodes::label(closeCode), message),
                      dir, closeCode);
    if (fatal)
        passthrough = true;
}

TapTunnel::TapTunnel(QTcpSocket *client, const QByteArray &user, const QString &host, quint16 port,
                     const QByteArray &earlyBytes, const TapConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_client(client)
    , m_linger(new QTimer(this))
    , m_user(user)
    , m_host(host)
    , m_port(port)
    , m_pendingClient(earlyBytes)
    , m_out(std::make_unique<Stream>(this, Direction::Out))
    , m_in(std::make_unique<Stream>(this, Direction::In))
{
    m_clock.start();
    m_client->setParent(this);
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_in->decoder.setMaxFramePayload(m_config.maxIncomingFrameSize);
    m_in->decoder.setMaxMessageSize(m_config.maxIncomingMessageSize);
    m_linger->setSingleShot(true);
    m_linger->setInterval(LingerMs);
    connect(m_linger, &QTimer::timeout, this, &TapTunnel::onLingerTimeout);
    const bool literalV6 = QHostAddress(m_host).protocol() == QAbstractSocket::IPv6Protocol;
    m_target = (literalV6 ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host) + QLatin1Char(':')
            + QString::number(m_port);
}

TapTunnel::~TapTunnel() = default;

void TapTunnel::emitError(ErrorCategory category, const QString &text, Direction dir, quint16 closeCode)
{
    emit eventProduced(EventFactory::error(category, text, dir, closeCode));
}

void TapTunnel::emitInfo(const QString &text)
{
    emit eventProduced(EventFactory::info(text));
}

void TapTunnel::onClientReadyRead()
{
    if (m_outFlow && m_outFlow->isBackedUp())
        return; // the bytes wait in the kernel: TCP slows QWebSocket down
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
    return bytes + m_pendingClient.size() + m_heldResponse.size() + m_requestBuffer.size();
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
    m_summary.upstreamEstablished = true;
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
    if (m_clientClosed && m_summary.outSeen)
        return;
    emitError(SocketErrorText::category(error), SocketErrorText::text(error, m_target));
}

QByteArray TapTunnel::rewriteHost(const QByteArray &head) const
{
    if (m_config.hostHeaderFrom.isEmpty())
        return head;
    // Replace the value of the first Host field line when it is exactly the one QWebSocket wrote.
    qsizetype lineStart = head.indexOf('\n');
    while (lineStart >= 0 && lineStart + 1 < head.size()) {
        const qsizetype begin = lineStart + 1;
        const qsizetype end = head.indexOf('\n', begin);
        if (end < 0)
            break;
        const QByteArray line = head.mid(begin, end - begin);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare("host", Qt::CaseInsensitive) == 0) {
            QByteArray value = line.mid(colon + 1);
            const bool cr = value.endsWith('\r');
            if (cr)
                value.chop(1);
            if (value.trimmed() != m_config.hostHeaderFrom)
                return head;
            QByteArray rewritten = head.left(begin);
            rewritten += line.left(colon + 1) + ' ' + m_config.hostHeaderTo + (cr ? "\r" : "");
            rewritten += head.mid(end);
            return rewritten;
        }
        lineStart = end;
    }
    return head;
}

void TapTunnel::processClientBytes(const QByteArray &data)
{
    Stream &out = *m_out;
    if (!out.httpDone) {
        m_requestBuffer.append(data);
        out.http.feed(data);
        if (out.http.state() == HttpParser::State::Head || out.http.state() == HttpParser::State::Body)
            return; // wait for the whole head: its Host line may have to change
        out.httpDone = true;
        const QByteArray buffered = std::exchange(m_requestBuffer, {});
        if (out.http.state() == HttpParser::State::Error) {
            emitError(ErrorCategory::Tap, tr("The upgrade request could not be parsed: %1").arg(out.http.errorString()));
            out.passthrough = true;
            m_upstream->write(buffered);
            return;
        }
        const qsizetype headSize = qsizetype(out.http.bytesConsumed());
        const QByteArray head = rewriteHost(buffered.left(headSize));
        if (head.size() == headSize) {
            m_request = out.http.message();
        } else {
            HttpParser reparsed(HttpParser::Kind::Request);
            reparsed.feed(head);
            m_request = reparsed.message();
        }
        m_upstream->write(head);
        auto detail = QSharedPointer<EventDetail>::create();
        detail->http = m_request;
        Event event = EventFactory::withDetail(EventKind::HandshakeRequest, Direction::Out, detail);
        event.length = quint64(m_request.bodyBytesSeen);
        emit eventProduced(event);
        out.framing = true;
        const QByteArray rest = buffered.mid(headSize);
        if (!rest.isEmpty()) {
            m_upstream->write(rest);
            out.decoder.feed(rest);
        }
        return;
    }
    m_upstream->write(data);
    if (out.framing && !out.passthrough)
        out.decoder.feed(data);
}

void TapTunnel::responseComplete()
{
    Stream &in = *m_in;
    in.httpDone = true;
    const HttpMessage &response = in.http.message();
    const HandshakeCheck check = HandshakeValidator::validate(m_request, response);
    auto detail = QSharedPointer<EventDetail>::create();
    detail->http = response;
    detail->acceptExpected = check.acceptExpected;
    detail->acceptReceived = check.acceptReceived;
    detail->acceptValid = check.acceptValid;
    detail->handshakeProblems = check.problems;
    Event event = EventFactory::withDetail(EventKind::HandshakeResponse, Direction::In, detail);
    event.length = quint64(response.bodyBytesSeen);
    event.payload = response.body;
    emit eventProduced(event);

    if (response.statusCode == 101) {
        m_responseIs101 = true;
        in.framing = true;
        m_subprotocol = QString::fromLatin1(check.subprotocol);
        // RFC 6455 accepts more spellings than QWebSocket 6.4 does (a Connection token list,
        // upper-case values): what the tap accepted, QWebSocket gets in canonical form. The log
        // above keeps the bytes that really came.
        m_canonicalHead = HandshakeValidator::canonicalResponse(check);
        m_responseHeadSize = qsizetype(in.http.bytesConsumed());
        if (!check.ok) {
            emitError(ErrorCategory::Handshake,
                      tr("The server's 101 response is not a valid WebSocket handshake: %1")
                              .arg(check.problems.join(QLatin1Char(' '))),
                      Direction::In);
        }
    } else {
        in.passthrough = true;
        emitError(ErrorCategory::Handshake,
                  tr("The server refused the WebSocket upgrade: HTTP %1 %2.")
                          .arg(response.statusCode)
                          .arg(QString::fromLatin1(response.reasonPhrase)),
                  Direction::In);
    }
}

void TapTunnel::processServerBytes(const QByteArray &data)
{
    Stream &in = *m_in;
    if (!in.httpDone) {
        const qsizetype used = in.http.feed(data);
        switch (in.http.state()) {
        case HttpParser::State::Head:
        case HttpParser::State::Body:
            return;
        case HttpParser::State::Error: {
            in.httpDone = true;
            in.passthrough = true;
            // What the server sent up to the offending byte still belongs in the log: it is often
            // the best clue (another protocol's banner, a proxy's page, a runaway header).
            auto detail = QSharedPointer<EventDetail>::create();
            detail->http = in.http.message();
            detail->handshakeProblems = QStringList{ in.http.errorString() };
            emit eventProduced(EventFactory::withDetail(EventKind::HandshakeResponse, Direction::In, detail));
            emitError(ErrorCategory::Handshake,
                      tr("The server's handshake response is not valid HTTP: %1").arg(in.http.errorString()), Direction::In);
            return;
        }
        case HttpParser::State::Complete:
            responseComplete();
            if (m_clientClosed && !in.framing) {
                m_linger->stop();
                QTimer::singleShot(0, this, &TapTunnel::closeUpstream);
            }
            if (in.framing && used < data.size())
                in.decoder.feed(QByteArrayView(data.constData() + used, data.size() - used));
            return;
        }
        return;
    }
    if (in.framing && !in.passthrough)
        in.decoder.feed(data);
}

void TapTunnel::frameDone(Stream &stream, const FrameHeader &header)
{
    // One event per frame (docs/ARCHITECTURE.md, "One frame, one event"): what the frame means
    // beyond its header (the message it ends, the ping it answers) rides on the same event.
    Event event = EventFactory::frame(stream.dir, header, std::exchange(stream.payload, QByteArray()));
    QSharedPointer<EventDetail> detail;

    switch (header.opcode) {
    case FrameHeader::Text:
    case FrameHeader::Binary:
        // A new data message; an unfinished one before it was reported by the decoder (§5.4).
        stream.inMessage = !header.fin;
        if (header.fin) {
            event.frame.flags |= FrameFields::EndsMessage;
        } else {
            stream.messageOpcode = header.opcode;
            stream.messageFrames = 1;
            stream.messagePayload = event.payload;
        }
        break;
    case FrameHeader::Continuation:
        if (!stream.inMessage)
            break; // the decoder reported it
        stream.messagePayload.append(event.payload);
        ++stream.messageFrames;
        if (header.fin) {
            // The one place a fragmented message is reassembled (RFC 6455 §5.4).
            event.frame.flags |= FrameFields::EndsMessage;
            detail = QSharedPointer<EventDetail>::create();
            detail->message = std::exchange(stream.messagePayload, QByteArray());
            detail->messageOpcode = stream.messageOpcode;
            detail->frameCount = stream.messageFrames;
            stream.inMessage = false;
        }
        break;
    case FrameHeader::Ping:
        if (stream.dir == Direction::Out) {
            if (m_pendingPings.size() >= MaxPendingPings)
                m_pendingPings.removeFirst();
            m_pendingPings.append({event.payload, m_clock.nsecsElapsed() / 1000});
        }
        break;
    case FrameHeader::Pong:
        if (stream.dir == Direction::In) {
            // RFC 6455 §5.5.3: a pong answers the ping with the same payload (or is unsolicited).
            for (qsizetype i = 0; i < m_pendingPings.size(); ++i) {
                if (m_pendingPings.at(i).payload == event.payload) {
                    detail = QSharedPointer<EventDetail>::create();
                    detail->rttUs = m_clock.nsecsElapsed() / 1000 - m_pendingPings.at(i).sentUs;
                    m_pendingPings.remove(0, i + 1);
                    break;
                }
            }
        }
        break;
    case FrameHeader::Close: {
        const bool first = !m_summary.outSeen && !m_summary.inSeen;
        if (stream.dir == Direction::Out)
            m_summary.outSeen = true;
        else
            m_summary.inSeen = true;
        if (first) {
            m_summary.first = stream.dir;
            m_summary.frame = event.frame;
            m_summary.payload = event.payload;
            // RFC 6455 §7.1.5: no status code in the frame means 1005 ("no status received");
            // the decoder has already reported a malformed payload.
            const ClosePayload close = ClosePayload::parse(event.payload);
            m_summary.code = close.code;
            m_summary.reason = close.reason;
        } else if (m_clientClosed && m_summary.outSeen && m_summary.inSeen && !m_upstreamClosed) {
            // The closing handshake is complete and QWebSocket is gone: end the upstream TCP
            // connection as the client would (RFC 6455 §7.1.1), without waiting for the server
            // (a TLS server may wait for our close_notify first).
            m_linger->stop();
            QTimer::singleShot(0, this, &TapTunnel::closeUpstream);
        }
        break;
    }
    default:
        break;
    }
    if (detail)
        event.detail = detail;
    emit eventProduced(event);
}

void TapTunnel::onUpstreamReadyRead()
{
    if (m_inFlow && m_inFlow->isBackedUp())
        return; // QWebSocket is not reading: leave the server's bytes in the kernel
    const QByteArray data = m_upstream->readAll();
    if (data.isEmpty())
        return;
    // Decode first, then relay: the log shows the server's bytes before QWebSocket reacts to them.
    processServerBytes(data);
    // A refused upgrade is held back until its body is complete (bounded), so the log has the
    // whole response before QWebSocket gives up on it and drops the connection.
    if (!m_in->httpDone && m_heldResponse.size() + data.size() <= MaxHeldResponse) {
        m_heldResponse.append(data);
        return;
    }
    relayToClient(data);
}

void TapTunnel::relayToClient(const QByteArray &data)
{
    if (m_client->state() != QAbstractSocket::ConnectedState)
        return;
    if (!m_canonicalHead.isEmpty()) {
        // Everything the server sent so far is held or in `data`: its head gives way to ours,
        // the frames that came with it follow unchanged.
        const QByteArray all = std::exchange(m_heldResponse, {}) + data;
        m_client->write(std::exchange(m_canonicalHead, {}) + all.mid(m_responseHeadSize));
    } else {
        if (!m_heldResponse.isEmpty())
            m_client->write(std::exchange(m_heldResponse, {}));
        if (!data.isEmpty())
            m_client->write(data);
    }
    if (m_inFlow)
        m_inFlow->check();
}

void TapTunnel::endResponse()
{
    Stream &in = *m_in;
    if (in.httpDone)
        return;
    // The close ends a response body that had no length (RFC 9112 §6.3 item 8).
    const bool any = in.http.bytesConsumed() > 0;
    in.http.finish();
    if (in.http.state() == HttpParser::State::Complete) {
        responseComplete();
    } else if (m_out->httpDone) {
        in.httpDone = true;
        emitError(ErrorCategory::Handshake,
                  any ? tr("%1 closed the connection before its handshake response was complete.").arg(m_target)
                      : tr("%1 closed the connection without answering the upgrade request.").arg(m_target));
    }
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
    if ((m_summary.outSeen && !m_summary.inSeen) || (m_out->httpDone && !m_in->httpDone)) {
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
    endResponse();
    relayToClient({});
    if (m_clientClosed) {
        m_linger->stop();
        finish();
        return;
    }
    // The server's Close reached QWebSocket; give it a moment to answer so its reply is recorded.
    if (m_summary.inSeen && !m_summary.outSeen) {
        m_linger->start();
        return;
    }
    closeLeg(m_client);
}

void TapTunnel::onLingerTimeout()
{
    m_summary.lingerExpired = true;
    endResponse();
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
    emit finished();
}
