#include "core/protocol/httpparser.h"

#include "core/codecs/hexcodec.h"

#include <algorithm>
#include <climits>
#include <utility>

namespace {

// A chunk-size line carries a size and optional extensions (RFC 9112 §7.1.1); a peer that sends
// more than this without a line end is not sending a chunked body.
constexpr qsizetype MaxChunkLine = 4096;
// 15 hex digits stay below 2^60, far beyond any real body, and cannot overflow qint64.
constexpr int MaxChunkSizeDigits = 15;
// 18 decimal digits cannot overflow qint64.
constexpr int MaxContentLengthDigits = 18;
// How much of an offending line an error message quotes.
constexpr qsizetype QuoteLimit = 60;

bool isTchar(char c)
{
    // RFC 9110 §5.6.2: tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimOws(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isOws(text[begin]))
        ++begin;
    while (end > begin && isOws(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

// Shows peer bytes in a message: Latin-1, shortened; control bytes never reach here.
QString quoted(QByteArrayView text)
{
    if (text.size() > QuoteLimit)
        return QString::fromLatin1(text.first(QuoteLimit)) + QStringLiteral("…");
    return QString::fromLatin1(text);
}

} // namespace

HttpParser::HttpParser(Kind kind)
    : m_kind(kind)
{
    m_message.isRequest = kind == Kind::Request;
}

void HttpParser::setMaxHeadSize(qsizetype bytes)
{
    m_maxHeadSize = std::max<qsizetype>(bytes, 1);
}

void HttpParser::setMaxBodyKept(qsizetype bytes)
{
    m_maxBodyKept = std::max<qsizetype>(bytes, 0);
}

qsizetype HttpParser::feed(QByteArrayView bytes)
{
    qsizetype consumed = 0;
    while (consumed < bytes.size() && (m_state == State::Head || m_state == State::Body)) {
        const QByteArrayView rest = bytes.sliced(consumed);
        consumed += m_state == State::Head ? feedHead(rest) : feedBody(rest);
    }
    return consumed;
}

void HttpParser::finish()
{
    if (m_state == State::Head) {
        if (m_offset == 0) {
            fail(m_kind == Kind::Request ? tr("The connection closed before any byte of the request arrived.")
                                         : tr("The connection closed before any byte of the response arrived."));
        } else {
            fail(tr("The connection closed in the middle of the head, after %n byte(s) (in line %1).", nullptr,
                    int(std::min<qint64>(m_offset, INT_MAX)))
                         .arg(m_lineNumber + 1));
        }
        return;
    }
    if (m_state != State::Body)
        return;
    switch (m_bodyMode) {
    case BodyMode::UntilClose:
        // RFC 9112 §6.3 item 8: the close delimits this body.
        complete();
        break;
    case BodyMode::Length:
        fail(tr("The connection closed after %1 of %2 body bytes announced by Content-Length.")
                     .arg(m_message.bodyBytesSeen)
                     .arg(m_message.bodyBytesSeen + m_remaining));
        break;
    case BodyMode::Chunked:
        fail(tr("The connection closed inside the chunked body at byte offset %1, before the last chunk.")
                     .arg(m_offset));
        break;
    case BodyMode::None:
        complete();
        break;
    }
}

bool HttpParser::takeLineByte(char c, qint64 at)
{
    if (m_pendingCr) {
        m_pendingCr = false;
        if (c != '\n') {
            // RFC 9112 §2.2: a bare CR is not a line end; treating it as one invites smuggling.
            fail(tr("The CR at byte offset %1 is not followed by LF.").arg(at - 1));
            return false;
        }
        return true;
    }
    if (c == '\r') {
        m_pendingCr = true;
        return false;
    }
    if (c == '\n')
        return true; // A bare LF ends the line too (RFC 9112 §2.2 allows recipients to accept it).
    m_line.append(c);
    return false;
}

qsizetype HttpParser::feedHead(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        // Fast path: copy a run of ordinary bytes at once. Only CR, LF and the head limit need
        // the byte-by-byte path below, so the outcome does not depend on where chunks end.
        if (!m_pendingCr && m_message.rawHead.size() < m_maxHeadSize) {
            const char *data = bytes.data();
            const qsizetype limit = std::min(bytes.size(), i + (m_maxHeadSize - m_message.rawHead.size()));
            qsizetype end = i;
            while (end < limit && data[end] != '\r' && data[end] != '\n')
                ++end;
            if (end > i) {
                m_message.rawHead.append(data + i, end - i);
                m_line.append(data + i, end - i);
                m_offset += end - i;
                i = end;
                continue;
            }
        }
        const char c = bytes[i++];
        const qint64 at = m_offset++;
        if (m_message.rawHead.size() >= m_maxHeadSize) {
            fail(tr("The head is larger than the limit of %1 bytes (byte offset %2, line %3).")
                         .arg(m_maxHeadSize)
                         .arg(at)
                         .arg(m_lineNumber + 1));
            return i;
        }
        m_message.rawHead.append(c);
        if (!takeLineByte(c, at)) {
            if (m_state == State::Error)
                return i;
            continue;
        }
        ++m_lineNumber;
        const QByteArray line = std::exchange(m_line, QByteArray());
        bool ok = true;
        if (m_lineNumber == 1)
            ok = parseStartLine(line);
        else if (line.isEmpty())
            ok = finishHead();
        else
            ok = parseFieldLine(line, &m_message.headers, tr("Line %1").arg(m_lineNumber));
        m_lineStart = m_offset;
        if (!ok || m_state != State::Head)
            return i;
    }
    return i;
}

bool HttpParser::checkLineCharacters(const QByteArray &line, const QString &where)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        // RFC 9110 §5.5: field values (and RFC 9112 §4 reason phrases) allow HTAB, SP, VCHAR and
        // obs-text; no other control character may appear anywhere in a head.
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            fail(tr("%1, column %2: the control character 0x%3 is not allowed in an HTTP head.")
                         .arg(where)
                         .arg(i + 1)
                         .arg(int(c), 2, 16, QLatin1Char('0')));
            return false;
        }
    }
    return true;
}

bool HttpParser::parseStartLine(const QByteArray &line)
{
    if (line.isEmpty()) {
        fail(m_kind == Kind::Request ? tr("Line 1 is empty; a request must start with a request line such as \"GET /path HTTP/1.1\".")
                                     : tr("Line 1 is empty; a response must start with a status line such as \"HTTP/1.1 101 Switching Protocols\"."));
        return false;
    }
    if (!checkLineCharacters(line, tr("Line %1").arg(1)))
        return false;
    return m_kind == Kind::Request ? parseRequestLine(line) : parseStatusLine(line);
}

bool HttpParser::parseVersion(QByteArrayView version)
{
    // RFC 9112 §2.3: HTTP-version = "HTTP/" DIGIT "." DIGIT
    const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/") && version[5] >= '0'
            && version[5] <= '9' && version[6] == '.' && version[7] >= '0' && version[7] <= '9';
    if (!wellFormed) {
        fail(tr("Line 1: \"%1\" is not an HTTP version; expected \"HTTP/1.1\".").arg(quoted(version)));
        return false;
    }
    if (version[5] != '1') {
        fail(tr("Line 1: %1 is not supported; the WebSocket handshake uses HTTP/1.1 (HTTP/1.0 is also read).")
                     .arg(quoted(version)));
        return false;
    }
    m_message.version = version.toByteArray();
    return true;
}

bool HttpParser::parseRequestLine(const QByteArray &line)
{
    // RFC 9112 §3: request-line = method SP request-target SP HTTP-version
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
        fail(tr("Line 1 is not a request line: expected \"GET /path HTTP/1.1\", found \"%1\".").arg(quoted(line)));
        return false;
    }
    for (qsizetype i = 0; i < parts[0].size(); ++i) {
        if (!isTchar(parts[0][i])) {
            fail(tr("Line 1, column %1: '%2' is not allowed in a method name.")
                         .arg(i + 1)
                         .arg(QChar::fromLatin1(parts[0][i])));
            return false;
        }
    }
    if (!parseVersion(parts[2]))
        return false;
    m_message.method = parts[0];
    m_message.target = parts[1];
    return true;
}

bool HttpParser::parseStatusLine(const QByteArray &line)
{
    // RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ]
    const qsizetype versionEnd = line.indexOf(' ');
    if (versionEnd < 0) {
        fail(tr("Line 1 is not a status line: expected \"HTTP/1.1 101 Switching Protocols\", found \"%1\".")
                     .arg(quoted(line)));
        return false;
    }
    if (!parseVersion(QByteArrayView(line).first(versionEnd)))
        return false;
    const QByteArrayView rest = QByteArrayView(line).sliced(versionEnd + 1);
    qsizetype codeEnd = rest.indexOf(' ');
    if (codeEnd < 0)
        codeEnd = rest.size(); // No SP before an empty reason: tolerated, the code is what matters.
    const QByteArrayView code = rest.first(codeEnd);
    // RFC 9110 §15: three digits; the first one names the class 1xx to 5xx.
    const bool digits = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) {
                            return c >= '0' && c <= '9';
                        });
    if (!digits || code[0] < '1' || code[0] > '5') {
        fail(tr("Line 1: \"%1\" is not a status code; it must be three digits from 100 to 599.").arg(quoted(code)));
        return false;
    }
    m_message.statusCode = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
    m_message.reasonPhrase = codeEnd < rest.size() ? rest.sliced(codeEnd + 1).toByteArray() : QByteArray();
    return true;
}

bool HttpParser::parseFieldLine(const QByteArray &line, QList<HttpMessage::Header> *into, const QString &where)
{
    if (!checkLineCharacters(line, where))
        return false;
    if (isOws(line.front())) {
        // RFC 9112 §5.2: obs-fold is deprecated; a recipient may reject the message.
        fail(tr("%1 starts with whitespace: folded header lines (obs-fold) are not accepted.").arg(where));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        fail(tr("%1 has no colon; a header line is \"Name: value\", found \"%2\".").arg(where, quoted(line)));
        return false;
    }
    if (colon == 0) {
        fail(tr("%1 has an empty header name before the colon.").arg(where));
        return false;
    }
    if (isOws(line[colon - 1])) {
        // RFC 9112 §5.1: no whitespace is allowed between the field name and the colon.
        fail(tr("%1: whitespace between the header name and the colon is not allowed.").arg(where));
        return false;
    }
    for (qsizetype i = 0; i < colon; ++i) {
        if (!isTchar(line[i])) {
            fail(tr("%1, column %2: '%3' is not allowed in a header name.")
                         .arg(where)
                         .arg(i + 1)
                         .arg(QChar::fromLatin1(line[i])));
            return false;
        }
    }
    const QByteArrayView value = trimOws(QByteArrayView(line).sliced(colon + 1));
    into->append({line.left(colon), value.isEmpty() ? QByteArray("") : value.toByteArray()});
    return true;
}

bool HttpParser::finishHead()
{
    m_headComplete = true;
    if (!chooseBodyMode())
        return false;
    if (m_bodyMode == BodyMode::None)
        complete();
    else
        m_state = State::Body;
    return true;
}

bool HttpParser::chooseBodyMode()
{
    m_bodyMode = BodyMode::None;
    if (m_kind == Kind::Response) {
        const int code = m_message.statusCode;
        // RFC 9112 §6.3 item 1: 1xx (101 included), 204 and 304 end with the head. After a 101
        // the bytes that follow belong to the new protocol (RFC 6455 §4.1).
        if (code / 100 == 1 || code == 204 || code == 304)
            return true;
    }
    if (m_message.hasHeader("Transfer-Encoding")) {
        // RFC 9112 §6.3 item 3: Transfer-Encoding overrides Content-Length.
        const QList<QByteArray> codings = m_message.tokens("Transfer-Encoding");
        if (!codings.isEmpty() && codings.last().compare("chunked", Qt::CaseInsensitive) == 0) {
            m_bodyMode = BodyMode::Chunked;
            m_chunkStep = ChunkStep::Size;
            return true;
        }
        if (m_kind == Kind::Request) {
            // RFC 9112 §6.3 item 4: a request body must be chunked last, or its length is unknown.
            fail(tr("The request's Transfer-Encoding does not end with \"chunked\", so its body length is unknown."));
            return false;
        }
        m_bodyMode = BodyMode::UntilClose;
        return true;
    }
    const QList<QByteArray> lengths = m_message.values("Content-Length");
    if (!lengths.isEmpty()) {
        // RFC 9110 §8.6: repeated or listed values are acceptable only when they are all the same.
        qint64 length = -1;
        for (const QByteArray &value : lengths) {
            for (const QByteArray &item : value.split(',')) {
                const QByteArrayView text = trimOws(item);
                const bool digits = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
                    return c >= '0' && c <= '9';
                });
                if (!digits) {
                    fail(tr("The Content-Length value \"%1\" is not a number.").arg(quoted(value)));
                    return false;
                }
                if (text.size() > MaxContentLengthDigits) {
                    fail(tr("The Content-Length value \"%1\" is too large.").arg(quoted(text)));
                    return false;
                }
                const qint64 parsed = text.toLongLong();
                if (length >= 0 && parsed != length) {
                    fail(tr("The Content-Length values %1 and %2 disagree, so the body length is unknown.")
                                 .arg(length)
                                 .arg(parsed));
                    return false;
                }
                length = parsed;
            }
        }
        if (length > 0) {
            m_bodyMode = BodyMode::Length;
            m_remaining = length; // Counted down as bytes arrive; never reserved.
        }
        return true;
    }
    // RFC 9112 §6.3 item 7 (requests: no body) and item 8 (responses: read until close).
    if (m_kind == Kind::Response)
        m_bodyMode = BodyMode::UntilClose;
    return true;
}

qsizetype HttpParser::feedBody(QByteArrayView bytes)
{
    switch (m_bodyMode) {
    case BodyMode::Length: {
        const qsizetype n = qsizetype(std::min<qint64>(m_remaining, bytes.size()));
        keepBody(bytes.first(n));
        m_remaining -= n;
        m_offset += n;
        if (m_remaining == 0)
            complete();
        return n;
    }
    case BodyMode::UntilClose:
        keepBody(bytes);
        m_offset += bytes.size();
        return bytes.size();
    case BodyMode::Chunked:
        return feedChunked(bytes);
    case BodyMode::None:
        break;
    }
    complete();
    return 0;
}

qsizetype HttpParser::feedChunked(QByteArrayView bytes)
{
    // RFC 9112 §7.1: chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF; last-chunk = "0" [ chunk-ext ]
    // CRLF, then trailer fields and a final CRLF.
    qsizetype i = 0;
    while (i < bytes.size() && m_state == State::Body) {
        if (m_chunkStep == ChunkStep::Data) {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, bytes.size() - i));
            keepBody(bytes.sliced(i, n));
            i += n;
            m_offset += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                m_chunkStep = ChunkStep::DataEnd;
                m_lineStart = m_offset;
            }
            continue;
        }
        const char c = bytes[i++];
        const qint64 at = m_offset++;
        switch (m_chunkStep) {
        case ChunkStep::Size:
            if (m_line.size() >= MaxChunkLine && c != '\r' && c != '\n') {
                fail(tr("The chunk-size line starting at byte offset %1 is longer than %2 bytes.")
                             .arg(m_lineStart)
                             .arg(MaxChunkLine));
                return i;
            }
            break;
        case ChunkStep::DataEnd:
            if (!m_pendingCr && c != '\r' && c != '\n') {
                fail(tr("The chunk data is not followed by CRLF at byte offset %1; the chunk size does not match its data.")
                             .arg(at));
                return i;
            }
            break;
        case ChunkStep::Trailer:
            if (m_trailerSize >= m_maxHeadSize) {
                fail(tr("The chunked trailer section is larger than the limit of %1 bytes (byte offset %2).")
                             .arg(m_maxHeadSize)
                             .arg(at));
                return i;
            }
            ++m_trailerSize;
            break;
        case ChunkStep::Data:
            break;
        }
        if (!takeLineByte(c, at)) {
            if (m_state == State::Error)
                return i;
            continue;
        }
        const QByteArray line = std::exchange(m_line, QByteArray());
        const qint64 lineStart = std::exchange(m_lineStart, m_offset);
        switch (m_chunkStep) {
        case ChunkStep::Size:
            if (!parseChunkSizeLine(line, lineStart))
                return i;
            m_chunkStep = m_remaining > 0 ? ChunkStep::Data : ChunkStep::Trailer;
            break;
        case ChunkStep::DataEnd:
            m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailer:
            if (line.isEmpty()) {
                complete();
                return i;
            }
            if (!parseFieldLine(line, &m_trailers, tr("The trailer line at byte offset %1").arg(lineStart)))
                return i;
            break;
        case ChunkStep::Data:
            break;
        }
    }
    return i;
}

bool HttpParser::parseChunkSizeLine(const QByteArray &line, qint64 lineStart)
{
    qsizetype digits = 0;
    qint64 size = 0;
    int significant = 0;
    while (digits < line.size() && HexCodec::digitValue(uchar(line[digits])) >= 0) {
        if (significant > 0 || line[digits] != '0')
            ++significant;
        if (significant > MaxChunkSizeDigits) {
            fail(tr("The chunk size \"%1\" at byte offset %2 is too large.").arg(quoted(line)).arg(lineStart));
            return false;
        }
        size = size * 16 + HexCodec::digitValue(uchar(line[digits]));
        ++digits;
    }
    // Whatever follows the digits may only be chunk extensions (RFC 9112 §7.1.1), which carry
    // nothing WsScope uses and are skipped.
    const QByteArrayView rest = trimOws(QByteArrayView(line).sliced(digits));
    if (digits == 0 || (!rest.isEmpty() && rest.front() != ';')) {
        fail(tr("The chunk size \"%1\" at byte offset %2 is not a hexadecimal number.").arg(quoted(line)).arg(lineStart));
        return false;
    }
    m_remaining = size;
    return true;
}

void HttpParser::keepBody(QByteArrayView bytes)
{
    m_message.bodyBytesSeen += bytes.size();
    const qsizetype room = std::max<qsizetype>(m_maxBodyKept - m_message.body.size(), 0);
    if (room > 0 && !bytes.isEmpty())
        m_message.body.append(bytes.first(std::min(room, bytes.size())));
    m_message.bodyBytesDropped = m_message.bodyBytesSeen - m_message.body.size();
}

void HttpParser::complete()
{
    m_state = State::Complete;
}

void HttpParser::fail(const QString &message)
{
    m_state = State::Error;
    m_errorString = message;
}
