#include "core/protocol/closecodes.h"
#include "core/protocol/framedecoder.h"
#include "core/protocol/framedissector.h"
#include "core/protocol/frameencoder.h"

#include <QtTest>

using FieldId = FrameDissector::FieldId;
using Severity = FrameDissector::Severity;
using Role = FrameDecoder::Role;

Q_DECLARE_METATYPE(FrameDissector::FieldId)

namespace {

// No direction given (-1), or the side that sent the frame.
FrameDissector::Context contextFor(int sender, int allowedRsv = 0, bool unmasked = false)
{
    FrameDissector::Context context;
    if (sender >= 0)
        context.sender = Role(sender);
    context.allowedRsv = quint8(allowedRsv);
    context.payloadShownUnmasked = unmasked;
    return context;
}

constexpr int NoSender = -1;
constexpr int Client = int(Role::ClientToServer);
constexpr int Server = int(Role::ServerToClient);

// "Label | value | bits | first+count/mask", with a leading "  " for sub-fields and "(cut)" for
// fields the input ends in.
QStringList describe(const FrameDissector &d)
{
    QStringList lines;
    for (const FrameDissector::Field &f : d.fields()) {
        lines << QStringLiteral("%1%2 | %3 | %4 | %5+%6/%7%8")
                         .arg(f.parent >= 0 ? QStringLiteral("  ") : QString(), f.label, f.value, f.bits)
                         .arg(f.firstByte)
                         .arg(f.byteCount)
                         .arg(QString::number(f.firstByteMask, 16))
                         .arg(f.complete ? QString() : QStringLiteral(" (cut)"));
    }
    return lines;
}

// "Violation 1002 <field label>: <text>" per problem.
QStringList describeProblems(const FrameDissector &d)
{
    QStringList lines;
    for (const FrameDissector::Problem &p : d.problems()) {
        const QString severity = p.severity == Severity::Violation ? QStringLiteral("Violation")
                                 : p.severity == Severity::Warning ? QStringLiteral("Warning")
                                                                   : QStringLiteral("Note");
        lines << QStringLiteral("%1 %2 %3: %4")
                         .arg(severity)
                         .arg(p.closeCode)
                         .arg(p.field >= 0 ? d.fields().at(p.field).label : QStringLiteral("-"), p.text);
    }
    return lines;
}

class Collector : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &header) override { headers.append(header); }
    void framePayload(QByteArrayView) override {}
    void frameFinished(const FrameHeader &) override {}
    void violation(quint16, const QString &, bool) override {}
    QList<FrameHeader> headers;
};

} // namespace

class TestFrameDissector : public QObject
{
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void everyOpcodeIsNamed_data();
    void everyOpcodeIsNamed();
    void lengthEncodings_data();
    void lengthEncodings();
    void problems_data();
    void problems();
    void truncatedInput_data();
    void truncatedInput();
    void readsTheBytesItIsGivenNeverReencodes();
    void agreesWithTheDecoderOnEveryHeaderItProduces();
};

void TestFrameDissector::fields_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<quint64>("carried");
    QTest::addColumn<int>("sender");
    QTest::addColumn<bool>("unmasked");
    QTest::addColumn<QStringList>("fields");

    // RFC 6455 §5.7: "A single-frame masked text message" 0x81 0x85 0x37 0xfa 0x21 0x3d ...
    QTest::newRow("The RFC 6455 section 5.7 masked Hello from a client: 6-byte header, key 0x37fa213d")
            << QByteArray::fromHex("8185 37fa213d") << quint64(5) << Client << true
            << QStringList{
                       QStringLiteral("FIN | 1 (final fragment) | 1... .... | 0+1/80"),
                       QStringLiteral("RSV1 | 0 (not set) | .0.. .... | 0+1/40"),
                       QStringLiteral("RSV2 | 0 (not set) | ..0. .... | 0+1/20"),
                       QStringLiteral("RSV3 | 0 (not set) | ...0 .... | 0+1/10"),
                       QStringLiteral("Opcode | 0x1 text | .... 0001 | 0+1/f"),
                       QStringLiteral("MASK | masked | 1... .... | 1+1/80"),
                       QStringLiteral("Payload length | 7-bit length 5 | .000 0101 | 1+1/7f"),
                       QStringLiteral("  Length indicator (7 bits) | 5: the length itself | .000 0101 | 1+1/7f"),
                       QStringLiteral("Masking key | 0x37fa213d | 37 fa 21 3d | 2+4/ff"),
                       QStringLiteral("Payload | 5 byte(s), masked on the wire (shown unmasked) |  | 6+5/ff"),
               };
    QTest::newRow("The RFC 6455 section 5.7 unmasked Hello from a server: a 2-byte header")
            << QByteArray::fromHex("8105") << quint64(5) << Server << false
            << QStringList{
                       QStringLiteral("FIN | 1 (final fragment) | 1... .... | 0+1/80"),
                       QStringLiteral("RSV1 | 0 (not set) | .0.. .... | 0+1/40"),
                       QStringLiteral("RSV2 | 0 (not set) | ..0. .... | 0+1/20"),
                       QStringLiteral("RSV3 | 0 (not set) | ...0 .... | 0+1/10"),
                       QStringLiteral("Opcode | 0x1 text | .... 0001 | 0+1/f"),
                       QStringLiteral("MASK | not masked | 0... .... | 1+1/80"),
                       QStringLiteral("Payload length | 7-bit length 5 | .000 0101 | 1+1/7f"),
                       QStringLiteral("  Length indicator (7 bits) | 5: the length itself | .000 0101 | 1+1/7f"),
                       QStringLiteral("Payload | 5 byte(s) |  | 2+5/ff"),
               };
    QTest::newRow("The RFC 6455 section 5.7 256-byte binary message: the length is in bytes 2-3")
            << QByteArray::fromHex("827E0100") << quint64(256) << Server << false
            << QStringList{
                       QStringLiteral("FIN | 1 (final fragment) | 1... .... | 0+1/80"),
                       QStringLiteral("RSV1 | 0 (not set) | .0.. .... | 0+1/40"),
                       QStringLiteral("RSV2 | 0 (not set) | ..0. .... | 0+1/20"),
                       QStringLiteral("RSV3 | 0 (not set) | ...0 .... | 0+1/10"),
                       QStringLiteral("Opcode | 0x2 binary | .... 0010 | 0+1/f"),
                       QStringLiteral("MASK | not masked | 0... .... | 1+1/80"),
                       QStringLiteral("Payload length | 16-bit length 256 | .111 1110 01 00 | 1+3/7f"),
                       QStringLiteral("  Length indicator (7 bits) | 126: a 16-bit length follows | .111 1110 | 1+1/7f"),
                       QStringLiteral("  Extended length (16 bits) | 256 | 01 00 | 2+2/ff"),
                       QStringLiteral("Payload | 256 byte(s) |  | 4+256/ff"),
               };
    QTest::newRow("The RFC 6455 section 5.7 64 KiB binary message: the length is in bytes 2-9")
            << QByteArray::fromHex("827F0000000000010000") << quint64(65536) << Server << false
            << QStringList{
                       QStringLiteral("FIN | 1 (final fragment) | 1... .... | 0+1/80"),
                       QStringLiteral("RSV1 | 0 (not set) | .0.. .... | 0+1/40"),
                       QStringLiteral("RSV2 | 0 (not set) | ..0. .... | 0+1/20"),
                       QStringLiteral("RSV3 | 0 (not set) | ...0 .... | 0+1/10"),
                       QStringLiteral("Opcode | 0x2 binary | .... 0010 | 0+1/f"),
                       QStringLiteral("MASK | not masked | 0... .... | 1+1/80"),
                       QStringLiteral("Payload length | 64-bit length 65536 | .111 1111 00 00 00 00 00 01 00 00 | 1+9/7f"),
                       QStringLiteral("  Length indicator (7 bits) | 127: a 64-bit length follows | .111 1111 | 1+1/7f"),
                       QStringLiteral("  Extended length (64 bits) | 65536 | 00 00 00 00 00 01 00 00 | 2+8/ff"),
                       QStringLiteral("Payload | 65536 byte(s) |  | 10+65536/ff"),
               };
    QTest::newRow("A masked first fragment with a 16-bit length: the key follows the extended length at bytes 4-7")
            << QByteArray::fromHex("01FE00C8 0a0b0c0d") << quint64(200) << Client << false
            << QStringList{
                       QStringLiteral("FIN | 0 (more fragments follow) | 0... .... | 0+1/80"),
                       QStringLiteral("RSV1 | 0 (not set) | .0.. .... | 0+1/40"),
                       QStringLiteral("RSV2 | 0 (not set) | ..0. .... | 0+1/20"),
                       QStringLiteral("RSV3 | 0 (not set) | ...0 .... | 0+1/10"),
                       QStringLiteral("Opcode | 0x1 text | .... 0001 | 0+1/f"),
                       QStringLiteral("MASK | masked | 1... .... | 1+1/80"),
                       QStringLiteral("Payload length | 16-bit length 200 | .111 1110 00 c8 | 1+3/7f"),
                       QStringLiteral("  Length indicator (7 bits) | 126: a 16-bit length follows | .111 1110 | 1+1/7f"),
                       QStringLiteral("  Extended length (16 bits) | 200 | 00 c8 | 2+2/ff"),
                       QStringLiteral("Masking key | 0x0a0b0c0d | 0a 0b 0c 0d | 4+4/ff"),
                       QStringLiteral("Payload | 200 byte(s), as masked on the wire |  | 8+200/ff"),
               };
}

void TestFrameDissector::fields()
{
    QFETCH(QByteArray, header);
    QFETCH(quint64, carried);
    QFETCH(int, sender);
    QFETCH(bool, unmasked);
    QFETCH(QStringList, fields);
    const FrameDissector d(header, carried, contextFor(sender, 0, unmasked));
    QCOMPARE(describe(d), fields);
    QCOMPARE(describeProblems(d), QStringList());
    QVERIFY(!d.isTruncated());
    QCOMPARE(d.headerSize(), int(header.size()));
    QCOMPARE(d.payloadOffset(), qint64(header.size()));
    QCOMPARE(d.declaredPayloadLength(), carried);
    QCOMPARE(d.field(FieldId::Payload)->firstByte, qint64(header.size()));
}

void TestFrameDissector::everyOpcodeIsNamed_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("reserved");

    const char *const names[] = {"0x0 continuation", "0x1 text", "0x2 binary", "0x3 reserved (data frame range)",
                                 "0x4 reserved (data frame range)", "0x5 reserved (data frame range)",
                                 "0x6 reserved (data frame range)", "0x7 reserved (data frame range)", "0x8 close",
                                 "0x9 ping", "0xA pong", "0xB reserved (control frame range)",
                                 "0xC reserved (control frame range)", "0xD reserved (control frame range)",
                                 "0xE reserved (control frame range)", "0xF reserved (control frame range)"};
    for (int opcode = 0; opcode <= 0xF; ++opcode) {
        const bool reserved = FrameHeader::isReservedOpcode(quint8(opcode));
        QTest::addRow("Opcode 0x%X reads \"%s\"%s", opcode, names[opcode],
                      reserved ? " and is a protocol violation (section 5.2)" : " and is no violation")
                << opcode << QString::fromLatin1(names[opcode]) << reserved;
    }
}

void TestFrameDissector::everyOpcodeIsNamed()
{
    QFETCH(int, opcode);
    QFETCH(QString, value);
    QFETCH(bool, reserved);
    QByteArray header;
    header.append(char(0x80 | opcode));
    header.append(char(0x00));
    const FrameDissector d(header, 0);
    const FrameDissector::Field *field = d.field(FieldId::Opcode);
    QVERIFY(field);
    QCOMPARE(field->value, value);
    QCOMPARE(field->number, quint64(opcode));
    QCOMPARE(field->firstByte, qint64(0));
    QCOMPARE(field->firstByteMask, quint8(0x0F));
    QCOMPARE(d.hasViolations(), reserved);
    if (reserved) {
        QCOMPARE(d.problems().size(), 1);
        QCOMPARE(d.problems().first().closeCode, quint16(CloseCodes::ProtocolError));
        QCOMPARE(d.problems().first().field, d.indexOf(FieldId::Opcode));
        QVERIFY(d.problems().first().text.contains(QStringLiteral("RFC 6455 §5.2")));
    }
}

void TestFrameDissector::lengthEncodings_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("125 is the longest length the 7 bits hold")
            << QByteArray::fromHex("827D") << quint64(125) << QStringLiteral("7-bit length 125") << QStringList();
    QTest::newRow("126 is the shortest length that needs 16 bits")
            << QByteArray::fromHex("827E007E") << quint64(126) << QStringLiteral("16-bit length 126") << QStringList();
    QTest::newRow("65535 is the longest length 16 bits hold")
            << QByteArray::fromHex("827EFFFF") << quint64(65535) << QStringLiteral("16-bit length 65535") << QStringList();
    QTest::newRow("A length of 5 written in 16 bits is not minimal, a warning and no violation")
            << QByteArray::fromHex("827E0005") << quint64(5) << QStringLiteral("16-bit length 5 (not minimal: 7 bits would do)")
            << QStringList{QStringLiteral("Warning 0 Payload length: The length 5 is written in 16 bits where 7 would do; "
                                          "RFC 6455 §5.2 requires the minimal number of bytes (most peers accept it anyway).")};
    QTest::newRow("A length of 300 written in 64 bits is not minimal: 16 bits would do")
            << QByteArray::fromHex("827F000000000000012C") << quint64(300)
            << QStringLiteral("64-bit length 300 (not minimal: 16 bits would do)")
            << QStringList{QStringLiteral("Warning 0 Payload length: The length 300 is written in 64 bits where 16 would do; "
                                          "RFC 6455 §5.2 requires the minimal number of bytes (most peers accept it anyway).")};
    QTest::newRow("A 64-bit length with the most significant bit set is invalid (section 5.2)")
            << QByteArray::fromHex("827F8000000000000001") << quint64(0x8000000000000001ULL)
            << QStringLiteral("64-bit length 9223372036854775809 (invalid: the most significant bit is set)")
            << QStringList{QStringLiteral("Violation 1002 Payload length: The 64-bit length has its most significant bit set, "
                                          "which RFC 6455 §5.2 forbids; the receiver must fail the connection.")};
    QTest::newRow("The largest valid 64-bit length, 2^63 - 1, is no violation")
            << QByteArray::fromHex("827F7FFFFFFFFFFFFFFF") << quint64(0x7FFFFFFFFFFFFFFFULL)
            << QStringLiteral("64-bit length 9223372036854775807") << QStringList();
}

void TestFrameDissector::lengthEncodings()
{
    QFETCH(QByteArray, header);
    QFETCH(quint64, length);
    QFETCH(QString, value);
    QFETCH(QStringList, problems);
    // The capture carries what the header declares, so no note about missing payload bytes.
    const FrameDissector d(header, length);
    const FrameDissector::Field *field = d.field(FieldId::PayloadLength);
    QVERIFY(field);
    QCOMPARE(field->value, value);
    QCOMPARE(field->number, length);
    QCOMPARE(field->firstByte, qint64(1));
    QCOMPARE(field->byteCount, qint64(header.size() - 1));
    QCOMPARE(field->firstByteMask, quint8(0x7F));
    QCOMPARE(d.declaredPayloadLength(), length);
    QCOMPARE(describeProblems(d), problems);
    QCOMPARE(d.header()->nonMinimalLength, value.contains(QStringLiteral("not minimal")));
}

void TestFrameDissector::problems_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<quint64>("carried");
    QTest::addColumn<int>("sender");
    QTest::addColumn<int>("allowedRsv");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("A clean masked client frame has no problems")
            << QByteArray::fromHex("8185 37fa213d") << quint64(5) << Client << 0 << QStringList();
    QTest::newRow("RSV1 set without an extension is a violation pointing at RSV1")
            << QByteArray::fromHex("C100") << quint64(0) << NoSender << 0
            << QStringList{QStringLiteral("Violation 1002 RSV1: RSV1 set without a negotiated extension that defines it; "
                                          "the receiver must fail the connection (RFC 6455 §5.2).")};
    QTest::newRow("RSV1 set when a negotiated extension (permessage-deflate) defines it is fine")
            << QByteArray::fromHex("C100") << quint64(0) << NoSender << 4 << QStringList();
    QTest::newRow("RSV2 and RSV3 set with only RSV1 allowed name both bits and point at RSV2")
            << QByteArray::fromHex("B100") << quint64(0) << NoSender << 4
            << QStringList{QStringLiteral("Violation 1002 RSV2: RSV2, RSV3 set without a negotiated extension that defines it; "
                                          "the receiver must fail the connection (RFC 6455 §5.2).")};
    QTest::newRow("A reserved data opcode 0x3 is a violation")
            << QByteArray::fromHex("8300") << quint64(0) << NoSender << 0
            << QStringList{QStringLiteral("Violation 1002 Opcode: Opcode 0x3 is reserved for future use; the receiver "
                                          "must fail the connection (RFC 6455 §5.2).")};
    QTest::newRow("A ping of 126 bytes is too long for a control frame")
            << QByteArray::fromHex("897E007E") << quint64(126) << NoSender << 0
            << QStringList{QStringLiteral("Violation 1002 Payload length: This ping frame declares 126 payload bytes; "
                                          "control frames carry at most 125 (RFC 6455 §5.5).")};
    QTest::newRow("A ping of 125 bytes is the longest control frame allowed")
            << QByteArray::fromHex("897D") << quint64(125) << NoSender << 0 << QStringList();
    QTest::newRow("A fragmented close frame (FIN 0) is a violation pointing at FIN")
            << QByteArray::fromHex("0800") << quint64(0) << NoSender << 0
            << QStringList{QStringLiteral("Violation 1002 FIN: This close frame has FIN 0, but control frames must not "
                                          "be fragmented (RFC 6455 §5.5).")};
    QTest::newRow("An unmasked frame from the client is a violation")
            << QByteArray::fromHex("8105") << quint64(5) << Client << 0
            << QStringList{QStringLiteral("Violation 1002 MASK: The client sent this frame unmasked; every frame from "
                                          "client to server must be masked (RFC 6455 §5.1).")};
    QTest::newRow("A masked frame from the server is a violation")
            << QByteArray::fromHex("8185 37fa213d") << quint64(5) << Server << 0
            << QStringList{QStringLiteral("Violation 1002 MASK: The server sent this frame masked; a server must not "
                                          "mask the frames it sends (RFC 6455 §5.1).")};
    QTest::newRow("Without a direction, masking is not judged")
            << QByteArray::fromHex("8105") << quint64(5) << NoSender << 0 << QStringList();
    QTest::newRow("Fewer payload bytes than declared is a note about the capture")
            << QByteArray::fromHex("827E0100") << quint64(100) << Server << 0
            << QStringList{QStringLiteral("Note 0 Payload: 100 of the 256 payload bytes the header declares are here.")};
    QTest::newRow("More payload bytes than declared is a note too")
            << QByteArray::fromHex("8203") << quint64(4) << Server << 0
            << QStringList{QStringLiteral("Note 0 Payload: 4 payload bytes are here, more than the 3 the header declares.")};
    QTest::newRow("Several problems are all listed, in header order")
            << QByteArray::fromHex("1B7E00FF") << quint64(255) << Client << 0
            << QStringList{QStringLiteral("Violation 1002 RSV3: RSV3 set without a negotiated extension that defines it; "
                                          "the receiver must fail the connection (RFC 6455 §5.2)."),
                           QStringLiteral("Violation 1002 Opcode: Opcode 0xB is reserved for future use; the receiver "
                                          "must fail the connection (RFC 6455 §5.2)."),
                           QStringLiteral("Violation 1002 FIN: This reserved-0xB frame has FIN 0, but control frames "
                                          "must not be fragmented (RFC 6455 §5.5)."),
                           QStringLiteral("Violation 1002 MASK: The client sent this frame unmasked; every frame from "
                                          "client to server must be masked (RFC 6455 §5.1)."),
                           QStringLiteral("Violation 1002 Payload length: This reserved-0xB frame declares 255 payload "
                                          "bytes; control frames carry at most 125 (RFC 6455 §5.5).")};
    QTest::newRow("Header bytes beyond what the header needs are ignored, with a note")
            << QByteArray::fromHex("8105 48656c6c6f") << quint64(5) << Server << 0
            << QStringList{QStringLiteral("Note 0 -: 7 bytes were given but this header is 2 bytes long; the bytes "
                                          "after it are not part of the header.")};
}

void TestFrameDissector::problems()
{
    QFETCH(QByteArray, header);
    QFETCH(quint64, carried);
    QFETCH(int, sender);
    QFETCH(int, allowedRsv);
    QFETCH(QStringList, problems);
    const FrameDissector d(header, carried, contextFor(sender, allowedRsv));
    QCOMPARE(describeProblems(d), problems);
    const bool anyViolation = std::any_of(problems.cbegin(), problems.cend(),
                                          [](const QString &p) { return p.startsWith(QStringLiteral("Violation")); });
    QCOMPARE(d.hasViolations(), anyViolation);
}

void TestFrameDissector::truncatedInput_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("headerSize");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("No bytes at all: no fields, a note")
            << QByteArray() << 0 << QStringList()
            << QStringList{QStringLiteral("Note 0 -: No header bytes were given; a frame header has at least 2 bytes (RFC 6455 §5.2).")};
    QTest::newRow("One byte: FIN, RSV and opcode are known, the rest is not")
            << QByteArray::fromHex("81") << 0
            << QStringList{QStringLiteral("FIN | 1 (final fragment) | 1... .... | 0+1/80"),
                           QStringLiteral("RSV1 | 0 (not set) | .0.. .... | 0+1/40"),
                           QStringLiteral("RSV2 | 0 (not set) | ..0. .... | 0+1/20"),
                           QStringLiteral("RSV3 | 0 (not set) | ...0 .... | 0+1/10"),
                           QStringLiteral("Opcode | 0x1 text | .... 0001 | 0+1/f")}
            << QStringList{QStringLiteral("Note 0 -: Only 1 header byte is here; a frame header has at least 2 bytes "
                                          "(RFC 6455 §5.2), so the fields after the opcode are unknown.")};
    QTest::newRow("Three of four bytes: the 16-bit length is cut after its first byte")
            << QByteArray::fromHex("827E01") << 4
            << QStringList{QStringLiteral("FIN | 1 (final fragment) | 1... .... | 0+1/80"),
                           QStringLiteral("RSV1 | 0 (not set) | .0.. .... | 0+1/40"),
                           QStringLiteral("RSV2 | 0 (not set) | ..0. .... | 0+1/20"),
                           QStringLiteral("RSV3 | 0 (not set) | ...0 .... | 0+1/10"),
                           QStringLiteral("Opcode | 0x2 binary | .... 0010 | 0+1/f"),
                           QStringLiteral("MASK | not masked | 0... .... | 1+1/80"),
                           QStringLiteral("Payload length | cut off: 2 of 3 bytes present | 7e 01 | 1+2/7f (cut)"),
                           QStringLiteral("  Length indicator (7 bits) | 126: a 16-bit length follows | .111 1110 | 1+1/7f"),
                           QStringLiteral("  Extended length (16 bits) | cut off: 1 of 2 bytes present | 01 | 2+1/ff (cut)")}
            << QStringList{QStringLiteral("Note 0 -: Only 3 of the 4 header bytes are here; the fields after byte 3 are unknown.")};
    QTest::newRow("Two of six bytes of a masked header: the masking key is missing entirely")
            << QByteArray::fromHex("8185") << 6
            << QStringList{QStringLiteral("FIN | 1 (final fragment) | 1... .... | 0+1/80"),
                           QStringLiteral("RSV1 | 0 (not set) | .0.. .... | 0+1/40"),
                           QStringLiteral("RSV2 | 0 (not set) | ..0. .... | 0+1/20"),
                           QStringLiteral("RSV3 | 0 (not set) | ...0 .... | 0+1/10"),
                           QStringLiteral("Opcode | 0x1 text | .... 0001 | 0+1/f"),
                           QStringLiteral("MASK | masked | 1... .... | 1+1/80"),
                           QStringLiteral("Payload length | 7-bit length 5 | .000 0101 | 1+1/7f"),
                           QStringLiteral("  Length indicator (7 bits) | 5: the length itself | .000 0101 | 1+1/7f")}
            << QStringList{QStringLiteral("Note 0 -: Only 2 of the 6 header bytes are here; the fields after byte 2 are unknown.")};
    QTest::newRow("Twelve of fourteen bytes: the 64-bit length is whole, the masking key cut after 2 bytes")
            << QByteArray::fromHex("82FF 0000000000010000 abcd") << 14
            << QStringList{QStringLiteral("FIN | 1 (final fragment) | 1... .... | 0+1/80"),
                           QStringLiteral("RSV1 | 0 (not set) | .0.. .... | 0+1/40"),
                           QStringLiteral("RSV2 | 0 (not set) | ..0. .... | 0+1/20"),
                           QStringLiteral("RSV3 | 0 (not set) | ...0 .... | 0+1/10"),
                           QStringLiteral("Opcode | 0x2 binary | .... 0010 | 0+1/f"),
                           QStringLiteral("MASK | masked | 1... .... | 1+1/80"),
                           QStringLiteral("Payload length | 64-bit length 65536 | .111 1111 00 00 00 00 00 01 00 00 | 1+9/7f"),
                           QStringLiteral("  Length indicator (7 bits) | 127: a 64-bit length follows | .111 1111 | 1+1/7f"),
                           QStringLiteral("  Extended length (64 bits) | 65536 | 00 00 00 00 00 01 00 00 | 2+8/ff"),
                           QStringLiteral("Masking key | cut off: 2 of 4 bytes present | ab cd | 10+2/ff (cut)")}
            << QStringList{QStringLiteral("Note 0 -: Only 12 of the 14 header bytes are here; the fields after byte 12 are unknown.")};
}

void TestFrameDissector::truncatedInput()
{
    QFETCH(QByteArray, header);
    QFETCH(int, headerSize);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, problems);
    const FrameDissector d(header, 0, contextFor(NoSender));
    QVERIFY(d.isTruncated());
    QVERIFY(!d.header().has_value());
    QCOMPARE(d.headerSize(), headerSize);
    QCOMPARE(d.bytesRead(), int(header.size()));
    QCOMPARE(describe(d), fields);
    QCOMPARE(describeProblems(d), problems);
    QVERIFY(!d.field(FieldId::Payload)); // where the payload starts is not known for sure
}

void TestFrameDissector::readsTheBytesItIsGivenNeverReencodes()
{
    // A header a re-encoder could not reproduce: non-minimal 64-bit length, RSV2 set, FIN 0.
    const QByteArray header = QByteArray::fromHex("22FF 0000000000000003 01020304");
    const FrameDissector d(header, 3);
    const std::optional<FrameHeader> h = d.header();
    QVERIFY(h.has_value());
    QCOMPARE(h->raw, header);
    QCOMPARE(h->lengthBits, quint8(64));
    QCOMPARE(h->payloadLength, quint64(3));
    QVERIFY(h->nonMinimalLength);
    QCOMPARE(h->rsv, quint8(2));
    QVERIFY(!h->fin);
    QCOMPARE(h->maskKey, quint32(0x01020304));
    // Each field's raw bytes are the input's bytes at its range.
    for (const FrameDissector::Field &f : d.fields()) {
        if (f.id == FieldId::Payload)
            continue;
        QCOMPARE(f.raw, header.mid(f.firstByte, f.byteCount));
    }
    QCOMPARE(d.field(FieldId::ExtendedLength)->bits, QStringLiteral("00 00 00 00 00 00 00 03"));
    QCOMPARE(d.field(FieldId::Payload)->firstByte, qint64(14));
}

void TestFrameDissector::agreesWithTheDecoderOnEveryHeaderItProduces()
{
    // Frames as FrameEncoder writes them, decoded by FrameDecoder: the dissector reads the same
    // header out of FrameHeader::raw.
    const QList<quint64> lengths{0, 1, 125, 126, 65535, 65536, 70000};
    for (const bool masked : {false, true}) {
        for (const quint64 length : lengths) {
            FrameHeader header;
            header.opcode = FrameHeader::Binary;
            header.masked = masked;
            header.maskKey = 0xA1B2C3D4;
            header.payloadLength = length;
            header.lengthBits = FrameHeader::minimalLengthBits(length);
            const QByteArray wire = FrameEncoder::encode(header, QByteArray(qsizetype(length), 'x'));
            Collector collector;
            FrameDecoder decoder(masked ? Role::ClientToServer : Role::ServerToClient, &collector);
            decoder.feed(wire);
            QCOMPARE(collector.headers.size(), 1);
            const FrameHeader &decoded = collector.headers.first();
            const FrameDissector d(decoded.raw, length, contextFor(int(decoder.role())));
            QVERIFY2(d.problems().isEmpty(), qPrintable(describeProblems(d).join(QLatin1Char('\n'))));
            const std::optional<FrameHeader> mine = d.header();
            QVERIFY(mine.has_value());
            QCOMPARE(mine->raw, decoded.raw);
            QCOMPARE(mine->fin, decoded.fin);
            QCOMPARE(mine->rsv, decoded.rsv);
            QCOMPARE(mine->opcode, decoded.opcode);
            QCOMPARE(mine->masked, decoded.masked);
            QCOMPARE(mine->maskKey, decoded.maskKey);
            QCOMPARE(mine->payloadLength, decoded.payloadLength);
            QCOMPARE(mine->lengthBits, decoded.lengthBits);
            QCOMPARE(mine->nonMinimalLength, decoded.nonMinimalLength);
            QCOMPARE(d.payloadOffset(), qint64(decoded.raw.size()));
        }
    }
}

QTEST_GUILESS_MAIN(TestFrameDissector)
#include "tst_framedissector.moc"
