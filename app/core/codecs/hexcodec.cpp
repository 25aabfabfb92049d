#include "core/codecs/hexcodec.h"

namespace {

bool isSeparator(QChar ch)
{
    switch (ch.unicode()) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case ':':
    case '-':
    case ',':
        return true;
    default:
        return false;
    }
}

// How an error message quotes a group of digits: long groups are cut so the message stays short.
QString quotedGroup(QStringView group)
{
    constexpr qsizetype MaxShown = 16;
    if (group.size() <= MaxShown)
        return group.toString();
    return group.left(MaxShown).toString() + QChar(0x2026);
}

} // namespace

std::optional<QByteArray> HexCodec::decode(const QString &text, CodecError *error)
{
    const auto fail = [&text, error](qsizetype index, const QString &what) {
        if (error)
            *error = TextCodec::errorAt(text, index, what);
        return false;
    };

    // Written through a pointer: QByteArray::append(char) per byte is several times slower.
    QByteArray bytes(text.size() / 2, Qt::Uninitialized);
    char *out = bytes.data();
    qsizetype groupStart = -1; // index of the group's first character (its "0x" if any)
    qsizetype digits = 0;
    bool prefixed = false;
    int high = 0;

    // A group ends at a separator or at the end of the text.
    const auto closeGroup = [&](qsizetype end) {
        if (groupStart < 0)
            return true;
        if (prefixed && digits == 0)
            return fail(groupStart, tr("'0x' is not followed by hex digits."));
        if (digits % 2 != 0) {
            return fail(groupStart, tr("'%1' has an odd number of hex digits (%2); every byte needs two.")
                                            .arg(quotedGroup(QStringView(text).mid(groupStart, end - groupStart)))
                                            .arg(digits));
        }
        groupStart = -1;
        digits = 0;
        prefixed = false;
        return true;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (isSeparator(ch)) {
            if (!closeGroup(i))
                return std::nullopt;
            continue;
        }
        if (groupStart < 0 && ch == QLatin1Char('0') && i + 1 < text.size()
            && (text[i + 1] == QLatin1Char('x') || text[i + 1] == QLatin1Char('X'))) {
            groupStart = i;
            prefixed = true;
            ++i;
            continue;
        }
        const int value = digitValue(ch.unicode());
        if (value < 0) {
            fail(i, tr("%1 is not a hex digit (0-9, a-f); bytes may be separated by spaces, "
                              "new lines, ':', '-' or ','.")
                                   .arg(TextCodec::describeCharacter(TextCodec::codePointAt(text, i))));
            return std::nullopt;
        }
        if (groupStart < 0)
            groupStart = i;
        if (digits % 2 == 0)
            high = value;
        else
            *out++ = char((high << 4) | value);
        ++digits;
    }
    if (!closeGroup(text.size()))
        return std::nullopt;
    bytes.truncate(out - bytes.constData());
    return bytes;
}

QString HexCodec::encode(QByteArrayView bytes, QChar separator)
{
    static constexpr char Digits[] = "0123456789abcdef";
    if (bytes.isEmpty())
        return {};
    const bool separated = !separator.isNull();
    // Sized once and written through a pointer: a hex view of a large payload is common.
    QString text(bytes.size() * (separated ? 3 : 2) - (separated ? 1 : 0), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (separated && i > 0)
            *out++ = separator;
        const auto byte = quint8(bytes[i]);
        *out++ = QLatin1Char(Digits[byte >> 4]);
        *out++ = QLatin1Char(Digits[byte & 0x0F]);
    }
    return text;
}

int HexCodec::digitValue(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
