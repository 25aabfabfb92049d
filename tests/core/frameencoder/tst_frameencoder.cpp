#include "core/protocol/framedecoder.h"
#include "core/protocol/frameencoder.h"

#include <QtTest>

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 13 + 5) % 253);
    return bytes;
}

// Collects what the decoder saw of each frame.
class CollectingSink : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &header) override
    {
        headers << header;
        payloads << QByteArray();
    }
    void framePayload(QByteArrayView chunk) override { payloads.last() += chunk; }
    void frameFinished(const FrameHeader &) override { ++finished; }
    void violation(quint16 closeCode, const QString &, bool) override { codes << closeCode; }

    QList<FrameHeader> headers;
    QList<QByteArray> payloads;
    QList<quint16> codes;
    int finished = 0;
};

} // namespace

class TestFrameEncoder : public QObject
{
    Q_OBJECT

private slots:
    void rfcExamples_data();
    void rfcExamples();
    void lengthEncodings_data();
    void lengthEncodings();
    void roundTrip_data();
    void roundTrip();
    void headerOnlyDeclaresAnyLength();
    void maskingInPiecesEqualsMaskingWhole();
};

void TestFrameEncoder::rfcExamples_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("RFC 6455 §5.7: a single-frame unmasked text message")
            << 0x1 << QByteArray("Hello") << true << false << hex("810548656c6c6f");
    QTest::newRow("RFC 6455 §5.7: a single-frame masked text message with key 37fa213d")
            << 0x1 << QByteArray("Hello") << true << true << hex("818537fa213d7f9f4d5158");
    QTest::newRow("RFC 6455 §5.7: the first fragment Hel of a fragmented text message")
            << 0x1 << QByteArray("Hel") << false << false << hex("010348656c");
    QTest::newRow("RFC 6455 §5.7: the final continuation lo of a fragmented text message")
            << 0x0 << QByteArray("lo") << true << false << hex("80026c6f");
    QTest::newRow("RFC 6455 §5.7: an unmasked ping") << 0x9 << QByteArray("Hello") << true << false << hex("890548656c6c6f");
    QTest::newRow("RFC 6455 §5.7: a masked pong answering it")
            << 0xA << QByteArray("Hello") << true << true << hex("8a8537fa213d7f9f4d5158");
    QTest::newRow("RFC 6455 §5.7: a 256-byte binary message uses a 16-bit length")
            << 0x2 << pattern(256) << true << false << hex("827e0100") + pattern(256);
    QTest::newRow("RFC 6455 §5.7: a 64 KiB binary message uses a 64-bit length")
            << 0x2 << pattern(65536) << true << false << hex("827f0000000000010000") + pattern(65536);
}

void TestFrameEncoder::rfcExamples()
{
    QFETCH(int, opcode);
    QFETCH(QByteArray, payload);
    QFETCH(bool, fin);
    QFETCH(bool, masked);
    QFETCH(QByteArray, expected);
    const std::optional<quint32> key = masked ? std::optional<quint32>(0x37fa213du) : std::nullopt;
    QCOMPARE(FrameEncoder::encode(quint8(opcode), payload, fin, key), expected);
}

void TestFrameEncoder::lengthEncodings_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("requestedBits");
    QTest::addColumn<QByteArray>("expectedHeader");
    QTest::newRow("125 bytes with the 7-bit encoding fit in the first byte") << 125 << 7 << hex("827d");
    QTest::newRow("126 bytes cannot use 7 bits and fall back to the minimal 16-bit encoding") << 126 << 7 << hex("827e007e");
    QTest::newRow("65535 bytes are the largest 16-bit length") << 65535 << 16 << hex("827effff");
    QTest::newRow("65536 bytes requested with 16 bits fall back to the 64-bit encoding")
            << 65536 << 16 << hex("827f0000000000010000");
    QTest::newRow("5 bytes requested with 16 bits are encoded non-minimally on purpose") << 5 << 16 << hex("827e0005");
    QTest::newRow("5 bytes requested with 64 bits are encoded non-minimally on purpose")
            << 5 << 64 << hex("827f0000000000000005");
    QTest::newRow("0 bytes with the 7-bit encoding give a two-byte header") << 0 << 7 << hex("8200");
    QTest::newRow("An unknown length width falls back to the minimal encoding") << 300 << 9 << hex("827e012c");
}

void TestFrameEncoder::lengthEncodings()
{
    QFETCH(int, size);
    QFETCH(int, requestedBits);
    QFETCH(QByteArray, expectedHeader);
    FrameHeader header;
    header.opcode = FrameHeader::Binary;
    header.lengthBits = quint8(requestedBits);
    header.payloadLength = 12345; // ignored by encode()
    const QByteArray payload = pattern(size);
    const QByteArray frame = FrameEncoder::encode(header, payload);
    QCOMPARE(frame.left(expectedHeader.size()), expectedHeader);
    QCOMPARE(frame.mid(expectedHeader.size()), payload);
}

void TestFrameEncoder::roundTrip_data()
{
    QTest::addColumn<bool>("fin");
    QTest::addColumn<int>("rsv");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<uint>("maskKey");
    QTest::addColumn<int>("lengthBits");
    QTest::addColumn<int>("size");
    QTest::newRow("An empty unmasked text frame") << true << 0 << 0x1 << false << 0u << 7 << 0;
    QTest::newRow("An empty masked close frame keeps its key") << true << 0 << 0x8 << true << 0xcafebabeu << 7 << 0;
    QTest::newRow("A masked 125-byte ping at the control frame limit") << true << 0 << 0x9 << true << 0x01020304u << 7 << 125;
    QTest::newRow("A masked binary frame of 126 bytes with a 16-bit length") << true << 0 << 0x2 << true << 0xffffffffu << 16 << 126;
    QTest::newRow("A non-final masked text frame of 65535 bytes") << false << 0 << 0x1 << true << 0x80000001u << 16 << 65535;
    QTest::newRow("A masked binary frame of 65536 bytes with a 64-bit length") << true << 0 << 0x2 << true << 0x12345678u << 64 << 65536;
    QTest::newRow("An unmasked binary frame of 100000 bytes") << true << 0 << 0x2 << false << 0u << 64 << 100000;
    QTest::newRow("A binary frame with all three RSV bits set") << true << 7 << 0x2 << false << 0u << 7 << 3;
    QTest::newRow("A frame with reserved opcode 0xC and RSV1") << true << 4 << 0xC << true << 0x0u << 7 << 10;
    QTest::newRow("A masked text frame of 10 bytes with a non-minimal 64-bit length")
            << true << 0 << 0x1 << true << 0xa5a5a5a5u << 64 << 10;
}

void TestFrameEncoder::roundTrip()
{
    QFETCH(bool, fin);
    QFETCH(int, rsv);
    QFETCH(int, opcode);
    QFETCH(bool, masked);
    QFETCH(uint, maskKey);
    QFETCH(int, lengthBits);
    QFETCH(int, size);

    FrameHeader header;
    header.fin = fin;
    header.rsv = quint8(rsv);
    header.opcode = quint8(opcode);
    header.masked = masked;
    header.maskKey = maskKey;
    header.lengthBits = quint8(lengthBits);
    // Text payloads must be valid UTF-8 so the decoder reports nothing.
    const QByteArray payload = opcode == FrameHeader::Text ? QByteArray(size, 'x') : pattern(size);
    const QByteArray frame = FrameEncoder::encode(header, payload);

    CollectingSink sink;
    FrameDecoder decoder(masked ? FrameDecoder::Role::ClientToServer : FrameDecoder::Role::ServerToClient, &sink);
    decoder.setAllowedRsv(7);
    QCOMPARE(decoder.feed(frame), frame.size());
    QCOMPARE(sink.headers.size(), 1);
    const FrameHeader &got = sink.headers.first();
    QCOMPARE(got.fin, fin);
    QCOMPARE(got.rsv, quint8(rsv));
    QCOMPARE(got.opcode, quint8(opcode));
    QCOMPARE(got.masked, masked);
    QCOMPARE(got.maskKey, masked ? maskKey : 0u);
    QCOMPARE(got.payloadLength, quint64(size));
    QCOMPARE(got.lengthBits, quint8(lengthBits));
    QCOMPARE(got.nonMinimalLength, lengthBits != FrameHeader::minimalLengthBits(quint64(size)));
    QCOMPARE(got.raw, frame.left(got.raw.size()));
    QCOMPARE(got.raw.size() + payload.size(), frame.size());
    QCOMPARE(sink.payloads.first(), payload);
    QCOMPARE(sink.finished, 1);
    // Only the deliberate oddities (reserved opcode, non-final control frame) may be reported.
    if (!FrameHeader::isReservedOpcode(quint8(opcode)))
        QVERIFY(sink.codes.isEmpty());
    else
        QCOMPARE(sink.codes, QList<quint16>{1002});
    if (masked && size > 0)
        QVERIFY(frame.mid(got.raw.size()) != payload || maskKey == 0);
}

void TestFrameEncoder::headerOnlyDeclaresAnyLength()
{
    FrameHeader header;
    header.opcode = FrameHeader::Binary;
    header.payloadLength = quint64(1) << 40;
    header.lengthBits = 7;
    QCOMPARE(FrameEncoder::encodeHeader(header), hex("827f0000010000000000"));
    header.masked = true;
    header.maskKey = 0x01020304;
    header.payloadLength = 300;
    header.lengthBits = 64;
    QCOMPARE(FrameEncoder::encodeHeader(header), hex("82ff000000000000012c01020304"));
}

void TestFrameEncoder::maskingInPiecesEqualsMaskingWhole()
{
    const QByteArray payload = pattern(1000);
    QByteArray whole = payload;
    FrameHeader::applyMask(whole.data(), whole.size(), 0x37fa213d, 0);
    for (qsizetype cut : {1, 2, 3, 5, 8, 9, 15, 500, 999}) {
        QByteArray pieces = payload;
        FrameHeader::applyMask(pieces.data(), cut, 0x37fa213d, 0);
        FrameHeader::applyMask(pieces.data() + cut, pieces.size() - cut, 0x37fa213d, quint64(cut));
        QCOMPARE(pieces, whole);
    }
    // XOR with the same key twice restores the payload; byte 0 uses key byte 0x37 (RFC 6455 §5.3).
    QCOMPARE(quint8(whole.at(0)), quint8(payload.at(0) ^ 0x37));
    QCOMPARE(quint8(whole.at(7)), quint8(payload.at(7) ^ 0x3d));
    FrameHeader::applyMask(whole.data(), whole.size(), 0x37fa213d, 0);
    QCOMPARE(whole, payload);
}

QTEST_GUILESS_MAIN(TestFrameEncoder)
#include "tst_frameencoder.moc"
