#include "core/tap/tapfilesender.h"

#include "core/log/eventfactory.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/frameheader.h"
#include "core/tap/tapbackpressure.h"

#include <QAbstractSocket>
#include <QIODevice>
#include <QRandomGenerator>
#include <QSslSocket>

TapFileSender::TapFileSender(QIODevice *source, qint64 size, QAbstractSocket *upstream, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_size(size)
    , m_upstream(upstream)
{
    m_source->setParent(this);
}

void TapFileSender::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(m_upstream, &QAbstractSocket::bytesWritten, this, &TapFileSender::pump);
    if (auto *tls = qobject_cast<QSslSocket *>(m_upstream))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &TapFileSender::pump);
    pump();
}

void TapFileSender::pump()
{
    // Only as fast as the server reads: the same mark as the tap's own back-pressure.
    while (!m_done && TapBackPressure::unwritten(m_upstream) < TapBackPressure::LowWaterBytes) {
        const qint64 want = std::min(FragmentBytes, m_size - m_sent);
        const QByteArray payload = m_source->read(want);
        if (payload.size() != want) {
            m_done = true;
            emit finished(false, tr("The file could not be read after %1 of %2 bytes: %3")
                                         .arg(m_sent + std::max<qint64>(payload.size(), 0))
                                         .arg(m_size)
                                         .arg(m_source->errorString()));
            return;
        }
        FrameHeader header;
        header.opcode = m_frames == 0 ? FrameHeader::Binary : FrameHeader::Continuation;
        header.fin = m_sent + want == m_size;
        header.masked = true;
        header.maskKey = QRandomGenerator::global()->generate(); // RFC 6455 §5.3: a fresh key per frame
        header.payloadLength = quint64(want);
        header.lengthBits = FrameHeader::minimalLengthBits(header.payloadLength);
        header.raw = FrameEncoder::encodeHeader(header);
        m_upstream->write(FrameEncoder::encode(header, payload));
        m_sent += want;
        ++m_frames;

        Event event = EventFactory::frame(Direction::Out, header, payload);
        event.frame.flags |= FrameFields::WrittenByTap;
        if (header.fin) {
            event.frame.flags |= FrameFields::EndsMessage;
            if (m_frames > 1) {
                // The message is not kept whole (that is the point); its size and shape are.
                auto detail = QSharedPointer<EventDetail>::create();
                detail->messageOpcode = FrameHeader::Binary;
                detail->frameCount = m_frames;
                detail->messageLength = m_size;
                event.detail = detail;
            }
        }
        emit frameWritten(event);
        if (header.fin) {
            m_done = true;
            emit finished(true, QString());
            return;
        }
    }
}
