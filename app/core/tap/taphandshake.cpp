#include "core/tap/taphandshake.h"

#include "core/log/eventfactory.h"
#include "core/protocol/handshakevalidator.h"
#include "core/protocol/httpparser.h"
#include "core/tap/tapstream.h"

#include <QCoreApplication>
#include <QSharedPointer>

#include <utility>

// The texts say QCoreApplication::translate("TapTunnel", ...): they keep the context they had
// before the handshake had a class of its own, so existing translations stay valid.

TapHandshake::TapHandshake(const QString &target, const QByteArray &hostFrom, const QByteArray &hostTo, EventSink sink)
    : m_target(target)
    , m_hostFrom(hostFrom)
    , m_hostTo(hostTo)
    , m_sink(std::move(sink))
{
}

QByteArray TapHandshake::rewriteHost(const QByteArray &head) const
{
    if (m_hostFrom.isEmpty())
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
            if (value.trimmed() != m_hostFrom)
                return head;
            QByteArray rewritten = head.left(begin);
            rewritten += line.left(colon + 1) + ' ' + m_hostTo + (cr ? "\r" : "");
            rewritten += head.mid(end);
            return rewritten;
        }
        lineStart = end;
    }
    return head;
}

bool TapHandshake::takeRequestBytes(TapStream &out, const QByteArray &data, QByteArray *head, QByteArray *rest)
{
    m_requestBuffer.append(data);
    HttpParser &http = out.http();
    http.feed(data);
    if (http.state() == HttpParser::State::Head || http.state() == HttpParser::State::Body)
        return false; // wait for the whole head: its Host line may have to change
    out.endHttp();
    const QByteArray buffered = std::exchange(m_requestBuffer, {});
    if (http.state() == HttpParser::State::Error) {
        m_sink(EventFactory::error(ErrorCategory::Tap,
                                   QCoreApplication::translate("TapTunnel", "The upgrade request could not be parsed: %1").arg(http.errorString())));
        out.stopDecoding();
        *head = buffered;
        rest->clear();
        return true;
    }
    const qsizetype headSize = qsizetype(http.bytesConsumed());
    *head = rewriteHost(buffered.left(headSize));
    if (head->size() == headSize) {
        m_request = http.message();
    } else {
        HttpParser reparsed(HttpParser::Kind::Request);
        reparsed.feed(*head);
        m_request = reparsed.message();
    }
    auto detail = QSharedPointer<EventDetail>::create();
    detail->http = m_request;
    Event event = EventFactory::withDetail(EventKind::HandshakeRequest, Direction::Out, detail);
    event.length = quint64(m_request.bodyBytesSeen);
    m_sink(event);
    out.startFraming();
    *rest = buffered.mid(headSize);
    return true;
}

void TapHandshake::responseComplete(TapStream &in)
{
    in.endHttp();
    const HttpMessage &response = in.http().message();
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
    m_sink(event);

    if (response.statusCode == SwitchingProtocols) {
        in.startFraming();
        m_subprotocol = QString::fromLatin1(check.subprotocol);
        // RFC 6455 accepts more spellings than QWebSocket 6.4 does (a Connection token list,
        // upper-case values): what the tap accepted, QWebSocket gets in canonical form. The log
        // above keeps the bytes that really came.
        m_canonicalHead = HandshakeValidator::canonicalResponse(check);
        m_responseHeadSize = qsizetype(in.http().bytesConsumed());
        if (!check.ok) {
            m_sink(EventFactory::error(ErrorCategory::Handshake,
                                       QCoreApplication::translate("TapTunnel", "The server's 101 response is not a valid WebSocket handshake: %1")
                                               .arg(check.problems.join(QLatin1Char(' '))),
                                       Direction::In));
        }
    } else {
        in.stopDecoding();
        m_sink(EventFactory::error(ErrorCategory::Handshake,
                                   QCoreApplication::translate("TapTunnel", "The server refused the WebSocket upgrade: HTTP %1 %2.")
                                           .arg(response.statusCode)
                                           .arg(QString::fromLatin1(response.reasonPhrase)),
                                   Direction::In));
    }
}

TapHandshake::ResponseStep TapHandshake::takeResponseBytes(TapStream &in, const QByteArray &data, qsizetype *used)
{
    HttpParser &http = in.http();
    *used = http.feed(data);
    switch (http.state()) {
    case HttpParser::State::Head:
    case HttpParser::State::Body:
        break;
    case HttpParser::State::Error: {
        in.endHttp();
        in.stopDecoding();
        // What the server sent up to the offending byte still belongs in the log: it is often
        // the best clue (another protocol's banner, a proxy's page, a runaway header).
        auto detail = QSharedPointer<EventDetail>::create();
        detail->http = http.message();
        detail->handshakeProblems = QStringList{ http.errorString() };
        m_sink(EventFactory::withDetail(EventKind::HandshakeResponse, Direction::In, detail));
        m_sink(EventFactory::error(ErrorCategory::Handshake,
                                   QCoreApplication::translate("TapTunnel", "The server's handshake response is not valid HTTP: %1").arg(http.errorString()),
                                   Direction::In));
        return ResponseStep::Invalid;
    }
    case HttpParser::State::Complete:
        responseComplete(in);
        return ResponseStep::Complete;
    }
    return ResponseStep::Incomplete;
}

bool TapHandshake::hold(const TapStream &in, const QByteArray &data)
{
    if (in.isHttpDone() || m_heldResponse.size() + data.size() > MaxHeldResponse)
        return false;
    m_heldResponse.append(data);
    return true;
}

QByteArray TapHandshake::forClient(const QByteArray &data)
{
    if (!m_canonicalHead.isEmpty()) {
        // Everything the server sent so far is held or in `data`: its head gives way to ours,
        // the frames that came with it follow unchanged.
        const QByteArray all = std::exchange(m_heldResponse, {}) + data;
        return std::exchange(m_canonicalHead, {}) + all.mid(m_responseHeadSize);
    }
    if (m_heldResponse.isEmpty())
        return data;
    return std::exchange(m_heldResponse, {}) + data;
}

void TapHandshake::endResponse(TapStream &in, const TapStream &out, bool clientClosedFirst)
{
    if (in.isHttpDone())
        return;
    // The close ends a response body that had no length (RFC 9112 §6.3 item 8).
    const bool any = in.http().bytesConsumed() > 0;
    in.http().finish();
    if (in.http().state() == HttpParser::State::Complete) {
        responseComplete(in);
        return;
    }
    if (!out.isHttpDone())
        return;
    in.endHttp();
    if (clientClosedFirst) {
        // Our side gave up (the user aborted, or the session's handshake timeout struck): the
        // server is not to blame for an answer it had no time to give.
        m_sink(EventFactory::info(
                any ? QCoreApplication::translate("TapTunnel", "The client closed the connection before %1's handshake response was complete.").arg(m_target)
                    : QCoreApplication::translate("TapTunnel", "The client closed the connection before %1 answered the upgrade request.").arg(m_target)));
        return;
    }
    m_sink(EventFactory::error(
            ErrorCategory::Handshake,
            any ? QCoreApplication::translate("TapTunnel", "%1 closed the connection before its handshake response was complete.").arg(m_target)
                : QCoreApplication::translate("TapTunnel", "%1 closed the connection without answering the upgrade request.").arg(m_target)));
}
