#include "core/protocol/framedecoder.h"
#include "core/protocol/frameencoder.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtTest>

namespace {

QString describePayload(QByteArrayView payload)
{
    if (payload.size() <= 64)
        return QStringLiteral("payload ") + QString::fromLatin1(payload.toByteArray().toHex());
    return QStringLiteral("payload %1 bytes sha1 %2")
            .arg(payload.size())
            .arg(QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha1).toHex()));
}

QString describeHeader(const FrameHeader &h)
{
    return QStringLiteral("start %1 fin=%2 rsv=%3 len=%4/%5%6%7 raw=%8")
            .arg(FrameHeader::opcodeName(h.opcode))
            .arg(int(h.fin))
            .arg(h.rsv)
            .arg(h.payloadLength)
            .arg(h.lengthBits)
            .arg(h.nonMinimalLength ? QStringLiteral(" non-minimal") : QString())
            .arg(h.masked ? QStringLiteral(" key=%1").arg(h.maskKey, 8, 16, QLatin1Char('0')) : QString())
            .arg(QString::fromLatin1(h.raw.toHex()));
}

// Records the callbacks as lines. Consecutive payload chunks are joined, so a log does not depend
// on how the input was split; everything else must come out in the same order.
class RecordingSink : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &header) override
    {
        flush();
        lines << describeHeader(header);
        ++started;
    }
    void framePayload(QByteArrayView chunk) override
    {
        pending += chunk;
        largestChunk = std::max(largestChunk, chunk.size());
        ++chunks;
    }
    void frameFinished(const FrameHeader &header) override
    {
        flush();
        lines << QStringLiteral("finish %1").arg(FrameHeader::opcodeName(header.opcode));
        ++finished;
    }
    void violation(quint16 closeCode, const QString &message, bool fatal) override
    {
        flush();
        lines << QStringLiteral("violation %1%2: %3").arg(closeCode).arg(fatal ? QStringLiteral(" fatal") : QString(), message);
        codes << closeCode;
        messages << message;
        fatals << fatal;
    }
    QStringList log()
    {
        flush();
        return lines;
    }

    QStringList lines;
    QList<quint16> codes;
    QStringList messages;
    QList<bool> fatals;
    QList<QByteArray> payloads; // one per payload run
    QByteArray pending;
    qsizetype largestChunk = 0;
    int chunks = 0;
    int started = 0;
    int finished = 0;

private:
    void flush()
    {
        if (pending.isEmpty())
            return;
        lines << describePayload(pending);
        payloads << pending;
        pending.clear();
    }
};

struct Limits
{
    quint8 allowedRsv = 0;
    quint64 maxFrame = FrameDecoder::DefaultMaxFramePayload;
    quint64 maxMessage = FrameDecoder::DefaultMaxMessageSize;
};

struct Outcome
{
    QStringList log;
    qsizetype consumed = 0;
    quint16 closeCode = 0;
    QString errorString;
    bool fatal = false;
};

// Feeds `wire` in pieces of the given sizes (cycled; the last piece takes the rest).
Outcome decode(FrameDecoder::Role role, const QByteArray &wire, const QList<qsizetype> &pieces,
               const Limits &limits = {}, RecordingSink *sink = nullptr)
{
    RecordingSink own;
    RecordingSink *s = sink ? sink : &own;
    FrameDecoder decoder(role, s);
    decoder.setAllowedRsv(limits.allowedRsv);
    decoder.setMaxFramePayload(limits.maxFrame);
    decoder.setMaxMessageSize(limits.maxMessage);
    Outcome out;
    qsizetype pos = 0;
    int i = 0;
    while (pos < wire.size()) {
        const qsizetype n = pieces.isEmpty() ? wire.size() : std::min(pieces.at(i++ % pieces.size()), wire.size() - pos);
        out.consumed += decoder.feed(QByteArrayView(wire).sliced(pos, n));
        pos += n;
    }
    out.log = s->log();
    out.closeCode = decoder.closeCode();
    out.errorString = decoder.errorString();
    out.fatal = decoder.hasFatalError();
    if (quint64(out.consumed) != decoder.bytesConsumed())
        out.log << QStringLiteral("bytesConsumed() disagrees with feed()");
    return out;
}

// Byte-by-byte feeding, every two-part split (for short streams) and some random splits must
// all give the same log as feeding the whole stream at once.
void verifyAllSplits(FrameDecoder::Role role, const QByteArray &wire, const Limits &limits = {})
{
    const Outcome whole = decode(role, wire, {}, limits);
    auto same = [&](const Outcome &other, const QString &how) {
        if (other.log != whole.log || other.consumed != whole.consumed || other.closeCode != whole.closeCode
            || other.errorString != whole.errorString || other.fatal != whole.fatal) {
            QTest::qFail(qPrintable(QStringLiteral("%1 differs from whole feeding:\n%2\n--- whole:\n%3")
                                            .arg(how, other.log.join(QLatin1Char('\n')), whole.log.join(QLatin1Char('\n')))),
                         __FILE__, __LINE__);
            return false;
        }
        return true;
    };
    if (!same(decode(role, wire, {1}, limits), QStringLiteral("Byte-by-byte feeding")))
        return;
    if (wire.size() <= 4096) {
        for (qsizetype cut = 1; cut < wire.size(); ++cut) {
            if (!same(decode(role, wire, {cut, wire.size()}, limits), QStringLiteral("Split at %1").arg(cut)))
                return;
        }
    }
    QRandomGenerator random(uint(wire.size()) * 2654435761u);
    for (int round = 0; round < 20; ++round) {
        QList<qsizetype> pieces;
        for (int k = 0; k < 16; ++k)
            pieces << 1 + random.bounded(round < 10 ? 17 : 70000);
        if (!same(decode(role, wire, pieces, limits), QStringLiteral("Random split %1").arg(round)))
            return;
    }
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + 3) % 251);
    return bytes;
}

constexpr int Client = int(FrameDecoder::Role::ClientToServer);
constexpr int Server = int(FrameDecoder::Role::ServerToClient);

} // namespace

class TestFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void rfcExamples_data();
    void rfcExamples();
    void violations_data();
    void violations();
    void mixedStreamSurvivesEverySplit();
    void maskedPayloadIsUnmaskedInBoundedChunks();
    void payloadStreamsBeforeTheFrameIsComplete();
    void fatalErrorStopsConsuming();
    void declaredHugeLengthIsRefusedWithoutAllocating();
    void opcodeNames_data();
    void opcodeNames();
};

void TestFrameDecoder::rfcExamples_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QStringList>("expected");

    const QString hello = describePayload("Hello");
    QTest::newRow("RFC 6455 §5.7: a single-frame unmasked text message from the server")
            << Server << hex("810548656c6c6f")
            << QStringList{QStringLiteral("start text fin=1 rsv=0 len=5/7 raw=8105"), hello, QStringLiteral("finish text")};
    QTest::newRow("RFC 6455 §5.7: a single-frame masked text message from the client")
            << Client << hex("818537fa213d7f9f4d5158")
            << QStringList{QStringLiteral("start text fin=1 rsv=0 len=5/7 key=37fa213d raw=818537fa213d"), hello,
                           QStringLiteral("finish text")};
    QTest::newRow("RFC 6455 §5.7: a fragmented unmasked text message Hel + lo")
            << Server << hex("010348656c" "80026c6f")
            << QStringList{QStringLiteral("start text fin=0 rsv=0 len=3/7 raw=0103"), describePayload("Hel"),
                           QStringLiteral("finish text"),
                           QStringLiteral("start continuation fin=1 rsv=0 len=2/7 raw=8002"), describePayload("lo"),
                           QStringLiteral("finish continuation")};
    QTest::newRow("RFC 6455 §5.7: an unmasked ping from the server")
            << Server << hex("890548656c6c6f")
            << QStringList{QStringLiteral("start ping fin=1 rsv=0 len=5/7 raw=8905"), hello, QStringLiteral("finish ping")};
    QTest::newRow("RFC 6455 §5.7: the masked pong the client answers it with")
            << Client << hex("8a8537fa213d7f9f4d5158")
            << QStringList{QStringLiteral("start pong fin=1 rsv=0 len=5/7 key=37fa213d raw=8a8537fa213d"), hello,
                           QStringLiteral("finish pong")};
    QTest::newRow("RFC 6455 §5.7: a 256-byte unmasked binary message with a 16-bit length")
            << Server << hex("827e0100") + pattern(256)
            << QStringList{QStringLiteral("start binary fin=1 rsv=0 len=256/16 raw=827e0100"), describePayload(pattern(256)),
                           QStringLiteral("finish binary")};
    QTest::newRow("RFC 6455 §5.7: a 64 KiB unmasked binary message with a 64-bit length")
            << Server << hex("827f0000000000010000") + pattern(65536)
            << QStringList{QStringLiteral("start binary fin=1 rsv=0 len=65536/64 raw=827f0000000000010000"),
                           describePayload(pattern(65536)), QStringLiteral("finish binary")};
    QTest::newRow("A 16-bit length encoding of 5 bytes is flagged non-minimal, not a violation")
            << Server << hex("817e000548656c6c6f")
            << QStringList{QStringLiteral("start text fin=1 rsv=0 len=5/16 non-minimal raw=817e0005"), hello,
                           QStringLiteral("finish text")};
    QTest::newRow("A 64-bit length encoding of 5 bytes is flagged non-minimal, not a violation")
            << Client << hex("81ff000000000000000537fa213d7f9f4d5158")
            << QStringList{QStringLiteral("start text fin=1 rsv=0 len=5/64 non-minimal key=37fa213d raw=81ff000000000000000537fa213d"),
                           hello, QStringLiteral("finish text")};
    QTest::newRow("An empty close frame has no payload callback at all")
            << Server << hex("8800")
            << QStringList{QStringLiteral("start close fin=1 rsv=0 len=0/7 raw=8800"), QStringLiteral("finish close")};
    QTest::newRow("A close frame with code 1000 and reason bye is accepted")
            << Server << hex("880503e8627965")
            << QStringList{QStringLiteral("start close fin=1 rsv=0 len=5/7 raw=8805"), describePayload(hex("03e8627965")),
                           QStringLiteral("finish close")};
    QTest::newRow("A text message split inside a UTF-8 sequence with a ping between its fragments is valid")
            << Server << hex("0102" "41e2" "8900" "8002" "82ac")
            << QStringList{QStringLiteral("start text fin=0 rsv=0 len=2/7 raw=0102"), describePayload(hex("41e2")),
                           QStringLiteral("finish text"), QStringLiteral("start ping fin=1 rsv=0 len=0/7 raw=8900"),
                           QStringLiteral("finish ping"), QStringLiteral("start continuation fin=1 rsv=0 len=2/7 raw=8002"),
                           describePayload(hex("82ac")), QStringLiteral("finish continuation")};
}

void TestFrameDecoder::rfcExamples()
{
    QFETCH(int, role);
    QFETCH(QByteArray, wire);
    QFETCH(QStringList, expected);
    const Outcome outcome = decode(FrameDecoder::Role(role), wire, {});
    QCOMPARE(outcome.log, expected);
    QCOMPARE(outcome.consumed, wire.size());
    QCOMPARE(outcome.closeCode, quint16(0));
    QVERIFY(outcome.errorString.isEmpty());
    verifyAllSplits(FrameDecoder::Role(role), wire);
}

void TestFrameDecoder::violations_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("allowedRsv");
    QTest::addColumn<qulonglong>("maxFrame");
    QTest::addColumn<qulonglong>("maxMessage");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QString>("firstMessageContains");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<int>("framesFinished");

    const qulonglong frameMax = FrameDecoder::DefaultMaxFramePayload;
    const qulonglong messageMax = FrameDecoder::DefaultMaxMessageSize;
    using Codes = QList<int>;

    QTest::newRow("A masked frame from the server is a 1002 that names the masking")
            << Server << hex("818537fa213d7f9f4d5158") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("server sent a masked text frame") << false << 1;
    QTest::newRow("An unmasked frame from the client is a 1002 that names the missing mask")
            << Client << hex("810548656c6c6f") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("client sent an unmasked text frame") << false << 1;
    QTest::newRow("RSV1 without a negotiated extension is a 1002 naming RSV1")
            << Server << hex("c10548656c6c6f") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("RSV1 set on a text frame") << false << 1;
    QTest::newRow("RSV2 and RSV3 together are one 1002 naming both bits")
            << Server << hex("b20100") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("RSV2, RSV3 set on a binary frame") << false << 1;
    QTest::newRow("RSV1 allowed by an extension is accepted and its transformed text is not checked as UTF-8")
            << Server << hex("c103ff0000") << 4 << frameMax << messageMax << Codes{}
            << QString() << false << 1;
    QTest::newRow("RSV2 is still a violation when only RSV1 is allowed")
            << Server << hex("e10161") << 4 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("RSV2 set on a text frame") << false << 1;
    QTest::newRow("Reserved data opcode 0x3 is a 1002 naming it")
            << Server << hex("830161") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("Opcode 0x3 (reserved-0x3) is reserved") << false << 1;
    QTest::newRow("Reserved control opcode 0xB is a 1002 naming it")
            << Server << hex("8b00") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("Opcode 0xB (reserved-0xB) is reserved") << false << 1;
    QTest::newRow("A ping with 126 bytes of payload is a 1002 about the 125-byte limit")
            << Server << hex("897e007e") + pattern(126) << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("ping frame carries 126 bytes") << false << 1;
    QTest::newRow("A ping with FIN cleared is a 1002 about fragmented control frames")
            << Server << hex("0900") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("ping frame has FIN cleared") << false << 1;
    QTest::newRow("A continuation frame with no message in progress is a 1002")
            << Server << hex("800161") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("continuation frame arrived with no fragmented message") << false << 1;
    QTest::newRow("A new text frame inside a fragmented binary message is a 1002")
            << Server << hex("020161" "810162") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("new text frame arrived while a fragmented message") << false << 2;
    QTest::newRow("A close frame carrying 1 byte is a 1002")
            << Server << hex("880103") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("close frame carries 1 byte") << false << 1;
    QTest::newRow("Close code 1005 may not appear on the wire and is a 1002")
            << Server << hex("880203ed") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("Close code 1005 may not be sent") << false << 1;
    QTest::newRow("Close code 999 below the defined range is a 1002")
            << Server << hex("880203e7") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("Close code 999") << false << 1;
    QTest::newRow("Close code 2999 in the reserved range is a 1002")
            << Server << hex("88020bb7") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("Close code 2999") << false << 1;
    QTest::newRow("Registered close code 1012 and application code 4999 are accepted")
            << Server << hex("880203f4" "88021387") << 0 << frameMax << messageMax << Codes{}
            << QString() << false << 2;
    QTest::newRow("An invalid byte in a single-frame text message is a 1007 with its offset")
            << Server << hex("8103616bff") << 0 << frameMax << messageMax << Codes{1007}
            << QStringLiteral("byte 2 of the message (0xff)") << false << 1;
    QTest::newRow("An invalid byte in a masked client text message is found after unmasking")
            << Client << FrameEncoder::encode(FrameHeader::Text, hex("41c328"), true, 0x01020304u) << 0 << frameMax
            << messageMax << Codes{1007} << QStringLiteral("byte 2 of the message (0x28)") << false << 1;
    QTest::newRow("A UTF-8 sequence broken across fragments is a 1007 with the message offset")
            << Server << hex("010261e2" "80028228") << 0 << frameMax << messageMax << Codes{1007}
            << QStringLiteral("byte 3 of the message (0x28)") << false << 2;
    QTest::newRow("A surrogate in a text message is a 1007 at its second byte")
            << Server << hex("8103eda080") << 0 << frameMax << messageMax << Codes{1007}
            << QStringLiteral("byte 1 of the message (0xa0)") << false << 1;
    QTest::newRow("A text message ending inside a UTF-8 sequence is a 1007 naming where it starts")
            << Server << hex("810261e2") << 0 << frameMax << messageMax << Codes{1007}
            << QStringLiteral("ends inside a UTF-8 sequence that starts at byte 1") << false << 1;
    QTest::newRow("Invalid UTF-8 is reported once per message even with more bad bytes")
            << Server << hex("0102ff61" "8002fffe" "810161") << 0 << frameMax << messageMax << Codes{1007}
            << QStringLiteral("byte 0 of the message") << false << 3;
    QTest::newRow("Invalid UTF-8 in a binary message is not a violation")
            << Server << hex("8203fffe80") << 0 << frameMax << messageMax << Codes{}
            << QString() << false << 1;
    QTest::newRow("An invalid UTF-8 close reason is a 1007")
            << Server << hex("880403e8ff61") << 0 << frameMax << messageMax << Codes{1007}
            << QStringLiteral("close reason is not valid UTF-8: byte 0") << false << 1;
    QTest::newRow("A close reason ending inside a UTF-8 sequence is a 1007")
            << Server << hex("880403e861e2") << 0 << frameMax << messageMax << Codes{1007}
            << QStringLiteral("close reason ends inside a UTF-8 sequence that starts at byte 1") << false << 1;
    QTest::newRow("A frame one byte above the frame limit is a fatal 1009")
            << Server << hex("827e03e9") + pattern(1001) << 0 << qulonglong(1000) << messageMax << Codes{1009}
            << QStringLiteral("declares a payload of 1001 bytes, more than the limit of 1000") << true << 0;
    QTest::newRow("A frame exactly at the frame limit is accepted")
            << Server << hex("827e03e8") + pattern(1000) << 0 << qulonglong(1000) << messageMax << Codes{}
            << QString() << false << 1;
    QTest::newRow("A declared 2^40-byte frame is a fatal 1009 under the default limit")
            << Server << hex("827f0000010000000000") << 0 << frameMax << messageMax << Codes{1009}
            << QStringLiteral("declares a payload of 1099511627776 bytes") << true << 0;
    QTest::newRow("A 64-bit length with its most significant bit set is a fatal 1002")
            << Server << hex("827f8000000000000001") << 0 << frameMax << messageMax << Codes{1002}
            << QStringLiteral("most significant bit set") << true << 0;
    QTest::newRow("A fragmented message growing past the message limit is a fatal 1009 at the fragment that crosses it")
            << Server << hex("0206") + pattern(6) + hex("8006") + pattern(6) << 0 << frameMax << qulonglong(10)
            << Codes{1009} << QStringLiteral("grow to 12 bytes, more than the limit of 10") << true << 1;
    QTest::newRow("A single frame larger than the message limit is a fatal 1009")
            << Server << hex("820b") + pattern(11) << 0 << frameMax << qulonglong(10)
            << Codes{1009} << QStringLiteral("grow to 11 bytes") << true << 0;
    QTest::newRow("Control frames between fragments do not count towards the message limit")
            << Server << hex("0205") + pattern(5) + hex("8905") + pattern(5) + hex("8005") + pattern(5) << 0
            << frameMax << qulonglong(10) << Codes{} << QString() << false << 3;
    QTest::newRow("One frame can break several rules and each is reported")
            << Client << hex("790161") << 0 << frameMax << messageMax << Codes{1002, 1002, 1002}
            << QStringLiteral("client sent an unmasked ping frame") << false << 1;
    QTest::newRow("Decoding goes on after violations and later frames are still decoded")
            << Server << hex("800161" "8b00" "810548656c6c6f") << 0 << frameMax << messageMax << Codes{1002, 1002}
            << QStringLiteral("continuation frame") << false << 3;
}

void TestFrameDecoder::violations()
{
    QFETCH(int, role);
    QFETCH(QByteArray, wire);
    QFETCH(int, allowedRsv);
    QFETCH(qulonglong, maxFrame);
    QFETCH(qulonglong, maxMessage);
    QFETCH(QList<int>, codes);
    QFETCH(QString, firstMessageContains);
    QFETCH(bool, fatal);
    QFETCH(int, framesFinished);

    Limits limits;
    limits.allowedRsv = quint8(allowedRsv);
    limits.maxFrame = maxFrame;
    limits.maxMessage = maxMessage;
    RecordingSink sink;
    const Outcome outcome = decode(FrameDecoder::Role(role), wire, {}, limits, &sink);
    QList<int> got;
    for (quint16 code : std::as_const(sink.codes))
        got << code;
    QVERIFY2(got == codes, qPrintable(outcome.log.join(QLatin1Char('\n'))));
    QCOMPARE(sink.finished, framesFinished);
    QCOMPARE(outcome.fatal, fatal);
    if (codes.isEmpty()) {
        QCOMPARE(outcome.closeCode, quint16(0));
        QVERIFY(outcome.errorString.isEmpty());
    } else {
        QCOMPARE(outcome.closeCode, quint16(codes.first()));
        QCOMPARE(outcome.errorString, sink.messages.first());
        QVERIFY2(outcome.errorString.contains(firstMessageContains), qPrintable(outcome.errorString));
        for (int i = 0; i < sink.fatals.size(); ++i)
            QCOMPARE(sink.fatals.at(i), fatal && i == sink.fatals.size() - 1);
    }
    if (!fatal)
        QCOMPARE(outcome.consumed, wire.size());
    else
        QVERIFY(outcome.consumed < wire.size() || sink.started == 0);
    verifyAllSplits(FrameDecoder::Role(role), wire, limits);
}

void TestFrameDecoder::mixedStreamSurvivesEverySplit()
{
    // A client stream with every kind of frame, masked with varied keys and all three length
    // encodings, some fragments split inside UTF-8 sequences.
    QByteArray wire;
    const QByteArray euro = hex("e282ac");
    quint32 key = 0x11223344;
    auto masked = [&](FrameHeader header, const QByteArray &payload) {
        header.masked = true;
        header.maskKey = key;
        key = key * 1664525u + 1013904223u;
        wire += FrameEncoder::encode(header, payload);
    };
    FrameHeader h;
    h.opcode = FrameHeader::Text;
    masked(h, QByteArray("plain ") + euro);
    h.fin = false;
    masked(h, QByteArray(200, 'a') + euro.left(1));
    h.opcode = FrameHeader::Ping;
    h.fin = true;
    masked(h, "ping");
    h.opcode = FrameHeader::Continuation;
    h.fin = false;
    h.lengthBits = 64;
    masked(h, euro.mid(1) + QByteArray(70000, 'b'));
    h.fin = true;
    h.lengthBits = 16;
    masked(h, "end");
    h.opcode = FrameHeader::Binary;
    h.lengthBits = 7;
    masked(h, pattern(300));
    h.opcode = FrameHeader::Close;
    masked(h, hex("03e8") + QByteArray("done ") + euro);

    RecordingSink sink;
    const Outcome outcome = decode(FrameDecoder::Role::ClientToServer, wire, {}, {}, &sink);
    QVERIFY2(sink.codes.isEmpty(), qPrintable(outcome.log.join(QLatin1Char('\n'))));
    QCOMPARE(sink.started, 7);
    QCOMPARE(sink.finished, 7);
    QCOMPARE(sink.payloads.at(0), QByteArray("plain ") + euro);
    QCOMPARE(sink.payloads.at(3), euro.mid(1) + QByteArray(70000, 'b'));
    QCOMPARE(sink.payloads.at(5), pattern(300));
    verifyAllSplits(FrameDecoder::Role::ClientToServer, wire);
}

void TestFrameDecoder::maskedPayloadIsUnmaskedInBoundedChunks()
{
    const QByteArray payload = pattern(1024 * 1024 + 3);
    const QByteArray wire = FrameEncoder::encode(FrameHeader::Binary, payload, true, 0xdeadbeefu);
    RecordingSink sink;
    FrameDecoder decoder(FrameDecoder::Role::ClientToServer, &sink);
    QCOMPARE(decoder.feed(wire), wire.size());
    sink.log();
    QCOMPARE(sink.payloads.size(), 1);
    QCOMPARE(sink.payloads.first(), payload);
    QVERIFY(sink.largestChunk <= FrameDecoder::MaxChunk);
    QVERIFY(sink.chunks >= 16);
    QCOMPARE(decoder.bytesConsumed(), quint64(wire.size()));
}

void TestFrameDecoder::payloadStreamsBeforeTheFrameIsComplete()
{
    const QByteArray payload = pattern(1000000);
    const QByteArray wire = FrameEncoder::encode(FrameHeader::Binary, payload, true, 0x0badf00du);
    RecordingSink sink;
    FrameDecoder decoder(FrameDecoder::Role::ClientToServer, &sink);
    QCOMPARE(decoder.feed(QByteArrayView(wire).first(14 + 100)), qsizetype(114));
    QCOMPARE(sink.started, 1);
    QCOMPARE(sink.finished, 0);
    QCOMPARE(sink.pending, payload.left(100));
    QVERIFY(decoder.isInsideFrame());
    QCOMPARE(decoder.currentHeader().payloadLength, quint64(1000000));
    QCOMPARE(decoder.feed(QByteArrayView(wire).sliced(114)), wire.size() - 114);
    QCOMPARE(sink.finished, 1);
    QVERIFY(!decoder.isInsideFrame());
}

void TestFrameDecoder::fatalErrorStopsConsuming()
{
    RecordingSink sink;
    FrameDecoder decoder(FrameDecoder::Role::ServerToClient, &sink);
    decoder.setMaxFramePayload(10);
    const QByteArray wire = hex("810161" "820b") + pattern(11) + hex("810162");
    QCOMPARE(decoder.feed(wire), qsizetype(3 + 2));
    QVERIFY(decoder.hasFatalError());
    QCOMPARE(decoder.closeCode(), quint16(1009));
    QCOMPARE(decoder.bytesConsumed(), quint64(5));
    QCOMPARE(decoder.currentHeader().payloadLength, quint64(11));
    QCOMPARE(decoder.feed(hex("810163")), qsizetype(0));
    QCOMPARE(sink.finished, 1);
    QCOMPARE(sink.started, 1);
    QCOMPARE(sink.codes.size(), 1);
}

void TestFrameDecoder::declaredHugeLengthIsRefusedWithoutAllocating()
{
    // A 60 MiB frame is under the default limit: declaring it must not allocate anything, and
    // feeding a few bytes of it must hand over exactly those bytes.
    RecordingSink sink;
    FrameDecoder decoder(FrameDecoder::Role::ClientToServer, &sink);
    FrameHeader header;
    header.opcode = FrameHeader::Binary;
    header.masked = true;
    header.maskKey = 0;
    header.payloadLength = 60 * 1024 * 1024;
    header.lengthBits = 64;
    const QByteArray head = FrameEncoder::encodeHeader(header);
    QCOMPARE(decoder.feed(QByteArray(head + QByteArray(5, 'z'))), head.size() + 5);
    QCOMPARE(sink.pending, QByteArray(5, 'z'));
    QVERIFY(!decoder.hasFatalError());
    QCOMPARE(decoder.closeCode(), quint16(0));

    // The same header with the largest 63-bit length is refused at once.
    RecordingSink refused;
    FrameDecoder strict(FrameDecoder::Role::ClientToServer, &refused);
    header.payloadLength = (quint64(1) << 63) - 1;
    QCOMPARE(strict.feed(FrameEncoder::encodeHeader(header)), qsizetype(14));
    QCOMPARE(strict.closeCode(), quint16(1009));
    QCOMPARE(refused.started, 0);
    QVERIFY(refused.pending.isEmpty());
}

void TestFrameDecoder::opcodeNames_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QString>("name");
    QTest::newRow("Opcode 0x0 is a continuation") << 0x0 << QStringLiteral("continuation");
    QTest::newRow("Opcode 0x1 is text") << 0x1 << QStringLiteral("text");
    QTest::newRow("Opcode 0x2 is binary") << 0x2 << QStringLiteral("binary");
    QTest::newRow("Opcode 0x7 is the last reserved data opcode") << 0x7 << QStringLiteral("reserved-0x7");
    QTest::newRow("Opcode 0x8 is close") << 0x8 << QStringLiteral("close");
    QTest::newRow("Opcode 0x9 is ping") << 0x9 << QStringLiteral("ping");
    QTest::newRow("Opcode 0xA is pong") << 0xA << QStringLiteral("pong");
    QTest::newRow("Opcode 0xF is the last reserved control opcode") << 0xF << QStringLiteral("reserved-0xF");
}

void TestFrameDecoder::opcodeNames()
{
    QFETCH(int, opcode);
    QFETCH(QString, name);
    QCOMPARE(FrameHeader::opcodeName(quint8(opcode)), name);
    QCOMPARE(FrameHeader::isReservedOpcode(quint8(opcode)), name.startsWith(QLatin1String("reserved")));
}

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
