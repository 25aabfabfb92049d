#pragma once

#include "core/log/event.h"
#include "core/protocol/framedecoder.h"
#include "core/protocol/httpparser.h"
#include "core/tap/tapconfig.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <memory>

class QSslSocket;
class QTcpSocket;
class QTimer;
class TapBackPressure;
class TapUpstream;

// One connection through the wire tap: the client leg (QWebSocket, already authenticated by the
// tap's SOCKS5 gate, see TapGate) and the upstream leg (plain TCP, or TLS for wss://) opened by
// the tap. Bytes are relayed unchanged (except the one Host line, see TapConfig, and a 101 the
// tap accepted, which QWebSocket gets in canonical form) and decoded on the side: client->server
// with HttpParser(Request) then FrameDecoder(ClientToServer), server->client with
// HttpParser(Response) then FrameDecoder(ServerToClient). Every finding becomes an Event. Each
// direction reads only as fast as the other leg drains (TapBackPressure).
class TapTunnel : public QObject
{
    Q_OBJECT

public:
    // How the connection ended, from what crossed the wire (RFC 6455 §7.1.4/§7.1.5).
    struct CloseSummary
    {
        bool upstreamEstablished = false;
        bool outSeen = false;           // a Close frame client -> server
        bool inSeen = false;            // a Close frame server -> client
        Direction first = Direction::None;
        quint16 code = 1006;            // of the first Close frame; 1005 empty payload; 1006 none
        QString reason;
        FrameFields frame;              // the first Close frame
        QByteArray payload;
        bool lingerExpired = false;     // the other side's Close never came
    };

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
    const CloseSummary &closeSummary() const { return m_summary; }
    // Out: the server does not take our bytes as fast as they come, so the client leg is no
    // longer read and QWebSocket's own bytesToWrite() grows. In: QWebSocket does not take the
    // server's bytes, so the upstream leg is no longer read.
    bool isBackedUp(Direction dir) const;
    // What the tunnel holds itself: both legs' read and write buffers and what it keeps back.
    qint64 bufferedBytes() const;
    QString subprotocol() const { return m_subprotocol; }
    QString target() const { return m_target; }
    // Time the tunnel waits for the other side's Close frame after one leg closed.
    static constexpr int LingerMs = 1000;

signals:
    // Every event of this connection, in wire order; the Session appends it to its log.
    void eventProduced(const Event &event);
    // Both legs are closed; closeSummary() is final.
    void finished();
    // isBackedUp(dir) changed.
    void backPressureChanged(Direction dir, bool backedUp);

private:
    enum class Phase { ConnectingUpstream, Relaying, Failed };

    // One direction of the stream: its HTTP parser, frame decoder and message assembly.
    class Stream : public FrameDecoder::Sink
    {
    public:
        Stream(TapTunnel *tunnel, Direction dir);
        void frameStarted(const FrameHeader &header) override;
        void framePayload(QByteArrayView unmaskedChunk) override;
        void frameFinished(const FrameHeader &header) override;
        void violation(quint16 closeCode, const QString &message, bool fatal) override;

        TapTunnel *tunnel;
        Direction dir;
        HttpParser http;
        FrameDecoder decoder;
        bool httpDone = false;
        bool framing = false;      // bytes are frames now
        bool passthrough = false;  // undecodable: only relayed
        QByteArray payload;        // the current frame's payload, grown as bytes arrive
        quint64 declared = 0;
        // Data message being reassembled (RFC 6455 §5.4).
        bool inMessage = false;
        quint8 messageOpcode = 0;
        int messageFrames = 0;
        QByteArray messagePayload;
    };

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
    void processClientBytes(const QByteArray &data);
    void processServerBytes(const QByteArray &data);
    void requestHeadComplete();
    void responseComplete();
    void frameDone(Stream &stream, const FrameHeader &header);
    QByteArray rewriteHost(const QByteArray &head) const;
    void emitTls(const QString &warning);
    // dir and closeCode: a protocol violation's sender and the close code RFC 6455 §7.4.1 gives it.
    void emitError(ErrorCategory category, const QString &text, Direction dir = Direction::None, quint16 closeCode = 0);
    void emitInfo(const QString &text);
    void closeLeg(QAbstractSocket *leg);
    void closeUpstream();
    void relayToClient(const QByteArray &data);
    void endResponse();
    void finish();

    TapConfig m_config;
    QTcpSocket *m_client = nullptr;
    QSslSocket *m_upstream = nullptr;
    QTimer *m_linger = nullptr;
    TapUpstream *m_leg = nullptr;           // opens m_upstream
    TapBackPressure *m_outFlow = nullptr;   // client leg -> upstream leg
    TapBackPressure *m_inFlow = nullptr;    // upstream leg -> client leg
    QByteArray m_user;
    Phase m_phase = Phase::ConnectingUpstream;
    QString m_host;
    quint16 m_port = 0;
    QString m_target;
    QByteArray m_pendingClient;   // client bytes before the upstream leg was ready
    QByteArray m_heldResponse;    // server bytes before the response was complete
    QByteArray m_canonicalHead;   // the 101 QWebSocket gets instead of the server's head
    qsizetype m_responseHeadSize = 0;
    static constexpr qsizetype MaxHeldResponse = 256 * 1024;
    QByteArray m_requestBuffer;   // the request head until complete (the Host line may change)
    HttpMessage m_request;        // as it went upstream
    QString m_subprotocol;
    bool m_responseIs101 = false;
    bool m_clientClosed = false;
    bool m_upstreamClosed = false;
    bool m_finished = false;
    CloseSummary m_summary;
    std::unique_ptr<Stream> m_out;   // client -> server
    std::unique_ptr<Stream> m_in;    // server -> client
    QElapsedTimer m_clock;
    struct PendingPing { QByteArray payload; qint64 sentUs; };
    QList<PendingPing> m_pendingPings;   // our pings awaiting their pong (RFC 6455 §5.5.3)
    static constexpr qsizetype MaxPendingPings = 64;
};
