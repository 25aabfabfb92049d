#pragma once

#include "core/codecs/textcodec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Hex payload input and display. Decoding is forgiving about layout (what people paste from
// Wireshark, xxd, C arrays or MAC-style dumps) and strict about digits.
class HexCodec
{
    Q_DECLARE_TR_FUNCTIONS(HexCodec)

public:
    // Accepts spaces, tabs, newlines, colons, '-' and ',' between bytes, and 0x prefixes
    // ("0x48 0x65", "48:65", "4865", "0x4865"). Digits pair up within each group between
    // separators, so every group needs an even number of them.
    // Errors: a group with an odd number of digits, "0x" without digits, or a non-hex character
    // (named with its code point and 1-based line:column; position is its UTF-16 index).
    static std::optional<QByteArray> decode(const QString &text, CodecError *error);
    // Lower-case pairs joined by separator: "48 65 6c". A null QChar joins them without one.
    static QString encode(QByteArrayView bytes, QChar separator = QLatin1Char(' '));
    // 0-15 for one hex digit of either case (RFC 5234 HEXDIG, as in HTTP chunk sizes), else -1.
    static int digitValue(char16_t c);
};
