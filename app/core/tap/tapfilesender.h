#pragma once

#include "core/log/event.h"

#include <QObject>
#include <QString>

class QAbstractSocket;
class QIODevice;

// Sends a file to the server as one binary message of many fragments that the tap writes
// itself (RFC 6455 §5.4), read from the file only as fast as the upstream leg drains: QWebSocket
// 6.4 takes a message only whole, so a large file sent through it sits in memory twice over.
// Each fragment is masked with a fresh key (RFC 6455 §5.3) and logged as the Frame it is, marked
// as written by the tap. The tunnel starts it at a frame boundary of QWebSocket's stream and holds
// QWebSocket's own bytes back until it is done (docs/ARCHITECTURE.md, "The wire tap").
class TapFileSender : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 FragmentBytes = qint64(256) * 1024;

    // Takes ownership of `source` (open for reading, `size` bytes). Writes to `upstream` (not owned).
    TapFileSender(QIODevice *source, qint64 size, QAbstractSocket *upstream, QObject *parent = nullptr);

    void start();
    bool isDone() const { return m_done; }
    qint64 sentBytes() const { return m_sent; }

signals:
    // One fragment went to the upstream leg; the tunnel logs it.
    void frameWritten(const Event &event);
    // The last fragment went out (ok), or the file could not be read (not ok: the message is
    // unfinished on the wire, and the connection has to end).
    void finished(bool ok, const QString &error);

private:
    void pump();

    QIODevice *m_source;
    qint64 m_size;
    QAbstractSocket *m_upstream;
    qint64 m_sent = 0;
    int m_frames = 0;
    bool m_started = false;
    bool m_done = false;
};
