#include "core/protocol/utf8validator.h"

#include <cstring>

namespace {

// Eight bytes at once for the common ASCII case (a text message of JSON is mostly ASCII).
constexpr quint64 HighBits = 0x8080808080808080ULL;

} // namespace

qint64 Utf8Validator::pendingSequenceOffset() const
{
    return m_need > 0 ? m_sequenceStart : -1;
}

void Utf8Validator::reset()
{
    *this = Utf8Validator();
}

bool Utf8Validator::feed(QByteArrayView bytes)
{
    if (m_errorOffset >= 0)
        return false;
    const auto *data = reinterpret_cast<const quint8 *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (m_need == 0) {
            // Skip ASCII runs quickly.
            while (i + 8 <= size) {
                quint64 word;
                std::memcpy(&word, data + i, sizeof word);
                if (word & HighBits)
                    break;
                i += 8;
            }
            while (i < size && data[i] < 0x80)
                ++i;
            if (i >= size)
                break;
            const quint8 lead = data[i];
            // Fast path: a whole 2- or 3-byte sequence inside this buffer (most non-ASCII text).
            if (lead >= 0xC2 && lead <= 0xDF && i + 1 < size && (data[i + 1] & 0xC0) == 0x80) {
                i += 2;
                continue;
            }
            if (lead >= 0xE0 && lead <= 0xEF && i + 2 < size && (data[i + 2] & 0xC0) == 0x80) {
                const quint8 second = data[i + 1];
                const quint8 low = lead == 0xE0 ? 0xA0 : 0x80;
                const quint8 high = lead == 0xED ? 0x9F : 0xBF;
                if (second >= low && second <= high) {
                    i += 3;
                    continue;
                }
            }
            m_sequenceStart = m_offset + i;
            m_lower = 0x80;
            m_upper = 0xBF;
            // RFC 3629 §4 syntax: the second byte's range depends on the lead byte, which excludes
            // overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
            if (lead >= 0xC2 && lead <= 0xDF) {
                m_need = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                m_need = 2;
                if (lead == 0xE0)
                    m_lower = 0xA0;
                else if (lead == 0xED)
                    m_upper = 0x9F;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                m_need = 3;
                if (lead == 0xF0)
                    m_lower = 0x90;
                else if (lead == 0xF4)
                    m_upper = 0x8F;
            } else {
                // 80-BF (stray continuation), C0/C1 (always overlong), F5-FF (beyond U+10FFFF).
                m_errorOffset = m_offset + i;
                m_offset += size;
                return false;
            }
            ++i;
            continue;
        }
        const quint8 byte = data[i];
        if (byte < m_lower || byte > m_upper) {
            m_errorOffset = m_offset + i;
            m_offset += size;
            return false;
        }
        m_lower = 0x80;
        m_upper = 0xBF;
        --m_need;
        ++i;
    }
    m_offset += size;
    return true;
}

qint64 Utf8Validator::firstInvalidOffset(QByteArrayView bytes)
{
    Utf8Validator validator;
    if (!validator.feed(bytes))
        return validator.errorOffset();
    return validator.pendingSequenceOffset();
}
