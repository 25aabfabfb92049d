#include "core/rules/displaytext.h"

namespace {

constexpr char16_t kDelete = 0x7F;
constexpr char16_t kFirstC1 = 0x80;
constexpr char16_t kLastC1 = 0x9F;
constexpr char16_t kFirstBidiEmbedding = 0x202A; // LRE, RLE, PDF, LRO, RLO
constexpr char16_t kLastBidiEmbedding = 0x202E;
constexpr char16_t kFirstBidiIsolate = 0x2066;   // LRI, RLI, FSI, PDI
constexpr char16_t kLastBidiIsolate = 0x2069;

} // namespace

bool DisplayText::isUnsafe(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == kDelete || (u >= kFirstC1 && u <= kLastC1)
            || (u >= kFirstBidiEmbedding && u <= kLastBidiEmbedding) || (u >= kFirstBidiIsolate && u <= kLastBidiIsolate);
}

QString DisplayText::oneLine(QString text)
{
    for (QChar &c : text) {
        if (isUnsafe(c))
            c = Replacement;
    }
    return text;
}

QString DisplayText::lines(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue;
        if (isUnsafe(c))
            text[i] = Replacement;
    }
    return text;
}
