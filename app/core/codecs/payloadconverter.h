#pragma once

#include "core/codecs/textcodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Converting what the composer holds from one input format to another so that the bytes stay
// the same: "48 69" (hex) becomes "SGk=" (Base64) and "Hi" (text), never a reinterpretation of
// the characters. Text and JSON are the UTF-8 of what is typed; hex and Base64 are the bytes they
// decode to. A conversion that would change the bytes is refused with a translated reason.
class PayloadConverter
{
    Q_DECLARE_TR_FUNCTIONS(PayloadConverter)

public:
    enum class Format { Text, Json, Hex, Base64 };

    struct Result
    {
        bool ok = false;
        QString text;  // the input in the target format (ok)
        QString error; // why it cannot be converted without changing the bytes (!ok)
    };

    // The bytes `input` stands for in `format`; nullopt with *error when it stands for none
    // (a lone surrogate in text, a bad hex digit, broken Base64).
    static std::optional<QByteArray> bytesOf(const QString &input, Format format, QString *error);
    // `input`, read in `from`, written in `to`. Text and JSON hold only valid UTF-8 (RFC 6455
    // §5.6) and only what a plain-text editor keeps as typed (no CR, NUL or other C0 control
    // except tab and line feed), so bytes that are not are refused for them.
    static Result convert(const QString &input, Format from, Format to);
    // How a message names a format ("hex", "Base64", ...).
    static QString formatName(Format format);
};
