#pragma once

#include "core/log/event.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/framespecclassifier.h"
#include "core/session/connectionsettings.h"
#include "core/tap/pongpolicy.h"
#include "core/tap/taptunnel.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>

class EventLog;
class QNetworkRequest;
class QTimer;
class QWebSocket;
class WireTap;

// One WebSocket connection (and its reconnects) on top of QWebSocket, with a log of what really
// crossed the wire. With the tap on (the default), QWebSocket talks SOCKS5 to an in-process
// WireTap that records the exact handshake bytes and every frame both ways (docs/ARCHITECTURE.md);
// with the tap off, the log holds what QWebSocket exposes and says what is then unknown.
// Everything runs on the event loop of the thread that owns the Session.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    QString id() const;                                   // unique per session
    void setSettings(const ConnectionSettings &settings); // app/core/session/connectionsettings.h
    const ConnectionSettings &settings() const;
    EventLog *log() const;                                // app/core/log/eventlog.h: every event, in order
    SessionState state() const;                           // from app/core/log/event.h
    qint64 stateSinceMs() const;                          // wall ms of the last state change
    QString subprotocol() const;                          // negotiated, empty if none

    // Validates the settings first (URL scheme ws/wss, host, port, header names/values, subprotocol tokens,
    // TLS files readable); on failure returns false with a specific translated *error, logs an Error event, sends nothing.
    bool open(QString *error = nullptr);
    // Each returns false with a specific translated *error and sends nothing when invalid or not Open.
    bool sendText(const QString &text, QString *error = nullptr);
    bool sendBinary(const QByteArray &data, QString *error = nullptr);
    // Sends a file's bytes as one binary message. With the tap on, the tap writes it in fragments
    // read as the server takes them (memory stays flat, see TapFileSender); fileSent() tells the
    // end. With the tap off, QWebSocket gets it whole (it takes messages only whole).
    bool sendFile(const QString &path, QString *error = nullptr);
    bool isSendingFile() const;
    bool ping(const QByteArray &payload = {}, QString *error = nullptr); // ControlFrame::checkPayload
    bool close(quint16 code = CloseCodes::NormalClosure, const QString &reason = {},
               QString *error = nullptr);                                // CloseCodes::checkOutgoing
    // Drops the connection now (no Close frame). The log gets an Error event saying the user
    // aborted, then the attempt's Close event and the Closed state, as for any other end.
    void abort();
    // The same, for an end decided elsewhere (e.g. wsscope-cli's --timeout): `text` is the
    // Error event logged (translated), of `category`.
    void abort(ErrorCategory category, const QString &text);

    // The protocol workbench (it needs the tap): frames the tap writes toward the server at a
    // frame boundary of QWebSocket's stream, back to back, each logged marked Injected with its
    // RFC 6455 verdict (FrameSpecClassifier). Also after our Close ("Close and keep sending"), as
    // long as the connection is up. False with a translated *error when the tap is off or the
    // connection is not open.
    bool injectFrames(const QList<FrameSpec> &frames, QString *error = nullptr);
    // Where the next injected frame would go on our stream: inside a fragmented message (ours or
    // QWebSocket's, frames still queued included), after a Close of ours. It is the context the
    // tap classifies that frame at, so a form can show the verdict the log will get. The start
    // of a stream (nothing open, no Close) when no tapped connection is up.
    // injectContextChanged() tells a change.
    FrameSpecClassifier::Context injectContext() const;
    // What the tap does with QWebSocket's automatic pongs, for this and later connections.
    void setPongPolicy(const PongPolicy &policy);
    PongPolicy pongPolicy() const { return m_pongPolicy; }
    // Appends an event decided outside the session (a script's Expectation) to its log.
    void logEvent(const Event &event);

    struct Stats { quint64 messagesIn = 0, messagesOut = 0, bytesIn = 0, bytesOut = 0; qint64 lastRttUs = -1; };
    Stats stats() const;                                  // data messages and payload bytes

    // Additions beyond the contract above.
    bool isTapActive() const { return m_attempt.tapActive; }       // the current/last connection goes through the tap
    quint16 tapPort() const;                               // 0 when the tap is not listening
    int reconnectAttempt() const { return m_reconnectAttempt; } // 0 unless a reconnect is pending or running
    bool isReconnectPending() const;                       // closed, and the reconnect timer runs
    qint64 reconnectDueMs() const { return m_reconnectDueMs; } // wall ms the pending reconnect starts at
    // The HTTP status of a refused upgrade (RFC 6455 §4.1: anything but 101) in the current or
    // last attempt, 0 when the server did not refuse; and its reason phrase ("Unauthorized").
    int refusedStatus() const { return m_attempt.refusedStatus; }
    QString refusedReason() const { return m_attempt.refusedReason; }

    // Back-pressure (bounded memory): QWebSocket queues every send in its socket's write buffer
    // however slowly the peer reads. Above the high-water mark the session says it is backed up,
    // below the low-water mark again that it drained; callers that send in a loop (RepeatSender)
    // wait in between. Single sends are never refused for it.
    static constexpr qint64 SendHighWaterBytes = 4 * 1024 * 1024;
    static constexpr qint64 SendLowWaterBytes = 1 * 1024 * 1024;
    qint64 bytesToWrite() const;                          // queued in QWebSocket, not yet handed to the OS
    bool isSendBackedUp() const { return m_attempt.backedUp; }
    // Data messages QWebSocket delivered to us in this attempt (not what the tap saw: QWebSocket
    // may not have processed those bytes yet).
    quint64 deliveredMessageCount() const { return m_attempt.messagesDelivered; }

signals:
    void stateChanged(SessionState state);
    void eventLogged(const Event &event);                 // every event, right after it was appended to log()
    void finished();                                      // closed for good (no reconnect pending); log has the Close event
    void fileSent(bool ok, const QString &error);         // the end of sendFile(), tap on or off
    void sendBackedUp(bool backedUp);                     // crossed SendHighWaterBytes up / SendLowWaterBytes down
    void messageDelivered();                              // QWebSocket delivered a complete data message
    void bytesArriving();                                 // bytes of the peer reached QWebSocket (a large frame in progress too)
    void upgradeRefused(int status, const QString &reasonPhrase); // the server answered the upgrade with a non-101 status
    // Auto-reconnect (ConnectionSettings::reconnect): the next attempt starts in delayMs; or
    // the pending one was cancelled (abort()) and the session is finished.
    void reconnectScheduled(qint64 delayMs, int attempt, int maxAttempts);
    void reconnectCancelled();
    // injectContext() is different now (a frame went out, a connection began or ended).
    void injectContextChanged();

private:
    // Everything that belongs to one connection attempt; startAttempt() resets it in one go.
    struct Attempt
    {
        bool running = false;
        bool tapActive = false;
        bool awaitingTunnel = false;   // the tap's next tunnel belongs to this attempt
        bool socketDone = false;       // QWebSocket reported the end (disconnected / failed)
        QPointer<TapTunnel> tunnel;
        bool tunnelSeen = false;       // a tunnel of this attempt reached the tap
        bool tunnelDone = false;       // ...and both of its legs are closed
        TapTunnel::CloseSummary tunnelSummary;
        bool errorLogged = false;      // a specific error is already in the log for this attempt
        bool wasOpen = false;
        quint16 sentCloseCode = 0;     // tap off: what we sent
        QString sentCloseReason;
        bool serverClosedFirst = false; // tap off: Qt went to Closing before we called close()
        bool handshakeRejected = false; // the tap found the server's response unacceptable (RFC 6455 §4.1)
        quint16 pendingViolation = 0;   // a server violation seen before QWebSocket reported Open
        bool serverCloseSeen = false;   // the tap saw the server's Close frame: the closing handshake runs
        QString subprotocol;            // negotiated
        bool backedUp = false;          // bytesToWrite() passed SendHighWaterBytes, not yet below SendLowWaterBytes
        quint64 messagesDelivered = 0;
        int refusedStatus = 0;          // the server's non-101 answer to the upgrade
        QString refusedReason;
    };

    static QString stateName(SessionState state);
    void startAttempt();
    void setState(SessionState state, const QString &why = {});
    void appendEvent(Event event);
    void logError(ErrorCategory category, const QString &text);
    void logInfo(const QString &text);
    void logTapOffRequest(const QNetworkRequest &request);
    void wireSocket(QWebSocket *socket);
    void markSocketDone();
    void abortSocket(QWebSocket *socket);
    void watchArrivals(QWebSocket *socket);
    void updateBackPressure();
    void clearBackPressure();
    void logUntappedSend(Event event);
    void maybeFinishAttempt();
    void finishAttempt();
    bool checkOpen(QString *error) const;
    void failHandshake();
    void noteRefusedUpgrade(int status, const QString &reasonPhrase);
    void failConnection(quint16 code);
    bool refuse(QString *error, const QString &text);
    QString targetText() const;

    void onSocketConnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSocketStateChanged(QAbstractSocket::SocketState state);
    void onSocketTextMessage(const QString &message);
    void onSocketBinaryMessage(const QByteArray &message);
    void onSocketPong(quint64 elapsedMs, const QByteArray &payload);
    void onSocketBytesWritten(qint64 bytes);
    void onSocketMessageDelivered();
    void onSocketSslErrors(const QList<QSslError> &errors);
    void onHandshakeTimeout();
    void onPingTimer();
    void onReconnectTimer();
    void onTunnelStarted(TapTunnel *tunnel);
    void onTunnelEvent(const Event &event);
    void onTunnelFinished();

    QString m_id;
    QByteArray m_tapUser;            // this attempt's one-time SOCKS username (WireTap::beginAttempt)
    ConnectionSettings m_settings;
    EventLog *m_log = nullptr;
    WireTap *m_tap = nullptr;
    QPointer<QWebSocket> m_socket;
    QTimer *m_handshakeTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    SessionState m_state = SessionState::Idle;
    qint64 m_stateSinceMs = 0;
    Stats m_stats;
    Attempt m_attempt;
    bool m_userClosed = false;       // close()/abort() called: no reconnect
    int m_reconnectAttempt = 0;
    qint64 m_reconnectDueMs = 0;
    PongPolicy m_pongPolicy;
    FrameSpecClassifier::Context m_injectContext; // the last one injectContextChanged() told
    void noteInjectContext();
};
