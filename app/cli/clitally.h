#pragma once

#include "core/log/event.h"

#include <QCoreApplication>
#include <QString>

// What wsscope-cli reports at the end of a run (exit code facts, failure text, summary line),
// counted event by event as they are logged: the run's log may be capped (no --har), so the
// end cannot look back through it.
class CliTally
{
    // The texts were CliRunner's; they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    void note(const Event &event);

    bool timeoutSeen() const { return m_timeoutSeen; }             // an Error of category Timeout
    bool protocolViolationSeen() const { return m_protocolViolation; } // an Error of category Protocol
    bool closeSeen() const { return m_closeSeen; }
    quint16 closeCode() const { return m_closeCode; }               // of the last Close event

    // Why the connection could not be made (refused upgrade, else the last error).
    QString connectFailureText() const;
    QString closedText() const;
    // `openMs` 0: never open.
    QString summaryLine(qint64 openMs) const;

private:
    bool m_timeoutSeen = false;
    bool m_protocolViolation = false;
    bool m_closeSeen = false;
    quint16 m_closeCode = 0;
    QString m_closeText;
    int m_refusedStatus = 0;
    QString m_refusedReason;
    QString m_lastErrorText;
    bool m_errorSeen = false;

    // Counted from the wire when the tap saw frames, else from QWebSocket's messages: both are
    // kept, the summary picks.
    bool m_framesKnown = false;
    quint64 m_frames = 0;
    quint64 m_messages[2] = {0, 0};
    quint64 m_messageBytes[2] = {0, 0};
};
