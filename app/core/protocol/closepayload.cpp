#include "core/protocol/closepayload.h"

#include "core/codecs/textcodec.h"
#include "core/protocol/closecodes.h"

ClosePayload ClosePayload::parse(QByteArrayView payload)
{
    ClosePayload result;
    if (payload.isEmpty())
        return result; // §7.1.5: no status code; 1005 stands for that
    const auto fail = [&result](quint16 violation, const QString &message) {
        result.valid = false;
        result.violationCode = violation;
        result.error = message;
        return result;
    };
    if (payload.size() == 1) {
        // §5.5.1: a body, if present, starts with a 2-byte code; one byte cannot be one.
        return fail(CloseCodes::ProtocolError,
                    tr("The Close frame carries 1 byte (0x%1); a status code needs 2 bytes (RFC 6455, section 5.5.1).")
                            .arg(QString::number(quint8(payload[0]), 16).toUpper().rightJustified(2, QLatin1Char('0'))));
    }

    result.code = quint16((quint8(payload[0]) << 8) | quint8(payload[1]));
    const QByteArrayView reasonBytes = payload.sliced(2);
    result.reason = QString::fromUtf8(reasonBytes);

    if (payload.size() > MaxPayloadSize) {
        return fail(CloseCodes::ProtocolError,
                    tr("The Close frame carries %1 bytes; control frames carry at most %2 (RFC 6455, section 5.5).")
                            .arg(payload.size())
                            .arg(MaxPayloadSize));
    }
    if (!CloseCodes::mayAppearOnWire(result.code)) {
        return fail(CloseCodes::ProtocolError,
                    tr("The Close frame carries code %1, which may not appear in a Close frame. %2")
                            .arg(result.code)
                            .arg(CloseCodes::whyNotSendable(result.code)));
    }
    if (const std::optional<CodecError> bad = TextCodec::validateUtf8(reasonBytes)) {
        // §8.1 / §7.1.6: the reason is UTF-8; an endpoint that receives invalid UTF-8 fails with 1007.
        return fail(CloseCodes::InvalidFramePayloadData,
                    tr("The close reason is not valid UTF-8. %1").arg(bad->message));
    }
    return result;
}

std::optional<QByteArray> ClosePayload::build(quint16 code, const QString &reason, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const QString why = CloseCodes::checkOutgoing(code, reason); !why.isEmpty())
        return fail(why);
    const QByteArray utf8 = reason.toUtf8();
    QByteArray payload;
    payload.reserve(2 + utf8.size());
    payload.append(char(code >> 8));
    payload.append(char(code & 0xFF));
    payload.append(utf8);
    return payload;
}
