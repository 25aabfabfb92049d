#include "core/tap/tapinjector.h"

#include "core/log/eventfactory.h"
#include "core/protocol/framedecoder.h"
#include "core/protocol/frameheader.h"
#include "core/protocol/framespecclassifier.h"
#include "core/tap/tapstream.h"

#include <QAbstractSocket>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

TapInjector::TapInjector(QAbstractSocket *upstream, TapStream *out, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_out(out)
{
}

void TapInjector::writeSpan()
{
    // QWebSocket's frames of one read go upstream in one write, up to where the tap has to act.
    if (m_chunk && m_chunkDone > m_spanFrom)
        m_upstream->write(m_chunk->constData() + m_spanFrom, m_chunkDone - m_spanFrom);
    m_spanFrom = m_chunkDone;
}

void TapInjector::relay(const QByteArray &data)
{
    FrameDecoder &decoder = m_out->decoder();
    if (decoder.hasFatalError() || !m_out->isFraming()) {
        m_upstream->write(data); // undecodable: relayed as it comes
        return;
    }
    const quint64 consumedBefore = decoder.bytesConsumed();
    m_chunk = &data;
    m_chunkDone = 0;
    m_spanFrom = 0;
    m_out->feedFrames(data);
    if (decoder.hasFatalError()) {
        // The decoder gave up at this header (a length beyond its limits): from here on the bytes
        // are relayed unchanged, the header it kept back first.
        writeSpan();
        const auto taken = qsizetype(decoder.bytesConsumed() - consumedBefore);
        m_upstream->write(decoder.currentHeader().raw);
        m_upstream->write(data.constData() + taken, data.size() - taken);
        m_frame = Disposition::None;
        m_chunk = nullptr;
        return;
    }
    // The rest of the chunk: payload of the frame in progress, or the start of a header that is
    // relayed once it is complete (its bytes come back as FrameHeader::raw).
    if (m_frame == Disposition::Relay)
        m_chunkDone = data.size();
    else if (m_frame == Disposition::Hold)
        m_heldFrame.append(data.constData() + m_chunkDone, data.size() - m_chunkDone);
    writeSpan();
    m_chunk = nullptr;
}

void TapInjector::frameStarted(const FrameHeader &header)
{
    const qsizetype headerEnd = m_out->decoder().feedPosition();
    const bool holdPong = header.opcode == FrameHeader::Pong && m_policy.mode != PongPolicy::Mode::Auto;
    m_frame = holdPong ? Disposition::Hold : Disposition::Relay;
    const qsizetype headerStart = headerEnd - header.raw.size();
    if (holdPong) {
        writeSpan();
        m_heldFrame = header.raw;
        m_spanFrom = headerEnd;
    } else if (headerStart < 0) {
        // The header began in an earlier read, which kept its first bytes back.
        writeSpan();
        m_upstream->write(header.raw);
        m_spanFrom = headerEnd;
    }
    m_chunkDone = headerEnd;
}

bool TapInjector::frameFinished(Event &event)
{
    const qsizetype frameEnd = m_out->decoder().feedPosition();
    const Disposition disposition = m_frame;
    if (m_chunk) {
        if (disposition == Disposition::Hold) {
            m_heldFrame.append(m_chunk->constData() + m_chunkDone, frameEnd - m_chunkDone);
            m_spanFrom = frameEnd;
        }
        m_chunkDone = frameEnd;
    }
    m_frame = Disposition::None;
    if (event.frame.opcode == FrameHeader::Close)
        m_closeSent = true; // QWebSocket's Close: what we write after it comes after our Close
    bool logNow = true;
    if (disposition == Disposition::Hold) {
        if (m_policy.mode == PongPolicy::Mode::Withhold) {
            event.frame.flags |= FrameFields::Withheld;
        } else if (m_policy.mode == PongPolicy::Mode::Replace) {
            // QWebSocket's pong stays back; the tap answers with its own payload instead.
            event.frame.flags |= FrameFields::Withheld;
            Pending pending;
            pending.spec.opcode = FrameHeader::Pong;
            pending.spec.payload = m_policy.payload;
            m_pending.append(pending);
        } else {
            // RFC 6455 §5.5.3 lets a pong come late; it goes out at a frame boundary after the delay.
            Pending pending;
            pending.delayed = true;
            pending.rawFrame = std::exchange(m_heldFrame, QByteArray());
            pending.event = event;
            pending.event.frame.flags |= FrameFields::Delayed;
            auto detail = event.detail ? QSharedPointer<EventDetail>::create(*event.detail) : QSharedPointer<EventDetail>::create();
            detail->delayMs = m_policy.delayMs;
            pending.event.detail = detail;
            logNow = false;
            pending.delayId = ++m_nextDelayId;
            m_delaying.append(pending);
            QTimer::singleShot(m_policy.delayMs, this, [this, id = pending.delayId] {
                for (qsizetype i = 0; i < m_delaying.size(); ++i) {
                    if (m_delaying.at(i).delayId == id) {
                        m_pending.append(m_delaying.takeAt(i));
                        flush();
                        return;
                    }
                }
            });
        }
        m_heldFrame.clear();
    }
    return logNow;
}

bool TapInjector::mayWrite() const
{
    return !m_held && !m_stopped && m_frame == Disposition::None
            && m_upstream->state() == QAbstractSocket::ConnectedState;
}

void TapInjector::inject(const QList<FrameSpec> &frames)
{
    for (const FrameSpec &spec : frames) {
        Pending pending;
        pending.spec = spec;
        m_pending.append(pending);
    }
    flush();
}

FrameSpecClassifier::Context TapInjector::nextContext() const
{
    FrameSpecClassifier::Context ours{m_injectedInMessage, m_closeSent};
    for (const Pending &pending : m_pending) {
        if (!pending.delayed)
            ours = FrameSpecClassifier::after(ours, pending.spec);
    }
    ours.insideMessage = ours.insideMessage || m_out->isInsideMessage();
    return ours;
}

void TapInjector::release()
{
    m_held = false;
    flush();
}

void TapInjector::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    QList<Pending> unsent = std::exchange(m_delaying, {});
    unsent.append(std::exchange(m_pending, {}));
    for (Pending &pending : unsent) {
        if (!pending.delayed)
            continue;
        Event event = pending.event;
        event.frame.flags = quint8((event.frame.flags & ~FrameFields::Delayed) | FrameFields::Withheld);
        FrameHeader header;
        header.opcode = event.frame.opcode;
        emit frameWritten(header, event);
    }
}

void TapInjector::flush()
{
    if (!mayWrite() || m_pending.isEmpty())
        return;
    writeSpan();
    while (!m_pending.isEmpty()) {
        const Pending &next = m_pending.first();
        // RFC 6455 §5.4: no data frame of another message between QWebSocket's fragments. (Our
        // own fragments are queued together and go out back to back.)
        const bool data = !next.delayed && !FrameHeader::isControlOpcode(next.spec.opcode);
        if (data && m_out->isInsideMessage() && !m_injectedInMessage)
            return;
        const Pending pending = m_pending.takeFirst();
        if (pending.delayed)
            writeDelayed(pending);
        else
            writeInjected(pending.spec);
    }
}

void TapInjector::writeInjected(const FrameSpec &spec)
{
    FrameSpecClassifier::Context context;
    context.insideMessage = m_out->isInsideMessage() || m_injectedInMessage;
    context.closeSent = m_closeSent;
    const FrameSpecClassifier::Verdict verdict = FrameSpecClassifier::classify(spec, context);

    const quint32 key = QRandomGenerator::global()->generate(); // RFC 6455 §5.3: a fresh key per frame
    FrameHeader header = spec.header(key);
    m_upstream->write(spec.encode(key));
    const FrameSpecClassifier::Context next = FrameSpecClassifier::after({m_injectedInMessage, m_closeSent}, spec);
    m_injectedInMessage = next.insideMessage;
    m_closeSent = next.closeSent;

    Event event = EventFactory::frame(Direction::Out, header, spec.payload);
    event.frame.flags |= FrameFields::Injected;
    auto detail = QSharedPointer<EventDetail>::create();
    detail->text = verdict.summary();
    detail->closeCode = verdict.closeCode();
    detail->injectedLegal = verdict.isLegal();
    event.detail = detail;
    emit frameWritten(header, event);
}

void TapInjector::writeDelayed(const Pending &pending)
{
    m_upstream->write(pending.rawFrame);
    Event event = pending.event;
    FrameHeader header;
    header.opcode = event.frame.opcode;
    emit frameWritten(header, event);
}
