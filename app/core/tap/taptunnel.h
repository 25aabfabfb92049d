#pragma once

#include "core/log/event.h"
#include "core/protocol/framespecclassifier.h"
#include "core/tap/closetracker.h"
#include "core/tap/pongmatcher.h"
#include "core/tap/pongpolicy.h"
#include "core/tap/tapconfig.h"
#include "core/tap/taphandshake.h"
#include "core/tap/tapstream.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>

class QSslSocket;
class QTcpSocket;
class QTimer;
class TapFileSender;
class TapInjector;
struct FrameSpec;
class TapBackPressure;
class TapUpstream;

// One connection through the wire tap: the client leg (QWebSocket, already authenticated by the
// tap's SOCKS5 gate, see TapGate) and the upstream leg (plain TCP, or TLS for wss://) opened by
// the tap (TapUpstream). Bytes are relayed unchanged (except the one Host line, see TapConfig, and
// a 101 the tap accepted, which QWebSocket gets in canonical form: TapHandshake) and decoded on
// the side, one TapStream per direction. Every finding becomes an Event. Each direction reads only
// as fast as the other leg drains (TapBackPressure). This class keeps the legs: relaying, the
// linger after a close, and the end of the tunnel.
class TapTunnel : public QObject, private TapStream::Listener
{
    Q_OBJECT

public:
    // How the connection ended, from what crossed the wire (RFC 6455 §7.1.4/§7.1.5).
    using CloseSummary = CloseTracker::Summary;

    // Takes ownership of `client`, a connection that authenticated as `user` and asked for
    // host:port (RFC 1928 §4); `earlyBytes` followed its request. Nothing happens before start().
    TapTunnel(QTcpSocket *client, const QByteArray &user, const QString &host, quint16 port,
              const QByteArray &earlyBytes, const TapConfig &config, QObject *parent = nullptr);
    ~TapTunnel() override;

    // Opens the upstream leg; the SOCKS reply follows once it is up (RFC 1928 §6).
    void start();
    // The client is gone for good (its QWebSocket ended): drop both legs now. A backed-up tunnel
    // needs this, as it does not read the client leg and so cannot see it close.
    void abandon();

    bool isFinished() const { return m_finished; }
    // The SOCKS username this connection authenticated with (one attempt's credentials).
    QByteArray user() const { return m_user; }
    const CloseSummary &closeSummary() const { return m_close.summary(); }
    // Out: the server does not take our bytes as fast as they come, so the client leg is no
    // longer read and QWebSocket's own bytesToWrite() grows. In: QWebSocket does not take the
    // server's bytes, so the upstream leg is no longer read.
    bool isBackedUp(Direction dir) const;
    // What the tunnel holds itself: both legs' read and write buffers and what it keeps back.
    qint64 bufferedBytes() const;
    QString subprotocol() const { return m_handshake.subprotocol(); }
    QString target() const { return m_target; }
    // Time the tunnel waits for the other side's Close frame after one leg closed.
    static constexpr int LingerMs = 1000;

    // Sends `source` (taken over, open for reading, `size` bytes) to the server as one binary
    // message the tap writes itself, in fragments read as the server takes them (TapFileSender).
    // It starts at the next frame boundary of QWebSocket's stream; QWebSocket's own bytes wait
    // until the last fragment is out. False with *error when the tunnel is not relaying frames
    // or already sends a file.
    bool sendFile(QIODevice *source, qint64 size, QString *error);
    bool isSendingFile() const { return m_fileSender != nullptr; }

    // The protocol workbench: writes `frames` toward the server back to back at the next frame
    // boundary of QWebSocket's stream (TapInjector), each logged marked Injected with its RFC 6455
    // verdict. False with *error when the tunnel is not relaying frames.
    bool inject(const QList<FrameSpec> &frames, QString *error);
    // Where the next injected frame would go on the client's stream (TapInjector::nextContext).
    FrameSpecClassifier::Context injectContext() const;
    // What happens to QWebSocket's automatic pongs from now on (withheld and delayed ones are
    // logged as such).
    void setPongPolicy(const PongPolicy &policy);

signals:
    // The file of sendFile() is out (ok), or could not be read (the connection is then ended).
    void fileSent(bool ok, const QString &error);
    // Every event of this connection, in wire order; the Session appends it to its log.
    void eventProduced(const Event &event);
    // Both legs are closed; closeSummary() is final.
    void finished();
    // isBackedUp(dir) changed.
    void backPressureChanged(Direction dir, bool backedUp);

private:
    enum class Phase { ConnectingUpstream, Relaying, Failed };

    // TapStream::Listener: the pong's round trip and the close summary need both directions.
    void frameHeaderDecoded(TapStream &stream, const FrameHeader &header) override;
    void frameDecoded(TapStream &stream, const FrameHeader &header, Event &event) override;
    // What a frame means beyond its header, for frames the tap decoded or wrote itself.
    void noteFrame(Direction dir, const FrameHeader &header, Event &event);
    void onInjectedFrame(const FrameHeader &header, Event &event);
    void streamEvent(const Event &event) override;

    void onClientReadyRead();
    void onClientDisconnected();
    void onUpstreamReady();
    void onUpstreamReadyRead();
    void onUpstreamDisconnected();
    void onUpstreamError(QAbstractSocket::SocketError error);
    void onLingerTimeout();

    // Reports the failure, answers the SOCKS request with `code` and closes both legs.
    void abandonUpstream(quint8 code, ErrorCategory category, const QString &text, bool describeTls);
    void watchBackPressure();
    void startFileSendAtBoundary();
    void onFileSent(bool ok, const QString &error);
    void processClientBytes(const QByteArray &data);
    void processServerBytes(const QByteArray &data);
    void emitTls(const QString &warning);
    // dir and closeCode: a protocol violation's sender and the close code RFC 6455 §7.4.1 gives it.
    void emitError(ErrorCategory category, const QString &text, Direction dir = Direction::None, quint16 closeCode = 0);
    void closeLeg(QAbstractSocket *leg);
    void closeUpstream();
    void relayToClient(const QByteArray &data);
    void finish();

    TapConfig m_config;
    QTcpSocket *m_client = nullptr;
    QSslSocket *m_upstream = nullptr;
    QTimer *m_linger = nullptr;
    TapUpstream *m_leg = nullptr;           // opens m_upstream
    TapBackPressure *m_outFlow = nullptr;   // client leg -> upstream leg
    TapFileSender *m_fileSender = nullptr;  // a file being sent, or waiting for a frame boundary
    TapInjector *m_injector = nullptr;      // relays client -> server frame by frame, writes the tap's own
    PongPolicy m_pongPolicy;                // also for an injector not made yet
    bool m_fileSendStarted = false;
    TapBackPressure *m_inFlow = nullptr;    // upstream leg -> client leg
    QByteArray m_user;
    Phase m_phase = Phase::ConnectingUpstream;
    QString m_host;
    quint16 m_port = 0;
    QString m_target;
    QByteArray m_pendingClient;   // client bytes before the upstream leg was ready
    bool m_clientClosed = false;
    bool m_upstreamClosed = false;
    bool m_upstreamTlsFailed = false;   // the server refused TLS after the leg was up (TLS 1.3)
    bool m_finished = false;
    TapHandshake m_handshake;
    TapStream m_out;   // client -> server
    TapStream m_in;    // server -> client
    CloseTracker m_close;
    PongMatcher m_pongs;          // our pings awaiting their pong (RFC 6455 §5.5.3)
    QElapsedTimer m_clock;
};
