#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// Incremental UTF-8 validation as RFC 6455 §8.1 requires for text messages and close reasons:
// well-formed per RFC 3629 §3-4 (no overlong forms, no UTF-16 surrogates D800-DFFF, nothing
// above U+10FFFF), checked across any split of the byte stream (frames, fragments, TCP reads).
class Utf8Validator
{
public:
    // Feeds the next bytes. Returns false once any byte so far was invalid (sticky until reset()).
    bool feed(QByteArrayView bytes);
    // No invalid byte so far (a sequence may still be open).
    bool isValid() const { return m_errorOffset < 0; }
    // Valid and not in the middle of a multi-byte sequence: check this at the end of a message.
    bool isComplete() const { return m_errorOffset < 0 && m_need == 0; }
    // Offset, counted from the first byte fed since reset(), of the first invalid byte, or -1.
    qint64 errorOffset() const { return m_errorOffset; }
    // Offset of the lead byte of the sequence still open, or -1 when none is open.
    qint64 pendingSequenceOffset() const;
    // Bytes fed since reset().
    qint64 bytesFed() const { return m_offset; }
    void reset();

    // Whole-buffer helper: -1 if valid and complete; otherwise the offset of the first invalid
    // byte, or of the start of the truncated sequence at the end.
    static qint64 firstInvalidOffset(QByteArrayView bytes);

private:
    qint64 m_offset = 0;       // bytes fed since reset()
    qint64 m_errorOffset = -1;
    qint64 m_sequenceStart = -1;
    int m_need = 0;            // continuation bytes still expected
    quint8 m_lower = 0x80;     // allowed range of the next continuation byte
    quint8 m_upper = 0xBF;
};
