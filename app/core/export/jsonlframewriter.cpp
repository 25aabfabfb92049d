#include "core/export/jsonlframewriter.h"

#include "core/export/jsonlexporter.h"
#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/utf8validator.h"

#include <QDateTime>

#include <array>
#include <cstring>

#include <limits>

namespace {

constexpr char HexDigits[] = "0123456789abcdef";
// The escape of one byte is at most 6 bytes (\u00XX).
constexpr qsizetype MaxEscapedPerByte = 6;
// Everything of a frame line but its payload: keys, punctuation, numbers, the header's hex.
constexpr qsizetype MaxLineWithoutPayload = 512;

// Writes into memory reserved beforehand: QByteArray's append of a char or a C string costs a
// call, a capacity check and a strlen each, and a line has about forty of them.
class Cursor
{
public:
    explicit Cursor(char *at) : m_at(at) {}
    char *position() const { return m_at; }

    template<size_t N>
    void literal(const char (&text)[N])
    {
        std::memcpy(m_at, text, N - 1);
        m_at += N - 1;
    }
    void bytes(QByteArrayView view)
    {
        std::memcpy(m_at, view.data(), size_t(view.size()));
        m_at += view.size();
    }
    void character(char c) { *m_at++ = c; }
    void number(quint64 value)
    {
        char digits[20];
        int n = 0;
        do {
            digits[n++] = char('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (n > 0)
            *m_at++ = digits[--n];
    }
    void hex(QByteArrayView view)
    {
        for (const char c : view) {
            *m_at++ = HexDigits[(uchar(c) >> 4) & 0xF];
            *m_at++ = HexDigits[uchar(c) & 0xF];
        }
    }
    void boolean(bool value)
    {
        if (value)
            literal("true");
        else
            literal("false");
    }
    // QJsonDocument's escaping: the quote, the backslash and the C0 controls; every other
    // character (DEL and non-ASCII included) as its UTF-8 bytes.
    void escaped(QByteArrayView text)
    {
        for (const char c : text) {
            const uchar u = uchar(c);
            if (u >= 0x20 && u != '"' && u != '\\') {
                *m_at++ = c;
                continue;
            }
            *m_at++ = '\\';
            switch (u) {
            case '"': *m_at++ = '"'; break;
            case '\\': *m_at++ = '\\'; break;
            case '\b': *m_at++ = 'b'; break;
            case '\f': *m_at++ = 'f'; break;
            case '\n': *m_at++ = 'n'; break;
            case '\r': *m_at++ = 'r'; break;
            case '\t': *m_at++ = 't'; break;
            default:
                literal("u00");
                *m_at++ = HexDigits[u >> 4];
                *m_at++ = HexDigits[u & 0xF];
                break;
            }
        }
    }

private:
    char *m_at;
};

// The 16 opcode names as bytes, made once: a line per frame should not build a QString for them.
const QByteArray &opcodeToken(quint8 opcode)
{
    static const std::array<QByteArray, 16> names = [] {
        std::array<QByteArray, 16> table;
        for (quint8 code = 0; code < table.size(); ++code)
            table[code] = FrameHeader::opcodeName(code).toLatin1();
        return table;
    }();
    return names[opcode & 0xF];
}

} // namespace

bool JsonlFrameWriter::handles(const Event &event)
{
    // The tap's own marks (injected, withheld, delayed) are rare: the general path writes them.
    constexpr quint8 TapMarks = FrameFields::Injected | FrameFields::Withheld | FrameFields::Delayed;
    return event.kind == EventKind::Frame && (!event.detail || event.detail->rttUs < 0) && !(event.frame.flags & TapMarks);
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
    const qsizetype before = out.size();
    out.resize(before + bytes.size() * MaxEscapedPerByte);
    Cursor cursor(out.data() + before);
    cursor.escaped(bytes);
    out.truncate(cursor.position() - out.constData());
}

void JsonlFrameWriter::append(const Event &event, QByteArray &out)
{
    // Keys in QJsonObject's order (sorted), so the line equals the general path's.
    const FrameFields &f = event.frame;
    const EventDetail *detail = event.detail.data();
    const bool fragmented = detail && detail->frameCount > 1;
    const bool binary = f.opcode == FrameHeader::Binary;
    const bool text = !binary && Utf8Validator::firstInvalidOffset(event.payload) < 0;
    const QByteArray base64 = text ? QByteArray() : event.payload.toBase64();
    const QByteArray &opcode = opcodeToken(f.opcode);
    const QByteArray &messageOpcode = opcodeToken(fragmented ? detail->messageOpcode : f.opcode);

    const qsizetype before = out.size();
    const qsizetype payloadBound = text ? event.payload.size() * MaxEscapedPerByte : base64.size();
    out.resize(before + MaxLineWithoutPayload + opcode.size() + messageOpcode.size() + payloadBound);
    Cursor c(out.data() + before);
    c.character('{');
    if (event.dir == Direction::Out)
        c.literal("\"dir\":\"out\",");
    else if (event.dir == Direction::In)
        c.literal("\"dir\":\"in\",");
    if (!text)
        c.literal("\"encoding\":\"base64\",");
    if (LogRules::endsMessage(event))
        c.literal("\"ends_message\":true,");
    c.literal("\"event\":\"frame\",");
    if (f.headerKnown()) {
        c.literal("\"fin\":");
        c.boolean(f.fin);
        c.literal(",\"header\":\"");
        c.hex(f.headerBytes());
        c.literal("\",");
    } else {
        c.literal("\"header\":null,");
    }
    c.literal("\"length\":");
    c.number(event.length);
    c.character(',');
    if (f.headerKnown()) {
        if (f.masked) {
            const quint32 key = f.maskKey();
            const char bytes[FrameFields::MaskKeyBytes] = {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
            c.literal("\"mask_key\":\"");
            c.hex(QByteArrayView(bytes, FrameFields::MaskKeyBytes));
            c.literal("\",");
        }
        c.literal("\"masked\":");
        c.boolean(f.masked);
        c.character(',');
    }
    if (fragmented) {
        c.literal("\"message_frames\":");
        c.number(quint64(detail->frameCount));
        c.literal(",\"message_length\":");
        c.number(quint64(LogRules::messageOf(event).length));
        c.literal(",\"message_opcode\":\"");
        c.bytes(messageOpcode);
        c.literal("\",");
    }
    c.literal("\"opcode\":\"");
    c.bytes(opcode);
    c.literal("\",\"payload\":\"");
    if (text)
        c.escaped(event.payload);
    else
        c.bytes(base64);
    c.literal("\",");
    if (f.headerKnown()) {
        c.literal("\"rsv\":");
        c.number(f.rsv & 0x7);
        c.character(',');
    }
    c.literal("\"seq\":");
    c.number(event.seq);
    if (f.flags & FrameFields::WrittenByTap)
        c.literal(",\"tap_written\":true");
    c.literal(",\"time\":\"");
    out.truncate(c.position() - out.constData());
    appendIsoTime(event.wallMs, out);
    out += "\"}\n";
}
