#pragma once

#include "core/session/session.h"

#include <QWidget>

#include <deque>

class QLabel;
class Sparkline;

// Messages and bytes in/out, the current receive rate, the last ping RTT and a sparkline of the
// receive rate over the last minute. Fed with samples (the session tab samples at 4 Hz), never
// per frame, so a flood of messages costs it nothing.
class StatsStrip : public QWidget
{
    Q_OBJECT

public:
    // The session tab samples this often (≤ 4 Hz, as the issue asks).
    static constexpr int SampleIntervalMs = 250;

    explicit StatsStrip(QWidget *parent = nullptr);

    // One sample of the session's counters at a monotonic time in ms.
    void sample(const Session::Stats &stats, qint64 monoMs);
    void reset();

    // Messages received per second over the last second (0 until a second of samples exists).
    double receiveRate() const { return m_rate; }
    const Session::Stats &lastStats() const { return m_stats; }
    Sparkline *sparkline() const { return m_sparkline; }
    QString outText() const;
    QString inText() const;
    QString rateText() const;
    QString rttText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslateUi();

    struct Point
    {
        qint64 ms;
        quint64 messagesIn;
    };

    Session::Stats m_stats;
    std::deque<Point> m_recent;   // samples of the last ~2 s, for the current rate
    qint64 m_bucketStartMs = -1;  // the sparkline's current one-second bucket
    quint64 m_bucketStartCount = 0;
    double m_rate = 0;
    QLabel *m_out = nullptr;
    QLabel *m_in = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_rtt = nullptr;
    Sparkline *m_sparkline = nullptr;
};
