#pragma once

#include "core/log/event.h"

#include <QLabel>

class QTimer;

// The state badge of the connection bar: a coloured dot and what the connection is doing, with
// the time in that state ("● Open 00:03:12"), how it ended ("Closed 1000", "Refused: 401
// Unauthorized"), why it never started ("Not connected: <reason>") and a pending reconnect's
// countdown ("Closed 1006 · reconnecting in 3 s (attempt 2 of 5)"). It only shows what the
// session reported.
class ConnectionBadge : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionBadge(QWidget *parent = nullptr);

    // A new Connecting state forgets the failure, refusal and pending reconnect of the last one.
    void setState(SessionState state, qint64 sinceMs);
    SessionState state() const { return m_state; }
    void setCloseCode(quint16 code); // 0 = unknown
    // Connecting failed before anything was sent (invalid header, URL, TLS file…).
    void setConnectFailed(const QString &reason);
    // The server answered the upgrade with this status instead of 101.
    void setUpgradeRefused(int status, const QString &reasonPhrase);
    // A reconnect starts at dueWallMs (ms since the epoch); 0 clears it.
    void setReconnectPending(qint64 dueWallMs, int attempt = 0, int maxAttempts = 0);
    bool isReconnectPending() const { return m_reconnectDueMs != 0; }
    // The tab shows a session file: the badge names it and no state follows.
    void setReadOnlySource(const QString &fileName);

    // As the badge reads now, without the dot.
    QString badgeText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString headText() const;
    void updateClock();
    void render();

    SessionState m_state = SessionState::Idle;
    qint64 m_sinceMs = 0;
    quint16 m_closeCode = 0;
    QString m_failure;
    int m_refusedStatus = 0;
    QString m_refusedReason;
    qint64 m_reconnectDueMs = 0;
    int m_reconnectAttempt = 0;
    int m_reconnectMax = 0;
    QString m_readOnlySource;
    QTimer *m_clock = nullptr;
};
