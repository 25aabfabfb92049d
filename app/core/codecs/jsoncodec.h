#pragma once

#include "core/codecs/jsontokenizer.h"
#include "core/codecs/textcodec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

// JSON payloads (RFC 8259): validation with plain-worded line:column errors, and pretty/compact
// formatting that keeps the text as written: key order, number spelling and string escapes are
// untouched (QJsonDocument would sort keys and rewrite numbers), only whitespace between tokens
// changes. Any value may be the top-level one ("hi", 42, null), as RFC 8259 §2 allows.
// All three run on JsonTokenizer, the tokenizer JsonTree builds its trees with too.
class JsonCodec
{
    Q_DECLARE_TR_FUNCTIONS(JsonCodec)

public:
    // Deepest nesting of objects and arrays accepted (RFC 8259 §9 lets parsers limit it; this
    // is QJsonDocument's limit too).
    static constexpr int MaxDepth = JsonTokenizer::MaxDepth;

    // nullopt if utf8 is one valid JSON text; otherwise the byte offset, 1-based line:column
    // (columns count characters) and a message like "Line 3, column 7: missing comma ...".
    // A leading UTF-8 byte order mark is ignored (RFC 8259 §8.1).
    static std::optional<CodecError> validate(QByteArrayView utf8);
    // Indented by four spaces, one member or element per line, "key": value; empty containers
    // stay "{}" and "[]". The input unchanged if it is not valid JSON (or absurdly deep to indent).
    static QByteArray pretty(QByteArrayView utf8);
    // All whitespace between tokens removed. The input unchanged if it is not valid JSON.
    static QByteArray compact(QByteArrayView utf8);

    // The start of compact(utf8), for a one-line summary of a payload that may be megabytes: at
    // most about maxBytes of output, reading no more of the input than that output needs (and
    // at most MaxPreviewInputFactor times maxBytes of it). *cut says whether more would follow.
    // nullopt when the text does not start with an object or array, or is not JSON; a text longer
    // than what is read is judged by what is read.
    static std::optional<QByteArray> compactPreview(QByteArrayView utf8, qsizetype maxBytes, bool *cut = nullptr);
    static constexpr qsizetype MaxPreviewInputFactor = 64;
};
