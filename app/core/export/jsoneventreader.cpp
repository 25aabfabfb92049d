#include "core/export/jsoneventreader.h"

#include "core/export/eventformatter.h"
#include "core/export/jsoneventfields.h"
#include "core/export/jsonlexporter.h"
#include "core/log/eventfactory.h"
#include "core/protocol/frameheader.h"

#include <QDateTime>

#include <limits>

namespace {


template<typename Enum, int Count, typename TokenOf>
bool enumFromToken(const QString &token, Enum *out, TokenOf tokenOf)
{
    for (int i = 0; i < Count; ++i) {
        if (tokenOf(Enum(i)) == token) {
            *out = Enum(i);
            return true;
        }
    }
    return false;
}

constexpr int StateCount = int(SessionState::Closed) + 1;
constexpr int CategoryCount = int(ErrorCategory::Internal) + 1;
constexpr int KindCount = int(EventKind::Expectation) + 1;
constexpr int InitiatorCount = int(CloseInitiator::Server) + 1;

} // namespace

bool JsonEventReader::kindFromToken(const QString &token, EventKind *kind)
{
    return enumFromToken<EventKind, KindCount>(token, kind, &EventFormatter::eventToken);
}

int JsonEventReader::opcodeFromName(const QString &name)
{
    for (int code = 0; code < FrameHeader::OpcodeCount; ++code) {
        if (FrameHeader::opcodeName(quint8(code)) == name)
            return code;
    }
    return -1;
}

bool JsonEventReader::parseTime(const QString &text, qint64 *wallMs)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return false;
    *wallMs = time.toMSecsSinceEpoch();
    return true;
}

QByteArray JsonEventReader::rebuildHead(const HttpMessage &http)
{
    QByteArray head;
    const QByteArray version = http.version.isEmpty() ? QByteArray("HTTP/1.1") : http.version;
    if (http.isRequest) {
        head = http.method + ' ' + http.target + ' ' + version + "\r\n";
    } else {
        if (http.statusCode == 0) // the reply was not HTTP: there is no head to rebuild
            return QByteArray();
        head = version + ' ' + QByteArray::number(http.statusCode) + ' ' + http.reasonPhrase + "\r\n";
    }
    for (const HttpMessage::Header &header : http.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "\r\n";
    return head;
}

bool JsonEventReader::read(const QJsonObject &object, Event *event, QString *error)
{
    const JsonEventFields fields(object, error);
    QString token;
    if (!fields.string("event", &token))
        return false;
    EventKind kind = EventKind::Info;
    if (!kindFromToken(token, &kind))
        return fields.fail(tr("field “event”: “%1” is not an event this version knows").arg(token));
    QString time;
    if (!fields.string("time", &time))
        return false;
    qint64 wallMs = 0;
    if (!parseTime(time, &wallMs))
        return fields.fail(tr("field “time”: “%1” is not an ISO-8601 time").arg(time));
    QString dirText;
    if (!fields.string("dir", &dirText, false))
        return false;
    Direction dir = Direction::None;
    if (dirText == QLatin1String("out"))
        dir = Direction::Out;
    else if (dirText == QLatin1String("in"))
        dir = Direction::In;
    else if (!dirText.isEmpty())
        return fields.fail(tr("field “dir”: “%1” is not out or in").arg(dirText));

    Event result;
    auto detail = QSharedPointer<EventDetail>::create();
    switch (kind) {
    case EventKind::Frame:
        result.dir = dir;
        if (!readFrame(object, &result, error))
            return false;
        break;
    case EventKind::HandshakeRequest: {
        HttpMessage &http = detail->http;
        http.isRequest = true;
        QString method;
        QString target;
        if (!fields.string("method", &method) || !fields.string("target", &target) || !fields.headers("headers", &http))
            return false;
        http.method = method.toLatin1();
        http.target = target.toUtf8();
        http.rawHead = rebuildHead(http);
        result = EventFactory::withDetail(kind, dir, detail);
        break;
    }
    case EventKind::HandshakeResponse: {
        HttpMessage &http = detail->http;
        http.isRequest = false;
        qint64 status = 0;
        QString reason;
        QString expected;
        QString received;
        qint64 dropped = 0;
        if (!fields.integer("status", 0, 999, &status) || !fields.string("reason", &reason)
            || !fields.headers("headers", &http) || !fields.bytes("body", "body_encoding", &http.body, false)
            || !fields.integer("body_bytes_dropped", 0, std::numeric_limits<qint32>::max(), &dropped, false)
            || !fields.string("accept_expected", &expected) || !fields.string("accept_received", &received, false)
            || !fields.boolean("accept_valid", &detail->acceptValid)
            || !fields.strings("problems", &detail->handshakeProblems, false))
            return false;
        http.statusCode = int(status);
        http.reasonPhrase = reason.toLatin1();
        http.bodyBytesDropped = dropped;
        http.bodyBytesSeen = http.body.size() + dropped;
        http.rawHead = rebuildHead(http);
        detail->acceptExpected = expected.toLatin1();
        if (fields.has("accept_received"))
            detail->acceptReceived = received.toLatin1();
        result = EventFactory::withDetail(kind, dir, detail);
        break;
    }
    case EventKind::Close: {
        qint64 code = 0;
        QString initiator;
        if (!fields.integer("code", 0, std::numeric_limits<quint16>::max(), &code)
            || !fields.string("reason", &detail->closeReason) || !fields.string("initiator", &initiator)
            || !fields.boolean("clean", &detail->closeClean) || !fields.boolean("clean_known", &detail->closeCleanKnown, false))
            return false;
        if (!enumFromToken<CloseInitiator, InitiatorCount>(initiator, &detail->closeInitiator, &JsonlExporter::initiatorToken))
            return fields.fail(tr("field “initiator”: “%1” is not client, server or none").arg(initiator));
        detail->closeCode = quint16(code);
        detail->attemptOpened = m_attemptOpened;
        result = EventFactory::withDetail(kind, dir, detail);
        if (m_haveFirstClose) {
            // As the session makes it: the record carries the first Close frame of its attempt.
            result.frame = m_firstClose;
            result.payload = m_firstClosePayload;
            result.length = quint64(m_firstClosePayload.size());
        }
        break;
    }
    case EventKind::Error: {
        QString category;
        if (!fields.string("category", &category) || !fields.string("message", &detail->text))
            return false;
        if (!enumFromToken<ErrorCategory, CategoryCount>(category, &detail->errorCategory, &EventFormatter::errorCategoryToken))
            return fields.fail(tr("field “category”: “%1” is not an error category this version knows").arg(category));
        result = EventFactory::withDetail(kind, dir, detail);
        break;
    }
    case EventKind::State: {
        QString state;
        if (!fields.string("state", &state) || !fields.string("message", &detail->text, false))
            return false;
        if (!enumFromToken<SessionState, StateCount>(state, &detail->state, &EventFormatter::stateToken))
            return fields.fail(tr("field “state”: “%1” is not a session state this version knows").arg(state));
        if (detail->state == SessionState::Connecting) {
            // A new attempt: what the previous one saw is not its business.
            m_attemptOpened = false;
            m_haveFirstClose = false;
            m_collecting = {};
            m_fragments = {};
        } else if (detail->state == SessionState::Open) {
            m_attemptOpened = true;
        }
        result = EventFactory::withDetail(kind, dir, detail);
        break;
    }
    case EventKind::Tls:
        if (!fields.string("protocol", &detail->tlsProtocol) || !fields.string("cipher", &detail->tlsCipher)
            || !fields.strings("chain", &detail->tlsChain) || !fields.strings("errors", &detail->tlsErrors))
            return false;
        result = EventFactory::withDetail(kind, dir, detail);
        break;
    case EventKind::Info:
        if (!fields.string("message", &detail->text))
            return false;
        result = EventFactory::withDetail(kind, dir, detail);
        break;
    case EventKind::Expectation:
        if (!fields.string("expected", &detail->text) || !fields.string("actual", &detail->expectationActual)
            || !fields.boolean("met", &detail->expectationMet))
            return false;
        result = EventFactory::withDetail(kind, dir, detail);
        break;
    }
    if (kind == EventKind::Close || kind == EventKind::HandshakeRequest || kind == EventKind::HandshakeResponse
        || kind == EventKind::Tls) {
        if (!fields.string("note", &detail->text, false))
            return false;
    }
    result.wallMs = wallMs;
    *event = result;
    return true;
}
