#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class RepeatSender;

// The composer's Repeat row: every N ms, M times or until stopped, Start/Stop and a counter.
// The RepeatSender asks for each send with sendDue(); whoever sends reports a refusal with
// fail(), so a repeat follows the same rules and messages as a single Send. While the sender is
// paused by back-pressure (RepeatSender::setBackedUp, fed by Session::sendBackedUp in the session
// tab), the counter says so with the reason, until the run resumes.
class RepeatControls : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 1000;
    static constexpr int DefaultCount = 10;
    static constexpr int MaxCount = 1000000;

    explicit RepeatControls(QWidget *parent = nullptr);

    // Why a repeat cannot start now (the reason Send is disabled); empty when it can.
    void setBlockedReason(const QString &reason);
    bool isRunning() const;
    // Stops a running repeat with that reason (shown in the counter).
    void fail(const QString &reason);

    QSpinBox *intervalBox() const { return m_interval; }
    QSpinBox *countBox() const { return m_count; }
    QPushButton *startButton() const { return m_start; }
    QLabel *counterLabel() const { return m_counter; }
    RepeatSender *sender() const { return m_repeater; }

public slots:
    // Starts with the values in the boxes, unless blocked or already running; a refused start
    // comes back as startRefused().
    void start();
    void stop();

signals:
    // Send once now: the current input, as a Send would.
    void sendDue();
    void startRefused(const QString &error);
    // The repeat stopped (finished, stopped or failed).
    void stopped();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void onProgress(int sent, int total);
    void onStopped(const QString &reason);
    void onPausedChanged(bool paused, const QString &reason);
    QString progressText(int sent, int total) const;

    QString m_blockedReason;
    QLabel *m_everyLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_count = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_counter = nullptr;
    RepeatSender *m_repeater = nullptr;
};
