#include "core/protocol/framedissector.h"

#include "core/protocol/closecodes.h"

#include <QStringList>

#include <limits>

namespace {

// RFC 6455 §5.2, the base framing protocol.
constexpr quint8 FinBit = 0x80;
constexpr quint8 Rsv1Bit = 0x40;         // RSV2 and RSV3 follow it: 0x20, 0x10
constexpr int RsvShift = 4;              // (byte 0 >> 4) & RsvBits = RSV1..3 as FrameHeader::rsv holds them
constexpr quint8 RsvBits = 0x7;
constexpr quint8 Rsv1Flag = 0x4;         // RSV1 in FrameHeader::rsv and Context::allowedRsv
constexpr quint8 OpcodeBits = 0x0F;
constexpr quint8 MaskBit = 0x80;
constexpr quint8 Length7Bits = 0x7F;
constexpr quint8 Length16Follows = 126;
constexpr quint8 Length64Follows = 127;
constexpr int FixedBytes = 2;
constexpr int Length16Bytes = 2;
constexpr int Length64Bytes = 8;
constexpr int MaskingKeyBytes = 4;
constexpr int MaxHeaderBytes = FixedBytes + Length64Bytes + MaskingKeyBytes;
constexpr quint64 Length64MostSignificantBit = quint64(1) << 63;
constexpr quint8 WholeByte = 0xFF;
// RFC 6455 §5.5: "All control frames MUST have a payload length of 125 bytes or less".
constexpr quint64 MaxControlPayload = 125;

// Protocol-analyzer bit picture of a field inside one byte: "1... ....", ".... 0001".
QString bitPicture(quint8 byte, quint8 mask)
{
    QString s;
    for (int bit = 7; bit >= 0; --bit) {
        if (bit == 3)
            s += QLatin1Char(' ');
        if (mask & (1u << bit))
            s += (byte & (1u << bit)) ? QLatin1Char('1') : QLatin1Char('0');
        else
            s += QLatin1Char('.');
    }
    return s;
}

QString hexBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

quint64 readBigEndian(QByteArrayView bytes)
{
    quint64 value = 0;
    for (char c : bytes)
        value = (value << 8) | quint8(c);
    return value;
}

int clampToInt(quint64 n)
{
    return int(qMin<quint64>(n, quint64(std::numeric_limits<int>::max())));
}

} // namespace

FrameDissector::FrameDissector(QByteArrayView headerBytes, quint64 payloadBytesCarried, const Context &context)
    : m_given(int(qMin<qsizetype>(headerBytes.size(), std::numeric_limits<int>::max())))
    , m_payloadCarried(payloadBytesCarried)
{
    // The first two bytes say how long the header is; read no more than that.
    qsizetype take = qMin<qsizetype>(headerBytes.size(), MaxHeaderBytes);
    if (headerBytes.size() >= FixedBytes) {
        const auto b1 = quint8(headerBytes[1]);
        const quint8 length7 = b1 & Length7Bits;
        m_headerSize = FixedBytes + (length7 == Length16Follows ? Length16Bytes : length7 == Length64Follows ? Length64Bytes : 0)
                       + ((b1 & MaskBit) ? MaskingKeyBytes : 0);
        take = qMin<qsizetype>(take, m_headerSize);
    }
    m_raw = headerBytes.first(take).toByteArray();
    dissect(context);
}

FrameDissector::FrameDissector(QByteArrayView headerBytes, quint64 payloadBytesCarried)
    : FrameDissector(headerBytes, payloadBytesCarried, Context())
{
}

const FrameDissector::Field *FrameDissector::field(FieldId id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_fields.at(index);
}

int FrameDissector::indexOf(FieldId id) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).id == id)
            return i;
    }
    return -1;
}

bool FrameDissector::hasViolations() const
{
    for (const Problem &p : m_problems) {
        if (p.severity == Severity::Violation)
            return true;
    }
    return false;
}

std::optional<FrameHeader> FrameDissector::header() const
{
    if (isTruncated())
        return std::nullopt;
    return m_header;
}

int FrameDissector::addField(FieldId id, const QString &label, qint64 first, qint64 count, quint8 mask, int parent)
{
    Field f;
    f.id = id;
    f.label = label;
    f.firstByte = first;
    f.byteCount = count;
    f.firstByteMask = mask;
    f.parent = parent;
    if (id != FieldId::Payload) {
        const qint64 present = qMax<qint64>(0, qMin<qint64>(count, m_raw.size() - first));
        if (present == 0)
            return -1; // the input ends before the field starts: unknown, not listed
        f.raw = m_raw.mid(first, present);
        if (present < count) {
            f.complete = false;
            f.byteCount = present;
            f.value = tr("cut off: %1 of %2 bytes present").arg(present).arg(count);
            f.bits = hexBytes(f.raw);
        }
    }
    m_fields.append(f);
    return int(m_fields.size() - 1);
}

void FrameDissector::addProblem(Severity severity, const QString &text, FieldId field)
{
    Problem p;
    p.severity = severity;
    p.closeCode = severity == Severity::Violation ? quint16(CloseCodes::ProtocolError) : quint16(0);
    p.text = text;
    p.field = indexOf(field);
    m_problems.append(p);
}

void FrameDissector::dissect(const Context &context)
{
    const int n = int(m_raw.size());
    m_header.raw = m_raw;
    if (n == 0) {
        addProblem(Severity::Note, tr("No header bytes were given; a frame header has at least 2 bytes (RFC 6455 §5.2)."),
                   FieldId::Payload);
        return;
    }
    if (m_headerSize == 0) {
        addProblem(Severity::Note,
                   tr("Only 1 header byte is here; a frame header has at least 2 bytes (RFC 6455 §5.2), so the "
                      "fields after the opcode are unknown."),
                   FieldId::Payload);
    } else if (n < m_headerSize) {
        addProblem(Severity::Note,
                   tr("Only %1 of the %2 header bytes are here; the fields after byte %1 are unknown.").arg(n).arg(m_headerSize),
                   FieldId::Payload);
    } else if (m_given > m_headerSize) {
        addProblem(Severity::Note,
                   tr("%1 bytes were given but this header is %2 bytes long; the bytes after it are not part of the header.")
                           .arg(m_given)
                           .arg(m_headerSize),
                   FieldId::Payload);
    }

    // Byte 0: FIN, RSV1-3, opcode.
    const auto b0 = quint8(m_raw[0]);
    m_header.fin = b0 & FinBit;
    m_header.rsv = (b0 >> RsvShift) & RsvBits;
    m_header.opcode = b0 & OpcodeBits;

    int i = addField(FieldId::Fin, tr("FIN"), 0, 1, FinBit, -1);
    m_fields[i].number = m_header.fin ? 1 : 0;
    m_fields[i].value = m_header.fin ? tr("1 (final fragment)") : tr("0 (more fragments follow)");
    m_fields[i].bits = bitPicture(b0, FinBit);

    const FieldId rsvIds[] = {FieldId::Rsv1, FieldId::Rsv2, FieldId::Rsv3};
    QStringList unexpectedRsv;
    for (int bit = 0; bit < 3; ++bit) {
        const quint8 mask = quint8(Rsv1Bit >> bit);
        const quint8 rsvBit = quint8(Rsv1Flag >> bit);
        const bool set = b0 & mask;
        i = addField(rsvIds[bit], tr("RSV%1").arg(bit + 1), 0, 1, mask, -1);
        m_fields[i].number = set ? 1 : 0;
        m_fields[i].bits = bitPicture(b0, mask);
        if (!set)
            m_fields[i].value = tr("0 (not set)");
        else if (context.allowedRsv & rsvBit)
            m_fields[i].value = tr("1 (set; defined by a negotiated extension)");
        else
            m_fields[i].value = tr("1 (set, but no negotiated extension defines it)");
        if (set && !(context.allowedRsv & rsvBit))
            unexpectedRsv << tr("RSV%1").arg(bit + 1);
    }
    if (!unexpectedRsv.isEmpty()) {
        // §5.2: "If a nonzero value is received and none of the negotiated extensions defines
        // the meaning of such a nonzero value, the receiving endpoint MUST _Fail the WebSocket Connection_."
        addProblem(Severity::Violation,
                   tr("%1 set without a negotiated extension that defines it; the receiver must fail the connection "
                      "(RFC 6455 §5.2).")
                           .arg(unexpectedRsv.join(QStringLiteral(", "))),
                   rsvIds[0]);
        // Point at the first RSV bit that is wrong.
        for (int bit = 0; bit < 3; ++bit) {
            if ((b0 & (Rsv1Bit >> bit)) && !(context.allowedRsv & (Rsv1Flag >> bit))) {
                m_problems.last().field = indexOf(rsvIds[bit]);
                break;
            }
        }
    }

    const QString opcodeHex = QStringLiteral("0x") + QString::number(m_header.opcode, 16).toUpper();
    i = addField(FieldId::Opcode, tr("Opcode"), 0, 1, OpcodeBits, -1);
    m_fields[i].number = m_header.opcode;
    m_fields[i].bits = bitPicture(b0, OpcodeBits);
    if (!FrameHeader::isReservedOpcode(m_header.opcode))
        m_fields[i].value = tr("%1 %2").arg(opcodeHex, FrameHeader::opcodeName(m_header.opcode));
    else if (m_header.isControl())
        m_fields[i].value = tr("%1 reserved (control frame range)").arg(opcodeHex);
    else
        m_fields[i].value = tr("%1 reserved (data frame range)").arg(opcodeHex);
    if (FrameHeader::isReservedOpcode(m_header.opcode)) {
        addProblem(Severity::Violation,
                   tr("Opcode %1 is reserved for future use; the receiver must fail the connection (RFC 6455 §5.2).")
                           .arg(opcodeHex),
                   FieldId::Opcode);
    }
    if (m_header.isControl() && !m_header.fin) {
        addProblem(Severity::Violation,
                   tr("This %1 frame has FIN 0, but control frames must not be fragmented (RFC 6455 §5.5).")
                           .arg(FrameHeader::opcodeName(m_header.opcode)),
                   FieldId::Fin);
    }
    if (n < FixedBytes)
        return;

    // Byte 1: MASK and the 7-bit length; then the extended length and the masking key.
    const auto b1 = quint8(m_raw[1]);
    m_header.masked = b1 & MaskBit;
    const quint8 length7 = b1 & Length7Bits;
    const int extendedBytes = length7 == Length16Follows ? Length16Bytes : length7 == Length64Follows ? Length64Bytes : 0;
    m_header.lengthBits = extendedBytes == Length16Bytes ? 16 : extendedBytes == Length64Bytes ? 64 : 7;

    i = addField(FieldId::Mask, tr("MASK"), 1, 1, MaskBit, -1);
    m_fields[i].number = m_header.masked ? 1 : 0;
    m_fields[i].value = m_header.masked ? tr("masked") : tr("not masked");
    m_fields[i].bits = bitPicture(b1, MaskBit);
    if (context.sender == FrameDecoder::Role::ClientToServer && !m_header.masked) {
        addProblem(Severity::Violation,
                   tr("The client sent this frame unmasked; every frame from client to server must be masked "
                      "(RFC 6455 §5.1)."),
                   FieldId::Mask);
    } else if (context.sender == FrameDecoder::Role::ServerToClient && m_header.masked) {
        addProblem(Severity::Violation,
                   tr("The server sent this frame masked; a server must not mask the frames it sends (RFC 6455 §5.1)."),
                   FieldId::Mask);
    }

    const int lengthIndex = addField(FieldId::PayloadLength, tr("Payload length"), 1, 1 + extendedBytes, Length7Bits, -1);
    i = addField(FieldId::LengthIndicator, tr("Length indicator (7 bits)"), 1, 1, Length7Bits, lengthIndex);
    m_fields[i].number = length7;
    m_fields[i].bits = bitPicture(b1, Length7Bits);
    if (length7 == Length16Follows)
        m_fields[i].value = tr("126: a 16-bit length follows");
    else if (length7 == Length64Follows)
        m_fields[i].value = tr("127: a 64-bit length follows");
    else
        m_fields[i].value = tr("%1: the length itself").arg(length7);

    bool lengthKnown = extendedBytes == 0;
    if (extendedBytes > 0) {
        i = addField(FieldId::ExtendedLength,
                     extendedBytes == Length16Bytes ? tr("Extended length (16 bits)") : tr("Extended length (64 bits)"),
                     FixedBytes, extendedBytes, WholeByte, lengthIndex);
        if (i >= 0 && m_fields[i].complete) {
            lengthKnown = true;
            m_header.payloadLength = readBigEndian(m_fields[i].raw);
            m_fields[i].number = m_header.payloadLength;
            m_fields[i].value = QString::number(m_header.payloadLength);
            m_fields[i].bits = hexBytes(m_fields[i].raw);
        }
    } else {
        m_header.payloadLength = length7;
    }

    Field &length = m_fields[lengthIndex];
    if (lengthKnown) {
        length.number = m_header.payloadLength;
        length.bits = bitPicture(b1, Length7Bits);
        if (extendedBytes > 0)
            length.bits += QLatin1Char(' ') + hexBytes(QByteArrayView(m_raw).sliced(FixedBytes, extendedBytes));
        const quint8 minimal = FrameHeader::minimalLengthBits(m_header.payloadLength);
        m_header.nonMinimalLength = m_header.lengthBits != minimal;
        if (m_header.lengthBits == 64 && (m_header.payloadLength & Length64MostSignificantBit)) {
            length.value = tr("64-bit length %1 (invalid: the most significant bit is set)").arg(m_header.payloadLength);
            addProblem(Severity::Violation,
                       tr("The 64-bit length has its most significant bit set, which RFC 6455 §5.2 forbids; the "
                          "receiver must fail the connection."),
                       FieldId::PayloadLength);
        } else if (m_header.nonMinimalLength) {
            length.value = tr("%1-bit length %2 (not minimal: %3 bits would do)")
                                   .arg(m_header.lengthBits)
                                   .arg(m_header.payloadLength)
                                   .arg(minimal);
            // Shown, not failed: FrameDecoder accepts it too, as common peers do.
            addProblem(Severity::Warning,
                       tr("The length %1 is written in %2 bits where %3 would do; RFC 6455 §5.2 requires the minimal "
                          "number of bytes (most peers accept it anyway).")
                               .arg(m_header.payloadLength)
                               .arg(m_header.lengthBits)
                               .arg(minimal),
                       FieldId::PayloadLength);
        } else {
            length.value = tr("%1-bit length %2").arg(m_header.lengthBits).arg(m_header.payloadLength);
        }
        if (m_header.isControl() && m_header.payloadLength > MaxControlPayload) {
            addProblem(Severity::Violation,
                       tr("This %1 frame declares %2 payload bytes; control frames carry at most %3 (RFC 6455 §5.5).")
                               .arg(FrameHeader::opcodeName(m_header.opcode))
                               .arg(m_header.payloadLength)
                               .arg(MaxControlPayload),
                       FieldId::PayloadLength);
        }
    }

    if (m_header.masked) {
        i = addField(FieldId::MaskingKey, tr("Masking key"), FixedBytes + extendedBytes, MaskingKeyBytes, WholeByte, -1);
        if (i >= 0 && m_fields[i].complete) {
            m_header.maskKey = quint32(readBigEndian(m_fields[i].raw));
            m_fields[i].number = m_header.maskKey;
            m_fields[i].value = QStringLiteral("0x%1").arg(m_header.maskKey, 8, 16, QLatin1Char('0'));
            m_fields[i].bits = hexBytes(m_fields[i].raw);
        }
    }
    if (n < m_headerSize)
        return;

    // The payload: where it starts, how much of it is here.
    i = addField(FieldId::Payload, tr("Payload"), m_headerSize, qint64(qMin<quint64>(m_payloadCarried, quint64(std::numeric_limits<qint64>::max()))),
                 WholeByte, -1);
    m_fields[i].number = m_payloadCarried;
    const int carried = clampToInt(m_payloadCarried);
    if (!m_header.masked)
        m_fields[i].value = tr("%n byte(s)", nullptr, carried);
    else if (context.payloadShownUnmasked)
        m_fields[i].value = tr("%n byte(s), masked on the wire (shown unmasked)", nullptr, carried);
    else
        m_fields[i].value = tr("%n byte(s), as masked on the wire", nullptr, carried);
    if (m_payloadCarried < m_header.payloadLength) {
        addProblem(Severity::Note,
                   tr("%1 of the %2 payload bytes the header declares are here.").arg(m_payloadCarried).arg(m_header.payloadLength),
                   FieldId::Payload);
    } else if (m_payloadCarried > m_header.payloadLength) {
        addProblem(Severity::Note,
                   tr("%1 payload bytes are here, more than the %2 the header declares.").arg(m_payloadCarried).arg(m_header.payloadLength),
                   FieldId::Payload);
    }
}
