#include "core/codecs/payloadclassifier.h"

#include "core/codecs/jsoncodec.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/utf8validator.h"

#include <limits>

namespace {

constexpr qsizetype BytesPerMiB = 1024 * 1024;

bool isContinuationByte(char c)
{
    return (quint8(c) & 0xC0) == 0x80; // 10xxxxxx (RFC 3629 §3)
}

qint64 countCharacters(QByteArrayView utf8)
{
    qint64 n = 0;
    for (char c : utf8)
        n += isContinuationByte(c) ? 0 : 1;
    return n;
}

// '{' or '[' first, after JSON whitespace (RFC 8259 §2) and a byte order mark (§8.1).
char firstJsonByte(QByteArrayView utf8)
{
    qsizetype i = utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < utf8.size() && (utf8[i] == ' ' || utf8[i] == '\t' || utf8[i] == '\n' || utf8[i] == '\r'))
        ++i;
    return i < utf8.size() ? utf8[i] : '\0';
}

int clampToInt(qint64 n)
{
    return int(qMin<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

QString PayloadClassifier::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Empty: return tr("empty");
    case Kind::Text: return tr("text");
    case Kind::Json: return tr("JSON");
    case Kind::Binary: return tr("binary");
    }
    return {};
}

PayloadClassifier::Result PayloadClassifier::classify(quint8 opcode, QByteArrayView payload, bool complete)
{
    Result result;
    if (payload.isEmpty()) {
        result.kind = Kind::Empty;
        result.reason = tr("no payload bytes");
        return result;
    }
    if (opcode == FrameHeader::Binary) {
        result.kind = Kind::Binary;
        result.reason = tr("binary opcode (0x2): the bytes are shown as they are");
        return result;
    }
    if (opcode == FrameHeader::Close) {
        result.kind = Kind::Binary;
        result.reason = tr("a Close frame payload: a 2-byte status code and a UTF-8 reason (RFC 6455 §5.5.1)");
        return result;
    }

    // Everything else may be text: the text opcode must be (RFC 6455 §5.6), the others may be.
    Utf8Validator validator;
    validator.feed(payload);
    const bool valid = complete ? validator.isComplete() : validator.isValid();
    if (!valid) {
        result.kind = Kind::Binary;
        result.invalidOffset = validator.isValid() ? validator.pendingSequenceOffset() : validator.errorOffset();
        result.utf8Error = TextCodec::validateUtf8(payload);
        const QString why = result.utf8Error ? result.utf8Error->message : QString();
        if (opcode == FrameHeader::Text) {
            // §8.1: "When an endpoint is to interpret a byte stream as UTF-8 but finds that the byte
            // stream is not, in fact, a valid UTF-8 stream, that endpoint MUST _Fail the WebSocket Connection_."
            result.violatesRfc = true;
            result.reason = tr("a text frame that is not valid UTF-8 (RFC 6455 §8.1): %1").arg(why);
        } else {
            result.reason = tr("not valid UTF-8, so shown as bytes: %1").arg(why);
        }
        return result;
    }

    result.characters = countCharacters(payload);
    const int characters = clampToInt(result.characters);
    result.kind = Kind::Text;
    const char first = firstJsonByte(payload);
    const bool looksLikeJson = first == '{' || first == '[';
    if (!complete) {
        result.reason = looksLikeJson
                                ? tr("valid UTF-8 so far, %n character(s); it starts like JSON, but the message is not "
                                     "complete, so it is not checked as JSON", nullptr, characters)
                                : tr("valid UTF-8 so far, %n character(s) (the message is not complete)", nullptr, characters);
        return result;
    }
    if (!looksLikeJson) {
        result.reason = tr("valid UTF-8, %n character(s)", nullptr, characters);
        return result;
    }
    if (payload.size() > MaxJsonCheckBytes) {
        result.reason = tr("valid UTF-8, %n character(s); it starts like JSON but is larger than %1 MiB, so it is "
                           "not checked as JSON", nullptr, characters)
                                .arg(MaxJsonCheckBytes / BytesPerMiB);
        return result;
    }
    result.jsonChecked = true;
    result.jsonError = JsonCodec::validate(payload);
    if (result.jsonError) {
        result.reason = tr("valid UTF-8, %n character(s); looks like JSON but: %1", nullptr, characters)
                                .arg(result.jsonError->message);
        return result;
    }
    result.kind = Kind::Json;
    result.reason = first == '{' ? tr("valid JSON, an object of %n character(s)", nullptr, characters)
                                 : tr("valid JSON, an array of %n character(s)", nullptr, characters);
    return result;
}
