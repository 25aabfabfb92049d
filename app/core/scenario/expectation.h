#pragma once

#include "core/log/event.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

// A scripted check on the server's reaction (`--expect-close`, `--expect-message`,
// `--expect-drop`, scenario steps): what is expected, and, fed with the session's events as they
// are logged, whether it happened. A verdict is final once made; finish() decides what is still
// open when the connection is over.
class Expectation
{
    Q_DECLARE_TR_FUNCTIONS(Expectation)

public:
    enum class Kind {
        Close,   // the server sends a Close frame with one of `codes`
        Message, // a data message from the server matches `pattern` (within withinMs of start())
        Drop,    // the server ends the TCP connection without a Close frame
    };

    static Expectation close(const QList<quint16> &codes);
    static Expectation message(const QRegularExpression &pattern, int withinMs = 0);
    static Expectation drop();

    Kind kind() const { return m_kind; }
    int withinMs() const { return m_withinMs; }
    void setWithinMs(int ms) { m_withinMs = ms; }
    // What is expected, for the log ("the server closes with 1002").
    QString describe() const;

    // The check starts now (the script reached it); events before it do not count for a message.
    void start() { m_started = true; }
    bool isStarted() const { return m_started; }
    // Feeds one logged event; true when this made the verdict.
    bool note(const Event &event);
    // withinMs passed without a matching message: the verdict is "not met".
    void expire();
    // The connection is over: whatever is still open is decided now.
    void finish();

    bool isDecided() const { return m_decided; }
    bool isMet() const { return m_met; }
    QString actual() const { return m_actual; } // what happened (translated)

private:
    void decide(bool met, const QString &actual);

    Kind m_kind = Kind::Close;
    QList<quint16> m_codes;
    QRegularExpression m_pattern;
    int m_withinMs = 0;
    bool m_started = false;
    bool m_decided = false;
    bool m_met = false;
    QString m_actual;
    // What the wire showed so far.
    bool m_serverClosed = false;   // a Close frame from the server
    quint16 m_serverCode = 0;
    QString m_serverReason;
    bool m_closeRecord = false;    // the attempt's Close record
    quint16 m_recordCode = 0;
    bool m_recordByClient = false; // the client ended it (an abort, a timeout): no drop by the server
    int m_messagesSeen = 0;
};
