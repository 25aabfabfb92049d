#include "core/codecs/base64codec.h"

namespace {

bool isWhitespace(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Value of a character in either alphabet, -1 if it is in neither.
int sextet(char16_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

} // namespace

std::optional<QByteArray> Base64Codec::decode(const QString &text, CodecError *error)
{
    const auto fail = [&text, error](qsizetype index, const QString &what) -> std::optional<QByteArray> {
        if (error)
            *error = TextCodec::errorAt(text, index, what);
        return std::nullopt;
    };
    const auto lineColumn = [&text](qsizetype index) {
        int line = 0;
        int column = 0;
        TextCodec::lineColumn(text, index, &line, &column);
        return tr("line %1, column %2").arg(line).arg(column);
    };

    // Every 4 characters make at most 3 bytes; written through a pointer for speed.
    QByteArray bytes(text.size() / 4 * 3 + 3, Qt::Uninitialized);
    char *out = bytes.data();
    qsizetype standardAt = -1; // first '+' or '/'
    qsizetype urlSafeAt = -1;  // first '-' or '_'
    qsizetype padAt = -1;      // first '='
    qsizetype lastDataAt = -1;
    qsizetype dataCount = 0;
    qsizetype padCount = 0;
    quint32 bits = 0;
    int bitCount = 0;

    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isWhitespace(c))
            continue;
        if (c == '=') {
            if (padAt < 0)
                padAt = i;
            ++padCount;
            continue;
        }
        const int value = sextet(c);
        if (value < 0) {
            return fail(i, tr("%1 is not a base64 character (A-Z, a-z, 0-9, '+' and '/', or '-' and '_').")
                                   .arg(TextCodec::describeCharacter(TextCodec::codePointAt(text, i))));
        }
        if (padAt >= 0) {
            return fail(i, tr("%1 comes after the '=' padding at %2; padding may only end the text.")
                                   .arg(TextCodec::describeCharacter(c), lineColumn(padAt)));
        }
        if (c == '+' || c == '/') {
            if (urlSafeAt >= 0) {
                return fail(i, tr("%1 belongs to the standard alphabet, but %2 at %3 belongs to the URL-safe one; "
                                  "use one alphabet.")
                                       .arg(TextCodec::describeCharacter(c),
                                            TextCodec::describeCharacter(text[urlSafeAt].unicode()),
                                            lineColumn(urlSafeAt)));
            }
            if (standardAt < 0)
                standardAt = i;
        } else if (c == '-' || c == '_') {
            if (standardAt >= 0) {
                return fail(i, tr("%1 belongs to the URL-safe alphabet, but %2 at %3 belongs to the standard one; "
                                  "use one alphabet.")
                                       .arg(TextCodec::describeCharacter(c),
                                            TextCodec::describeCharacter(text[standardAt].unicode()),
                                            lineColumn(standardAt)));
            }
            if (urlSafeAt < 0)
                urlSafeAt = i;
        }
        lastDataAt = i;
        ++dataCount;
        bits = (bits << 6) | quint32(value);
        bitCount += 6;
        if (bitCount >= 8) {
            bitCount -= 8;
            *out++ = char((bits >> bitCount) & 0xFF);
        }
    }

    // RFC 4648 §4: the last group holds 2, 3 or 4 characters; one alone cannot make a byte.
    const qsizetype rest = dataCount % 4;
    if (rest == 1) {
        return fail(lastDataAt, tr("the last group has a single character (%1); base64 needs at least two "
                                   "characters for one byte, so the text is cut off or has one character too many.")
                                        .arg(TextCodec::describeCharacter(text[lastDataAt].unicode())));
    }
    if (padCount > 0) {
        const qsizetype expected = rest == 0 ? 0 : 4 - rest;
        if (expected == 0) {
            return fail(padAt, tr("unexpected '=' padding: the characters before it already make whole bytes."));
        }
        if (padCount != expected) {
            return fail(padAt, tr("found %1 '=' but the last group of %2 characters needs exactly %3.")
                                       .arg(padCount)
                                       .arg(rest)
                                       .arg(expected));
        }
    }
    bytes.truncate(out - bytes.constData());
    return bytes;
}

QString Base64Codec::encode(QByteArrayView bytes, bool urlSafe)
{
    const auto options = urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding;
    return QString::fromLatin1(bytes.toByteArray().toBase64(options));
}
