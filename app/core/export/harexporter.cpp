#include "core/export/harexporter.h"

#include "core/export/eventformatter.h"
#include "core/log/logrules.h"
#include "core/export/jsonlexporter.h"
#include "core/io/safefilewriter.h"
#include "core/protocol/frameheader.h"

#include <QFile>
#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

namespace {

QJsonArray harHeaders(const HttpMessage &http)
{
    QJsonArray headers;
    for (const HttpMessage::Header &header : http.headers)
        headers.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(header.first)},
                                   {QStringLiteral("value"), QString::fromUtf8(header.second)}});
    return headers;
}

QJsonArray harQuery(const QUrl &url)
{
    QJsonArray query;
    const QUrlQuery items(url);
    for (const auto &item : items.queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{QStringLiteral("name"), item.first}, {QStringLiteral("value"), item.second}});
    return query;
}

double epochSeconds(qint64 wallMs)
{
    return double(wallMs) / 1000.0;
}

// One entry of _webSocketMessages. Text goes as is; binary as base64, as DevTools write it.
QJsonObject wsMessage(Direction dir, qint64 wallMs, quint8 opcode, const QByteArray &data)
{
    const bool text = opcode != FrameHeader::Binary && EventFormatter::isValidUtf8(data);
    QJsonObject message{{QStringLiteral("type"), dir == Direction::Out ? QStringLiteral("send") : QStringLiteral("receive")},
                        {QStringLiteral("time"), epochSeconds(wallMs)},
                        {QStringLiteral("opcode"), int(opcode)},
                        {QStringLiteral("data"), text ? QString::fromUtf8(data) : QString::fromLatin1(data.toBase64())}};
    // DevTools know base64 only for binary; other data that is not UTF-8 (a Close frame's code,
    // a binary ping) says so, so that opening the HAR gets the bytes back (HarImporter).
    if (!text && opcode != FrameHeader::Binary)
        message.insert(QStringLiteral("_wsscopeEncoding"), QStringLiteral("base64"));
    return message;
}

// DevTools' _webSocketMessages: one entry per data message and per control frame. Messages come
// from the Frame events that end them (the tap reassembled them once, LogRules::messageOf);
// fragments of a message the connection never finished are kept, each as its own entry, so an
// export loses nothing the log holds.
template<typename Events>
QJsonArray webSocketMessages(const Events &events)
{
    QJsonArray messages;
    QList<const Event *> openOut;
    QList<const Event *> openIn;
    for (const Event &event : events) {
        if (event.kind != EventKind::Frame || (event.dir != Direction::Out && event.dir != Direction::In))
            continue;
        if (FrameHeader::isControlOpcode(event.frame.opcode)) {
            // Control frames may sit between fragments (RFC 6455 §5.4); they stand alone.
            messages.append(wsMessage(event.dir, event.wallMs, event.frame.opcode, event.payload));
            continue;
        }
        QList<const Event *> &open = event.dir == Direction::Out ? openOut : openIn;
        const bool continuation = event.frame.opcode == FrameHeader::Continuation;
        if (!continuation) {
            // A new message starts: fragments of one the peer never finished (the decoder reported
            // it) are kept, each as its own entry.
            for (const Event *fragment : std::as_const(open))
                messages.append(wsMessage(fragment->dir, fragment->wallMs, fragment->frame.opcode, fragment->payload));
            open.clear();
        }
        if (const LogRules::Message message = LogRules::messageOf(event); message.valid) {
            const qint64 startMs = continuation && !open.isEmpty() ? open.first()->wallMs : event.wallMs;
            open.clear();
            QJsonObject entry = wsMessage(event.dir, startMs, message.opcode, message.payload);
            if (message.payload.size() < message.length) {
                // A file the tap streamed: the log keeps its fragments' bytes, not the whole message.
                entry.insert(QStringLiteral("_wsscopeNotKept"), true);
                entry.insert(QStringLiteral("_wsscopeLength"), message.length);
            }
            messages.append(entry);
        } else if (!continuation || !open.isEmpty()) {
            open.append(&event);
        } else {
            // A continuation without a start (a protocol violation the log reports) stays visible.
            messages.append(wsMessage(event.dir, event.wallMs, event.frame.opcode, event.payload));
        }
    }
    for (const QList<const Event *> *open : {&openOut, &openIn}) {
        for (const Event *fragment : *open)
            messages.append(wsMessage(fragment->dir, fragment->wallMs, fragment->frame.opcode, fragment->payload));
    }
    return messages;
}

// Our own `_wsscopeEvents`: how the connection went and ended, the part of the log that is not
// a message. The JSONL form of each event, so scripts read one schema for both files.
template<typename Events>
QJsonArray sessionEvents(const Events &events)
{
    QJsonArray out;
    for (const Event &event : events) {
        if (event.kind == EventKind::Error || event.kind == EventKind::State || event.kind == EventKind::Close)
            out.append(JsonlExporter::toJson(event));
    }
    return out;
}

QUrl rebuildUrl(const HttpMessage &request, bool tls)
{
    const QByteArray host = request.value("Host");
    if (host.isEmpty())
        return QUrl();
    return QUrl(QString::fromLatin1(tls ? "wss://" : "ws://") % QString::fromUtf8(host)
                        % QString::fromUtf8(request.target.isEmpty() ? QByteArray("/") : request.target),
                QUrl::TolerantMode);
}

template<typename Events>
QJsonObject buildHar(const Events &events, QUrl url)
{
    const Event *request = nullptr;
    const Event *response = nullptr;
    const Event *first = nullptr;
    const Event *last = nullptr;
    bool tls = false;
    for (const Event &event : events) {
        if (!first)
            first = &event;
        last = &event;
        if (event.kind == EventKind::HandshakeRequest && !request && event.detail)
            request = &event;
        else if (event.kind == EventKind::HandshakeResponse && !response && event.detail)
            response = &event;
        else if (event.kind == EventKind::Tls)
            tls = true;
    }
    static const HttpMessage none;
    const HttpMessage &req = request ? request->detail->http : none;
    const HttpMessage &resp = response ? response->detail->http : none;
    if (url.isEmpty())
        url = rebuildUrl(req, tls);

    const qint64 startMs = request ? request->wallMs : (first ? first->wallMs : 0);
    const qint64 waitMs = request && response ? qMax<qint64>(0, response->wallMs - request->wallMs) : 0;
    const qint64 totalMs = first && last ? qMax<qint64>(waitMs, last->wallMs - startMs) : waitMs;

    const QJsonObject harRequest{
        {QStringLiteral("method"), req.method.isEmpty() ? QStringLiteral("GET") : QString::fromLatin1(req.method)},
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("httpVersion"), QString::fromLatin1(req.version.isEmpty() ? QByteArray("HTTP/1.1") : req.version)},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), harHeaders(req)},
        {QStringLiteral("queryString"), harQuery(url)},
        {QStringLiteral("headersSize"), request ? qint64(req.rawHead.size()) : qint64(-1)},
        {QStringLiteral("bodySize"), 0},
    };

    QJsonObject content{
        {QStringLiteral("size"), qMax<qint64>(resp.bodyBytesSeen, resp.body.size())},
        {QStringLiteral("mimeType"), QString::fromLatin1(resp.value("Content-Type"))},
    };
    if (!resp.body.isEmpty()) {
        if (EventFormatter::isValidUtf8(resp.body)) {
            content.insert(QStringLiteral("text"), QString::fromUtf8(resp.body));
        } else {
            content.insert(QStringLiteral("text"), QString::fromLatin1(resp.body.toBase64()));
            content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        }
    }
    QJsonObject harResponse{
        {QStringLiteral("status"), resp.statusCode},
        {QStringLiteral("statusText"), QString::fromLatin1(resp.reasonPhrase)},
        {QStringLiteral("httpVersion"), QString::fromLatin1(response ? resp.version : QByteArray())},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), harHeaders(resp)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), QString::fromUtf8(resp.value("Location"))},
        {QStringLiteral("headersSize"), response ? qint64(resp.rawHead.size()) : qint64(-1)},
        {QStringLiteral("bodySize"), response ? qint64(resp.bodyBytesSeen) : qint64(-1)},
    };
    // Why the handshake failed (a failed RFC 6455 §4.1 check, or a reply that was not HTTP and so
    // has status 0): HAR 1.2 has "comment" for viewers, the array is for scripts.
    const QStringList problems = response ? response->detail->handshakeProblems : QStringList();
    if (!problems.isEmpty()) {
        harResponse.insert(QStringLiteral("comment"), problems.join(QLatin1Char('\n')));
        harResponse.insert(QStringLiteral("_handshakeProblems"), QJsonArray::fromStringList(problems));
    }
    const QJsonObject timings{
        {QStringLiteral("blocked"), -1}, {QStringLiteral("dns"), -1},  {QStringLiteral("connect"), -1},
        {QStringLiteral("ssl"), -1},     {QStringLiteral("send"), 0},  {QStringLiteral("wait"), waitMs},
        {QStringLiteral("receive"), 0},
    };
    const QJsonObject entry{
        {QStringLiteral("startedDateTime"), JsonlExporter::isoTime(startMs)},
        {QStringLiteral("time"), totalMs},
        {QStringLiteral("request"), harRequest},
        {QStringLiteral("response"), harResponse},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), timings},
        {QStringLiteral("_resourceType"), QStringLiteral("websocket")},
        {QStringLiteral("_webSocketMessages"), webSocketMessages(events)},
        {QStringLiteral("_wsscopeEvents"), sessionEvents(events)},
    };
    const QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("WsScope")},
                                                {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
        {QStringLiteral("pages"), QJsonArray()},
        {QStringLiteral("entries"), QJsonArray{entry}},
    };
    return QJsonObject{{QStringLiteral("log"), log}};
}

} // namespace

QJsonObject HarExporter::toHar(const std::deque<Event> &events, const QUrl &url)
{
    return buildHar(events, url);
}

QJsonObject HarExporter::toHar(const QList<Event> &events, const QUrl &url)
{
    return buildHar(events, url);
}

bool HarExporter::write(QIODevice *device, const std::deque<Event> &events, const QUrl &url, QString *error)
{
    const QByteArray json = QJsonDocument(toHar(events, url)).toJson(QJsonDocument::Indented);
    if (!device || device->write(json) != json.size()) {
        if (error)
            *error = tr("Could not write the HAR file: %1").arg(device ? device->errorString() : tr("no output device"));
        return false;
    }
    return true;
}

bool HarExporter::writeFile(const QString &fileName, const std::deque<Event> &events, const QUrl &url, QString *error)
{
    // SafeFileWriter: a failed export (a full disk included) leaves no half HAR behind, and an
    // existing file stays as it was.
    SafeFileWriter file(fileName);
    QString writeError;
    if (!file.open(QIODevice::WriteOnly) || !write(&file, events, url, &writeError) || !file.commit()) {
        if (error) // the writer's message names the file and the OS reason
            *error = file.hasFailed() ? file.errorMessage() : writeError;
        return false;
    }
    return true;
}
