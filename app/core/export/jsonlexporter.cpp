#include "core/export/jsonlexporter.h"

#include "core/export/eventformatter.h"
#include "core/export/jsonlframewriter.h"
#include "core/log/logrules.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString hex32(quint32 value)
{
    return QStringLiteral("%1").arg(value, 8, 16, QLatin1Char('0'));
}

// Sets `key` to the bytes as text, or to base64 with `encodingKey` = "base64".
void putBytes(QJsonObject &object, const QString &key, const QString &encodingKey, const QByteArray &bytes,
              bool forceBase64)
{
    if (!forceBase64 && EventFormatter::isValidUtf8(bytes)) {
        object.insert(key, QString::fromUtf8(bytes));
    } else {
        object.insert(key, QString::fromLatin1(bytes.toBase64()));
        object.insert(encodingKey, QStringLiteral("base64"));
    }
}

QJsonArray headersArray(const HttpMessage &http)
{
    QJsonArray headers;
    for (const HttpMessage::Header &header : http.headers)
        headers.append(QJsonArray{QString::fromUtf8(header.first), QString::fromUtf8(header.second)});
    return headers;
}

} // namespace

JsonlExporter::JsonlExporter(QIODevice *device)
    : m_device(device)
{
}

bool JsonlExporter::write(const Event &event, QString *error)
{
    const QByteArray line = toLine(event);
    if (!m_device || m_device->write(line) != line.size()) {
        if (error)
            *error = tr("Could not write the JSONL log: %1")
                             .arg(m_device ? m_device->errorString() : tr("no output device"));
        return false;
    }
    ++m_count;
    return true;
}

QByteArray JsonlExporter::toLine(const Event &event)
{
    QByteArray line;
    appendLine(event, line);
    return line;
}

void JsonlExporter::appendLine(const Event &event, QByteArray &out)
{
    // The frames of a flood take the direct path; everything else is rare enough for QJsonDocument.
    if (JsonlFrameWriter::handles(event)) {
        JsonlFrameWriter::append(event, out);
        return;
    }
    out += QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact);
    out += '\n';
}

QString JsonlExporter::isoTime(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString JsonlExporter::initiatorToken(CloseInitiator initiator)
{
    switch (initiator) {
    case CloseInitiator::Client: return QStringLiteral("client");
    case CloseInitiator::Server: return QStringLiteral("server");
    case CloseInitiator::None: break;
    }
    return QStringLiteral("none");
}

QJsonObject JsonlExporter::toJson(const Event &event)
{
    QJsonObject json;
    json.insert(QStringLiteral("seq"), qint64(event.seq));
    json.insert(QStringLiteral("time"), isoTime(event.wallMs));
    json.insert(QStringLiteral("event"), EventFormatter::eventToken(event.kind));
    if (event.dir == Direction::Out)
        json.insert(QStringLiteral("dir"), QStringLiteral("out"));
    else if (event.dir == Direction::In)
        json.insert(QStringLiteral("dir"), QStringLiteral("in"));

    static const EventDetail emptyDetail;
    const EventDetail &detail = event.detail ? *event.detail : emptyDetail;
    const bool binary = event.frame.opcode == FrameHeader::Binary;

    switch (event.kind) {
    case EventKind::Frame:
        json.insert(QStringLiteral("opcode"), FrameHeader::opcodeName(event.frame.opcode));
        json.insert(QStringLiteral("length"), qint64(event.length));
        if (event.frame.headerKnown()) {
            json.insert(QStringLiteral("fin"), event.frame.fin);
            json.insert(QStringLiteral("rsv"), int(event.frame.rsv & 0x7));
            json.insert(QStringLiteral("masked"), event.frame.masked);
            if (event.frame.masked)
                json.insert(QStringLiteral("mask_key"), hex32(event.frame.maskKey()));
            json.insert(QStringLiteral("header"), QString::fromLatin1(event.frame.headerBytes().toByteArray().toHex()));
        } else {
            json.insert(QStringLiteral("header"), QJsonValue::Null); // tap off: the header was not seen
        }
        if (LogRules::endsMessage(event))
            json.insert(QStringLiteral("ends_message"), true);
        putBytes(json, QStringLiteral("payload"), QStringLiteral("encoding"), event.payload, binary);
        if (detail.frameCount > 1) {
            json.insert(QStringLiteral("message_opcode"), FrameHeader::opcodeName(detail.messageOpcode));
            json.insert(QStringLiteral("message_frames"), detail.frameCount);
            json.insert(QStringLiteral("message_length"), LogRules::messageOf(event).length);
        }
        if (detail.rttUs >= 0)
            json.insert(QStringLiteral("rtt_ms"), double(detail.rttUs) / 1000.0);
        if (event.frame.flags & FrameFields::WrittenByTap)
            json.insert(QStringLiteral("tap_written"), true);
        if (event.frame.flags & FrameFields::Injected) {
            json.insert(QStringLiteral("injected"), true);
            json.insert(QStringLiteral("legal"), detail.injectedLegal);
            json.insert(QStringLiteral("verdict"), detail.text);
            if (detail.closeCode != 0)
                json.insert(QStringLiteral("expected_close"), int(detail.closeCode));
        }
        if (event.frame.flags & FrameFields::Withheld)
            json.insert(QStringLiteral("pong_policy"), QStringLiteral("withheld"));
        if (event.frame.flags & FrameFields::Delayed) {
            json.insert(QStringLiteral("pong_policy"), QStringLiteral("delayed"));
            json.insert(QStringLiteral("delay_ms"), detail.delayMs);
        }
        break;
    case EventKind::HandshakeRequest:
        json.insert(QStringLiteral("method"), QString::fromLatin1(detail.http.method));
        json.insert(QStringLiteral("target"), QString::fromUtf8(detail.http.target));
        json.insert(QStringLiteral("headers"), headersArray(detail.http));
        break;
    case EventKind::HandshakeResponse:
        json.insert(QStringLiteral("status"), detail.http.statusCode);
        json.insert(QStringLiteral("reason"), QString::fromLatin1(detail.http.reasonPhrase));
        json.insert(QStringLiteral("headers"), headersArray(detail.http));
        if (!detail.http.body.isEmpty()) {
            putBytes(json, QStringLiteral("body"), QStringLiteral("body_encoding"), detail.http.body, false);
            if (detail.http.bodyBytesDropped > 0)
                json.insert(QStringLiteral("body_bytes_dropped"), detail.http.bodyBytesDropped);
        }
        json.insert(QStringLiteral("accept_expected"), QString::fromLatin1(detail.acceptExpected));
        if (!detail.acceptReceived.isNull())
            json.insert(QStringLiteral("accept_received"), QString::fromLatin1(detail.acceptReceived));
        json.insert(QStringLiteral("accept_valid"), detail.acceptValid);
        if (!detail.handshakeProblems.isEmpty())
            json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(detail.handshakeProblems));
        break;
    case EventKind::Close:
        json.insert(QStringLiteral("code"), int(detail.closeCode));
        json.insert(QStringLiteral("code_name"), CloseCodes::englishName(detail.closeCode));
        json.insert(QStringLiteral("reason"), detail.closeReason);
        json.insert(QStringLiteral("initiator"), initiatorToken(detail.closeInitiator));
        json.insert(QStringLiteral("clean"), detail.closeClean);
        if (!detail.closeCleanKnown)
            json.insert(QStringLiteral("clean_known"), false);
        break;
    case EventKind::Error:
        json.insert(QStringLiteral("category"), EventFormatter::errorCategoryToken(detail.errorCategory));
        json.insert(QStringLiteral("message"), detail.text);
        break;
    case EventKind::State:
        json.insert(QStringLiteral("state"), EventFormatter::stateToken(detail.state));
        if (!detail.text.isEmpty())
            json.insert(QStringLiteral("message"), detail.text);
        break;
    case EventKind::Tls:
        json.insert(QStringLiteral("protocol"), detail.tlsProtocol);
        json.insert(QStringLiteral("cipher"), detail.tlsCipher);
        json.insert(QStringLiteral("chain"), QJsonArray::fromStringList(detail.tlsChain));
        json.insert(QStringLiteral("errors"), QJsonArray::fromStringList(detail.tlsErrors));
        break;
    case EventKind::Info:
        json.insert(QStringLiteral("message"), detail.text);
        break;
    case EventKind::Expectation:
        json.insert(QStringLiteral("expected"), detail.text);
        json.insert(QStringLiteral("actual"), detail.expectationActual);
        json.insert(QStringLiteral("met"), detail.expectationMet);
        break;
    }
    // WsScope's explanation of a close, a reconstructed request or a TLS warning: what the
    // detail pane says about the event, kept so that an opened file says it too.
    const bool noteKind = event.kind == EventKind::Close || event.kind == EventKind::HandshakeRequest
            || event.kind == EventKind::HandshakeResponse || event.kind == EventKind::Tls;
    if (noteKind && !detail.text.isEmpty())
        json.insert(QStringLiteral("note"), detail.text);
    return json;
}
