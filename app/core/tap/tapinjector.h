#pragma once

#include "core/log/event.h"
#include "core/protocol/framespec.h"
#include "core/protocol/framespecclassifier.h"
#include "core/tap/pongpolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class QAbstractSocket;
class QTimer;
class TapStream;
struct FrameHeader;

// The client -> server relay of a tap tunnel, cut at frame boundaries: QWebSocket's bytes go
// upstream frame by frame as the outgoing TapStream decodes them, so the tap can write frames of
// its own between two of QWebSocket's (never inside one) and keep QWebSocket's automatic pongs
// back (PongPolicy). A header still arriving is not relayed until it is complete (at most 14
// bytes), so the upstream leg is at a frame boundary whenever no frame payload is in progress.
// Injected frames are the user's (the protocol workbench, FrameSpec): each is masked with a fresh
// key unless the spec gives one, logged as the Frame it is and marked Injected with its RFC 6455
// verdict (FrameSpecClassifier); withheld and delayed pongs are logged marked as such, so the log
// never pretends QWebSocket's bytes reached the server (docs/ARCHITECTURE.md, "The wire tap").
class TapInjector : public QObject
{
    Q_OBJECT

public:
    // Neither `upstream` nor `out` is owned; both outlive the injector.
    TapInjector(QAbstractSocket *upstream, TapStream *out, QObject *parent = nullptr);

    // QWebSocket's frame bytes (after the upgrade request), in any split: decoded and relayed.
    void relay(const QByteArray &data);
    // Called by the tunnel from the outgoing stream's callbacks, during relay().
    void frameStarted(const FrameHeader &header);
    // False when the event must not be logged now (a delayed pong is logged when it goes out).
    // The tunnel logs the frame, then calls flush(): what waits goes out after it.
    bool frameFinished(Event &event);
    // Writes what waits, if the stream is at a frame boundary.
    void flush();
    // The upstream leg is between two frames: no frame of QWebSocket's is half written.
    bool isAtFrameBoundary() const { return m_frame == Disposition::None; }

    // Queues frames to be written back to back at the next frame boundary (now, if the stream is
    // at one). Data frames wait until QWebSocket is not inside a fragmented message of its own.
    void inject(const QList<FrameSpec> &frames);
    bool hasPending() const { return !m_pending.isEmpty(); }
    // Where the next frame given to inject() would go: inside a fragmented message (QWebSocket's,
    // or one of ours, counting the frames still queued) and after a Close of ours (QWebSocket's
    // or an injected one). The verdict logged for that frame is classified at this context.
    FrameSpecClassifier::Context nextContext() const;
    void setPongPolicy(const PongPolicy &policy) { m_policy = policy; }
    const PongPolicy &pongPolicy() const { return m_policy; }
    // While held (a file being sent by the tap), nothing is written; release() writes what waits.
    void hold() { m_held = true; }
    void release();
    // No more writes (the connection is ending). A pong still being delayed never reaches the
    // server: it is logged as withheld.
    void stop();

signals:
    // A frame the injector wrote (injected, or a delayed pong), to be noted and logged.
    void frameWritten(const FrameHeader &header, Event &event);

private:
    struct Pending
    {
        FrameSpec spec;           // an injected frame
        bool delayed = false;     // or QWebSocket's delayed pong:
        QByteArray rawFrame;      //   its bytes as QWebSocket wrote them
        Event event;              //   and its event
        quint64 delayId = 0;
    };

    bool mayWrite() const;
    void writeInjected(const FrameSpec &spec);
    void writeDelayed(const Pending &pending);
    void writeSpan();

    QAbstractSocket *m_upstream;
    TapStream *m_out;
    PongPolicy m_policy;
    QList<Pending> m_pending;
    QList<Pending> m_delaying;           // delayed pongs whose delay is still running
    quint64 m_nextDelayId = 0;
    const QByteArray *m_chunk = nullptr; // the bytes relay() is feeding
    qsizetype m_chunkDone = 0;           // how much of them is dealt with
    qsizetype m_spanFrom = 0;            // [m_spanFrom, m_chunkDone): relayed, not yet written
    enum class Disposition { None, Relay, Hold };
    Disposition m_frame = Disposition::None; // the frame in progress
    QByteArray m_heldFrame;              // its bytes, when held (a pong)
    bool m_held = false;
    bool m_stopped = false;
    bool m_injectedInMessage = false;    // our own injected data message is unfinished
    bool m_closeSent = false;            // a Close of ours (QWebSocket's or injected) went upstream
};
