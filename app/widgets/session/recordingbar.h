#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;
class QToolButton;

// The line of a session tab that says where "Record to file" writes ("● Recording to
// /path/session.jsonl · 1,234 events", with Stop), or why it stopped (a full disk), until the
// user dismisses that. Hidden while nothing is recorded and nothing went wrong. It shows what
// JsonlRecorder reports; the session tab wires the two.
class RecordingBar : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingBar(QWidget *parent = nullptr);

    // `count` tells how many events are recorded so far; read every CountIntervalMs while shown.
    void showRecording(const QString &path, std::function<quint64()> count);
    static constexpr int CountIntervalMs = 500;
    // Recording ended as asked: the bar goes.
    void showStopped();
    // Recording ended on a failure: the message stays until dismissed.
    void showFailed(const QString &message);

    QString text() const;
    bool isFailureShown() const { return m_failed; }
    QLabel *label() const { return m_label; }
    QToolButton *button() const { return m_button; }

signals:
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();

    QLabel *m_label = nullptr;
    QToolButton *m_button = nullptr;
    QTimer *m_countTimer = nullptr;
    std::function<quint64()> m_countOf;
    QString m_path;
    QString m_failure;
    quint64 m_count = 0;
    bool m_failed = false;
};
