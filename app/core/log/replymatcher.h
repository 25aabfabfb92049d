#pragma once

#include "core/log/event.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

class EventLog;

// "Jump to the matching request/reply" of a log row, one rule for every view:
// - a ping ↔ the pong that answers it: the first pong the other way after it with the same
//   payload (RFC 6455 §5.5.3: a pong echoes the ping's payload), and back;
// - a text message whose JSON object has a top-level scalar "id" (JSON-RPC 2.0 style) ↔ the
//   first message the other way after it with the same id (written the same: 7 and "7" differ);
//   failing that (a reply), the last message the other way before it with that id.
// Only within one connection attempt (a reply never crosses a reconnect) and at most
// MaxScanEvents events away, so a lookup in a million-row log stays quick. Anything else has no
// match.
class ReplyMatcher
{
public:
    static constexpr qsizetype MaxScanEvents = 200000;
    // Larger messages are not searched for an "id".
    static constexpr qsizetype MaxIdMessageBytes = 1 << 20;

    // Whether `event` is of a kind that can have a match (the menu item is offered).
    static bool canMatch(const Event &event);
    // The sequence number of the matching event in `log`, or nullopt.
    static std::optional<quint64> match(const EventLog &log, quint64 seq);

    // The raw bytes of the top-level "id" member's value of a JSON object ("7", "\"abc\""),
    // or nullopt when the text is no JSON object or has no scalar "id".
    static std::optional<QByteArray> jsonId(QByteArrayView utf8);
};
