// Deterministic fuzzing of the parsers a hostile peer feeds: HttpParser (requests and responses),
// FrameDecoder (both roles) and ClosePayload::parse. Valid inputs are mutated (bit flips, random
// bytes, inserted CR/LF, cut, duplicated or spliced ranges) or replaced by random bytes, then fed
// whole, byte by byte and in random splits. Nothing may crash, and the invariants hold: feed()
// consumes at most its input, every error has a message and (frames, close payloads) a close code
// in {1002, 1007, 1009}, and the outcome does not depend on how the stream was cut. Fixed seeds
// and bounded iterations keep every run identical and well under 20 s.

#include "core/protocol/closepayload.h"
#include "core/protocol/framedecoder.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/httpparser.h"

#include <QRandomGenerator>
#include <QtTest>

#include <functional>

namespace {

// ---- input generation ----------------------------------------------------------------------

QByteArray pick(QRandomGenerator &rng, const QList<QByteArray> &list)
{
    return list.at(rng.bounded(int(list.size())));
}

QByteArray randomBytes(QRandomGenerator &rng, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(rng.bounded(256));
    return bytes;
}

// Valid UTF-8 of 1- to 4-byte characters.
QByteArray randomUtf8(QRandomGenerator &rng, int characters)
{
    static const QList<QByteArray> alphabet = { "a", "Z", " ", "~", "\xc3\xa9", "\xc3\xbf", "\xe2\x82\xac",
                                                "\xed\x9f\xbf", "\xee\x80\x80", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf" };
    QByteArray text;
    for (int i = 0; i < characters; ++i)
        text += pick(rng, alphabet);
    return text;
}

QByteArray token(QRandomGenerator &rng)
{
    static const QList<QByteArray> names = { "Host", "Upgrade", "Connection", "Sec-WebSocket-Key", "Sec-WebSocket-Accept",
                                             "Sec-WebSocket-Protocol", "Sec-WebSocket-Extensions", "Content-Length",
                                             "Transfer-Encoding", "X-Custom", "Server", "Origin" };
    return pick(rng, names);
}

QByteArray randomHeaders(QRandomGenerator &rng)
{
    QByteArray headers;
    const int count = rng.bounded(6);
    for (int i = 0; i < count; ++i) {
        QByteArray name = token(rng);
        if (name == "Content-Length" || name == "Transfer-Encoding")
            name = "X-Other";
        headers += name + ": " + QByteArray(rng.bounded(1, 20), char('a' + rng.bounded(26))) + "\r\n";
    }
    return headers;
}

QByteArray chunkedBody(QRandomGenerator &rng)
{
    QByteArray body;
    const int chunks = rng.bounded(4);
    for (int i = 0; i < chunks; ++i) {
        const int size = rng.bounded(1, 40);
        body += QByteArray::number(size, 16) + (rng.bounded(4) == 0 ? ";ext=1" : "") + "\r\n" + QByteArray(size, 'c') + "\r\n";
    }
    body += "0\r\n";
    if (rng.bounded(3) == 0)
        body += "X-Trailer: t\r\n";
    return body + "\r\n";
}

QByteArray validRequest(QRandomGenerator &rng)
{
    QByteArray request = pick(rng, { "GET", "POST", "OPTIONS" }) + ' ' + pick(rng, { "/", "/chat?x=1", "*", "/a%20b" })
            + ' ' + pick(rng, { "HTTP/1.1", "HTTP/1.0" }) + "\r\nHost: 127.0.0.1:8080\r\n";
    request += "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
               "Sec-WebSocket-Version: 13\r\n";
    request += randomHeaders(rng);
    switch (rng.bounded(3)) {
    case 0:
        return request + "\r\n";
    case 1: {
        const QByteArray body = randomBytes(rng, rng.bounded(30));
        return request + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    default:
        return request + "Transfer-Encoding: chunked\r\n\r\n" + chunkedBody(rng);
    }
}

QByteArray validResponse(QRandomGenerator &rng)
{
    const QByteArray status = pick(rng, { "101 Switching Protocols", "200 OK", "401 Unauthorized", "204 No Content",
                                          "404 Not Found", "503 Service Unavailable", "302" });
    QByteArray response = pick(rng, { "HTTP/1.1 ", "HTTP/1.0 " }) + status + "\r\n" + randomHeaders(rng);
    if (status.startsWith("101") || status.startsWith("204"))
        return response + "\r\n" + (rng.bounded(2) ? FrameEncoder::encode(0x1, "after the head") : QByteArray());
    switch (rng.bounded(3)) {
    case 0:
        return response + "\r\nbody until the connection closes";
    case 1: {
        const QByteArray body = randomBytes(rng, rng.bounded(30));
        return response + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    default:
        return response + "Transfer-Encoding: chunked\r\n\r\n" + chunkedBody(rng);
    }
}

// A valid stream of frames as `role` sends them: masked from a client, unmasked from a server.
QByteArray validFrames(QRandomGenerator &rng, FrameDecoder::Role role)
{
    const bool masked = role == FrameDecoder::Role::ClientToServer;
    const auto encode = [&](quint8 opcode, const QByteArray &payload, bool fin) {
        FrameHeader header;
        header.opcode = opcode;
        header.fin = fin;
        header.masked = masked;
        header.maskKey = rng.generate();
        header.lengthBits = quint8(pick(rng, { QByteArray("\x07"), QByteArray("\x07"), QByteArray("\x10"), QByteArray("\x40") }).at(0));
        return FrameEncoder::encode(header, payload);
    };
    QByteArray stream;
    const int messages = rng.bounded(1, 6);
    for (int m = 0; m < messages; ++m) {
        const bool text = rng.bounded(2);
        const int fragments = rng.bounded(1, 4);
        for (int f = 0; f < fragments; ++f) {
            const int size = rng.bounded(10) == 0 ? rng.bounded(200, 70000) : rng.bounded(0, 130);
            const QByteArray payload = text ? randomUtf8(rng, size / 3) : randomBytes(rng, size);
            stream += encode(f == 0 ? (text ? 0x1 : 0x2) : 0x0, payload, f == fragments - 1);
            if (rng.bounded(4) == 0)
                stream += encode(pick(rng, { "\x09", "\x0a" }).at(0), randomBytes(rng, rng.bounded(126)), true);
        }
    }
    if (rng.bounded(2)) {
        QByteArray close;
        if (rng.bounded(4) != 0) {
            const quint16 code = quint16(pick(rng, { "\x03\xe8", "\x03\xe9", "\x03\xf4", "\x0f\xa0" }).toHex().toUInt(nullptr, 16));
            close += char(code >> 8);
            close += char(code & 0xff);
            close += randomUtf8(rng, rng.bounded(20));
        }
        stream += encode(0x8, close, true);
    }
    return stream;
}

QByteArray mutate(QRandomGenerator &rng, QByteArray input, const QByteArray &other)
{
    static const QList<QByteArray> interesting = { "\r", "\n", "\r\n", ":", " ", "\t", "\x00", "\x7f", "\xff", ",",
                                                   ";", "\"", "\x80", "\xc0", "\xed\xa0\x80", "\x7e", "\x7f\xff" };
    const int count = rng.bounded(1, 9);
    for (int i = 0; i < count; ++i) {
        const qsizetype size = input.size();
        const qsizetype at = size > 0 ? qsizetype(rng.bounded(quint64(size))) : 0;
        switch (rng.bounded(8)) {
        case 0: // flip a bit
            if (size > 0)
                input[at] = char(input[at] ^ (1 << rng.bounded(8)));
            break;
        case 1: // overwrite a byte
            if (size > 0)
                input[at] = char(rng.bounded(256));
            break;
        case 2: // insert an interesting sequence
            input.insert(at, pick(rng, interesting));
            break;
        case 3: // insert random bytes
            input.insert(at, randomBytes(rng, rng.bounded(1, 16)));
            break;
        case 4: // delete a range
            input.remove(at, rng.bounded(1, 32));
            break;
        case 5: // duplicate a range
            input.insert(at, input.mid(at, rng.bounded(1, 64)));
            break;
        case 6: // cut the end
            input.truncate(at);
            break;
        default: // splice in a piece of another valid input
            if (!other.isEmpty()) {
                const qsizetype from = qsizetype(rng.bounded(quint64(other.size())));
                input.insert(at, other.mid(from, rng.bounded(1, 80)));
            }
            break;
        }
    }
    return input;
}

// Chunk sizes that cover `size` bytes: mostly small, sometimes large, sometimes empty chunks.
QList<qsizetype> randomSplit(QRandomGenerator &rng, qsizetype size)
{
    QList<qsizetype> chunks;
    qsizetype left = size;
    while (left > 0) {
        qsizetype n = 0;
        switch (rng.bounded(4)) {
        case 0: n = 1; break;
        case 1: n = rng.bounded(2, 16); break;
        case 2: n = rng.bounded(16, 4096); break;
        default: n = rng.bounded(10) == 0 ? 0 : rng.bounded(1, 300); break;
        }
        n = std::min(n, left);
        chunks.append(n);
        left -= n;
    }
    return chunks;
}

QList<qsizetype> whole(qsizetype size)
{
    return { size };
}

QList<qsizetype> bytewise(qsizetype size)
{
    return QList<qsizetype>(size, 1);
}

// ---- HttpParser ------------------------------------------------------------------------------

struct HttpOutcome
{
    QString problem; // first broken invariant, empty if none
    QStringList summary;
};

QString describeHeaders(const QList<HttpMessage::Header> &headers)
{
    QStringList lines;
    for (const HttpMessage::Header &header : headers)
        lines << QString::fromLatin1(header.first.toHex() + ':' + header.second.toHex());
    return lines.join(QLatin1Char(','));
}

HttpOutcome runHttp(HttpParser::Kind kind, const QByteArray &input, const QList<qsizetype> &chunks, bool callFinish,
                    qsizetype maxHead)
{
    HttpOutcome outcome;
    HttpParser parser(kind);
    parser.setMaxHeadSize(maxHead);
    parser.setMaxBodyKept(32);
    qsizetype position = 0;
    qint64 consumed = 0;
    for (const qsizetype n : chunks) {
        const QByteArrayView chunk = QByteArrayView(input).sliced(position, n);
        position += n;
        const bool wasDone = parser.state() == HttpParser::State::Complete || parser.state() == HttpParser::State::Error;
        const qsizetype used = parser.feed(chunk);
        if (used < 0 || used > chunk.size())
            outcome.problem = QStringLiteral("feed() consumed %1 of %2 bytes").arg(used).arg(chunk.size());
        else if (wasDone && used != 0)
            outcome.problem = QStringLiteral("feed() consumed %1 bytes after the message ended").arg(used);
        else if ((parser.state() == HttpParser::State::Head || parser.state() == HttpParser::State::Body) && used != chunk.size())
            outcome.problem = QStringLiteral("feed() left %1 bytes while still reading").arg(chunk.size() - used);
        consumed += used;
        if (!outcome.problem.isEmpty())
            return outcome;
    }
    if (consumed != parser.bytesConsumed())
        outcome.problem = QStringLiteral("bytesConsumed() %1 differs from the sum of feed() %2").arg(parser.bytesConsumed()).arg(consumed);
    if (callFinish)
        parser.finish();
    const bool error = parser.state() == HttpParser::State::Error;
    if (error && parser.errorString().trimmed().isEmpty())
        outcome.problem = QStringLiteral("an error without a message");
    if (!error && !parser.errorString().isEmpty())
        outcome.problem = QStringLiteral("a message without an error: ") + parser.errorString();
    if (callFinish && (parser.state() == HttpParser::State::Head || parser.state() == HttpParser::State::Body))
        outcome.problem = QStringLiteral("finish() left the parser reading");
    const HttpMessage &m = parser.message();
    if (m.body.size() > 32 || m.bodyBytesDropped != m.bodyBytesSeen - m.body.size())
        outcome.problem = QStringLiteral("body bookkeeping: kept %1, seen %2, dropped %3").arg(m.body.size()).arg(m.bodyBytesSeen).arg(m.bodyBytesDropped);
    if (m.rawHead.size() > maxHead)
        outcome.problem = QStringLiteral("rawHead of %1 bytes exceeds the limit %2").arg(m.rawHead.size()).arg(maxHead);
    if (!input.startsWith(m.rawHead))
        outcome.problem = QStringLiteral("rawHead is not the start of the input");
    outcome.summary << QString::number(int(parser.state())) << parser.errorString() << QString::number(consumed)
                    << QString::number(parser.isHeadComplete()) << QString::fromLatin1(m.rawHead.toHex())
                    << QString::fromLatin1(m.method + ' ' + m.target + ' ' + m.version + ' ' + m.reasonPhrase)
                    << QString::number(m.statusCode) << describeHeaders(m.headers) << describeHeaders(parser.trailers())
                    << QString::fromLatin1(m.body.toHex()) << QString::number(m.bodyBytesSeen);
    return outcome;
}

// ---- FrameDecoder ----------------------------------------------------------------------------

// Records callbacks as lines, consecutive payload chunks joined, and checks the sink's view of
// the invariants as it goes.
class CheckingSink : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &header) override
    {
        flush();
        if (inFrame)
            fail(QStringLiteral("frameStarted inside a frame"));
        inFrame = true;
        current = header;
        payloadBytes = 0;
        lines << QStringLiteral("start %1 fin=%2 rsv=%3 len=%4 raw=%5")
                         .arg(header.opcode)
                         .arg(header.fin)
                         .arg(header.rsv)
                         .arg(header.payloadLength)
                         .arg(QString::fromLatin1(header.raw.toHex()));
    }
    void framePayload(QByteArrayView chunk) override
    {
        if (!inFrame)
            fail(QStringLiteral("payload outside a frame"));
        payloadBytes += quint64(chunk.size());
        if (payloadBytes > current.payloadLength)
            fail(QStringLiteral("more payload than the header declared"));
        pending += chunk;
    }
    void frameFinished(const FrameHeader &header) override
    {
        flush();
        if (!inFrame)
            fail(QStringLiteral("frameFinished without frameStarted"));
        if (payloadBytes != header.payloadLength)
            fail(QStringLiteral("frame finished after %1 of %2 payload bytes").arg(payloadBytes).arg(header.payloadLength));
        inFrame = false;
        lines << QStringLiteral("finish %1").arg(header.opcode);
    }
    void violation(quint16 closeCode, const QString &message, bool fatal) override
    {
        flush();
        if (closeCode != 1002 && closeCode != 1007 && closeCode != 1009)
            fail(QStringLiteral("violation with close code %1").arg(closeCode));
        if (message.trimmed().isEmpty())
            fail(QStringLiteral("violation without a message"));
        if (fatal && sawFatal)
            fail(QStringLiteral("a second fatal violation"));
        sawFatal = sawFatal || fatal;
        if (codes.isEmpty())
            firstMessage = message;
        codes << closeCode;
        lines << QStringLiteral("violation %1%2: %3").arg(closeCode).arg(fatal ? QStringLiteral(" fatal") : QString(), message);
    }
    QStringList log()
    {
        flush();
        return lines;
    }
    void fail(const QString &problem)
    {
        if (this->problem.isEmpty())
            this->problem = problem;
    }

    QString problem;
    QStringList lines;
    QList<quint16> codes;
    QString firstMessage;
    bool inFrame = false;
    bool sawFatal = false;
    FrameHeader current;
    quint64 payloadBytes = 0;

private:
    void flush()
    {
        if (!pending.isEmpty())
            lines << QStringLiteral("payload ") + QString::fromLatin1(pending.toHex());
        pending.clear();
    }
    QByteArray pending;
};

struct FrameOutcome
{
    QString problem;
    QStringList log;
};

FrameOutcome runFrames(FrameDecoder::Role role, const QByteArray &input, const QList<qsizetype> &chunks,
                       quint64 maxFrame, quint64 maxMessage)
{
    CheckingSink sink;
    FrameDecoder decoder(role, &sink);
    decoder.setMaxFramePayload(maxFrame);
    decoder.setMaxMessageSize(maxMessage);
    qsizetype position = 0;
    quint64 consumed = 0;
    for (const qsizetype n : chunks) {
        const QByteArrayView chunk = QByteArrayView(input).sliced(position, n);
        position += n;
        const bool wasFatal = decoder.hasFatalError();
        const qsizetype used = decoder.feed(chunk);
        if (used < 0 || used > chunk.size())
            sink.fail(QStringLiteral("feed() consumed %1 of %2 bytes").arg(used).arg(chunk.size()));
        else if (wasFatal && used != 0)
            sink.fail(QStringLiteral("feed() consumed %1 bytes after a fatal error").arg(used));
        else if (!decoder.hasFatalError() && used != chunk.size())
            sink.fail(QStringLiteral("feed() left %1 bytes without a fatal error").arg(chunk.size() - used));
        consumed += quint64(used);
    }
    if (consumed != decoder.bytesConsumed())
        sink.fail(QStringLiteral("bytesConsumed() %1 differs from the sum of feed() %2").arg(decoder.bytesConsumed()).arg(consumed));
    if (decoder.hasFatalError() != sink.sawFatal)
        sink.fail(QStringLiteral("hasFatalError() disagrees with the fatal flag of the violations"));
    if (sink.codes.isEmpty() != (decoder.closeCode() == 0))
        sink.fail(QStringLiteral("closeCode() %1 but %2 violations").arg(decoder.closeCode()).arg(sink.codes.size()));
    if (!sink.codes.isEmpty() && (decoder.closeCode() != sink.codes.first() || decoder.errorString() != sink.firstMessage))
        sink.fail(QStringLiteral("closeCode()/errorString() are not those of the first violation"));
    if (!decoder.hasFatalError() && sink.inFrame && !decoder.isInsideFrame())
        sink.fail(QStringLiteral("isInsideFrame() disagrees with the callbacks"));
    FrameOutcome outcome;
    outcome.log = sink.log();
    outcome.log << QStringLiteral("consumed %1 fatal %2 code %3").arg(consumed).arg(decoder.hasFatalError()).arg(decoder.closeCode());
    outcome.problem = sink.problem;
    return outcome;
}

QString hexStart(const QByteArray &input)
{
    return QString::fromLatin1(input.left(200).toHex()) + (input.size() > 200 ? QStringLiteral("… (%1 bytes)").arg(input.size()) : QString());
}

} // namespace

class TestProtocolFuzz : public QObject
{
    Q_OBJECT

private slots:
    void httpParser_data();
    void httpParser();
    void frameDecoder_data();
    void frameDecoder();
    void closePayload_data();
    void closePayload();
    // Regressions found by the hostile-server tests (tests/integration/hostile).
    void framesAfterACloseFrame_data();
    void framesAfterACloseFrame();
};

void TestProtocolFuzz::httpParser_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<int>("maxHead");
    const int request = int(HttpParser::Kind::Request);
    const int response = int(HttpParser::Kind::Response);
    QTest::newRow("Mutated and random upgrade requests, default head limit") << request << 0x5eed0001u << 1500 << 64 * 1024;
    QTest::newRow("Mutated and random upgrade requests, a 256-byte head limit") << request << 0x5eed0002u << 700 << 256;
    QTest::newRow("Mutated and random handshake responses, default head limit") << response << 0x5eed0003u << 1500 << 64 * 1024;
    QTest::newRow("Mutated and random handshake responses, a 100-byte head limit") << response << 0x5eed0004u << 700 << 100;
}

void TestProtocolFuzz::httpParser()
{
    QFETCH(int, kind);
    QFETCH(quint32, seed);
    QFETCH(int, iterations);
    QFETCH(int, maxHead);
    QRandomGenerator rng(seed);
    const auto parserKind = HttpParser::Kind(kind);
    int errors = 0;
    int completes = 0;
    for (int i = 0; i < iterations; ++i) {
        const auto valid = [&] { return parserKind == HttpParser::Kind::Request ? validRequest(rng) : validResponse(rng); };
        QByteArray input;
        switch (rng.bounded(8)) {
        case 0: input = valid(); break;
        case 1: input = randomBytes(rng, rng.bounded(300)); break;
        default: input = mutate(rng, valid(), valid()); break;
        }
        const bool callFinish = rng.bounded(2);
        const HttpOutcome reference = runHttp(parserKind, input, whole(input.size()), callFinish, maxHead);
        const QString context = QStringLiteral("iteration %1, input %2").arg(i).arg(hexStart(input));
        QVERIFY2(reference.problem.isEmpty(), qPrintable(reference.problem + QStringLiteral(" — ") + context));
        const HttpOutcome single = runHttp(parserKind, input, bytewise(input.size()), callFinish, maxHead);
        QVERIFY2(single.problem.isEmpty(), qPrintable(single.problem + QStringLiteral(" (byte by byte) — ") + context));
        QVERIFY2(single.summary == reference.summary,
                 qPrintable(QStringLiteral("byte by byte differs from whole: %1 vs %2 — %3")
                                    .arg(single.summary.join(QLatin1Char('|')), reference.summary.join(QLatin1Char('|')), context)));
        const HttpOutcome split = runHttp(parserKind, input, randomSplit(rng, input.size()), callFinish, maxHead);
        QVERIFY2(split.problem.isEmpty(), qPrintable(split.problem + QStringLiteral(" (random split) — ") + context));
        QVERIFY2(split.summary == reference.summary,
                 qPrintable(QStringLiteral("a random split differs from whole: %1 vs %2 — %3")
                                    .arg(split.summary.join(QLatin1Char('|')), reference.summary.join(QLatin1Char('|')), context)));
        errors += reference.summary.first() == QString::number(int(HttpParser::State::Error));
        completes += reference.summary.first() == QString::number(int(HttpParser::State::Complete));
    }
    // The corpus reaches both outcomes often, or the fuzzing proves little.
    QVERIFY2(errors > iterations / 5 && completes > iterations / 10,
             qPrintable(QStringLiteral("%1 errors, %2 complete of %3").arg(errors).arg(completes).arg(iterations)));
}

void TestProtocolFuzz::frameDecoder_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<quint64>("maxFrame");
    QTest::addColumn<quint64>("maxMessage");
    const int client = int(FrameDecoder::Role::ClientToServer);
    const int server = int(FrameDecoder::Role::ServerToClient);
    const quint64 frameLimit = FrameDecoder::DefaultMaxFramePayload;
    const quint64 messageLimit = FrameDecoder::DefaultMaxMessageSize;
    QTest::newRow("Mutated and random client frames (masked), default limits") << client << 0xf4a3e001u << 700 << frameLimit << messageLimit;
    QTest::newRow("Mutated and random server frames (unmasked), default limits") << server << 0xf4a3e002u << 700 << frameLimit << messageLimit;
    QTest::newRow("Mutated client frames with 300-byte frame and 500-byte message limits") << client << 0xf4a3e003u << 500 << quint64(300) << quint64(500);
    QTest::newRow("Mutated server frames with 300-byte frame and 500-byte message limits") << server << 0xf4a3e004u << 500 << quint64(300) << quint64(500);
}

void TestProtocolFuzz::frameDecoder()
{
    QFETCH(int, role);
    QFETCH(quint32, seed);
    QFETCH(int, iterations);
    QFETCH(quint64, maxFrame);
    QFETCH(quint64, maxMessage);
    QRandomGenerator rng(seed);
    const auto decoderRole = FrameDecoder::Role(role);
    const auto otherRole = decoderRole == FrameDecoder::Role::ClientToServer ? FrameDecoder::Role::ServerToClient
                                                                              : FrameDecoder::Role::ClientToServer;
    QSet<quint16> codesSeen;
    int clean = 0;
    for (int i = 0; i < iterations; ++i) {
        QByteArray input;
        switch (rng.bounded(10)) {
        case 0: input = validFrames(rng, decoderRole); break;
        case 1: input = randomBytes(rng, rng.bounded(400)); break;
        case 2: input = validFrames(rng, otherRole); break; // wrong masking throughout
        default: input = mutate(rng, validFrames(rng, decoderRole), validFrames(rng, otherRole)); break;
        }
        const QString context = QStringLiteral("iteration %1, input %2").arg(i).arg(hexStart(input));
        const FrameOutcome reference = runFrames(decoderRole, input, whole(input.size()), maxFrame, maxMessage);
        QVERIFY2(reference.problem.isEmpty(), qPrintable(reference.problem + QStringLiteral(" — ") + context));
        // Byte by byte is slow for the rare 70 000-byte frames; those get random splits only.
        if (input.size() <= 4096) {
            const FrameOutcome single = runFrames(decoderRole, input, bytewise(input.size()), maxFrame, maxMessage);
            QVERIFY2(single.problem.isEmpty(), qPrintable(single.problem + QStringLiteral(" (byte by byte) — ") + context));
            QVERIFY2(single.log == reference.log,
                     qPrintable(QStringLiteral("byte by byte differs from whole:\n%1\nvs\n%2\n— %3")
                                        .arg(single.log.join(QLatin1Char('\n')), reference.log.join(QLatin1Char('\n')), context)));
        }
        const FrameOutcome split = runFrames(decoderRole, input, randomSplit(rng, input.size()), maxFrame, maxMessage);
        QVERIFY2(split.problem.isEmpty(), qPrintable(split.problem + QStringLiteral(" (random split) — ") + context));
        QVERIFY2(split.log == reference.log,
                 qPrintable(QStringLiteral("a random split differs from whole:\n%1\nvs\n%2\n— %3")
                                    .arg(split.log.join(QLatin1Char('\n')), reference.log.join(QLatin1Char('\n')), context)));
        const QString last = reference.log.last();
        const quint16 code = quint16(last.section(QLatin1Char(' '), 5, 5).toUInt());
        if (code == 0)
            ++clean;
        else
            codesSeen.insert(code);
    }
    // The corpus reaches clean streams and all three codes, or the fuzzing proves little.
    QVERIFY2(clean > 0, "no clean stream");
    QVERIFY2(codesSeen.contains(1002) && codesSeen.contains(1007), "1002 or 1007 never reached");
    if (maxFrame < 1000)
        QVERIFY2(codesSeen.contains(1009), "1009 never reached");
}

void TestProtocolFuzz::closePayload_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("iterations");
    QTest::newRow("Random and mutated close payloads, checked against the frame decoder") << 0xc105e001u << 20000;
}

void TestProtocolFuzz::closePayload()
{
    QFETCH(quint32, seed);
    QFETCH(int, iterations);
    QRandomGenerator rng(seed);
    int valid = 0;
    QSet<quint16> violations;
    for (int i = 0; i < iterations; ++i) {
        QByteArray payload;
        switch (rng.bounded(4)) {
        case 0:
            payload = randomBytes(rng, rng.bounded(140));
            break;
        default: {
            const quint16 code = quint16(rng.bounded(2) ? rng.bounded(5100) : 1000 + rng.bounded(20));
            payload = QByteArray(1, char(code >> 8)) + char(code & 0xff) + randomUtf8(rng, rng.bounded(40));
            if (rng.bounded(2))
                payload = mutate(rng, payload, randomUtf8(rng, 10));
            break;
        }
        }
        const QString context = QStringLiteral("iteration %1, payload %2").arg(i).arg(QString::fromLatin1(payload.toHex()));
        const ClosePayload parsed = ClosePayload::parse(payload);
        const ClosePayload again = ClosePayload::parse(payload);
        QVERIFY2(parsed.valid == again.valid && parsed.code == again.code && parsed.reason == again.reason
                         && parsed.error == again.error,
                 qPrintable(QStringLiteral("not deterministic — ") + context));
        if (parsed.valid) {
            ++valid;
            QVERIFY2(parsed.violationCode == 0 && parsed.error.isEmpty(), qPrintable(context));
            QVERIFY2(parsed.code != 1005 || payload.isEmpty(), qPrintable(context));
        } else {
            violations.insert(parsed.violationCode);
            QVERIFY2(parsed.violationCode == 1002 || parsed.violationCode == 1007, qPrintable(context));
            QVERIFY2(!parsed.error.trimmed().isEmpty(), qPrintable(context));
        }
        if (payload.size() >= 2)
            QVERIFY2(parsed.reason == QString::fromUtf8(payload.mid(2)), qPrintable(context));
        else if (payload.isEmpty())
            QVERIFY2(parsed.valid && parsed.code == 1005, qPrintable(context));

        // The frame decoder reaches the same verdict for the same payload in a Close frame.
        CheckingSink sink;
        FrameDecoder decoder(FrameDecoder::Role::ServerToClient, &sink);
        decoder.feed(FrameEncoder::encode(0x8, payload));
        QVERIFY2(sink.problem.isEmpty(), qPrintable(sink.problem + QStringLiteral(" — ") + context));
        QVERIFY2(sink.codes.isEmpty() == parsed.valid,
                 qPrintable(QStringLiteral("decoder codes %1, parse valid %2 — %3")
                                    .arg(sink.codes.size())
                                    .arg(parsed.valid)
                                    .arg(context)));
        if (!parsed.valid)
            QVERIFY2(sink.codes.first() == parsed.violationCode, qPrintable(context));
    }
    QVERIFY2(valid > iterations / 10 && violations.contains(1002) && violations.contains(1007),
             qPrintable(QStringLiteral("%1 valid of %2").arg(valid).arg(iterations)));
}

void TestProtocolFuzz::framesAfterACloseFrame_data()
{
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("violations");
    QTest::newRow("A text frame after the Close frame is a 1002 violation (RFC 6455 §5.5.1)") << FrameEncoder::encode(0x1, "zombie") << 1;
    QTest::newRow("A fragmented binary message after the Close frame is one violation per frame")
            << FrameEncoder::encode(0x2, "a", false) + FrameEncoder::encode(0x0, "b") << 2;
    QTest::newRow("A ping after the Close frame is not a data frame and is allowed") << FrameEncoder::encode(0x9, "still there?") << 0;
}

void TestProtocolFuzz::framesAfterACloseFrame()
{
    QFETCH(QByteArray, after);
    QFETCH(int, violations);
    const QByteArray input = FrameEncoder::encode(0x8, QByteArray("\x03\xe8" "bye")) + after;
    // Whole and byte by byte: the verdict does not depend on the split.
    for (const bool single : { false, true }) {
        const FrameOutcome outcome = runFrames(FrameDecoder::Role::ServerToClient, input,
                                               single ? bytewise(input.size()) : whole(input.size()),
                                               FrameDecoder::DefaultMaxFramePayload, FrameDecoder::DefaultMaxMessageSize);
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        const QStringList found = outcome.log.filter(QStringLiteral("after its sender's Close frame"));
        QCOMPARE(found.size(), violations);
        for (const QString &line : found)
            QVERIFY2(line.startsWith(QLatin1String("violation 1002:")), qPrintable(line));
        // The frames are still decoded and shown.
        QCOMPARE(outcome.log.filter(QStringLiteral("finish ")).size(), 1 + (violations == 2 ? 2 : 1));
    }
}

QTEST_GUILESS_MAIN(TestProtocolFuzz)
#include "tst_protocolfuzz.moc"
