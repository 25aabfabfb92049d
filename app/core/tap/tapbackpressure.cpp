#include "core/tap/tapbackpressure.h"

#include <QSslSocket>

TapBackPressure::TapBackPressure(QAbstractSocket *source, QAbstractSocket *sink, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_sink(sink)
{
    connect(m_sink, &QAbstractSocket::bytesWritten, this, &TapBackPressure::onSinkWritten);
    // Through TLS, bytesWritten() says the plaintext was encrypted, not that it left.
    if (auto *tls = qobject_cast<QSslSocket *>(m_sink))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &TapBackPressure::onSinkWritten);
}

qint64 TapBackPressure::unwritten(const QAbstractSocket *socket)
{
    if (!socket)
        return 0;
    qint64 bytes = socket->bytesToWrite();
    if (const auto *tls = qobject_cast<const QSslSocket *>(socket); tls && tls->mode() != QSslSocket::UnencryptedMode)
        bytes += tls->encryptedBytesToWrite();
    return bytes;
}

void TapBackPressure::check()
{
    if (m_backedUp || unwritten(m_sink) <= HighWaterBytes)
        return;
    m_backedUp = true;
    // The caller reads no more; a capped buffer makes Qt leave the rest in the kernel.
    m_source->setReadBufferSize(PausedReadBufferBytes);
    emit backedUpChanged(true);
}

void TapBackPressure::onSinkWritten()
{
    if (!m_backedUp || unwritten(m_sink) >= LowWaterBytes)
        return;
    m_backedUp = false;
    m_source->setReadBufferSize(0);
    emit backedUpChanged(false);
    emit resumed();
}
