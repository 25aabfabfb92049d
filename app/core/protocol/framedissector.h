#pragma once

#include "core/protocol/framedecoder.h"
#include "core/protocol/frameheader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One frame header (RFC 6455 §5.2) taken apart field by field, for a protocol-analyzer view:
// what each field says in words, its bits, and exactly which bytes and bits of the header it
// occupies, so a hex view can highlight the bytes of the selected field. It reads the bytes it
// is given (FrameHeader::raw from FrameDecoder) and never rebuilds a header from decoded values:
// a non-minimal length encoding or a set RSV bit shows as it crossed the wire.
//
//     const FrameDissector dissected(header.raw, payload.size(), {FrameDecoder::Role::ClientToServer});
//     for (const FrameDissector::Field &f : dissected.fields())
//         addRow(f.label, f.value, f.bits, f.firstByte, f.byteCount);   // parent >= 0: a sub-row
//     for (const FrameDissector::Problem &p : dissected.problems()) addNote(p.text);
//
// Byte positions count from the first header byte; the payload follows at headerSize(), so a
// hex view of header + payload uses the same numbers for the Payload field.
// Truncated input (fewer bytes than the header needs) gives the fields that are there, a field
// cut in the middle with complete == false, and a note saying how much is missing.
class FrameDissector
{
    Q_DECLARE_TR_FUNCTIONS(FrameDissector)

public:
    // Stable ids, in the order the fields appear in the header.
    enum class FieldId : quint8 {
        Fin,             // byte 0, mask 0x80
        Rsv1,            // byte 0, mask 0x40
        Rsv2,            // byte 0, mask 0x20
        Rsv3,            // byte 0, mask 0x10
        Opcode,          // byte 0, mask 0x0F
        Mask,            // byte 1, mask 0x80
        PayloadLength,   // byte 1 mask 0x7F, plus bytes 2-3 (16-bit) or 2-9 (64-bit): the whole length
        LengthIndicator, // byte 1, mask 0x7F: 0-125, or 126/127 saying which extended length follows (child of PayloadLength)
        ExtendedLength,  // bytes 2-3 or 2-9, big-endian (child of PayloadLength; only when present)
        MaskingKey,      // the 4 bytes after the length (only when MASK is 1)
        Payload,         // the payload bytes carried, from headerSize() on
    };

    struct Field
    {
        FieldId id = FieldId::Fin;
        QString label;            // translated: "FIN", "Opcode", "Payload length" ...
        QString value;            // translated: "1 (final fragment)", "0x1 text", "masked", "0x37fa213d" ...
        QString bits;             // as on the wire: "1... ....", ".... 0001" for bits; "37 fa 21 3d" for bytes
        QByteArray raw;           // the header bytes the field occupies (empty for Payload)
        quint64 number = 0;       // the value as a number: 0/1, the opcode, the length, the key
        qint64 firstByte = 0;     // first byte of the field (0 = first header byte)
        qint64 byteCount = 0;     // bytes it covers (for a cut field: the bytes present)
        quint8 firstByteMask = 0xFF; // the bits of firstByte that belong to it; later bytes belong whole
        int parent = -1;          // index in fields() of the field this one details, -1 for top level
        bool complete = true;     // false when the input ends inside the field
    };

    enum class Severity : quint8 {
        Violation, // RFC 6455 says the receiver must fail the connection (closeCode says with what)
        Warning,   // breaks a MUST that common peers tolerate (a non-minimal length encoding)
        Note,      // about the capture, not the protocol (a header cut off, payload bytes missing)
    };

    struct Problem
    {
        Severity severity = Severity::Note;
        quint16 closeCode = 0; // CloseCodes::ProtocolError for violations, 0 otherwise
        QString text;          // translated, cites the RFC section
        int field = -1;        // index in fields() of the field concerned, -1 for none
    };

    struct Context
    {
        // Who sent the frame, when known: client frames must be masked, server frames must not
        // (RFC 6455 §5.1). Without it, masking is not judged.
        std::optional<FrameDecoder::Role> sender;
        // RSV bits a negotiated extension defines (RSV1 = 4, as FrameHeader::rsv); others are violations.
        quint8 allowedRsv = 0;
        // The payload the user sees is unmasked (the Payload field says so).
        bool payloadShownUnmasked = false;
    };

    // headerBytes: the header as it crossed the wire (2..14 bytes, FrameHeader::raw); bytes
    // beyond what the header needs are ignored (with a note). payloadBytesCarried: how many
    // payload bytes the capture holds (compared with the declared length).
    FrameDissector(QByteArrayView headerBytes, quint64 payloadBytesCarried, const Context &context);
    FrameDissector(QByteArrayView headerBytes, quint64 payloadBytesCarried); // no direction, no extension

    const QList<Field> &fields() const { return m_fields; }
    // The field with this id, or nullptr when the input does not reach it (or it does not exist,
    // like ExtendedLength for a 7-bit length).
    const Field *field(FieldId id) const;
    int indexOf(FieldId id) const;
    const QList<Problem> &problems() const { return m_problems; }
    bool hasViolations() const;

    // Bytes the header needs according to its first two bytes (2..14); 0 when fewer than 2 are given.
    int headerSize() const { return m_headerSize; }
    // Header bytes given and read (at most headerSize() once that is known).
    int bytesRead() const { return int(m_raw.size()); }
    bool isTruncated() const { return m_headerSize == 0 || bytesRead() < m_headerSize; }
    // The decoded header when all of it was given; nullopt for a truncated one.
    std::optional<FrameHeader> header() const;

    // The payload range: it starts right after the header; payloadBytesCarried() of it are here.
    qint64 payloadOffset() const { return m_headerSize; }
    quint64 payloadBytesCarried() const { return m_payloadCarried; }
    // The length the header declares; 0 while the length bytes are cut off.
    quint64 declaredPayloadLength() const { return m_header.payloadLength; }

private:
    int addField(FieldId id, const QString &label, qint64 first, qint64 count, quint8 mask, int parent);
    void addProblem(Severity severity, const QString &text, FieldId field);
    void dissect(const Context &context);

    QByteArray m_raw;      // the header bytes read (never more than the header needs)
    int m_given = 0;       // bytes given, extra ones included
    int m_headerSize = 0;
    quint64 m_payloadCarried = 0;
    FrameHeader m_header;  // what was read so far
    QList<Field> m_fields;
    QList<Problem> m_problems;
};
