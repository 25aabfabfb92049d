#pragma once

#include "core/codecs/textcodec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Base64 payload input and display (RFC 4648 §4 standard, §5 URL-safe alphabet).
class Base64Codec
{
    Q_DECLARE_TR_FUNCTIONS(Base64Codec)

public:
    // Standard ("+/") or URL-safe ("-_") alphabet, not mixed; '=' padding optional but, when
    // present, complete and only at the end; whitespace anywhere is ignored. Unused low bits of
    // the last character are ignored (RFC 4648 §3.5 lets decoders accept them).
    // Errors name the character, its 1-based line:column, and position (its UTF-16 index).
    static std::optional<QByteArray> decode(const QString &text, CodecError *error);
    // Padded base64 in the chosen alphabet.
    static QString encode(QByteArrayView bytes, bool urlSafe = false);
};
