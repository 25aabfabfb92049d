#pragma once

#include "core/log/event.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QIODevice;

// The JSONL log format of wsscope-cli and "Export as JSONL": one compact JSON object per line.
// The field names and values are a contract with users' scripts (issue 3); change them only
// by adding fields.
//   every line: seq, time (ISO-8601 UTC with ms), event, dir (out|in, where it applies)
//   frame:              opcode, length, payload, and when the header was seen (tap on): fin, rsv,
//                       masked, mask_key (hex, only if masked), header (the exact header bytes as
//                       hex; null with the tap off); ends_message (the last frame of a data
//                       message), message_opcode / message_frames / message_length (the last frame
//                       of a fragmented message), rtt_ms (a pong answering our ping),
//                       tap_written (a fragment of a file the tap sent itself),
//                       injected / legal / verdict / expected_close (a frame the tap wrote on the
//                       user's request, with its RFC 6455 verdict and the close code a strict
//                       server answers it with), pong_policy: withheld | delayed (+ delay_ms) for a
//                       pong of QWebSocket's the tap kept back
//   handshake_request:  method, target, headers [[name, value], ...] in wire order
//   handshake_response: status (0 when the reply was not HTTP), reason, headers, body (if any),
//                       accept_expected, accept_received (if any), accept_valid,
//                       problems (if any: every failed check, or why the reply was not HTTP)
//   close:              code, code_name (English, never translated), reason, initiator (client|server|none), clean,
//                       clean_known: false (only then present) when nothing saw whether the closing
//                       handshake completed (tap off); clean is then false but not a fact
//   error:              category (usage|dns|network|proxy|tls|handshake|protocol|timeout|tap|internal), message
//   state:              state (idle|connecting|handshaking|open|closing|closed), message (if any)
//   info:               message
//   expectation:        expected, actual, met (a scripted check on the server's reaction)
//   tls:                protocol, cipher, chain, errors
//   close, handshake_request, handshake_response, tls: note (if any: WsScope's translated
//                       explanation, e.g. why a close was not clean or that a request was rebuilt)
// Payloads (and bodies) are text when they are valid UTF-8, else base64 with
// "encoding": "base64" ("body_encoding" for bodies). Binary frames and messages are always
// base64: their bytes are data, not text, even when they happen to decode.
class JsonlExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlExporter)

public:
    // Writes to `device` (not owned; it must outlive the exporter and be open for writing).
    explicit JsonlExporter(QIODevice *device);

    // Appends one line. Returns false with *error set when the device refuses the bytes.
    bool write(const Event &event, QString *error = nullptr);
    // Events written so far.
    quint64 count() const { return m_count; }

    static QJsonObject toJson(const Event &event);
    // toJson() as one compact line, newline included.
    static QByteArray toLine(const Event &event);
    // The same line appended to `out` (a writer reuses one buffer for many lines).
    static void appendLine(const Event &event, QByteArray &out);

    // "2026-11-27T14:00:01.002Z"
    static QString isoTime(qint64 wallMs);
    // The untranslated initiator token of close events; the other tokens of the schema come from
    // EventFormatter (eventToken(), stateToken(), errorCategoryToken()).
    static QString initiatorToken(CloseInitiator initiator);

private:
    QIODevice *m_device;
    quint64 m_count = 0;
};
