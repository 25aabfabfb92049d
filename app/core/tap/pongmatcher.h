#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

// Our pings awaiting their pong, for the round-trip time a pong carries in the log. RFC 6455
// §5.5.3: a pong answers with the payload of the ping it answers, may answer only the most recent
// of several pings, and may come unsolicited (a heartbeat). A plain value; the caller supplies
// the clock, so the matching can be tested without sockets.
class PongMatcher
{
public:
    // A peer that never answers must not make us keep every ping: beyond this many, the oldest
    // unanswered one is forgotten.
    static constexpr qsizetype MaxPending = 64;
    // pongReceived() of a pong that answers no ping we remember.
    static constexpr qint64 Unsolicited = -1;

    // We sent a ping with `payload` at `sentUs` (any monotonic µs clock).
    void pingSent(const QByteArray &payload, qint64 sentUs);
    // A pong with `payload` came at `receivedUs`: the round-trip time to the oldest remembered ping
    // with the same payload, or Unsolicited. That ping is forgotten with every older one: a peer
    // may answer only the most recent of several pings (§5.5.3), so the older ones get no pong.
    qint64 pongReceived(const QByteArray &payload, qint64 receivedUs);

    qsizetype pendingCount() const { return m_pending.size(); }

private:
    struct Pending
    {
        QByteArray payload;
        qint64 sentUs = 0;
    };
    QList<Pending> m_pending;
};
