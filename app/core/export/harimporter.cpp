#include "core/export/harimporter.h"

#include "core/export/jsoneventreader.h"
#include "core/export/jsonlimporter.h"
#include "core/log/eventfactory.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/handshakevalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace {

constexpr double MsPerSecond = 1000.0;
constexpr int MaxOpcode = 0xF;

// Where events of equal time go: the order one connection's events happen in.
enum Rank { OpeningState, Request, Response, OpenState, Message, Other };

struct Timed
{
    qint64 wallMs;
    int rank;
    Event event;
};

QJsonArray arrayOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray();
}

// HAR headers [{name, value}] into `http`; false when one is not that shape.
bool readHeaders(const QJsonObject &message, HttpMessage *http)
{
    for (const QJsonValue item : arrayOf(message, "headers")) {
        const QJsonObject header = item.toObject();
        if (!item.isObject() || !header.value(QLatin1String("name")).isString() || !header.value(QLatin1String("value")).isString())
            return false;
        http->headers.append(HttpMessage::Header(header.value(QLatin1String("name")).toString().toUtf8(),
                                                 header.value(QLatin1String("value")).toString().toUtf8()));
    }
    return true;
}

Event stateEvent(SessionState state)
{
    auto detail = QSharedPointer<EventDetail>::create();
    detail->state = state;
    return EventFactory::withDetail(EventKind::State, Direction::None, detail);
}

class EntryReader
{
public:
    EntryReader(const QJsonObject &entry, int number) : m_entry(entry), m_number(number) {}

    bool read(QList<Event> *out, QUrl *url, QString *error);

private:
    bool fail(QString *error, const QString &where, const QString &why) const
    {
        *error = HarImporter::tr("entry %1, %2: %3").arg(m_number).arg(where, why);
        return false;
    }
    bool readMessage(const QJsonObject &message, int number, Event *event, QString *error) const;

    const QJsonObject &m_entry;
    int m_number;
};

bool EntryReader::read(QList<Event> *out, QUrl *url, QString *error)
{
    const QJsonObject request = m_entry.value(QLatin1String("request")).toObject();
    const QJsonObject response = m_entry.value(QLatin1String("response")).toObject();
    if (!m_entry.value(QLatin1String("request")).isObject())
        return fail(error, QStringLiteral("request"), HarImporter::tr("the entry has no request object"));
    qint64 startMs = 0;
    const QString started = m_entry.value(QLatin1String("startedDateTime")).toString();
    if (!JsonEventReader::parseTime(started, &startMs))
        return fail(error, QStringLiteral("startedDateTime"), HarImporter::tr("“%1” is not an ISO-8601 time").arg(started));

    std::vector<Timed> timed;
    const bool wsscope = m_entry.value(QLatin1String("_wsscopeEvents")).isArray();

    // The opening handshake.
    auto req = QSharedPointer<EventDetail>::create();
    HttpMessage &reqHttp = req->http;
    reqHttp.isRequest = true;
    const QUrl requestUrl(request.value(QLatin1String("url")).toString());
    if (!requestUrl.isValid() || requestUrl.isEmpty())
        return fail(error, QStringLiteral("request.url"), HarImporter::tr("“%1” is not a URL").arg(request.value(QLatin1String("url")).toString()));
    *url = requestUrl;
    reqHttp.method = request.value(QLatin1String("method")).toString(QStringLiteral("GET")).toLatin1();
    reqHttp.target = requestUrl.path(QUrl::FullyEncoded).toUtf8();
    if (reqHttp.target.isEmpty())
        reqHttp.target = "/";
    if (requestUrl.hasQuery())
        reqHttp.target += '?' + requestUrl.query(QUrl::FullyEncoded).toUtf8();
    reqHttp.version = request.value(QLatin1String("httpVersion")).toString(QStringLiteral("HTTP/1.1")).toLatin1();
    if (!readHeaders(request, &reqHttp))
        return fail(error, QStringLiteral("request.headers"), HarImporter::tr("a header must be an object with a name and a value"));
    // HTTP/2 and HTTP/3 pseudo-headers (":authority", …) are no HTTP/1.1 header lines.
    reqHttp.headers.erase(std::remove_if(reqHttp.headers.begin(), reqHttp.headers.end(),
                                         [](const HttpMessage::Header &h) { return h.first.startsWith(':'); }),
                          reqHttp.headers.end());
    reqHttp.rawHead = JsonEventReader::rebuildHead(reqHttp);

    const bool haveResponse = m_entry.value(QLatin1String("response")).isObject() && response.value(QLatin1String("status")).isDouble();
    auto resp = QSharedPointer<EventDetail>::create();
    HttpMessage &respHttp = resp->http;
    respHttp.isRequest = false;
    if (haveResponse) {
        respHttp.statusCode = response.value(QLatin1String("status")).toInt();
        respHttp.reasonPhrase = response.value(QLatin1String("statusText")).toString().toLatin1();
        const QString version = response.value(QLatin1String("httpVersion")).toString();
        respHttp.version = version.isEmpty() ? QByteArray("HTTP/1.1") : version.toLatin1();
        if (!readHeaders(response, &respHttp))
            return fail(error, QStringLiteral("response.headers"), HarImporter::tr("a header must be an object with a name and a value"));
        const QJsonObject content = response.value(QLatin1String("content")).toObject();
        const QString text = content.value(QLatin1String("text")).toString();
        if (content.value(QLatin1String("encoding")).toString() == QLatin1String("base64"))
            respHttp.body = QByteArray::fromBase64(text.toLatin1());
        else
            respHttp.body = text.toUtf8();
        respHttp.bodyBytesSeen = respHttp.body.size();
        respHttp.rawHead = JsonEventReader::rebuildHead(respHttp);
        const HandshakeCheck check = HandshakeValidator::validate(reqHttp, respHttp);
        resp->acceptExpected = check.acceptExpected;
        resp->acceptReceived = check.acceptReceived;
        resp->acceptValid = check.acceptValid;
        resp->handshakeProblems = check.problems;
        // WsScope's own words on a reply that was not HTTP (status 0) are in _handshakeProblems.
        const QJsonArray saved = arrayOf(response, "_handshakeProblems");
        if (!saved.isEmpty()) {
            resp->handshakeProblems.clear();
            for (const QJsonValue problem : saved)
                resp->handshakeProblems.append(problem.toString());
        }
    }
    const double waitMs = m_entry.value(QLatin1String("timings")).toObject().value(QLatin1String("wait")).toDouble(0);
    const qint64 responseMs = startMs + qMax<qint64>(0, qint64(std::llround(waitMs)));
    timed.push_back({startMs, Request, EventFactory::withDetail(EventKind::HandshakeRequest, Direction::Out, req)});
    if (haveResponse)
        timed.push_back({responseMs, Response, EventFactory::withDetail(EventKind::HandshakeResponse, Direction::In, resp)});

    if (wsscope) {
        // States, errors and the Close record, each as its JSONL line.
        JsonEventReader reader;
        int number = 0;
        for (const QJsonValue item : arrayOf(m_entry, "_wsscopeEvents")) {
            ++number;
            Event event;
            QString why;
            if (!item.isObject() || !reader.read(item.toObject(), &event, &why))
                return fail(error, QStringLiteral("_wsscopeEvents[%1]").arg(number),
                            item.isObject() ? why : HarImporter::tr("not a JSON object"));
            int rank = Other;
            if (event.kind == EventKind::State && event.detail
                && (event.detail->state == SessionState::Connecting || event.detail->state == SessionState::Handshaking))
                rank = OpeningState;
            else if (event.kind == EventKind::State && event.detail && event.detail->state == SessionState::Open)
                rank = OpenState;
            timed.push_back({event.wallMs, rank, event});
        }
    } else {
        // A browser connected at the entry's start, and was open after a 101.
        timed.push_back({startMs, OpeningState, stateEvent(SessionState::Connecting)});
        if (haveResponse && respHttp.statusCode == HttpMessage::SwitchingProtocols)
            timed.push_back({responseMs, OpenState, stateEvent(SessionState::Open)});
    }

    const QJsonValue messages = m_entry.value(QLatin1String("_webSocketMessages"));
    if (!messages.isUndefined() && !messages.isArray())
        return fail(error, QStringLiteral("_webSocketMessages"), HarImporter::tr("must be a list of messages"));
    int number = 0;
    for (const QJsonValue item : messages.toArray()) {
        ++number;
        Event event;
        if (!item.isObject())
            return fail(error, HarImporter::tr("message %1").arg(number), HarImporter::tr("not a JSON object"));
        if (!readMessage(item.toObject(), number, &event, error))
            return false;
        timed.push_back({event.wallMs, Message, event});
    }
    std::stable_sort(timed.begin(), timed.end(), [](const Timed &a, const Timed &b) {
        return a.wallMs != b.wallMs ? a.wallMs < b.wallMs : a.rank < b.rank;
    });
    for (Timed &t : timed) {
        t.event.wallMs = t.wallMs;
        out->append(t.event);
    }
    return true;
}

bool EntryReader::readMessage(const QJsonObject &message, int number, Event *event, QString *error) const
{
    const QString where = HarImporter::tr("message %1").arg(number);
    const QJsonValue time = message.value(QLatin1String("time"));
    HarImporter::DevToolsMessage decoded;
    QString why;
    if (!HarImporter::readMessage(message, &decoded, &why))
        return fail(error, where, why);
    if (!time.isDouble())
        return fail(error, where, HarImporter::tr("field “time” must be a number (seconds since 1970)"));
    *event = EventFactory::untappedFrame(decoded.sent ? Direction::Out : Direction::In, decoded.opcode, decoded.payload);
    event->wallMs = qint64(std::llround(time.toDouble() * MsPerSecond));
    if (message.value(QLatin1String("_wsscopeNotKept")).toBool())
        event->length = quint64(qMax<qint64>(0, qint64(message.value(QLatin1String("_wsscopeLength")).toDouble())));
    return true;
}

} // namespace

bool HarImporter::isHar(const QJsonObject &root)
{
    return root.value(QLatin1String("log")).isObject();
}

bool HarImporter::isWebSocketEntry(const QJsonObject &entry)
{
    if (entry.value(QLatin1String("_resourceType")).toString() == QLatin1String("websocket"))
        return true;
    if (entry.value(QLatin1String("_webSocketMessages")).isArray())
        return true;
    const QJsonObject request = entry.value(QLatin1String("request")).toObject();
    const QString scheme = QUrl(request.value(QLatin1String("url")).toString()).scheme();
    if (scheme.compare(QLatin1String("ws"), Qt::CaseInsensitive) == 0 || scheme.compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0)
        return true;
    for (const QJsonValue item : arrayOf(request, "headers")) {
        const QJsonObject header = item.toObject();
        if (header.value(QLatin1String("name")).toString().compare(QLatin1String("Upgrade"), Qt::CaseInsensitive) == 0
            && header.value(QLatin1String("value")).toString().trimmed().compare(QLatin1String("websocket"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HarImporter::readMessage(const QJsonObject &message, DevToolsMessage *out, QString *why)
{
    const auto fail = [why](const QString &text) {
        *why = text;
        return false;
    };
    const QString type = message.value(QLatin1String("type")).toString();
    if (type == QLatin1String("send"))
        out->sent = true;
    else if (type == QLatin1String("receive"))
        out->sent = false;
    else
        return fail(tr("field “type”: “%1” is not send or receive").arg(type));
    const QJsonValue opcodeValue = message.value(QLatin1String("opcode"));
    const double opcode = opcodeValue.toDouble(-1);
    if (!opcodeValue.isDouble() || std::floor(opcode) != opcode || opcode < 0 || opcode > MaxOpcode)
        return fail(tr("field “opcode” must be a whole number from 0 to 15"));
    out->opcode = quint8(opcode);
    const QJsonValue dataValue = message.value(QLatin1String("data"));
    if (!dataValue.isString())
        return fail(tr("field “data” must be a string"));
    const QString data = dataValue.toString();
    // DevTools write binary messages as base64, text as it is; WsScope marks other base64 data.
    const bool base64 = out->opcode == FrameHeader::Binary
            || message.value(QLatin1String("_wsscopeEncoding")).toString() == QLatin1String("base64");
    if (!base64) {
        out->payload = data.toUtf8();
        return true;
    }
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(tr("field “data” is not valid base64 (binary messages are base64 in a HAR)"));
    out->payload = *decoded;
    return true;
}

SessionImport HarImporter::read(const QByteArray &data)
{
    SessionImport result;
    result.format = SessionImport::Format::Har;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        JsonlImporter::position(data, parseError.offset, &result.errorLine, &result.errorColumn);
        result.error = tr("line %1, column %2: %3").arg(result.errorLine).arg(result.errorColumn).arg(parseError.errorString());
        return result;
    }
    if (!document.isObject() || !isHar(document.object())) {
        result.error = tr("this is not a HAR file: it has no “log” object");
        return result;
    }
    const QJsonObject log = document.object().value(QLatin1String("log")).toObject();
    result.creator = log.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).toString();
    if (!log.value(QLatin1String("entries")).isArray()) {
        result.error = tr("log.entries is missing or not a list");
        return result;
    }
    int number = 0;
    int webSockets = 0;
    for (const QJsonValue item : arrayOf(log, "entries")) {
        ++number;
        const QJsonObject entry = item.toObject();
        if (!item.isObject() || !HarImporter::isWebSocketEntry(entry))
            continue;
        ++webSockets;
        QUrl url;
        EntryReader reader(entry, number);
        if (!reader.read(&result.events, &url, &result.error)) {
            result.events.clear();
            return result;
        }
        if (result.url.isEmpty())
            result.url = url;
    }
    if (webSockets == 0)
        result.error = tr("the HAR holds no WebSocket connection (%n entry read, none with _webSocketMessages or a ws:// URL)",
                          nullptr, number);
    return result;
}
