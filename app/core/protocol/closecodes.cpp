#include "core/protocol/closecodes.h"

#include "core/rules/textrules.h"

namespace {

// RFC 6455 §7.4.2 ranges. 1000–1015 are named one by one; the rest of 1000–2999 is reserved
// for the protocol and unassigned.
constexpr quint16 FirstNamed = 1000;
constexpr quint16 LastNamed = 1015;
constexpr quint16 FirstRegistered = CloseCodes::FirstApplicationCode;
constexpr quint16 FirstPrivate = 4000;
constexpr quint16 LastPrivate = CloseCodes::LastCode;

} // namespace

const char *CloseCodes::sourceName(quint16 code)
{
    switch (code) {
    case NormalClosure: return QT_TRANSLATE_NOOP("CloseCodes", "Normal closure");
    case GoingAway: return QT_TRANSLATE_NOOP("CloseCodes", "Going away");
    case ProtocolError: return QT_TRANSLATE_NOOP("CloseCodes", "Protocol error");
    case UnsupportedData: return QT_TRANSLATE_NOOP("CloseCodes", "Unsupported data");
    case Reserved1004: return QT_TRANSLATE_NOOP("CloseCodes", "Reserved");
    case NoStatusReceived: return QT_TRANSLATE_NOOP("CloseCodes", "No status received");
    case AbnormalClosure: return QT_TRANSLATE_NOOP("CloseCodes", "Abnormal closure");
    case InvalidFramePayloadData: return QT_TRANSLATE_NOOP("CloseCodes", "Invalid frame payload data");
    case PolicyViolation: return QT_TRANSLATE_NOOP("CloseCodes", "Policy violation");
    case MessageTooBig: return QT_TRANSLATE_NOOP("CloseCodes", "Message too big");
    case MandatoryExtension: return QT_TRANSLATE_NOOP("CloseCodes", "Mandatory extension");
    case InternalError: return QT_TRANSLATE_NOOP("CloseCodes", "Internal error");
    case ServiceRestart: return QT_TRANSLATE_NOOP("CloseCodes", "Service restart");
    case TryAgainLater: return QT_TRANSLATE_NOOP("CloseCodes", "Try again later");
    case BadGateway: return QT_TRANSLATE_NOOP("CloseCodes", "Bad gateway");
    case TlsHandshake: return QT_TRANSLATE_NOOP("CloseCodes", "TLS handshake failure");
    default: break;
    }
    if (code > LastNamed && code < FirstRegistered)
        return QT_TRANSLATE_NOOP("CloseCodes", "Unassigned (reserved for the protocol)");
    if (code >= FirstRegistered && code < FirstPrivate)
        return QT_TRANSLATE_NOOP("CloseCodes", "Registered (IANA)");
    if (code >= FirstPrivate && code <= LastPrivate)
        return QT_TRANSLATE_NOOP("CloseCodes", "Private use");
    return QT_TRANSLATE_NOOP("CloseCodes", "Invalid");
}

QString CloseCodes::name(quint16 code)
{
    return tr(sourceName(code));
}

QString CloseCodes::englishName(quint16 code)
{
    return QString::fromLatin1(sourceName(code));
}

QString CloseCodes::meaning(quint16 code)
{
    switch (code) {
    case NormalClosure:
        return tr("The connection did what it was for and is being closed on purpose.");
    case GoingAway:
        return tr("The endpoint is going away, for example a server shutting down or a browser leaving the page.");
    case ProtocolError:
        return tr("The endpoint received something that breaks the WebSocket protocol.");
    case UnsupportedData:
        return tr("The endpoint received a kind of data it cannot accept, for example binary data when it only understands text.");
    case Reserved1004:
        return tr("Reserved by RFC 6455 without a meaning; it must not be sent.");
    case NoStatusReceived:
        return tr("The Close frame carried no status code; only used to report that, never sent.");
    case AbnormalClosure:
        return tr("The connection ended without a Close frame; only used to report that, never sent.");
    case InvalidFramePayloadData:
        return tr("A message held data that does not match its type, for example text that is not valid UTF-8.");
    case PolicyViolation:
        return tr("A message broke the endpoint's rules; the generic code when no more specific one fits.");
    case MessageTooBig:
        return tr("A message was too big for the endpoint to process.");
    case MandatoryExtension:
        return tr("The client needed an extension that the server did not agree to in the handshake.");
    case InternalError:
        return tr("The server ran into an unexpected problem that kept it from handling the request.");
    case ServiceRestart:
        return tr("The server is restarting; the client may reconnect after a short wait.");
    case TryAgainLater:
        return tr("The server is overloaded or busy; the client may try again later.");
    case BadGateway:
        return tr("The server, acting as a gateway or proxy, got an invalid response from the server behind it.");
    case TlsHandshake:
        return tr("The TLS handshake failed, for example because the certificate could not be verified; only used to report that, never sent.");
    default:
        break;
    }
    if (code > LastNamed && code < FirstRegistered)
        return tr("Reserved for future versions of the WebSocket protocol; nothing uses it yet.");
    if (code >= FirstRegistered && code < FirstPrivate)
        return tr("For libraries, frameworks and applications, registered with IANA.");
    if (code >= FirstPrivate && code <= LastPrivate)
        return tr("For private use, by agreement between the client and the server of one application.");
    return tr("Not a close code: codes below 1000 and above 4999 are never used.");
}

bool CloseCodes::maySend(quint16 code)
{
    // RFC 6455 §7.4.1: 1004 is reserved; 1005, 1006 and 1015 "MUST NOT be set as a status code
    // in a Close control frame by an endpoint". 1012–1014 are IANA-registered since the RFC.
    if (code >= NormalClosure && code <= UnsupportedData)
        return true;
    if (code >= InvalidFramePayloadData && code <= BadGateway)
        return true;
    return code >= FirstRegistered && code <= LastPrivate;
}

bool CloseCodes::mayAppearOnWire(quint16 code)
{
    // What a receiver accepts is exactly what a sender may send: anything else in a Close
    // frame is a protocol error (RFC 6455 §7.4.1, §7.4.2; the Autobahn suite treats it so).
    return maySend(code);
}

QString CloseCodes::whyNotSendable(quint16 code)
{
    if (maySend(code))
        return {};
    if (code == Reserved1004)
        return tr("1004 is reserved by RFC 6455 (section 7.4.1) and has no meaning; it must not be sent.");
    if (code == NoStatusReceived || code == AbnormalClosure || code == TlsHandshake)
        return tr("%1 (%2) only reports what happened locally; RFC 6455 (section 7.4.1) forbids sending it in a Close frame.")
                .arg(code)
                .arg(name(code));
    if (code > LastNamed && code < FirstRegistered)
        return tr("%1 is not assigned: codes 1016 to 2999 are reserved for future versions of the protocol (RFC 6455, section 7.4.2).")
                .arg(code);
    if (code < FirstNamed)
        return tr("%1 is not a close code: codes below 1000 are never used (RFC 6455, section 7.4.2).").arg(code);
    return tr("%1 is not a close code: the highest close code is 4999 (RFC 6455, section 7.4.2).").arg(code);
}

QString CloseCodes::checkOutgoing(quint16 code, const QString &reason)
{
    if (!maySend(code))
        return whyNotSendable(code);
    // QString::toUtf8() would silently replace a lone surrogate; say so instead.
    if (const QString why = TextRules::checkEncodableAsUtf8(reason); !why.isEmpty())
        return tr("The close reason cannot be written as UTF-8. %1").arg(why);
    const qsizetype bytes = reason.toUtf8().size();
    if (bytes > MaxReasonBytes) {
        return tr("The reason is %1 bytes in UTF-8, %2 over the limit: a Close frame has room for at most %3 "
                  "(125 bytes minus the 2-byte code, RFC 6455 section 5.5).")
                .arg(bytes)
                .arg(bytes - MaxReasonBytes)
                .arg(MaxReasonBytes);
    }
    return {};
}

QString CloseCodes::label(quint16 code)
{
    return tr("%1 (%2)").arg(code).arg(name(code));
}

QList<CloseCodes::Entry> CloseCodes::sendableNamed()
{
    QList<Entry> entries;
    for (quint16 code = FirstNamed; code <= LastNamed; ++code) {
        if (maySend(code))
            entries.append(Entry{code, name(code), meaning(code)});
    }
    return entries;
}
