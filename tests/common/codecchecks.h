#pragma once

#include "core/codecs/textcodec.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The data columns and checks that the payload codec tests (hex, base64, JSON) share. The
// check functions read the current _data() row and record failures with QCOMPARE/QVERIFY; the
// calling test function ends right after them.
class CodecChecks
{
public:
    using Decoder = std::optional<QByteArray> (*)(const QString &text, CodecError *error);

    // Columns "text" (QString) and "bytes" (QByteArray): text that decodes to bytes.
    static void addDecodeColumns();
    static void checkDecodes(Decoder decode);

    // Columns "position" (qint64), "line", "column" (int) and "message" (QString, a part of the
    // expected message): where an error is reported and what it says.
    static void addErrorColumns();
    static void checkError(const CodecError &error);

    // Column "text" (QString) followed by the error columns: text that must not decode.
    static void addDecodeErrorColumns();
    static void checkDecodeFails(Decoder decode);
};
