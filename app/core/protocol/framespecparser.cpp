#include "core/protocol/framespecparser.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"

#include <QFile>
#include <QList>
#include <QSet>

namespace {

constexpr quint8 MaxOpcode = 0xF;
constexpr int MaskKeyHexDigits = 8;

struct Field
{
    QString name;
    QString value;
};

bool fail(FrameSpecParser::Error *error, const QString &field, const QString &message)
{
    if (error)
        *error = FrameSpecParser::Error{field, message};
    return false;
}

} // namespace

std::optional<quint8> FrameSpecParser::parseOpcode(QStringView text)
{
    for (quint8 opcode = 0; opcode <= MaxOpcode; ++opcode) {
        if (text.compare(FrameHeader::opcodeName(opcode), Qt::CaseInsensitive) == 0)
            return opcode;
    }
    bool ok = false;
    const uint value = text.startsWith(u"0x", Qt::CaseInsensitive) ? text.mid(2).toUInt(&ok, 16) : text.toUInt(&ok, 10);
    if (!ok || value > MaxOpcode)
        return std::nullopt;
    return quint8(value);
}

std::optional<FrameSpec> FrameSpecParser::parse(QStringView text, Error *error, Files files)
{
    // Split into name=value fields; a value may be quoted.
    QList<Field> fields;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && text.at(i) != u'=' && !text.at(i).isSpace())
            ++i;
        const QString name = text.sliced(start, i - start).toString();
        if (i >= n || text.at(i) != u'=') {
            fail(error, name, tr("%1: a field is written name=value (e.g. opcode=text).").arg(name));
            return std::nullopt;
        }
        ++i; // '='
        QString value;
        if (i < n && text.at(i) == u'"') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == u'"') {
                    closed = true;
                    break;
                }
                if (c == u'\\' && i < n)
                    value += text.at(i++);
                else
                    value += c;
            }
            if (!closed) {
                fail(error, name, tr("%1: the quoted value has no closing \".").arg(name));
                return std::nullopt;
            }
            if (i < n && !text.at(i).isSpace()) {
                fail(error, name, tr("%1: put a space after the closing \".").arg(name));
                return std::nullopt;
            }
        } else {
            const qsizetype valueStart = i;
            while (i < n && !text.at(i).isSpace())
                ++i;
            value = text.sliced(valueStart, i - valueStart).toString();
        }
        fields.append(Field{name, value});
    }

    FrameSpec spec;
    QSet<QString> seen;
    bool payloadGiven = false;
    bool keyGiven = false;
    std::optional<bool> maskGiven;
    const auto bit = [&](const Field &f, bool *target) {
        if (f.value == u"1" || f.value == u"0") {
            *target = f.value == u"1";
            return true;
        }
        return fail(error, f.name, tr("%1 is 0 or 1, not \"%2\".").arg(f.name, f.value));
    };
    for (const Field &f : std::as_const(fields)) {
        if (seen.contains(f.name)) {
            fail(error, f.name, tr("%1 is given twice.").arg(f.name));
            return std::nullopt;
        }
        seen.insert(f.name);
        const bool isPayload = f.name.startsWith(u"payload");
        if (isPayload && payloadGiven) {
            fail(error, f.name, tr("%1: give one payload only (payload, payload-hex, payload-base64 or payload-file).").arg(f.name));
            return std::nullopt;
        }
        bool ok = true;
        if (f.name == u"fin") {
            ok = bit(f, &spec.fin);
        } else if (f.name == u"rsv1" || f.name == u"rsv2" || f.name == u"rsv3") {
            bool set = false;
            ok = bit(f, &set);
            const quint8 mask = quint8(4 >> (f.name.back().digitValue() - 1));
            spec.rsv = set ? (spec.rsv | mask) : (spec.rsv & ~mask);
        } else if (f.name == u"opcode") {
            const std::optional<quint8> opcode = parseOpcode(f.value);
            if (!opcode)
                ok = fail(error, f.name, tr("opcode \"%1\" is not an opcode: give continuation, text, binary, close, ping, pong or a number 0-15 (0x0-0xF).").arg(f.value));
            else
                spec.opcode = *opcode;
        } else if (f.name == u"mask") {
            if (f.value == u"on" || f.value == u"1")
                maskGiven = true;
            else if (f.value == u"off" || f.value == u"0")
                maskGiven = false;
            else
                ok = fail(error, f.name, tr("mask is on or off, not \"%1\".").arg(f.value));
        } else if (f.name == u"key") {
            QString digits = f.value;
            if (digits.startsWith(u"0x", Qt::CaseInsensitive))
                digits = digits.mid(2);
            bool hexOk = digits.size() == MaskKeyHexDigits;
            const uint key = hexOk ? digits.toUInt(&hexOk, 16) : 0;
            if (!hexOk)
                ok = fail(error, f.name, tr("key is the 4-byte masking key as 8 hex digits (e.g. key=37fa213d), not \"%1\".").arg(f.value));
            spec.maskKey = quint32(key);
            keyGiven = true;
        } else if (f.name == u"length") {
            const qsizetype slash = f.value.indexOf(u'/');
            const QString number = slash < 0 ? f.value : f.value.left(slash);
            if (!number.isEmpty()) {
                bool numberOk = false;
                const quint64 length = number.toULongLong(&numberOk);
                if (!numberOk)
                    ok = fail(error, f.name, tr("length is N, N/BITS or /BITS (BITS: 7, 16 or 64), not \"%1\".").arg(f.value));
                spec.declaredLength = length;
            }
            if (ok && slash >= 0) {
                const QString bits = f.value.mid(slash + 1);
                if (bits == u"7" || bits == u"16" || bits == u"64")
                    spec.lengthBits = quint8(bits.toUInt());
                else
                    ok = fail(error, f.name, tr("length: the encoding after / is 7, 16 or 64 bits, not \"%1\".").arg(bits));
            }
            if (ok && number.isEmpty() && slash < 0)
                ok = fail(error, f.name, tr("length is N, N/BITS or /BITS (BITS: 7, 16 or 64), not \"%1\".").arg(f.value));
        } else if (f.name == u"payload") {
            spec.payload = f.value.toUtf8();
        } else if (f.name == u"payload-hex" || f.name == u"payload-base64") {
            CodecError codecError;
            const std::optional<QByteArray> bytes = f.name == u"payload-hex" ? HexCodec::decode(f.value, &codecError)
                                                                              : Base64Codec::decode(f.value, &codecError);
            if (!bytes)
                ok = fail(error, f.name, tr("%1: %2").arg(f.name, codecError.message));
            else
                spec.payload = *bytes;
        } else if (f.name == u"payload-file") {
            QFile file(f.value);
            if (files == Files::Defer) {
                if (f.value.isEmpty())
                    ok = fail(error, f.name, tr("payload-file: give the path of a file."));
            } else if (!file.open(QIODevice::ReadOnly)) {
                ok = fail(error, f.name, tr("payload-file: cannot read \"%1\": %2").arg(f.value, file.errorString()));
            } else if (file.size() > MaxPayloadFileBytes) {
                ok = fail(error, f.name, tr("payload-file: \"%1\" has %2 bytes; a hand-made frame takes at most %3.")
                                                 .arg(f.value).arg(file.size()).arg(MaxPayloadFileBytes));
            } else {
                // Never readAll(): a device or pipe (/dev/zero, a FIFO) has size 0 and no end.
                spec.payload = file.read(MaxPayloadFileBytes + 1);
                if (file.error() != QFileDevice::NoError)
                    ok = fail(error, f.name, tr("payload-file: cannot read \"%1\": %2").arg(f.value, file.errorString()));
                else if (spec.payload.size() > MaxPayloadFileBytes)
                    ok = fail(error, f.name, tr("payload-file: \"%1\" has more than %2 bytes; a hand-made frame takes at most %2.")
                                                     .arg(f.value).arg(MaxPayloadFileBytes));
            }
        } else {
            ok = fail(error, f.name, tr("\"%1\" is not a frame field: use fin, rsv1, rsv2, rsv3, opcode, mask, key, length, payload, payload-hex, payload-base64 or payload-file.").arg(f.name));
        }
        if (!ok)
            return std::nullopt;
        payloadGiven = payloadGiven || isPayload;
    }
    if (keyGiven && maskGiven == false) {
        fail(error, QStringLiteral("key"), tr("key is given but mask=off: an unmasked frame has no masking key."));
        return std::nullopt;
    }
    spec.masked = maskGiven.value_or(true);
    // RFC 6455 §5.2: 7 bits hold 0-125, 16 bits 0-65535. Another encoding is what was asked, not
    // what would be written, so it is refused rather than silently changed.
    const quint64 length = spec.lengthOnWire();
    if ((spec.lengthBits == 7 && length > FrameHeader::MaxSevenBitLength)
        || (spec.lengthBits == 16 && length > FrameHeader::MaxSixteenBitLength)) {
        fail(error, QStringLiteral("length"), tr("length: %1 does not fit a %2-bit length.").arg(length).arg(spec.lengthBits));
        return std::nullopt;
    }
    return spec;
}
