#include "core/rules/textrules.h"

#include "core/codecs/textcodec.h"

qsizetype TextRules::firstLoneSurrogate(QStringView text)
{
    // The common case (no surrogate problem at all) in Qt's vectorised scan.
    if (text.isValidUtf16())
        return -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i; // a pair: one code point above U+FFFF
        else if (ch.isSurrogate())
            return i;
    }
    return -1;
}

QString TextRules::checkEncodableAsUtf8(QStringView text)
{
    const qsizetype index = firstLoneSurrogate(text);
    if (index < 0)
        return {};
    const QString unit = QString::number(text[index].unicode(), 16).toUpper();
    const QString what = text[index].isHighSurrogate()
            ? tr("U+%1 is the first half of a UTF-16 surrogate pair without its second half; it has no UTF-8 form, "
                 "and WebSocket text must be UTF-8 (RFC 6455 §5.6).")
                      .arg(unit)
            : tr("U+%1 is the second half of a UTF-16 surrogate pair without its first half; it has no UTF-8 form, "
                 "and WebSocket text must be UTF-8 (RFC 6455 §5.6).")
                      .arg(unit);
    return TextCodec::errorAt(text, index, what).message;
}
