// The payload codecs: what the composer decodes from typed or pasted text (hex, Base64), what the
// log shows of a peer's payload (UTF-8 check, JSON validate/pretty/compact/preview, the JSON tree,
// the classifier) and the composer's format conversion. The first byte picks the opcode and the
// formats; the rest is the payload, also read as text.
// Invariants: encode then decode gives the bytes back (hex, Base64); a failure has a message and a
// position inside the input; JsonCodec and JsonTree agree on what is JSON; pretty and compact of
// valid JSON are valid and compact to the same text; a JSON preview is a prefix of compact();
// a successful conversion keeps the bytes.

#include "fuzzsupport.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/codecs/jsoncodec.h"
#include "core/codecs/jsontree.h"
#include "core/codecs/payloadclassifier.h"
#include "core/codecs/payloadconverter.h"
#include "core/codecs/textcodec.h"

namespace {

constexpr qsizetype PreviewBytes = 40;
constexpr int FormatCount = 4;

void checkError(const CodecError &error, qsizetype inputSize)
{
    FUZZ_CHECK(!error.message.isEmpty());
    FUZZ_CHECK(error.position >= 0 && error.position <= inputSize);
    FUZZ_CHECK(error.line >= 1 && error.column >= 1);
}

void fuzzHex(const QByteArray &bytes, const QString &text)
{
    CodecError error;
    const std::optional<QByteArray> decoded = HexCodec::decode(text, &error);
    if (!decoded)
        checkError(error, text.size());
    for (const QChar separator : { QChar(), QChar(u' '), QChar(u':') })
        FUZZ_CHECK(HexCodec::decode(HexCodec::encode(bytes, separator), nullptr) == bytes);
}

void fuzzBase64(const QByteArray &bytes, const QString &text)
{
    CodecError error;
    const std::optional<QByteArray> decoded = Base64Codec::decode(text, &error);
    if (!decoded)
        checkError(error, text.size());
    for (const bool urlSafe : { false, true })
        FUZZ_CHECK(Base64Codec::decode(Base64Codec::encode(bytes, urlSafe), nullptr) == bytes);
}

void fuzzJson(const QByteArray &bytes)
{
    const std::optional<CodecError> error = JsonCodec::validate(bytes);
    const JsonTree tree = JsonTree::build(bytes);
    FUZZ_CHECK(tree.isValid() == !error.has_value());
    bool cut = false;
    const std::optional<QByteArray> preview = JsonCodec::compactPreview(bytes, PreviewBytes, &cut);
    if (error) {
        checkError(*error, bytes.size());
        FUZZ_CHECK(JsonCodec::pretty(bytes) == bytes);
        FUZZ_CHECK(JsonCodec::compact(bytes) == bytes);
        return;
    }
    const QByteArray compact = JsonCodec::compact(bytes);
    const QByteArray pretty = JsonCodec::pretty(bytes);
    FUZZ_CHECK(!JsonCodec::validate(compact).has_value());
    FUZZ_CHECK(!JsonCodec::validate(pretty).has_value());
    FUZZ_CHECK(JsonCodec::compact(pretty) == compact);
    if (preview)
        FUZZ_CHECK(compact.startsWith(*preview));
    // Walk the tree as a view does.
    for (int i = 0; i < tree.nodeCount(); ++i) {
        const JsonTree::Node &node = tree.node(i);
        FUZZ_CHECK(node.valueBegin >= 0 && node.valueBegin <= node.valueEnd && node.valueEnd <= bytes.size());
        (void)tree.key(i);
        (void)tree.stringValue(i);
        (void)tree.children(i);
        if (node.isContainer() && i > 0) {
            JsonTree::Options options;
            options.maxDepth = 1;
            FUZZ_CHECK(tree.subtree(i, options).isValid());
        }
    }
    JsonTree::Options capped;
    capped.maxNodes = 5;
    capped.maxDepth = 2;
    const JsonTree small = JsonTree::build(bytes, capped);
    FUZZ_CHECK(small.isValid() && small.nodeCount() <= capped.maxNodes);
    FUZZ_CHECK(small.totalValueCount() == tree.totalValueCount());
}

void fuzzText(const QByteArray &bytes, quint8 opcode)
{
    const std::optional<CodecError> error = TextCodec::validateUtf8(bytes);
    if (error)
        checkError(*error, bytes.size());
    const PayloadClassifier::Result result = PayloadClassifier::classify(opcode, bytes);
    FUZZ_CHECK(!result.reason.isEmpty());
    FUZZ_CHECK(result.invalidOffset < bytes.size());
    (void)PayloadClassifier::classify(opcode, bytes, false);
    int line = 0;
    int column = 0;
    TextCodec::lineColumnUtf8(bytes, bytes.size(), &line, &column);
    FUZZ_CHECK(line >= 1 && column >= 1);
}

void fuzzConverter(const QString &text, quint8 formats)
{
    const auto from = PayloadConverter::Format(formats % FormatCount);
    const auto to = PayloadConverter::Format((formats / FormatCount) % FormatCount);
    const PayloadConverter::Result result = PayloadConverter::convert(text, from, to);
    FUZZ_CHECK(result.ok == result.error.isEmpty());
    // The same format, or text and JSON (the same UTF-8), is handed back as it is: nothing to check.
    const bool textual = from != PayloadConverter::Format::Hex && from != PayloadConverter::Format::Base64
                         && to != PayloadConverter::Format::Hex && to != PayloadConverter::Format::Base64;
    if (!result.ok || from == to || textual)
        return;
    QString error;
    const std::optional<QByteArray> before = PayloadConverter::bytesOf(text, from, &error);
    const std::optional<QByteArray> after = PayloadConverter::bytesOf(result.text, to, &error);
    FUZZ_CHECK(before && after && *before == *after);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 control = input.takeByte();
    const QByteArray bytes = input.takeRest().toByteArray();
    const QString text = QString::fromUtf8(bytes);

    fuzzHex(bytes, text);
    fuzzBase64(bytes, text);
    fuzzJson(bytes);
    fuzzText(bytes, quint8(control & 0xF));
    fuzzConverter(text, quint8(control >> 4));
    return 0;
}
