#pragma once

#include <QObject>

class QAbstractSocket;

// Back-pressure for one direction of a tap tunnel (docs/ARCHITECTURE.md, "The wire tap"). The tap
// reads a leg only as fast as the other leg drains: once the sink's unwritten bytes pass
// HighWaterBytes, the source is no longer read and its read buffer is capped, so further bytes
// stay in the kernel and TCP flow control (RFC 9293 §3.8.6) slows the sender down; a QWebSocket
// that sends to a server that does not read then sees its own bytesToWrite() grow. Reading
// resumes once the sink is below LowWaterBytes.
class TapBackPressure : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 HighWaterBytes = qint64(4) * 1024 * 1024;
    static constexpr qint64 LowWaterBytes = qint64(1) * 1024 * 1024;
    // While paused, Qt holds at most this much of the source in its own buffer.
    static constexpr qint64 PausedReadBufferBytes = qint64(64) * 1024;

    // Neither socket is owned.
    TapBackPressure(QAbstractSocket *source, QAbstractSocket *sink, QObject *parent = nullptr);

    bool isBackedUp() const { return m_backedUp; }
    // Call after each write to the sink.
    void check();

    // Unwritten bytes of a leg, TLS records not yet sent included.
    static qint64 unwritten(const QAbstractSocket *socket);

signals:
    void backedUpChanged(bool backedUp);
    // The source may be read again: bytes may already wait in its buffer, with no new readyRead.
    void resumed();

private:
    void onSinkWritten();

    QAbstractSocket *m_source = nullptr;
    QAbstractSocket *m_sink = nullptr;
    bool m_backedUp = false;
};
