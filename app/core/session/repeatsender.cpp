#include "core/session/repeatsender.h"

#include <QTimer>

RepeatSender::RepeatSender(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    // Precise: a repeat every 50 ms should not drift to the coarse timer's 5 % slack.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RepeatSender::onTimeout);
}

bool RepeatSender::start(int intervalMs, int count, QString *error)
{
    if (intervalMs < MinIntervalMs || intervalMs > MaxIntervalMs) {
        if (error)
            *error = tr("The interval must be between %1 ms and %2 ms.").arg(MinIntervalMs).arg(MaxIntervalMs);
        return false;
    }
    if (count < 0) {
        if (error)
            *error = tr("The count must be 0 (until stopped) or more.");
        return false;
    }
    m_timer->stop();
    m_running = true;
    m_sent = 0;
    m_total = count;
    m_intervalMs = intervalMs;
    m_lastError.clear();
    emit started();
    emit progressChanged(m_sent, m_total);
    if (m_backedUp) {
        emit pausedChanged(true, pauseReason());
        return true;
    }
    m_timer->start(intervalMs);
    onTimeout(); // the first one at once
    return true;
}

void RepeatSender::setBackedUp(bool backedUp)
{
    if (backedUp == m_backedUp)
        return;
    m_backedUp = backedUp;
    if (!m_running)
        return;
    if (backedUp) {
        m_timer->stop();
        emit pausedChanged(true, pauseReason());
        return;
    }
    emit pausedChanged(false, QString());
    // The connection drained: the send the pause held back is due now, the next ones on the interval.
    m_timer->start(m_intervalMs);
    if (!m_inSendDue)
        onTimeout();
}

RepeatSender::State RepeatSender::state() const
{
    if (!m_running)
        return State::Stopped;
    return m_backedUp ? State::Paused : State::Running;
}

QString RepeatSender::pauseReason() const
{
    if (state() != State::Paused)
        return QString();
    return tr("Paused: the server is not reading as fast as we send; resuming when the send queue has drained.");
}

void RepeatSender::stop()
{
    if (m_running)
        finish(QString());
}

void RepeatSender::fail(const QString &reason)
{
    if (!m_running)
        return;
    if (m_inSendDue) {
        // The send that was due did not happen: the counter shows sends, not attempts.
        --m_sent;
        emit progressChanged(m_sent, m_total);
    }
    finish(reason);
}

void RepeatSender::onTimeout()
{
    if (!m_running || m_backedUp)
        return;
    ++m_sent;
    emit progressChanged(m_sent, m_total);
    m_inSendDue = true;
    emit sendDue(m_sent);
    m_inSendDue = false;
    // A listener may have stopped us (a failed send); otherwise end after the last one.
    if (m_running && m_total > 0 && m_sent >= m_total)
        finish(QString());
}

void RepeatSender::finish(const QString &reason)
{
    m_timer->stop();
    m_running = false;
    m_lastError = reason;
    emit stopped(reason);
}
