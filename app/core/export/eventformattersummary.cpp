// EventFormatter: the summary and search text of an event, its error verdict, payload previews and the tap's marks.
#include "core/export/eventformatter.h"

#include "core/codecs/jsoncodec.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/utf8validator.h"
#include "core/rules/displaytext.h"

#include <QLocale>
#include <QStringBuilder>

#include <algorithm>

namespace {

const QChar Ellipsis(0x2026);

// A preview never needs more than this many payload bytes: maxChars characters of UTF-8 take at
// most 4 bytes each, so a multi-megabyte payload is never decoded just to show one line.
qsizetype previewBytes(int maxChars)
{
    return qsizetype(maxChars) * 4 + 4;
}

bool startsAsText(QByteArrayView bytes)
{
    Utf8Validator validator;
    validator.feed(bytes);
    return validator.isValid();
}

QString httpTargetLine(const HttpMessage &http)
{
    return QString::fromLatin1(http.method) % QLatin1Char(' ') % QString::fromUtf8(http.target);
}

// A payload's first line when it starts as UTF-8 text, else its hex preview. Only a prefix is
// checked, and it may end inside a character (or a fragment may): an open sequence at the end is
// fine, a wrong byte is not.
QString textOrHex(const QByteArray &payload, int maxChars)
{
    if (startsAsText(payload.left(previewBytes(maxChars))))
        return EventFormatter::firstLine(payload, maxChars);
    return EventFormatter::hexPreview(payload);
}

// A text message: a JSON object or array as its compact one-line form (a pretty-printed payload
// would otherwise show as "{…"), anything else as textOrHex().
QString textSummary(const QByteArray &payload, int maxChars)
{
    // Without whitespace in what a summary shows, the compact form is that text itself (or the
    // text is not JSON): no need to tokenize it. Most machine-written JSON takes this path.
    const QByteArrayView head = QByteArrayView(payload).first(qMin(payload.size(), previewBytes(maxChars)));
    if (std::none_of(head.begin(), head.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
        return textOrHex(payload, maxChars);
    bool cut = false;
    if (const std::optional<QByteArray> compact = JsonCodec::compactPreview(payload, previewBytes(maxChars), &cut)) {
        QString line = EventFormatter::firstLine(*compact, maxChars);
        if (cut && !line.endsWith(Ellipsis))
            line += Ellipsis;
        return line;
    }
    return textOrHex(payload, maxChars);
}

} // namespace

QString EventFormatter::summary(const Event &event, int maxChars)
{
    const EventDetail *detail = event.detail.data();
    switch (event.kind) {
    case EventKind::State: {
        const QString name = stateName(detail ? detail->state : SessionState::Idle);
        if (detail && !detail->text.isEmpty())
            return name % QStringLiteral(" — ") % firstLine(detail->text.toUtf8(), maxChars);
        return name;
    }
    case EventKind::HandshakeRequest:
        return detail ? httpTargetLine(detail->http) : QString();
    case EventKind::HandshakeResponse: {
        if (!detail)
            return QString();
        if (detail->http.statusCode == 0) {
            // The tap logs bytes that were not an HTTP response at all with the parser's verdict.
            if (!detail->handshakeProblems.isEmpty())
                return tr("Not an HTTP response: %1").arg(firstLine(detail->handshakeProblems.first().toUtf8(), maxChars));
            return tr("no response");
        }
        QString line = QString::number(detail->http.statusCode) % QLatin1Char(' ')
                % QString::fromLatin1(detail->http.reasonPhrase);
        if (detail->http.statusCode == HttpMessage::SwitchingProtocols) {
            // The check every client must make (RFC 6455 §4.1, item 4 of the response checks).
            line += detail->acceptValid ? tr(" ✓ Accept") : tr(" ✗ Accept");
            if (!detail->handshakeProblems.isEmpty())
                line += QStringLiteral(" — ") % detail->handshakeProblems.first();
        } else if (!detail->http.body.isEmpty()) {
            line += QStringLiteral(" — ") % firstLine(detail->http.body, maxChars);
        }
        return line;
    }
    case EventKind::Frame:
        if (const QString mark = tapMark(event); !mark.isEmpty()) {
            const Event plain = withoutTapMark(event);
            const QString rest = summary(plain, maxChars);
            const QString marked = QStringLiteral("[") % mark % QStringLiteral("]");
            return rest.isEmpty() ? marked : QString(marked % QLatin1Char(' ') % rest);
        }
        switch (event.frame.opcode) {
        case FrameHeader::Close:
            return closePayloadSummary(event.payload);
        case FrameHeader::Binary:
            return hexPreview(event.payload);
        case FrameHeader::Pong: {
            QString line;
            if (detail && detail->rttUs >= 0)
                line = tr("RTT %1 ms").arg(QLocale::c().toString(double(detail->rttUs) / 1000.0, 'f', 3));
            if (!event.payload.isEmpty()) {
                const QString payload = textOrHex(event.payload, maxChars);
                line = line.isEmpty() ? payload : line % QStringLiteral(" · ") % payload;
            }
            return line;
        }
        case FrameHeader::Continuation:
            if (detail && detail->frameCount > 1) {
                // The last fragment: the row speaks for the whole message (RFC 6455 §5.4).
                const QString whole = tr("%1 message of %n frame(s), %2 bytes", nullptr, detail->frameCount)
                                              .arg(FrameHeader::opcodeName(detail->messageOpcode))
                                              .arg(detail->messageLength >= 0 ? detail->messageLength : detail->message.size());
                const QString preview = detail->messageOpcode == FrameHeader::Binary
                        ? hexPreview(detail->message)
                        : textSummary(detail->message, maxChars);
                return preview.isEmpty() ? whole : whole % QStringLiteral(": ") % preview;
            }
            return textOrHex(event.payload, maxChars);
        case FrameHeader::Text:
            return textSummary(event.payload, maxChars);
        case FrameHeader::Ping:
        default:
            return textOrHex(event.payload, maxChars);
        }
    case EventKind::Close: {
        if (!detail)
            return closePayloadSummary(event.payload);
        // Worded as the connection's end ("Connection closed · 1000 Normal closure · by the
        // client · clean"), so it does not read like one more Close frame.
        QStringList parts;
        QString code = QString::number(detail->closeCode) % QLatin1Char(' ') % CloseCodes::name(detail->closeCode);
        if (!detail->closeReason.isEmpty())
            code += QStringLiteral(": ") % firstLine(detail->closeReason.toUtf8(), maxChars);
        parts << code;
        switch (detail->closeInitiator) {
        case CloseInitiator::Client: parts << tr("by the client"); break;
        case CloseInitiator::Server: parts << tr("by the server"); break;
        case CloseInitiator::None: break;
        }
        if (!detail->closeCleanKnown)
            parts << tr("clean unknown (tap off)");
        else
            parts << (detail->closeClean ? tr("clean") : tr("not clean"));
        return tr("Connection closed · %1").arg(parts.join(QStringLiteral(" · ")));
    }
    case EventKind::Error:
    case EventKind::Info:
        return detail ? firstLine(detail->text.toUtf8(), maxChars) : QString();
    case EventKind::Expectation:
        if (!detail)
            return QString();
        return (detail->expectationMet ? tr("met: expected %1; %2") : tr("FAILED: expected %1; %2"))
                .arg(detail->text, detail->expectationActual);
    case EventKind::Tls: {
        if (!detail)
            return QString();
        QStringList parts;
        if (!detail->tlsProtocol.isEmpty())
            parts << detail->tlsProtocol;
        if (!detail->tlsCipher.isEmpty())
            parts << detail->tlsCipher;
        if (!detail->tlsChain.isEmpty())
            parts << tr("%n certificate(s)", nullptr, int(detail->tlsChain.size()));
        if (!detail->tlsErrors.isEmpty())
            parts << tr("%n error(s): %1", nullptr, int(detail->tlsErrors.size())).arg(detail->tlsErrors.first());
        return parts.join(QStringLiteral(" · "));
    }
    }
    return QString();
}

QString EventFormatter::searchText(const Event &event)
{
    const EventDetail *detail = event.detail.data();
    if (event.kind == EventKind::Frame) {
        // The summary of a data payload is its first line or its hex preview: the whole text
        // covers the former, so the summary is only built when it says something else (close
        // codes, RTTs, hex, a reassembled message). This keeps a search over a million rows cheap.
        const quint8 opcode = event.frame.opcode;
        const bool plain = opcode != FrameHeader::Binary && opcode != FrameHeader::Close && opcode != FrameHeader::Pong
                && !(detail && detail->frameCount > 1);
        if (plain && startsAsText(event.payload))
            return searchTypeName(event) % QLatin1Char('\n') % QString::fromUtf8(event.payload);
        if (detail && detail->frameCount > 1 && detail->messageOpcode != FrameHeader::Binary
            && startsAsText(detail->message))
            return searchTypeName(event) % QLatin1Char('\n') % summary(event, DefaultSummaryChars) % QLatin1Char('\n')
                    % QString::fromUtf8(detail->message);
        return searchTypeName(event) % QLatin1Char('\n') % summary(event, DefaultSummaryChars);
    }
    QString text = typeName(event) % QLatin1Char('\n') % summary(event, DefaultSummaryChars);
    switch (event.kind) {
    case EventKind::HandshakeRequest:
    case EventKind::HandshakeResponse:
        if (detail)
            text += QLatin1Char('\n') % QString::fromUtf8(detail->http.rawHead) % QString::fromUtf8(detail->http.body);
        break;
    case EventKind::Error:
    case EventKind::Info:
    case EventKind::State:
        if (detail)
            text += QLatin1Char('\n') % detail->text;
        break;
    case EventKind::Tls:
        if (detail)
            text += QLatin1Char('\n') % detail->tlsChain.join(QLatin1Char('\n')) % QLatin1Char('\n')
                    % detail->tlsErrors.join(QLatin1Char('\n'));
        break;
    default:
        break;
    }
    return text;
}

bool EventFormatter::isError(const Event &event)
{
    const EventDetail *detail = event.detail.data();
    switch (event.kind) {
    case EventKind::Error:
        return true;
    case EventKind::HandshakeResponse:
        return detail
                && (detail->http.statusCode != HttpMessage::SwitchingProtocols || !detail->acceptValid || !detail->handshakeProblems.isEmpty());
    case EventKind::Close:
        return detail && detail->closeCleanKnown && !detail->closeClean;
    case EventKind::Tls:
        return detail && !detail->tlsErrors.isEmpty();
    case EventKind::Expectation:
        return detail && !detail->expectationMet;
    default:
        return false;
    }
}

QString EventFormatter::hexPreview(QByteArrayView bytes, int maxBytes)
{
    if (bytes.isEmpty())
        return QString();
    const qsizetype shown = qMin<qsizetype>(bytes.size(), qMax(maxBytes, 1));
    QString text = QString::fromLatin1(bytes.first(shown).toByteArray().toHex(' '));
    if (shown < bytes.size())
        text += QLatin1Char(' ') % Ellipsis;
    return text;
}

QString EventFormatter::firstLine(QByteArrayView bytes, int maxChars)
{
    const QByteArrayView head = bytes.first(qMin(bytes.size(), previewBytes(maxChars)));
    QString line = QString::fromUtf8(head);
    bool cut = head.size() < bytes.size();
    const qsizetype newline = line.indexOf(QLatin1Char('\n'));
    if (newline >= 0) {
        cut = cut || newline + 1 < line.size();
        line.truncate(newline);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (line.size() > maxChars) {
        // Never split a surrogate pair.
        qsizetype keep = maxChars;
        if (keep > 0 && line.at(keep - 1).isHighSurrogate())
            --keep;
        line.truncate(keep);
        cut = true;
    }
    // Control characters and bidirectional overrides would break (or rewrite) a one-line cell or
    // terminal line.
    line = DisplayText::oneLine(std::move(line));
    if (cut)
        line += Ellipsis;
    return line;
}

bool EventFormatter::isValidUtf8(QByteArrayView bytes)
{
    return Utf8Validator::firstInvalidOffset(bytes) < 0;
}

QString EventFormatter::closePayloadSummary(QByteArrayView payload)
{
    // RFC 6455 §5.5.1: an optional 2-byte code, then a UTF-8 reason.
    if (payload.isEmpty())
        return tr("no status code");
    if (payload.size() == 1)
        return tr("malformed close payload (1 byte)");
    const quint16 code = quint16((quint8(payload[0]) << 8) | quint8(payload[1]));
    QString line = QString::number(code) % QLatin1Char(' ') % CloseCodes::name(code);
    if (payload.size() > 2)
        line += QStringLiteral(": ") % firstLine(payload.sliced(2));
    return line;
}

QString EventFormatter::tapMark(const Event &event)
{
    if (event.kind != EventKind::Frame)
        return QString();
    const quint8 flags = event.frame.flags;
    if (flags & FrameFields::Injected) {
        const EventDetail *detail = event.detail.data();
        if (detail && detail->closeCode != 0)
            return tr("injected, a violation: %1 expected").arg(detail->closeCode);
        return tr("injected");
    }
    if (flags & FrameFields::Withheld)
        return tr("withheld");
    if (flags & FrameFields::Delayed)
        return tr("delayed %1 ms").arg(event.detail ? event.detail->delayMs : 0);
    return QString();
}

Event EventFormatter::withoutTapMark(const Event &event)
{
    Event plain = event;
    plain.frame.flags &= quint8(~(FrameFields::Injected | FrameFields::Withheld | FrameFields::Delayed));
    return plain;
}
