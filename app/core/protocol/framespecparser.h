#pragma once

#include "core/protocol/framespec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// Reads a FrameSpec from the field syntax of `wsscope-cli --send-frame` and of scenario steps:
// space-separated `name=value` pairs, a value in double quotes when it holds spaces (a backslash
// escapes a quote or a backslash inside). Fields: fin rsv1 rsv2 rsv3 (0/1), opcode (a name as FrameHeader::opcodeName writes
// it, or a number 0-15, 0x allowed), mask (on/off), key (8 hex digits), length (N, N/BITS or
// /BITS with BITS 7, 16 or 64: a declared length and its encoding), and one payload: payload
// (text as UTF-8), payload-hex, payload-base64, payload-file (at most MaxPayloadFileBytes).
// An error names the field it is about.
class FrameSpecParser
{
    Q_DECLARE_TR_FUNCTIONS(FrameSpecParser)

public:
    struct Error
    {
        QString field;   // the field it is about ("opcode"), empty when it is the syntax
        QString message; // translated, starts with the field's name
    };

    static constexpr qint64 MaxPayloadFileBytes = qint64(64) * 1024 * 1024;

    // Read: payload-file is read now (the frame is about to be sent). Defer: only checked to name
    // a file, its payload left empty: what a saved profile holds is checked when it loads, and a
    // file that is missing then must not make the profile unloadable; it is read when the step runs.
    enum class Files { Read, Defer };

    static std::optional<FrameSpec> parse(QStringView text, Error *error, Files files = Files::Read);
    // The opcode a name or number stands for ("text", "0x3", "11"); nullopt when none.
    static std::optional<quint8> parseOpcode(QStringView text);
};
