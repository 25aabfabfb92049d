#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal on the main thread, so the CLI can end a
// run the way it ends any other: close the session, write the HAR, report. A signal handler may
// only write to a pipe (async-signal-safe); the notifier reads it on the event loop.
// POSIX only; elsewhere the process ends the default way.
class InterruptNotifier : public QObject
{
    Q_OBJECT

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void interrupted();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
