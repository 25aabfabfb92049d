// JsonEventReader: frame lines (header, flags, the tap's marks, a fragmented message rebuilt from its frames).
#include "core/export/jsoneventreader.h"

#include "core/export/jsoneventfields.h"
#include "core/log/eventfactory.h"
#include "core/protocol/framedecoder.h"
#include "core/protocol/frameheader.h"

#include <cmath>
#include <limits>

namespace {

// The header a frame line's "header" hex holds, parsed by the one frame parser there is.
class HeaderSink : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &header) override
    {
        if (!started) {
            this->header = header;
            started = true;
        }
    }
    void framePayload(QByteArrayView) override {}
    void frameFinished(const FrameHeader &) override {}
    void violation(quint16, const QString &, bool) override {}

    FrameHeader header;
    bool started = false;
};

int directionIndex(Direction dir)
{
    return dir == Direction::Out ? 0 : 1;
}

} // namespace

bool JsonEventReader::readFrame(const QJsonObject &object, Event *event, QString *error)
{
    const JsonEventFields fields(object, error);
    QString opcodeName;
    qint64 length = 0;
    QByteArray payload;
    if (!fields.string("opcode", &opcodeName) || !fields.integer("length", 0, std::numeric_limits<qint64>::max(), &length)
        || !fields.bytes("payload", "encoding", &payload))
        return false;
    const int opcode = opcodeFromName(opcodeName);
    if (opcode < 0)
        return fields.fail(tr("field “opcode”: “%1” is not an opcode").arg(opcodeName));
    const Direction dir = event->dir;

    const QJsonValue header = object.value(QLatin1String("header"));
    Event frame;
    if (header.isNull() || header.isUndefined()) {
        // Tap off: what QWebSocket reported, the header never seen.
        frame = EventFactory::untappedFrame(dir, quint8(opcode), payload);
        frame.length = quint64(length);
    } else {
        if (!header.isString())
            return fields.fail(tr("field “header” must be a string of hex digits or null"));
        const QByteArray bytes = QByteArray::fromHex(header.toString().toLatin1());
        if (bytes.toHex() != header.toString().toLatin1().toLower() || bytes.isEmpty())
            return fields.fail(tr("field “header” must be a string of hex digits or null"));
        HeaderSink sink;
        FrameDecoder decoder(dir == Direction::Out ? FrameDecoder::Role::ClientToServer : FrameDecoder::Role::ServerToClient, &sink);
        decoder.setMaxFramePayload(std::numeric_limits<quint64>::max());
        decoder.setMaxMessageSize(std::numeric_limits<quint64>::max());
        decoder.feed(bytes);
        if (!sink.started || sink.header.raw != bytes)
            return fields.fail(tr("field “header”: %1 is not one whole frame header (RFC 6455 §5.2)").arg(header.toString()));
        if (sink.header.opcode != opcode)
            return fields.fail(tr("field “header” has opcode %1, field “opcode” says %2")
                                       .arg(FrameHeader::opcodeName(sink.header.opcode), opcodeName));
        frame = EventFactory::frame(dir, sink.header, payload);
    }
    bool endsMessage = false;
    bool tapWritten = false;
    if (!fields.boolean("ends_message", &endsMessage, false) || !fields.boolean("tap_written", &tapWritten, false))
        return false;
    frame.frame.flags = quint8((endsMessage ? FrameFields::EndsMessage : 0) | (tapWritten ? FrameFields::WrittenByTap : 0));
    // What the tap wrote, withheld or delayed itself (the workbench), so an opened log says so too.
    bool injected = false;
    bool legal = true;
    QString verdict;
    qint64 expectedClose = 0;
    QString pongPolicy;
    qint64 delayMs = -1;
    if (!fields.boolean("injected", &injected, false) || !fields.boolean("legal", &legal, false)
        || !fields.string("verdict", &verdict, false)
        || !fields.integer("expected_close", 0, std::numeric_limits<quint16>::max(), &expectedClose, false)
        || !fields.string("pong_policy", &pongPolicy, false)
        || !fields.integer("delay_ms", 0, std::numeric_limits<qint32>::max(), &delayMs, false))
        return false;
    if (injected)
        frame.frame.flags |= FrameFields::Injected;
    if (pongPolicy == QLatin1String("withheld"))
        frame.frame.flags |= FrameFields::Withheld;
    else if (pongPolicy == QLatin1String("delayed"))
        frame.frame.flags |= FrameFields::Delayed;
    else if (!pongPolicy.isEmpty())
        return fields.fail(tr("field “pong_policy”: “%1” is not withheld or delayed").arg(pongPolicy));

    qint64 frames = 0;
    qint64 messageLength = -1;
    QString messageOpcode;
    double rttMs = -1;
    if (!fields.integer("message_frames", 0, std::numeric_limits<qint32>::max(), &frames, false)
        || !fields.integer("message_length", 0, std::numeric_limits<qint64>::max(), &messageLength, false)
        || !fields.string("message_opcode", &messageOpcode, false) || !fields.number("rtt_ms", &rttMs, false))
        return false;
    QSharedPointer<EventDetail> detail;
    if (frames > 1 || rttMs >= 0 || injected || delayMs >= 0)
        detail = QSharedPointer<EventDetail>::create();
    if (injected) {
        detail->injectedLegal = legal;
        detail->text = verdict;
        detail->closeCode = quint16(expectedClose);
    }
    if (delayMs >= 0)
        detail->delayMs = int(delayMs);
    if (frames > 1) {
        const int code = opcodeFromName(messageOpcode);
        if (code < 0)
            return fields.fail(tr("field “message_opcode”: “%1” is not an opcode").arg(messageOpcode));
        detail->messageOpcode = quint8(code);
        detail->frameCount = int(frames);
    }
    if (rttMs >= 0)
        detail->rttUs = qint64(std::llround(rttMs * 1000.0));
    frame.detail = detail;
    frame.dir = dir;
    noteFrame(&frame, object);
    if (frames > 1 && messageLength >= 0) {
        // The whole message was rebuilt from its frames when they are all here; otherwise (a file
        // the tap streamed, or a log that starts mid-message) only its size is known, as then.
        const QByteArray &whole = m_fragments[size_t(directionIndex(dir))];
        if (!tapWritten && whole.size() == messageLength)
            detail->message = whole;
        else
            detail->messageLength = messageLength;
        m_fragments[size_t(directionIndex(dir))].clear();
        m_collecting[size_t(directionIndex(dir))] = false;
    }
    *event = frame;
    return true;
}

void JsonEventReader::noteFrame(Event *event, const QJsonObject &)
{
    const quint8 opcode = event->frame.opcode;
    if (opcode == FrameHeader::Close && !m_haveFirstClose) {
        m_firstClose = event->frame;
        m_firstClosePayload = event->payload;
        m_haveFirstClose = true;
    }
    if (FrameHeader::isControlOpcode(opcode) || !event->frame.headerKnown() || event->dir == Direction::None)
        return;
    const size_t index = size_t(directionIndex(event->dir));
    // Only fragmented messages are collected (a first frame without FIN, then continuations),
    // and not a file the tap streamed: the log did not keep that one whole either.
    if (opcode != FrameHeader::Continuation) {
        m_fragments[index].clear();
        m_collecting[index] = !event->frame.fin && !(event->frame.flags & FrameFields::WrittenByTap);
    }
    if (m_collecting[index])
        m_fragments[index] += event->payload;
}
