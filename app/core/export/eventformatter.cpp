#include "core/export/eventformatter.h"

#include "core/protocol/frameheader.h"
#include "core/rules/displaytext.h"

#include <QDateTime>
#include <QStringBuilder>

namespace {

// Every state and error category has a stable token (JSONL, scripts) and a translated name
// (the UI, the CLI's text lines). One table per enum keeps the two from drifting apart.
struct Names
{
    const char *token;
    const char *display; // source text, translated in the EventFormatter context
};

Names namesOf(SessionState state)
{
    switch (state) {
    case SessionState::Idle: return {"idle", QT_TRANSLATE_NOOP("EventFormatter", "Idle")};
    case SessionState::Connecting: return {"connecting", QT_TRANSLATE_NOOP("EventFormatter", "Connecting")};
    case SessionState::Handshaking: return {"handshaking", QT_TRANSLATE_NOOP("EventFormatter", "Handshaking")};
    case SessionState::Open: return {"open", QT_TRANSLATE_NOOP("EventFormatter", "Open")};
    case SessionState::Closing: return {"closing", QT_TRANSLATE_NOOP("EventFormatter", "Closing")};
    case SessionState::Closed: return {"closed", QT_TRANSLATE_NOOP("EventFormatter", "Closed")};
    }
    return {"", ""};
}

Names namesOf(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Usage: return {"usage", QT_TRANSLATE_NOOP("EventFormatter", "Usage")};
    case ErrorCategory::Dns: return {"dns", QT_TRANSLATE_NOOP("EventFormatter", "DNS")};
    case ErrorCategory::Network: return {"network", QT_TRANSLATE_NOOP("EventFormatter", "Network")};
    case ErrorCategory::Proxy: return {"proxy", QT_TRANSLATE_NOOP("EventFormatter", "Proxy")};
    case ErrorCategory::Tls: return {"tls", QT_TRANSLATE_NOOP("EventFormatter", "TLS")};
    case ErrorCategory::Handshake: return {"handshake", QT_TRANSLATE_NOOP("EventFormatter", "Handshake")};
    case ErrorCategory::Protocol: return {"protocol", QT_TRANSLATE_NOOP("EventFormatter", "Protocol")};
    case ErrorCategory::Timeout: return {"timeout", QT_TRANSLATE_NOOP("EventFormatter", "Timeout")};
    case ErrorCategory::Tap: return {"tap", QT_TRANSLATE_NOOP("EventFormatter", "Wire tap")};
    case ErrorCategory::Internal: return {"internal", QT_TRANSLATE_NOOP("EventFormatter", "Internal")};
    }
    return {"", ""};
}

} // namespace

QString EventFormatter::absoluteTime(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs).toString(QStringLiteral("hh:mm:ss.zzz"));
}

QString EventFormatter::relativeTime(qint64 wallMs, qint64 originMs)
{
    const qint64 delta = wallMs - originMs;
    const qint64 magnitude = delta < 0 ? -delta : delta;
    return (delta < 0 ? QStringLiteral("-") : QStringLiteral("+")) % QString::number(magnitude / 1000) % QLatin1Char('.')
            % QStringLiteral("%1").arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
}

QString EventFormatter::arrow(const Event &event)
{
    // The Close record is the connection's end, not a frame: no frame arrow (it would read like
    // a second Close frame). The handshake halves go up and down like frames.
    if (event.kind == EventKind::Close)
        return QStringLiteral("⇄");
    switch (event.dir) {
    case Direction::Out: return QStringLiteral("↑");
    case Direction::In: return QStringLiteral("↓");
    case Direction::None: break;
    }
    return QStringLiteral("⇄");
}

QString EventFormatter::directionName(const Event &event)
{
    if (event.kind == EventKind::HandshakeRequest)
        return tr("Handshake, sent");
    if (event.kind == EventKind::HandshakeResponse)
        return tr("Handshake, received");
    if (event.kind == EventKind::Close)
        return QString(); // the connection's end, like arrow(): no direction to name
    switch (event.dir) {
    case Direction::Out: return tr("Sent");
    case Direction::In: return tr("Received");
    case Direction::None: break;
    }
    return QString();
}

QString EventFormatter::typeName(const Event &event)
{
    // Every kind of row is named in the user's language, frames too ("text" is not a word of a
    // Korean sentence); the search also finds a frame by its opcode's RFC 6455 name. A reserved
    // opcode keeps its number. Both handshake halves are one type (the arrow tells them apart).
    switch (event.kind) {
    case EventKind::HandshakeRequest:
    case EventKind::HandshakeResponse: return tr("handshake");
    case EventKind::Frame:
        switch (event.frame.opcode) {
        case FrameHeader::Continuation: return tr("continuation");
        case FrameHeader::Text: return tr("text");
        case FrameHeader::Binary: return tr("binary");
        case FrameHeader::Close: return tr("close");
        case FrameHeader::Ping: return tr("ping");
        case FrameHeader::Pong: return tr("pong");
        default: return FrameHeader::opcodeName(event.frame.opcode);
        }
    case EventKind::Close: return tr("closed");
    case EventKind::State: return tr("state");
    case EventKind::Error: return tr("error");
    case EventKind::Tls: return QStringLiteral("TLS");
    case EventKind::Info: return tr("info");
    case EventKind::Expectation: return tr("expectation");
    }
    return eventToken(event.kind);
}

QString EventFormatter::searchTypeName(const Event &event)
{
    const QString name = typeName(event);
    if (event.kind != EventKind::Frame)
        return name;
    const QString rfcName = FrameHeader::opcodeName(event.frame.opcode);
    return name == rfcName ? name : name % QLatin1Char(' ') % rfcName;
}

QString EventFormatter::eventToken(EventKind kind)
{
    switch (kind) {
    case EventKind::State: return QStringLiteral("state");
    case EventKind::HandshakeRequest: return QStringLiteral("handshake_request");
    case EventKind::HandshakeResponse: return QStringLiteral("handshake_response");
    case EventKind::Frame: return QStringLiteral("frame");
    case EventKind::Close: return QStringLiteral("close");
    case EventKind::Error: return QStringLiteral("error");
    case EventKind::Tls: return QStringLiteral("tls");
    case EventKind::Info: return QStringLiteral("info");
    case EventKind::Expectation: return QStringLiteral("expectation");
    }
    return QString();
}

qint64 EventFormatter::displayLength(const Event &event)
{
    switch (event.kind) {
    case EventKind::Frame:
        return qint64(event.length);
    case EventKind::HandshakeRequest:
    case EventKind::HandshakeResponse:
        // Bytes on the wire: the head plus what arrived of a refused upgrade's body.
        if (event.detail)
            return event.detail->http.rawHead.size() + qMax<qint64>(event.detail->http.bodyBytesSeen, event.detail->http.body.size());
        return -1;
    default:
        return -1;
    }
}

QString EventFormatter::stateName(SessionState state)
{
    return tr(namesOf(state).display);
}

QString EventFormatter::stateToken(SessionState state)
{
    return QString::fromLatin1(namesOf(state).token);
}

QString EventFormatter::errorCategoryName(ErrorCategory category)
{
    return tr(namesOf(category).display);
}

QString EventFormatter::errorCategoryToken(ErrorCategory category)
{
    return QString::fromLatin1(namesOf(category).token);
}

QString EventFormatter::attemptSeparator(int attempt, const Event &event)
{
    return tr("── Connection %1 · %2 ──").arg(attempt).arg(absoluteTime(event.wallMs));
}

QString EventFormatter::textLine(const Event &event)
{
    QString line = absoluteTime(event.wallMs) % QLatin1Char(' ') % arrow(event) % QLatin1Char(' ') % typeName(event);
    const qint64 length = displayLength(event);
    if (length >= 0)
        line += QLatin1Char(' ') % QString::number(length);
    const QString text = summary(event);
    if (!text.isEmpty())
        line += QLatin1Char(' ') % text;
    // Whatever part of the summary a peer chose (a reason phrase, a header value, a payload) goes
    // to a terminal as text only.
    return DisplayText::oneLine(std::move(line));
}
