#pragma once

#include "core/log/event.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Human-readable strings for one log event: the columns of the frame log (time, direction,
// type, length, summary) and the text line of wsscope-cli. Lives in core so the CLI (which links
// core only) and the item models share one wording. Everything is computed on demand from the
// thin Event record (docs/ARCHITECTURE.md).
class EventFormatter
{
    Q_DECLARE_TR_FUNCTIONS(EventFormatter)

public:
    // Summaries are cut to this many characters; the full payload is in the detail views.
    static constexpr int DefaultSummaryChars = 200;
    // Binary payloads are previewed as hex of at most this many bytes.
    static constexpr int HexPreviewBytes = 16;

    // "14:00:01.002" in local time.
    static QString absoluteTime(qint64 wallMs);
    // "+1.250" (seconds with ms) since `originMs`; negative deltas keep their sign.
    static QString relativeTime(qint64 wallMs, qint64 originMs);

    // "↑" sent (the handshake request too), "↓" received (the response too), "⇄" events without a
    // direction and the Close record (the end of a connection, not a frame).
    static QString arrow(const Event &event);
    // "Sent", "Received", "Handshake, sent", "Handshake, received", "" (for tooltips and the text
    // output; "" also for the Close record).
    static QString directionName(const Event &event);

    // text, binary, continuation, ping, pong, close, handshake, error, state, tls, info (each
    // translated), reserved-0xN; "closed" for the Close record.
    static QString typeName(const Event &event);
    // typeName() and, for a frame whose translated name differs, its RFC 6455 opcode name too
    // ("텍스트 text"): what a search looks through.
    static QString searchTypeName(const Event &event);

    // The event's kind as a stable token, the JSONL "event" value: state, handshake_request,
    // handshake_response, frame, close, error, tls, info.
    static QString eventToken(EventKind kind);

    // The byte count shown in the Length column, or -1 when the event has none.
    static qint64 displayLength(const Event &event);

    // One line: the payload's first line (cut to maxChars), a JSON object or array text message
    // in its compact form (JsonCodec::compactPreview), a hex preview for binary data,
    // "1000 Normal closure: bye" for Close frames, "Connection closed · 1000 Normal closure · by
    // the client · clean" for the Close record, "RTT 1.234 ms" for pongs, "GET /path" and
    // "101 Switching Protocols ✓ Accept" for the handshake ("Not an HTTP response: <why>" when
    // the server answered with something else), the message of errors.
    static QString summary(const Event &event, int maxChars = DefaultSummaryChars);

    // Everything a search in the log looks at: type, summary, the whole text payload, the
    // handshake head and body.
    static QString searchText(const Event &event);

    // A failure worth a red row: error events, a refused or invalid handshake response, a close
    // that was not clean.
    static bool isError(const Event &event);


    // Translated session state name ("Open").
    static QString stateName(SessionState state);
    // The same state as a stable, untranslated token ("open") for JSONL and scripts.
    static QString stateToken(SessionState state);
    // Translated error category name ("Network").
    static QString errorCategoryName(ErrorCategory category);
    // The same category as a stable, untranslated token ("network", "handshake", "protocol").
    static QString errorCategoryToken(ErrorCategory category);

    // "48 65 6c 6c 6f …" for at most maxBytes bytes, with an ellipsis when cut.
    static QString hexPreview(QByteArrayView bytes, int maxBytes = HexPreviewBytes);
    // The first line of `bytes` decoded as UTF-8 (invalid sequences replaced), cut to maxChars
    // with an ellipsis; "…" is appended too when more lines follow.
    static QString firstLine(QByteArrayView bytes, int maxChars = DefaultSummaryChars);
    // Whether the bytes are well-formed UTF-8 (RFC 3629).
    static bool isValidUtf8(QByteArrayView bytes);
    // Close frame payload (RFC 6455 §5.5.1): "1000 Normal closure: reason", "no status code".
    static QString closePayloadSummary(QByteArrayView payload);

    // "── Connection 2 · 12:00:01.002 ──": the separator a view shows for the State event that
    // starts connection attempt `attempt` (1-based) in one tab.
    static QString attemptSeparator(int attempt, const Event &event);

    // The text line wsscope-cli prints: "14:00:01.002 ↑ text 5 hello".
    static QString textLine(const Event &event);
private:
    static Event withoutTapMark(const Event &event);
public:
    // What the tap did to a frame beyond relaying it: "injected" (with the close code its verdict
    // expects), "withheld", "delayed N ms"; empty for a frame that crossed as QWebSocket wrote it.
    // The summary starts with it in brackets, so no row pretends QWebSocket sent such a frame.
    static QString tapMark(const Event &event);
};
