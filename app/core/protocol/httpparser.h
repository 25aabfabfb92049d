#pragma once

#include "core/protocol/httpmessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Incremental HTTP/1.x parser for the two heads of a WebSocket opening handshake (RFC 6455 §4)
// and the body of a refused upgrade. A value type: feed it any split of the byte stream and the
// result is the same (every decision is taken at a fixed byte of the input, never at a chunk edge).
//
// Decisions worth knowing:
// - A bare LF ends a line like CRLF does (RFC 9112 §2.2 allows a recipient to accept it; servers in
//   the wild send it and a test tool should show their response, not refuse it). A CR that is not
//   immediately followed by LF is an error (RFC 9112 §2.2: a bare CR must not be treated as a line end).
// - obs-fold (a field line starting with SP/HTAB) is rejected, as RFC 9112 §5.2 allows.
// - A request ends after its head unless Content-Length or chunked says otherwise (RFC 9112 §6.3
//   item 7); a 1xx (including 101), 204 or 304 response ends after its head; any other response
//   reads a chunked body, a Content-Length body, or everything until finish() (RFC 9112 §6.3).
// - Content-Length and chunk sizes are only counted down, never reserved: a declared 10^15 bytes
//   costs nothing until bytes really arrive, and at most maxBodyKept of them are stored.
class HttpParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpParser)

public:
    enum class Kind { Request, Response };
    enum class State { Head, Body, Complete, Error };

    explicit HttpParser(Kind kind);

    // Largest head (start line + fields + empty line) accepted; also bounds a chunked trailer section.
    void setMaxHeadSize(qsizetype bytes);
    // Body bytes stored in message().body; the rest is only counted in bodyBytesDropped.
    void setMaxBodyKept(qsizetype bytes);

    // Consumes bytes until the message is Complete (the caller hands the rest, e.g. WebSocket
    // frames after a 101, to someone else) or an error is found (the offending byte is the last
    // one consumed). Returns how many bytes were consumed; 0 once Complete or Error.
    qsizetype feed(QByteArrayView bytes);
    // The connection closed: completes a body delimited by the close; anything else unfinished
    // becomes an Error.
    void finish();

    State state() const { return m_state; }
    bool isHeadComplete() const { return m_headComplete; }
    const HttpMessage &message() const { return m_message; }
    // Fields of a chunked body's trailer section (RFC 9112 §7.1.2), wire order; not merged into
    // the head's headers (RFC 9110 §6.5.1).
    const QList<HttpMessage::Header> &trailers() const { return m_trailers; }
    // Empty unless state() is Error.
    QString errorString() const { return m_errorString; }
    // Bytes consumed so far over all feed() calls.
    qint64 bytesConsumed() const { return m_offset; }

private:
    enum class BodyMode { None, Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailer };

    qsizetype feedHead(QByteArrayView bytes);
    qsizetype feedBody(QByteArrayView bytes);
    qsizetype feedChunked(QByteArrayView bytes);
    // Adds byte `c` (at stream offset `at`) to m_line; true when it ended the line.
    // A CR not followed by LF sets the error (check state()).
    bool takeLineByte(char c, qint64 at);

    bool checkLineCharacters(const QByteArray &line, const QString &where);
    bool parseStartLine(const QByteArray &line);
    bool parseRequestLine(const QByteArray &line);
    bool parseStatusLine(const QByteArray &line);
    bool parseVersion(QByteArrayView version);
    // `where` names the line in messages ("Line 3", "The trailer line at byte offset 120").
    bool parseFieldLine(const QByteArray &line, QList<HttpMessage::Header> *into, const QString &where);
    bool finishHead();
    bool chooseBodyMode();
    bool parseChunkSizeLine(const QByteArray &line, qint64 lineStart);
    void keepBody(QByteArrayView bytes);
    void complete();
    void fail(const QString &message);

    Kind m_kind;
    State m_state = State::Head;
    bool m_headComplete = false;
    qsizetype m_maxHeadSize = 64 * 1024;
    qsizetype m_maxBodyKept = 64 * 1024;

    HttpMessage m_message;
    QList<HttpMessage::Header> m_trailers;
    QString m_errorString;

    qint64 m_offset = 0;         // absolute offset of the next byte in the stream
    QByteArray m_line;           // the line being collected, without its terminator
    bool m_pendingCr = false;    // the previous byte was a CR; only LF may follow
    int m_lineNumber = 0;        // lines completed so far in the head (1-based when reported)
    qint64 m_lineStart = 0;      // offset of the current line's first byte

    BodyMode m_bodyMode = BodyMode::None;
    qint64 m_remaining = 0;      // body bytes left (Length) or chunk bytes left (Chunked)
    ChunkStep m_chunkStep = ChunkStep::Size;
    qsizetype m_trailerSize = 0;
};
