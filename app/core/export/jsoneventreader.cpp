#include "core/export/jsoneventreader.h"

#include "core/export/eventformatter.h"
#include "core/export/jsonlexporter.h"
#include "core/log/eventfactory.h"
#include "core/protocol/framedecoder.h"
#include "core/protocol/frameheader.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace {

constexpr int OpcodeCount = 16;

// The fields of one JSON object, read with an error that names the field.
class Fields
{
public:
    Fields(const QJsonObject &object, QString *error) : m_object(object), m_error(error) {}

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    bool string(const char *key, QString *out, bool required = true) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        if (value.isUndefined())
            return missing(key);
        if (!value.isString())
            return fail(JsonEventReader::tr("field “%1” must be a string").arg(QLatin1String(key)));
        *out = value.toString();
        return true;
    }
    bool number(const char *key, double *out, bool required = true) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        if (value.isUndefined())
            return missing(key);
        if (!value.isDouble())
            return fail(JsonEventReader::tr("field “%1” must be a number").arg(QLatin1String(key)));
        *out = value.toDouble();
        return true;
    }
    // A whole number in [minimum, maximum].
    bool integer(const char *key, qint64 minimum, qint64 maximum, qint64 *out, bool required = true) const
    {
        if (!required && !has(key))
            return true;
        double value = 0;
        if (!number(key, &value, required))
            return false;
        if (std::floor(value) != value || value < double(minimum) || value > double(maximum))
            return fail(JsonEventReader::tr("field “%1” must be a whole number from %2 to %3, not %4")
                                .arg(QLatin1String(key))
                                .arg(minimum)
                                .arg(maximum)
                                .arg(value));
        *out = qint64(value);
        return true;
    }
    bool boolean(const char *key, bool *out, bool required = true) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        if (value.isUndefined())
            return missing(key);
        if (!value.isBool())
            return fail(JsonEventReader::tr("field “%1” must be true or false").arg(QLatin1String(key)));
        *out = value.toBool();
        return true;
    }
    bool strings(const char *key, QStringList *out, bool required = true) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return true;
        if (value.isUndefined())
            return missing(key);
        if (!value.isArray())
            return fail(JsonEventReader::tr("field “%1” must be a list of strings").arg(QLatin1String(key)));
        out->clear();
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString())
                return fail(JsonEventReader::tr("field “%1” must be a list of strings").arg(QLatin1String(key)));
            out->append(item.toString());
        }
        return true;
    }
    // Text, or base64 when `encodingKey` says "base64" (JsonlExporter's putBytes).
    bool bytes(const char *key, const char *encodingKey, QByteArray *out, bool required = true) const
    {
        QString text;
        if (!string(key, &text, required))
            return false;
        QString encoding;
        if (!string(encodingKey, &encoding, false))
            return false;
        if (encoding.isEmpty()) {
            *out = text.toUtf8();
            return true;
        }
        if (encoding != QLatin1String("base64"))
            return fail(JsonEventReader::tr("field “%1”: “%2” is not an encoding this version knows (base64)")
                                .arg(QLatin1String(encodingKey), encoding));
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || (text.size() % 4) != 0)
            return fail(JsonEventReader::tr("field “%1” is not valid base64").arg(QLatin1String(key)));
        *out = *decoded;
        return true;
    }
    // [[name, value], ...]
    bool headers(const char *key, HttpMessage *http) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return missing(key);
        const QString shape = JsonEventReader::tr("field “%1” must be a list of [name, value] pairs").arg(QLatin1String(key));
        if (!value.isArray())
            return fail(shape);
        for (const QJsonValue pair : value.toArray()) {
            const QJsonArray items = pair.toArray();
            if (!pair.isArray() || items.size() != 2 || !items.at(0).isString() || !items.at(1).isString())
                return fail(shape);
            http->headers.append(HttpMessage::Header(items.at(0).toString().toUtf8(), items.at(1).toString().toUtf8()));
        }
        return true;
    }
    bool fail(const QString &text) const
    {
        if (m_error)
            *m_error = text;
        return false;
    }

private:
    bool missing(const char *key) const
    {
        return fail(JsonEventReader::tr("field “%1” is missing").arg(QLatin1String(key)));
    }

    const QJsonObject &m_object;
    QString *m_error;
};

// The header a frame line's "header" hex holds, parsed by the one frame parser there is.
class HeaderSink : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &header) override
    {
        if (!started) {
            this->header = header;
            started = true;
        }
    }
    void framePayload(QByteArrayView) override {}
    void frameFinished(const FrameHeader &) override {}
    void violation(quint16, const QString &, bool) override {}

    FrameHeader header;
    bool started = false;
};

int directionIndex(Direction dir)
{
    return dir == Direction::Out ? 0 : 1;
}

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
    for (int code = 0; code < OpcodeCount; ++code) {
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
    const Fields fields(object, error);
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

bool JsonEventReader::readFrame(const QJsonObject &object, Event *event, QString *error)
{
    const Fields fields(object, error);
    QString opcodeName;
    qint64 length = 0;
    QByteArray payload;
    if (!fields.string("opcode", &opcodeName) || !fields.integer("length", 0, std::numeric_limits<qint64>::max(), &length)
        || !fields.bytes("payload", "encoding", &payload))
        return false;
    const int opcode = opcodeFromName(opcodeName);
    if (opcode < 0)
        return fields.fail(tr("field “opcode”: “%1” is not an opcode").arg(opcodeName));
    const Direction dir = event->dir;

    const QJsonValue header = object.value(QLatin1String("header"));
    Event frame;
    if (header.isNull() || header.isUndefined()) {
        // Tap off: what QWebSocket reported, the header never seen.
        frame = EventFactory::untappedFrame(dir, quint8(opcode), payload);
        frame.length = quint64(length);
    } else {
        if (!header.isString())
            return fields.fail(tr("field “header” must be a string of hex digits or null"));
        const QByteArray bytes = QByteArray::fromHex(header.toString().toLatin1());
        if (bytes.toHex() != header.toString().toLatin1().toLower() || bytes.isEmpty())
            return fields.fail(tr("field “header” must be a string of hex digits or null"));
        HeaderSink sink;
        FrameDecoder decoder(dir == Direction::Out ? FrameDecoder::Role::ClientToServer : FrameDecoder::Role::ServerToClient, &sink);
        decoder.setMaxFramePayload(std::numeric_limits<quint64>::max());
        decoder.setMaxMessageSize(std::numeric_limits<quint64>::max());
        decoder.feed(bytes);
        if (!sink.started || sink.header.raw != bytes)
            return fields.fail(tr("field “header”: %1 is not one whole frame header (RFC 6455 §5.2)").arg(header.toString()));
        if (sink.header.opcode != opcode)
            return fields.fail(tr("field “header” has opcode %1, field “opcode” says %2")
                                       .arg(FrameHeader::opcodeName(sink.header.opcode), opcodeName));
        frame = EventFactory::frame(dir, sink.header, payload);
    }
    bool endsMessage = false;
    bool tapWritten = false;
    if (!fields.boolean("ends_message", &endsMessage, false) || !fields.boolean("tap_written", &tapWritten, false))
        return false;
    frame.frame.flags = quint8((endsMessage ? FrameFields::EndsMessage : 0) | (tapWritten ? FrameFields::WrittenByTap : 0));
    // What the tap wrote, withheld or delayed itself (the workbench), so an opened log says so too.
    bool injected = false;
    bool legal = true;
    QString verdict;
    qint64 expectedClose = 0;
    QString pongPolicy;
    qint64 delayMs = -1;
    if (!fields.boolean("injected", &injected, false) || !fields.boolean("legal", &legal, false)
        || !fields.string("verdict", &verdict, false)
        || !fields.integer("expected_close", 0, std::numeric_limits<quint16>::max(), &expectedClose, false)
        || !fields.string("pong_policy", &pongPolicy, false)
        || !fields.integer("delay_ms", 0, std::numeric_limits<qint32>::max(), &delayMs, false))
        return false;
    if (injected)
        frame.frame.flags |= FrameFields::Injected;
    if (pongPolicy == QLatin1String("withheld"))
        frame.frame.flags |= FrameFields::Withheld;
    else if (pongPolicy == QLatin1String("delayed"))
        frame.frame.flags |= FrameFields::Delayed;
    else if (!pongPolicy.isEmpty())
        return fields.fail(tr("field “pong_policy”: “%1” is not withheld or delayed").arg(pongPolicy));

    qint64 frames = 0;
    qint64 messageLength = -1;
    QString messageOpcode;
    double rttMs = -1;
    if (!fields.integer("message_frames", 0, std::numeric_limits<qint32>::max(), &frames, false)
        || !fields.integer("message_length", 0, std::numeric_limits<qint64>::max(), &messageLength, false)
        || !fields.string("message_opcode", &messageOpcode, false) || !fields.number("rtt_ms", &rttMs, false))
        return false;
    QSharedPointer<EventDetail> detail;
    if (frames > 1 || rttMs >= 0 || injected || delayMs >= 0)
        detail = QSharedPointer<EventDetail>::create();
    if (injected) {
        detail->injectedLegal = legal;
        detail->text = verdict;
        detail->closeCode = quint16(expectedClose);
    }
    if (delayMs >= 0)
        detail->delayMs = int(delayMs);
    if (frames > 1) {
        const int code = opcodeFromName(messageOpcode);
        if (code < 0)
            return fields.fail(tr("field “message_opcode”: “%1” is not an opcode").arg(messageOpcode));
        detail->messageOpcode = quint8(code);
        detail->frameCount = int(frames);
    }
    if (rttMs >= 0)
        detail->rttUs = qint64(std::llround(rttMs * 1000.0));
    frame.detail = detail;
    frame.dir = dir;
    noteFrame(&frame, object);
    if (frames > 1 && messageLength >= 0) {
        // The whole message was rebuilt from its frames when they are all here; otherwise (a file
        // the tap streamed, or a log that starts mid-message) only its size is known, as then.
        const QByteArray &whole = m_fragments[size_t(directionIndex(dir))];
        if (!tapWritten && whole.size() == messageLength)
            detail->message = whole;
        else
            detail->messageLength = messageLength;
        m_fragments[size_t(directionIndex(dir))].clear();
        m_collecting[size_t(directionIndex(dir))] = false;
    }
    *event = frame;
    return true;
}

void JsonEventReader::noteFrame(Event *event, const QJsonObject &)
{
    const quint8 opcode = event->frame.opcode;
    if (opcode == FrameHeader::Close && !m_haveFirstClose) {
        m_firstClose = event->frame;
        m_firstClosePayload = event->payload;
        m_haveFirstClose = true;
    }
    if (FrameHeader::isControlOpcode(opcode) || !event->frame.headerKnown() || event->dir == Direction::None)
        return;
    const size_t index = size_t(directionIndex(event->dir));
    // Only fragmented messages are collected (a first frame without FIN, then continuations),
    // and not a file the tap streamed: the log did not keep that one whole either.
    if (opcode != FrameHeader::Continuation) {
        m_fragments[index].clear();
        m_collecting[index] = !event->frame.fin && !(event->frame.flags & FrameFields::WrittenByTap);
    }
    if (m_collecting[index])
        m_fragments[index] += event->payload;
}
