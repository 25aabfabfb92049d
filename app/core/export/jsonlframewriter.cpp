#include "core/export/jsonlframewriter.h"

#include "core/export/jsonlexporter.h"
#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/utf8validator.h"

#include <QDateTime>

#include <limits>

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

void appendKey(QByteArray &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendString(QByteArray &out, const char *key, QByteArrayView value)
{
    appendKey(out, key);
    out += '"';
    out += value;
    out += "\",";
}

void appendNumber(QByteArray &out, const char *key, qint64 value)
{
    appendKey(out, key);
    out += QByteArray::number(value);
    out += ',';
}

void appendBool(QByteArray &out, const char *key, bool value)
{
    appendKey(out, key);
    out += value ? "true," : "false,";
}

void appendHex(QByteArray &out, QByteArrayView bytes)
{
    for (const char c : bytes) {
        out += HexDigits[(uchar(c) >> 4) & 0xF];
        out += HexDigits[uchar(c) & 0xF];
    }
}

} // namespace

bool JsonlFrameWriter::handles(const Event &event)
{
    return event.kind == EventKind::Frame && (!event.detail || event.detail->rttUs < 0);
}

void JsonlFrameWriter::appendIsoTime(qint64 wallMs, QByteArray &out)
{
    // One cached second: a flood's lines share it; formatting a QDateTime costs microseconds.
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QByteArray cachedPrefix; // "2026-11-27T14:00:01."
    const qint64 second = wallMs >= 0 ? wallMs / 1000 : -((-wallMs + 999) / 1000);
    if (second != cachedSecond) {
        QByteArray text = JsonlExporter::isoTime(second * 1000).toLatin1(); // "...:01.000Z"
        if (text.size() < 5) {
            out += JsonlExporter::isoTime(wallMs).toLatin1();
            return;
        }
        text.chop(4);
        cachedPrefix = text;
        cachedSecond = second;
    }
    const int ms = int(wallMs - second * 1000);
    out += cachedPrefix;
    out += char('0' + ms / 100);
    out += char('0' + ms / 10 % 10);
    out += char('0' + ms % 10);
    out += 'Z';
}

void JsonlFrameWriter::appendEscaped(QByteArrayView bytes, QByteArray &out)
{
    // QJsonDocument's escaping: the quote, the backslash and the C0 controls; every other
    // character (DEL and non-ASCII included) as its UTF-8 bytes.
    const char *run = bytes.data();
    const char *const end = bytes.data() + bytes.size();
    for (const char *p = run; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += HexDigits[c >> 4];
            out += HexDigits[c & 0xF];
            break;
        }
    }
    out.append(run, end - run);
}

void JsonlFrameWriter::append(const Event &event, QByteArray &out)
{
    // Keys in QJsonObject's order (sorted), so the line equals the general path's.
    const FrameFields &f = event.frame;
    const EventDetail *detail = event.detail.data();
    const bool fragmented = detail && detail->frameCount > 1;
    const bool binary = f.opcode == FrameHeader::Binary;
    const bool text = !binary && Utf8Validator::firstInvalidOffset(event.payload) < 0;

    out.reserve(out.size() + 160 + event.payload.size() + event.payload.size() / 8);
    out += '{';
    if (event.dir == Direction::Out)
        appendString(out, "dir", "out");
    else if (event.dir == Direction::In)
        appendString(out, "dir", "in");
    if (!text)
        appendString(out, "encoding", "base64");
    if (LogRules::endsMessage(event))
        appendBool(out, "ends_message", true);
    appendString(out, "event", "frame");
    if (f.headerKnown()) {
        appendBool(out, "fin", f.fin);
        appendKey(out, "header");
        out += '"';
        appendHex(out, f.headerBytes());
        out += "\",";
    } else {
        out += "\"header\":null,";
    }
    appendNumber(out, "length", qint64(event.length));
    if (f.headerKnown()) {
        if (f.masked) {
            appendKey(out, "mask_key");
            out += '"';
            const quint32 key = f.maskKey();
            const char bytes[FrameFields::MaskKeyBytes] = {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
            appendHex(out, QByteArrayView(bytes, FrameFields::MaskKeyBytes));
            out += "\",";
        }
        appendBool(out, "masked", f.masked);
    }
    if (fragmented) {
        appendNumber(out, "message_frames", detail->frameCount);
        appendNumber(out, "message_length", detail->message.size());
        appendString(out, "message_opcode", FrameHeader::opcodeName(detail->messageOpcode).toLatin1());
    }
    appendString(out, "opcode", FrameHeader::opcodeName(f.opcode).toLatin1());
    appendKey(out, "payload");
    out += '"';
    if (text)
        appendEscaped(event.payload, out);
    else
        out += event.payload.toBase64();
    out += "\",";
    if (f.headerKnown())
        appendNumber(out, "rsv", f.rsv & 0x7);
    appendNumber(out, "seq", qint64(event.seq));
    appendKey(out, "time");
    out += '"';
    appendIsoTime(event.wallMs, out);
    out += "\"}\n";
}
