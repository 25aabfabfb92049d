#pragma once

#include "core/log/event.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <deque>

class QIODevice;

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) of one WebSocket session, shaped like
// the HAR files browser DevTools save for a WebSocket: a single entry with the opening
// handshake's request and response (the refused body included) and the data in
// `_webSocketMessages` ({type: send|receive, time: epoch seconds, opcode, data}; binary data in
// base64, as DevTools write it, and other data that is not UTF-8 too, marked
// `_wsscopeEncoding: "base64"`). A failed
// handshake's problems are in the response's "comment" and `_handshakeProblems` (status 0 when
// the server's reply was not HTTP at all).
// Messages come from the tap's frames (fragments reassembled, control frames kept) or, when
// frames are unknown (tap off), from the session's Message/Ping/Pong events.
// How the session ended is in `_wsscopeEvents` (HAR 1.2 allows custom fields starting with "_";
// Chrome and Firefox ignore the ones they do not know): every Error, State and Close event of
// the log, in log order, each as the JSONL line of that event (JsonlExporter, the same field
// names: seq, time, event, then for an error category and message, for a state change state and
// message, for the Close record code, code_name, reason, initiator and clean). So an overall
// timeout, a Ctrl+C, an abort, every error and the final close record are in the HAR too.
class HarExporter
{
    Q_DECLARE_TR_FUNCTIONS(HarExporter)

public:
    // `url` is the session's ws:// or wss:// URL (the handshake only carries the path and Host).
    // An empty url is rebuilt from the request's Host header and target.
    static QJsonObject toHar(const std::deque<Event> &events, const QUrl &url = {});
    static QJsonObject toHar(const QList<Event> &events, const QUrl &url = {});

    // Writes the HAR as indented JSON. Returns false with *error set on a write failure.
    static bool write(QIODevice *device, const std::deque<Event> &events, const QUrl &url = {},
                      QString *error = nullptr);
    // Convenience: creates/truncates `fileName`.
    static bool writeFile(const QString &fileName, const std::deque<Event> &events, const QUrl &url = {},
                          QString *error = nullptr);
};
