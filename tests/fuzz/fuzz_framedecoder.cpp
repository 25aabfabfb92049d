// FrameDecoder, the RFC 6455 frame decoder both directions of the tap run on peer bytes. The first
// byte picks the role, the limits, the allowed RSV bits and the cut; the rest is the stream.
// Invariants: feed() consumes at most what it is given (all of it unless fatal); the payload
// delivered never exceeds the input nor a frame's declared length; callbacks come in order
// (started, payload, finished); a violation has a close code RFC 6455 §7.4.1 assigns and a
// message; the outcome does not depend on the cut.

#include "fuzzsupport.h"

#include "core/protocol/framedecoder.h"

namespace {

constexpr quint64 SmallFramePayload = 1000;
constexpr quint64 SmallMessageSize = 3000;

class CheckingSink : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &header) override
    {
        FUZZ_CHECK(!m_inFrame);
        FUZZ_CHECK(header.raw.size() >= 2 && header.raw.size() <= 14);
        m_inFrame = true;
        m_declared = header.payloadLength;
        m_seenInFrame = 0;
        ++frames;
        digest = digest * 31 + header.opcode + (header.fin ? 16 : 0) + header.payloadLength;
    }
    void framePayload(QByteArrayView chunk) override
    {
        FUZZ_CHECK(m_inFrame);
        m_seenInFrame += quint64(chunk.size());
        FUZZ_CHECK(m_seenInFrame <= m_declared);
        payloadBytes += quint64(chunk.size());
        for (const char c : chunk)
            digest = digest * 131 + quint8(c);
    }
    void frameFinished(const FrameHeader &header) override
    {
        FUZZ_CHECK(m_inFrame);
        FUZZ_CHECK(m_seenInFrame == header.payloadLength);
        m_inFrame = false;
        ++finished;
    }
    void violation(quint16 closeCode, const QString &message, bool fatal) override
    {
        FUZZ_CHECK(closeCode == 1002 || closeCode == 1007 || closeCode == 1009);
        FUZZ_CHECK(!message.isEmpty());
        violationDigest = violationDigest * 7 + closeCode + (fatal ? 1 : 0);
        ++violations;
    }

    quint64 frames = 0;
    quint64 finished = 0;
    quint64 violations = 0;
    quint64 payloadBytes = 0;
    quint64 digest = 0;
    quint64 violationDigest = 0; // apart: a violation may come before or after the chunk it is in

private:
    bool m_inFrame = false;
    quint64 m_declared = 0;
    quint64 m_seenInFrame = 0;
};

struct Outcome
{
    quint64 frames, finished, violations, payloadBytes, digest, violationDigest, consumed;
    quint16 closeCode;
    bool fatal;
    bool operator==(const Outcome &o) const
    {
        return frames == o.frames && finished == o.finished && violations == o.violations
               && payloadBytes == o.payloadBytes && digest == o.digest
               && violationDigest == o.violationDigest && consumed == o.consumed
               && closeCode == o.closeCode && fatal == o.fatal;
    }
};

Outcome run(quint8 control, QByteArrayView stream, qsizetype step)
{
    CheckingSink sink;
    const auto role = (control & 1) ? FrameDecoder::Role::ServerToClient : FrameDecoder::Role::ClientToServer;
    FrameDecoder decoder(role, &sink);
    if (control & 2) {
        decoder.setMaxFramePayload(SmallFramePayload);
        decoder.setMaxMessageSize(SmallMessageSize);
    }
    decoder.setAllowedRsv(quint8((control >> 2) & 7));
    for (qsizetype at = 0; at < stream.size(); at += step) {
        const QByteArrayView chunk = stream.sliced(at, qMin(step, stream.size() - at));
        const qsizetype used = decoder.feed(chunk);
        FUZZ_CHECK(used >= 0 && used <= chunk.size());
        if (used < chunk.size()) {
            FUZZ_CHECK(decoder.hasFatalError());
            break;
        }
    }
    FUZZ_CHECK(decoder.bytesConsumed() <= quint64(stream.size()));
    FUZZ_CHECK(sink.payloadBytes <= quint64(stream.size()));
    FUZZ_CHECK(sink.finished <= sink.frames);
    FUZZ_CHECK((decoder.closeCode() == 0) == (sink.violations == 0));
    return { sink.frames, sink.finished, sink.violations, sink.payloadBytes, sink.digest, sink.violationDigest,
             decoder.bytesConsumed(), decoder.closeCode(), decoder.hasFatalError() };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 control = input.takeByte();
    const quint8 cutByte = input.takeByte();
    const QByteArrayView stream = input.takeRest();
    const qsizetype cut = 1 + qsizetype(cutByte) % qMax<qsizetype>(stream.size(), 1);

    const Outcome whole = run(control, stream, qMax<qsizetype>(stream.size(), 1));
    FUZZ_CHECK(run(control, stream, cut) == whole);
    if (stream.size() <= 2048)
        FUZZ_CHECK(run(control, stream, 1) == whole);
    return 0;
}
