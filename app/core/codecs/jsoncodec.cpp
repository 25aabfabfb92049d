#include "core/codecs/jsoncodec.h"

#include <QList>

namespace {

using Token = JsonTokenizer::Token;
using Kind = JsonTokenizer::Kind;

// The formatters need to know the text is valid before they write anything, so they collect
// the tokens first (three machine words each) and format from the list.
std::optional<QList<Token>> tokenize(QByteArrayView utf8)
{
    QList<Token> tokens;
    JsonTokenizer tokenizer(utf8);
    Token token;
    while (tokenizer.next(&token))
        tokens.append(token);
    if (tokenizer.failure())
        return std::nullopt;
    return tokens;
}

} // namespace

std::optional<CodecError> JsonCodec::validate(QByteArrayView utf8)
{
    const std::optional<JsonTokenizer::Failure> failure = JsonTokenizer::check(utf8);
    if (!failure)
        return std::nullopt;
    return TextCodec::errorAtUtf8(utf8, failure->offset, failure->what);
}

QByteArray JsonCodec::pretty(QByteArrayView utf8)
{
    const std::optional<QList<Token>> tokens = tokenize(utf8);
    if (!tokens)
        return utf8.toByteArray();
    // Indentation grows with depth times lines; a hostile text (deep nesting, then many
    // elements) could multiply its size by thousands. Past this, leave the text as it is.
    const qsizetype limit = qMin<qsizetype>(qsizetype(utf8.size()) * 32 + (1 << 20), qsizetype(1) << 30);
    QByteArray out;
    out.reserve(utf8.size() * 2);
    int depth = 0;
    const auto newline = [&out, &depth] {
        out.append('\n');
        out.append(qsizetype(depth) * 4, ' ');
    };
    const QList<Token> &list = *tokens;
    for (qsizetype k = 0; k < list.size(); ++k) {
        const Token &token = list[k];
        switch (token.kind) {
        case Kind::BeginObject:
        case Kind::BeginArray:
            out.append(utf8[token.begin]);
            if (k + 1 < list.size() && (list[k + 1].kind == Kind::EndObject || list[k + 1].kind == Kind::EndArray)) {
                out.append(utf8[list[k + 1].begin]);
                ++k;
            } else {
                ++depth;
                newline();
            }
            break;
        case Kind::EndObject:
        case Kind::EndArray:
            --depth;
            newline();
            out.append(utf8[token.begin]);
            break;
        case Kind::Comma:
            out.append(',');
            newline();
            break;
        case Kind::Colon:
            out.append(": ");
            break;
        case Kind::Key:
        case Kind::String:
        case Kind::Number:
        case Kind::True:
        case Kind::False:
        case Kind::Null:
            out.append(utf8.sliced(token.begin, token.end - token.begin));
            break;
        }
        if (out.size() > limit)
            return utf8.toByteArray();
    }
    return out;
}

QByteArray JsonCodec::compact(QByteArrayView utf8)
{
    const std::optional<QList<Token>> tokens = tokenize(utf8);
    if (!tokens)
        return utf8.toByteArray();
    QByteArray out;
    out.reserve(utf8.size());
    for (const Token &token : *tokens)
        out.append(utf8.sliced(token.begin, token.end - token.begin));
    return out;
}

std::optional<QByteArray> JsonCodec::compactPreview(QByteArrayView utf8, qsizetype maxBytes, bool *cut)
{
    if (cut)
        *cut = false;
    // Only objects and arrays: a bare "hi" or 42 reads the same either way, and plain text that
    // merely starts with a digit is never tokenized.
    qsizetype first = utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (first < utf8.size() && (utf8[first] == ' ' || utf8[first] == '\t' || utf8[first] == '\n' || utf8[first] == '\r'))
        ++first;
    if (first >= utf8.size() || (utf8[first] != '{' && utf8[first] != '['))
        return std::nullopt;
    // A long payload is read only as far as a summary needs: a 10 MB string member is not scanned
    // on every repaint.
    const QByteArrayView head = utf8.first(qMin(utf8.size(), qMax<qsizetype>(maxBytes, 1) * MaxPreviewInputFactor));
    QByteArray out;
    out.reserve(qMin(head.size(), maxBytes + 1));
    JsonTokenizer tokenizer(head);
    Token token;
    while (tokenizer.next(&token)) {
        out.append(head.sliced(token.begin, token.end - token.begin));
        if (out.size() > maxBytes) {
            if (cut)
                *cut = true;
            return out;
        }
    }
    if (tokenizer.failure()) {
        // The end of what was read cuts the text, not necessarily an error in it.
        if (head.size() < utf8.size() && !out.isEmpty()) {
            if (cut)
                *cut = true;
            return out;
        }
        return std::nullopt;
    }
    return out;
}
