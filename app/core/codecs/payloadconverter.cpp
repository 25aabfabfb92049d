#include "core/codecs/payloadconverter.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/rules/textrules.h"

namespace {

bool isTextFormat(PayloadConverter::Format format)
{
    return format == PayloadConverter::Format::Text || format == PayloadConverter::Format::Json;
}

// A C0 control other than tab and line feed: QPlainTextEdit turns CR into a line break, drops
// or shows the others in ways that do not survive a round trip, so the bytes would change.
qsizetype firstUnkeptControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = quint8(bytes.at(i));
        if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F)
            return i;
    }
    return -1;
}

} // namespace

QString PayloadConverter::formatName(Format format)
{
    switch (format) {
    case Format::Text:
        return tr("text");
    case Format::Json:
        return tr("JSON");
    case Format::Hex:
        return tr("hex");
    case Format::Base64:
        return tr("Base64");
    }
    return {};
}

std::optional<QByteArray> PayloadConverter::bytesOf(const QString &input, Format format, QString *error)
{
    CodecError codecError;
    switch (format) {
    case Format::Text:
    case Format::Json:
        if (const QString why = TextRules::checkEncodableAsUtf8(input); !why.isEmpty()) {
            *error = why;
            return std::nullopt;
        }
        return input.toUtf8();
    case Format::Hex:
        if (std::optional<QByteArray> bytes = HexCodec::decode(input, &codecError))
            return bytes;
        break;
    case Format::Base64:
        if (std::optional<QByteArray> bytes = Base64Codec::decode(input, &codecError))
            return bytes;
        break;
    }
    *error = codecError.message;
    return std::nullopt;
}

PayloadConverter::Result PayloadConverter::convert(const QString &input, Format from, Format to)
{
    Result result;
    if (from == to || (isTextFormat(from) && isTextFormat(to))) {
        // Text and JSON are the same UTF-8: nothing to convert (JSON validation says the rest).
        result.ok = true;
        result.text = input;
        return result;
    }
    QString why;
    const std::optional<QByteArray> bytes = bytesOf(input, from, &why);
    if (!bytes) {
        result.error = tr("The %1 cannot be converted to %2: %3").arg(formatName(from), formatName(to), why);
        return result;
    }
    switch (to) {
    case Format::Hex:
        result.text = HexCodec::encode(*bytes);
        break;
    case Format::Base64:
        result.text = Base64Codec::encode(*bytes);
        break;
    case Format::Text:
    case Format::Json:
        if (const std::optional<CodecError> invalid = TextCodec::validateUtf8(*bytes)) {
            result.error = to == Format::Json
                    ? tr("The bytes are not valid UTF-8, so they cannot become JSON text without changing: %1")
                              .arg(invalid->message)
                    : tr("The bytes are not valid UTF-8, so they cannot become text without changing: %1")
                              .arg(invalid->message);
            return result;
        }
        if (const qsizetype at = firstUnkeptControl(*bytes); at >= 0) {
            result.error = tr("Byte %1 is the control character 0x%2, which the editor cannot keep as typed; "
                              "stay in hex or Base64 to send these bytes.")
                                   .arg(at)
                                   .arg(quint8(bytes->at(at)), 2, 16, QLatin1Char('0'));
            return result;
        }
        result.text = QString::fromUtf8(*bytes);
        break;
    }
    result.ok = true;
    return result;
}
