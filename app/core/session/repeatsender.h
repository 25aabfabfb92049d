#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

class QTimer;

// Drives the composer's Repeat: asks for a send every N ms, M times or until stopped, and counts.
// It never sends itself: whoever listens to sendDue() sends and reports a failure with fail(), so
// the same payload rules (and error messages) apply as for a single Send.
// Back-pressure: while the connection is backed up (setBackedUp(true), fed by
// Session::sendBackedUp) no send is due; the run is paused, says why, and resumes with a send at
// once when the connection drained. A peer that does not read thus costs bounded memory.
class RepeatSender : public QObject
{
    Q_OBJECT

public:
    // Faster than this would flood the event loop (and the log) without telling the user more.
    static constexpr int MinIntervalMs = 10;
    static constexpr int MaxIntervalMs = 24 * 60 * 60 * 1000;

    explicit RepeatSender(QObject *parent = nullptr);

    // count 0: until stopped. The first send is due at once, the next ones every intervalMs.
    // Returns false with a translated *error for an interval out of range or a negative count.
    bool start(int intervalMs, int count, QString *error = nullptr);
    void stop();
    // Stops and keeps the reason; stopped() carries it. Called from a sendDue() handler, the
    // send that was due is not counted.
    void fail(const QString &reason);
    // From Session::sendBackedUp. Kept while not running too: a run started on a backed-up
    // connection starts paused.
    void setBackedUp(bool backedUp);

    enum class State { Stopped, Running, Paused };
    State state() const;
    bool isPaused() const { return state() == State::Paused; }
    QString pauseReason() const;                   // translated; empty unless paused

    bool isRunning() const { return m_running; }
    int sentCount() const { return m_sent; }       // sends made in the current/last run
    int totalCount() const { return m_total; }     // 0: until stopped
    int intervalMs() const { return m_intervalMs; }
    QString lastError() const { return m_lastError; }

signals:
    // Send number `index` (1-based) now.
    void sendDue(int index);
    void progressChanged(int sent, int total);
    void started();
    // reason is empty when the run completed or stop() was called.
    void stopped(const QString &reason);
    // Paused (reason: translated, for the UI) or resumed (reason empty) while running.
    void pausedChanged(bool paused, const QString &reason);

private:
    void onTimeout();
    void finish(const QString &reason);

    QTimer *m_timer = nullptr;
    bool m_running = false;
    bool m_inSendDue = false;
    bool m_backedUp = false;
    int m_sent = 0;
    int m_total = 0;
    int m_intervalMs = 0;
    QString m_lastError;
};
