#include "core/codecs/textcodec.h"

#include "core/protocol/utf8validator.h"

#include <algorithm>

namespace {

bool isContinuation(quint8 byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the sequence a lead byte starts, 0 for a byte that cannot start one.
int sequenceLength(quint8 lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

QString hexByte(quint8 byte)
{
    return QLatin1String("0x") + QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

} // namespace

std::optional<CodecError> TextCodec::validateUtf8(QByteArrayView bytes)
{
    const qint64 offset = Utf8Validator::firstInvalidOffset(bytes);
    if (offset < 0)
        return std::nullopt;
    const auto at = [bytes](qsizetype i) { return quint8(bytes[i]); };
    const quint8 bad = at(offset);

    // Utf8Validator reports the byte that broke a sequence, or the lead byte of a sequence cut
    // off at the end. Find the lead byte of the sequence the offending byte belongs to, if any.
    qsizetype lead = -1;
    for (qsizetype s = offset - 1; s >= 0 && s >= offset - 3; --s) {
        if (!isContinuation(at(s))) {
            if (sequenceLength(at(s)) > offset - s)
                lead = s;
            break;
        }
    }

    QString why;
    const int length = sequenceLength(bad);
    if (lead < 0 && length > 1 && offset + length > bytes.size()) {
        // The validator only stops at a lead byte when its sequence is cut off by the end.
        why = tr("the text ends in the middle of a %1-byte sequence that starts with byte %2.")
                      .arg(length)
                      .arg(hexByte(bad));
    } else if (lead >= 0 && isContinuation(bad)) {
        // A continuation byte outside the range the lead byte allows (RFC 3629 §4).
        const quint8 first = at(lead);
        if (first == 0xE0 || first == 0xF0)
            why = tr("bytes %1 %2 are an overlong encoding (a character written with more bytes than it needs), which UTF-8 forbids.")
                          .arg(hexByte(first), hexByte(bad));
        else if (first == 0xED)
            why = tr("bytes %1 %2 encode a UTF-16 surrogate (U+D800 to U+DFFF), which UTF-8 forbids.")
                          .arg(hexByte(first), hexByte(bad));
        else
            why = tr("bytes %1 %2 encode a code point above U+10FFFF, the last one Unicode has.")
                          .arg(hexByte(first), hexByte(bad));
    } else if (lead >= 0) {
        why = tr("byte %1 interrupts the %2-byte sequence that starts with %3 at byte offset %4; a continuation byte (0x80 to 0xBF) was expected.")
                      .arg(hexByte(bad))
                      .arg(sequenceLength(at(lead)))
                      .arg(hexByte(at(lead)))
                      .arg(lead);
    } else if (isContinuation(bad)) {
        why = tr("byte %1 is a continuation byte with no lead byte before it.").arg(hexByte(bad));
    } else if (bad == 0xC0 || bad == 0xC1) {
        why = tr("byte %1 can only start an overlong encoding, which UTF-8 forbids.").arg(hexByte(bad));
    } else {
        why = tr("byte %1 never appears in UTF-8.").arg(hexByte(bad));
    }

    CodecError error;
    error.position = offset;
    lineColumnUtf8(bytes, offset, &error.line, &error.column);
    error.message = tr("Byte offset %1 (line %2, column %3): %4").arg(offset).arg(error.line).arg(error.column).arg(why);
    return error;
}

void TextCodec::lineColumn(QStringView text, qsizetype index, int *line, int *column)
{
    int l = 1;
    int c = 1;
    const qsizetype end = qMin(index, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const QChar ch = text[i];
        if (ch == QLatin1Char('\n') || (ch == QLatin1Char('\r') && (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n')))) {
            ++l;
            c = 1;
        } else if (ch == QLatin1Char('\r')) {
            // The CR of a CR LF pair: the LF ends the line.
        } else if (!ch.isLowSurrogate() || i == 0 || !text[i - 1].isHighSurrogate()) {
            ++c;
        }
    }
    if (line)
        *line = l;
    if (column)
        *column = c;
}

void TextCodec::lineColumnUtf8(QByteArrayView utf8, qsizetype offset, int *line, int *column)
{
    int l = 1;
    int c = 1;
    const qsizetype end = qMin(offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char ch = utf8[i];
        if (ch == '\n' || (ch == '\r' && (i + 1 >= utf8.size() || utf8[i + 1] != '\n'))) {
            ++l;
            c = 1;
        } else if (ch == '\r') {
            // The CR of a CR LF pair.
        } else if (!isContinuation(quint8(ch))) {
            ++c;
        }
    }
    // An offset inside a multi-byte character (a validator may point at its second byte) is
    // in that character's column: step back when a lead byte before it covers the offset.
    if (end < utf8.size() && isContinuation(quint8(utf8[end]))) {
        for (qsizetype s = end - 1; s >= 0 && s >= end - 3; --s) {
            const auto byte = quint8(utf8[s]);
            if (!isContinuation(byte)) {
                if (sequenceLength(byte) > end - s && c > 1)
                    --c;
                break;
            }
        }
    }
    if (line)
        *line = l;
    if (column)
        *column = c;
}

CodecError TextCodec::errorAt(QStringView text, qsizetype index, const QString &what)
{
    CodecError error;
    error.position = index;
    lineColumn(text, index, &error.line, &error.column);
    error.message = tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(what);
    return error;
}

CodecError TextCodec::errorAtUtf8(QByteArrayView utf8, qsizetype offset, const QString &what)
{
    CodecError error;
    error.position = offset;
    lineColumnUtf8(utf8, offset, &error.line, &error.column);
    error.message = tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(what);
    return error;
}

QString TextCodec::describeCharacter(char32_t ch)
{
    const QString code = QLatin1String("U+") + QString::number(uint(ch), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    switch (ch) {
    case U'\t': return tr("%1 (tab)").arg(code);
    case U'\n': return tr("%1 (line feed)").arg(code);
    case U'\r': return tr("%1 (carriage return)").arg(code);
    case U' ': return tr("%1 (space)").arg(code);
    case 0: return tr("%1 (NUL)").arg(code);
    default: break;
    }
    if (QChar::isPrint(ch) && !QChar::isSpace(ch))
        return tr("'%1' (%2)").arg(QString::fromUcs4(&ch, 1), code);
    return tr("%1 (an invisible character)").arg(code);
}

char32_t TextCodec::codePointAt(QStringView text, qsizetype index)
{
    const QChar ch = text[index];
    if (ch.isHighSurrogate() && index + 1 < text.size() && text[index + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(ch, text[index + 1]);
    return ch.unicode();
}

QByteArray TextCodec::toUtf8Exact(QStringView text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLatin1(); // one byte per character, allocated exactly
    const QByteArray utf8 = text.toUtf8();
    return QByteArray(utf8.constData(), utf8.size()); // the same bytes, without the spare room
}
