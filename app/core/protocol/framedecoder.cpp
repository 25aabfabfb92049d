#include "core/protocol/framedecoder.h"

#include "core/protocol/closecodes.h"
#include "core/rules/controlframe.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace {

quint64 readBigEndian(const char *data, int size)
{
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(data[i]);
    return value;
}

} // namespace

FrameDecoder::FrameDecoder(Role role, Sink *sink)
    : m_role(role), m_sink(sink)
{
}

void FrameDecoder::setMaxFramePayload(quint64 bytes)
{
    m_maxFramePayload = bytes;
}

void FrameDecoder::setMaxMessageSize(quint64 bytes)
{
    m_maxMessageSize = bytes;
}

void FrameDecoder::setAllowedRsv(quint8 bits)
{
    m_allowedRsv = bits & 0x7;
}

void FrameDecoder::report(quint16 closeCode, const char *section, const QString &message, bool fatal)
{
    m_section = section;
    if (m_closeCode == 0) {
        m_closeCode = closeCode;
        m_errorString = message;
    }
    if (fatal)
        m_fatal = true;
    if (m_sink)
        m_sink->violation(closeCode, message, fatal);
}

qsizetype FrameDecoder::feed(QByteArrayView bytes)
{
    if (m_fatal)
        return 0;
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    while (pos < size) {
        if (m_payloadRemaining == 0) {
            // Assemble the header: first the 2 fixed bytes, which say how many more follow.
            const qsizetype take = std::min<qsizetype>(m_headerNeeded - m_headerFill, size - pos);
            std::memcpy(m_headerBytes + m_headerFill, bytes.data() + pos, size_t(take));
            m_headerFill += int(take);
            pos += take;
            m_feedPos = pos;
            if (m_headerFill == 2) {
                const quint8 length7 = quint8(m_headerBytes[1]) & 0x7F;
                const bool masked = quint8(m_headerBytes[1]) & 0x80;
                m_headerNeeded = 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0) + (masked ? 4 : 0);
            }
            if (m_headerFill == m_headerNeeded) {
                parseHeader();
                if (m_fatal) {
                    m_bytesConsumed += quint64(pos);
                    return pos;
                }
            }
            continue;
        }
        const qsizetype take = qsizetype(std::min<quint64>(m_payloadRemaining, quint64(size - pos)));
        pos += take;
        m_feedPos = pos;
        deliverPayload(bytes.sliced(pos - take, take));
        if (m_payloadRemaining == 0)
            finishFrame();
    }
    m_bytesConsumed += quint64(pos);
    return pos;
}

void FrameDecoder::parseHeader()
{
    const auto b0 = quint8(m_headerBytes[0]);
    const auto b1 = quint8(m_headerBytes[1]);
    FrameHeader header;
    header.fin = b0 & 0x80;
    header.rsv = (b0 >> 4) & 0x7;
    header.opcode = b0 & 0xF;
    header.masked = b1 & 0x80;
    const quint8 length7 = b1 & 0x7F;
    int pos = 2;
    if (length7 == 126) {
        header.lengthBits = 16;
        header.payloadLength = readBigEndian(m_headerBytes + pos, 2);
        pos += 2;
    } else if (length7 == 127) {
        header.lengthBits = 64;
        header.payloadLength = readBigEndian(m_headerBytes + pos, 8);
        pos += 8;
    } else {
        header.payloadLength = length7;
    }
    // RFC 6455 §5.2: "the minimal number of bytes MUST be used to encode the length". Shown, not
    // treated as a violation: common peers accept it, and an analyzer should say what it saw.
    header.nonMinimalLength = header.lengthBits != FrameHeader::minimalLengthBits(header.payloadLength);
    if (header.masked)
        header.maskKey = quint32(readBigEndian(m_headerBytes + pos, 4));
    header.raw = QByteArray(m_headerBytes, m_headerNeeded);
    m_header = header;
    m_headerFill = 0;
    m_headerNeeded = 2;

    // Fatal: lengths this decoder will not follow. Nothing is allocated for them.
    if (header.lengthBits == 64 && (header.payloadLength >> 63)) {
        report(CloseCodes::ProtocolError, "§5.2", tr("The 64-bit payload length has its most significant bit set, which RFC 6455 §5.2 forbids."),
               true);
        return;
    }
    if (header.payloadLength > m_maxFramePayload) {
        report(CloseCodes::MessageTooBig, "§10.4", tr("The %1 frame declares a payload of %2 bytes, more than the limit of %3 bytes.")
                             .arg(FrameHeader::opcodeName(header.opcode))
                             .arg(header.payloadLength)
                             .arg(m_maxFramePayload),
               true);
        return;
    }
    const bool isData = header.opcode == FrameHeader::Text || header.opcode == FrameHeader::Binary;
    const bool continuesMessage = header.opcode == FrameHeader::Continuation && m_inMessage;
    if (continuesMessage && m_messageBytes + header.payloadLength > m_maxMessageSize) {
        report(CloseCodes::MessageTooBig, "§10.4", tr("The fragmented message would grow to %1 bytes, more than the limit of %2 bytes.")
                             .arg(m_messageBytes + header.payloadLength)
                             .arg(m_maxMessageSize),
               true);
        return;
    }
    if ((isData || header.opcode == FrameHeader::Continuation) && header.payloadLength > m_maxMessageSize) {
        report(CloseCodes::MessageTooBig, "§10.4", tr("The message would grow to %1 bytes, more than the limit of %2 bytes.")
                             .arg(header.payloadLength)
                             .arg(m_maxMessageSize),
               true);
        return;
    }

    m_payloadRemaining = header.payloadLength;
    m_payloadOffset = 0;
    if (m_sink)
        m_sink->frameStarted(m_header);

    // RFC 6455 §5.1: a client masks every frame it sends, a server masks none.
    if (m_role == Role::ClientToServer && !header.masked)
        report(CloseCodes::ProtocolError, "§5.1", tr("The client sent an unmasked %1 frame; RFC 6455 §5.1 requires every client frame to be masked.")
                             .arg(FrameHeader::opcodeName(header.opcode)));
    else if (m_role == Role::ServerToClient && header.masked)
        report(CloseCodes::ProtocolError, "§5.1", tr("The server sent a masked %1 frame; RFC 6455 §5.1 forbids masking frames sent by a server.")
                             .arg(FrameHeader::opcodeName(header.opcode)));

    // RFC 6455 §5.2: RSV bits must be 0 unless an extension defines them.
    if (const quint8 unexpected = header.rsv & ~m_allowedRsv) {
        QStringList bits;
        for (int bit = 0; bit < 3; ++bit) {
            if (unexpected & (4 >> bit))
                bits << QStringLiteral("RSV%1").arg(bit + 1);
        }
        report(CloseCodes::ProtocolError, "§5.2", tr("%1 set on a %2 frame without a negotiated extension that defines it (RFC 6455 §5.2).")
                             .arg(bits.join(QStringLiteral(", ")), FrameHeader::opcodeName(header.opcode)));
    }

    // RFC 6455 §5.5.1: "The application MUST NOT send any more data frames after sending a Close
    // frame." Reported once per frame; the frame is still decoded so an analyzer can show it.
    if (m_closeFrameSeen && (isData || header.opcode == FrameHeader::Continuation))
        report(CloseCodes::ProtocolError, "§5.5.1", tr("A %1 frame arrived after its sender's Close frame; RFC 6455 §5.5.1 forbids data frames after a Close frame.")
                             .arg(FrameHeader::opcodeName(header.opcode)));

    m_frameInMessage = false;
    if (FrameHeader::isReservedOpcode(header.opcode)) {
        report(CloseCodes::ProtocolError, "§5.2", tr("Opcode 0x%1 (%2) is reserved; RFC 6455 §5.2 requires failing the connection.")
                             .arg(QString::number(header.opcode, 16).toUpper(),
                                  FrameHeader::opcodeName(header.opcode)));
    } else if (header.isControl()) {
        // RFC 6455 §5.5: control frames carry at most 125 bytes and are never fragmented.
        if (header.payloadLength > quint64(ControlFrame::MaxPayloadBytes))
            report(CloseCodes::ProtocolError, "§5.5", tr("The %1 frame carries %2 bytes; control frames may carry at most 125 bytes (RFC 6455 §5.5).")
                                 .arg(FrameHeader::opcodeName(header.opcode))
                                 .arg(header.payloadLength));
        if (!header.fin)
            report(CloseCodes::ProtocolError, "§5.5", tr("The %1 frame has FIN cleared; control frames must not be fragmented (RFC 6455 §5.5).")
                                 .arg(FrameHeader::opcodeName(header.opcode)));
        if (header.opcode == FrameHeader::Close) {
            m_closeSeen = 0;
            m_reasonValidator.reset();
            if (header.payloadLength == 1)
                report(CloseCodes::ProtocolError, "§5.5.1", tr("The close frame carries 1 byte; its payload must be empty or start with a 2-byte status code (RFC 6455 §5.5.1)."));
        }
    } else if (header.opcode == FrameHeader::Continuation) {
        // RFC 6455 §5.4: a continuation frame only follows a non-FIN data frame.
        if (!m_inMessage) {
            report(CloseCodes::ProtocolError, "§5.4", tr("A continuation frame arrived with no fragmented message in progress (RFC 6455 §5.4)."));
        } else {
            m_frameInMessage = true;
        }
    } else if (isData) {
        // RFC 6455 §5.4: between the fragments of a message only control frames may appear.
        if (m_inMessage)
            report(CloseCodes::ProtocolError, "§5.4", tr("A new %1 frame arrived while a fragmented message was still unfinished; only continuation and control frames may come between its fragments (RFC 6455 §5.4).")
                                 .arg(FrameHeader::opcodeName(header.opcode)));
        // Decoding goes on as if the new frame started a new message.
        m_inMessage = true;
        m_frameInMessage = true;
        m_messageBytes = 0;
        m_textValidator.reset();
        // An extension bit (e.g. RSV1 of permessage-deflate, RFC 7692 §6) means the payload is
        // transformed; its UTF-8 can only be checked after the extension decoded it.
        m_validateText = header.opcode == FrameHeader::Text && (header.rsv & m_allowedRsv) == 0;
    }

    if (m_payloadRemaining == 0)
        finishFrame();
}

void FrameDecoder::deliverPayload(QByteArrayView wire)
{
    m_payloadRemaining -= quint64(wire.size());
    if (!m_header.masked) {
        deliverChunk(wire);
        return;
    }
    // Unmask through a bounded scratch buffer: one copy, whatever the frame's size.
    qsizetype done = 0;
    while (done < wire.size()) {
        const qsizetype n = std::min(wire.size() - done, MaxChunk);
        if (m_scratch.size() < n)
            m_scratch.resize(std::min(std::max(n, qsizetype(4096)), MaxChunk));
        FrameHeader::applyMask(wire.data() + done, m_scratch.data(), n, m_header.maskKey, m_payloadOffset);
        deliverChunk(QByteArrayView(m_scratch.constData(), n));
        done += n;
    }
}

void FrameDecoder::deliverChunk(QByteArrayView unmasked)
{
    m_payloadOffset += quint64(unmasked.size());
    if (m_frameInMessage)
        m_messageBytes += quint64(unmasked.size());

    if (m_frameInMessage && m_validateText && m_textValidator.isValid()) {
        const qint64 before = m_textValidator.bytesFed();
        if (!m_textValidator.feed(unmasked)) {
            // RFC 6455 §8.1: fail as soon as the invalid byte arrives; the chunk is split so the
            // violation follows exactly that byte however the stream was cut.
            const qsizetype bad = qsizetype(m_textValidator.errorOffset() - before);
            if (m_sink)
                m_sink->framePayload(unmasked.first(bad + 1));
            report(CloseCodes::InvalidFramePayloadData, "§8.1", tr("The text message is not valid UTF-8: byte %1 of the message (0x%2) is invalid (RFC 6455 §8.1).")
                                 .arg(m_textValidator.errorOffset())
                                 .arg(quint8(unmasked.at(bad)), 2, 16, QLatin1Char('0')));
            if (m_sink && bad + 1 < unmasked.size())
                m_sink->framePayload(unmasked.sliced(bad + 1));
            return;
        }
    }
    if (m_header.opcode == FrameHeader::Close)
        checkClosePayload(unmasked);
    if (m_sink)
        m_sink->framePayload(unmasked);
}

void FrameDecoder::checkClosePayload(QByteArrayView chunk)
{
    // RFC 6455 §5.5.1: the first two bytes are the status code, the rest a UTF-8 reason.
    qsizetype i = 0;
    while (m_closeSeen < 2 && i < chunk.size())
        m_closeCodeBytes[m_closeSeen++] = chunk.at(i++);
    if (i < chunk.size()) {
        m_closeSeen += quint64(chunk.size() - i);
        m_reasonValidator.feed(chunk.sliced(i));
    }
}

void FrameDecoder::finishFrame()
{
    if (m_header.opcode == FrameHeader::Close && m_closeSeen >= 2) {
        const auto code = quint16(readBigEndian(m_closeCodeBytes, 2));
        if (!CloseCodes::mayAppearOnWire(code))
            report(CloseCodes::ProtocolError, "§7.4", tr("Close code %1 may not be sent in a close frame (RFC 6455 §7.4).").arg(code));
        if (!m_reasonValidator.isValid())
            report(CloseCodes::InvalidFramePayloadData, "§5.5.1", tr("The close reason is not valid UTF-8: byte %1 of the reason is invalid (RFC 6455 §5.5.1).")
                                 .arg(m_reasonValidator.errorOffset()));
        else if (!m_reasonValidator.isComplete())
            report(CloseCodes::InvalidFramePayloadData, "§5.5.1", tr("The close reason ends inside a UTF-8 sequence that starts at byte %1 of the reason (RFC 6455 §5.5.1).")
                                 .arg(m_reasonValidator.pendingSequenceOffset()));
    }
    if (m_frameInMessage && m_header.fin) {
        if (m_validateText && m_textValidator.isValid() && !m_textValidator.isComplete())
            report(CloseCodes::InvalidFramePayloadData, "§8.1", tr("The text message ends inside a UTF-8 sequence that starts at byte %1 of the message (RFC 6455 §8.1).")
                                 .arg(m_textValidator.pendingSequenceOffset()));
        m_inMessage = false;
        m_messageBytes = 0;
    }
    if (m_header.opcode == FrameHeader::Close)
        m_closeFrameSeen = true;
    if (m_sink)
        m_sink->frameFinished(m_header);
    m_frameInMessage = false;
}
