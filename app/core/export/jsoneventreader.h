#pragma once

#include "core/log/event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>

// Reads events back from the JSON objects JsonlExporter writes (its schema is in
// jsonlexporter.h): the lines of a WsScope JSONL file and the `_wsscopeEvents` of a WsScope HAR.
// One reader per file, fed the objects in order, because some facts of an event are not in its
// own line but follow from the lines before it:
// - a Close record's "attempt reached Open" (LogRules::isRow) from the State lines of its attempt,
//   and its first Close frame (header fields and payload) from the frame lines;
// - a fragmented message's whole payload (EventDetail::message) from its frames' payloads;
// - a handshake's raw head, rebuilt from its request or status line and headers (the JSONL
//   line keeps the headers, not the bytes).
// Unknown fields are ignored (the schema only grows); a missing or malformed field is an error
// that names it.
class JsonEventReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonEventReader)

public:
    // Fills *event from `object`. False with one translated sentence in *error naming the field.
    bool read(const QJsonObject &object, Event *event, QString *error);

    // The event kind a JSONL "event" token names, or false.
    static bool kindFromToken(const QString &token, EventKind *kind);
    // The opcode an opcode name of FrameHeader::opcodeName names (0x0–0xF), or -1.
    static int opcodeFromName(const QString &name);
    // "2026-11-27T14:00:01.002Z" (any ISO-8601 offset) as ms since the epoch, or false.
    static bool parseTime(const QString &text, qint64 *wallMs);
    // The head of an HTTP message as its request or status line and headers would be written.
    static QByteArray rebuildHead(const HttpMessage &http);

private:
    bool readFrame(const QJsonObject &object, Event *event, QString *error);
    void noteFrame(Event *event, const QJsonObject &object);

    bool m_attemptOpened = false;
    FrameFields m_firstClose;
    QByteArray m_firstClosePayload;
    bool m_haveFirstClose = false;
    // Per direction (Out, In): the payload so far of a fragmented message being read.
    std::array<QByteArray, 2> m_fragments;
    std::array<bool, 2> m_collecting{};
};
