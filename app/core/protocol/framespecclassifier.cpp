#include "core/protocol/framespecclassifier.h"

#include "core/protocol/closecodes.h"
#include "core/protocol/framedecoder.h"
#include "core/protocol/frameencoder.h"

#include <QStringList>

namespace {

// A fixed key: the verdict does not depend on the key's value.
constexpr quint32 ClassifierKey = 0x5A5A5A5A;

// Collects the decoder's violations of the one frame under judgement.
class Collector : public FrameDecoder::Sink
{
public:
    FrameDecoder decoder{FrameDecoder::Role::ClientToServer, this};
    bool recording = false;
    QList<FrameSpecClassifier::Finding> findings;

    void frameStarted(const FrameHeader &) override {}
    void framePayload(QByteArrayView) override {}
    void frameFinished(const FrameHeader &) override {}
    void violation(quint16 closeCode, const QString &message, bool) override
    {
        if (recording)
            findings.append(FrameSpecClassifier::Finding{decoder.violationSection(), closeCode, message});
    }
};

} // namespace

quint16 FrameSpecClassifier::Verdict::closeCode() const
{
    return findings.isEmpty() ? 0 : findings.first().closeCode;
}

QString FrameSpecClassifier::Verdict::summary() const
{
    if (findings.isEmpty())
        return tr("legal per RFC 6455");
    QStringList parts;
    for (const Finding &f : findings) {
        parts << (f.closeCode == 0 ? tr("RFC 6455 %1: %2").arg(f.section, f.text)
                                   : tr("RFC 6455 %1, a strict server closes with %2: %3").arg(f.section).arg(f.closeCode).arg(f.text));
    }
    return tr("violation: %1").arg(parts.join(QStringLiteral("; ")));
}

FrameSpecClassifier::Context FrameSpecClassifier::after(const Context &context, const FrameSpec &spec)
{
    Context next = context;
    if (spec.opcode == FrameHeader::Text || spec.opcode == FrameHeader::Binary
        || (spec.opcode == FrameHeader::Continuation && context.insideMessage))
        next.insideMessage = !spec.fin;
    if (spec.opcode == FrameHeader::Close)
        next.closeSent = true;
    return next;
}

FrameSpecClassifier::Verdict FrameSpecClassifier::classify(const FrameSpec &spec)
{
    return classify(spec, Context());
}

FrameSpecClassifier::Verdict FrameSpecClassifier::classify(const FrameSpec &spec, const Context &context)
{
    Collector collector;
    // Bring the decoder to where the frame would go on the stream.
    if (context.insideMessage)
        collector.decoder.feed(FrameEncoder::encode(FrameHeader::Text, {}, false, ClassifierKey));
    if (context.closeSent)
        collector.decoder.feed(FrameEncoder::encode(FrameHeader::Close, {}, true, ClassifierKey));
    collector.recording = true;

    const QByteArray bytes = spec.encode(ClassifierKey);
    const FrameHeader header = spec.header(ClassifierKey);
    const quint64 declared = spec.lengthOnWire();
    const quint64 real = quint64(spec.payload.size());
    // The server reads the declared length: only that much of the payload belongs to this frame.
    const qsizetype judged = header.raw.size() + qsizetype(std::min(declared, real));
    collector.decoder.feed(QByteArrayView(bytes).first(std::min(judged, bytes.size())));

    Verdict verdict;
    verdict.findings = collector.findings;
    if (header.nonMinimalLength)
        verdict.findings.append(Finding{QStringLiteral("§5.2"), CloseCodes::ProtocolError,
                                        tr("The length %1 is written in %2 bits; RFC 6455 §5.2 asks for the minimal encoding (%3 bits). Many servers accept it.")
                                                .arg(declared).arg(header.lengthBits).arg(FrameHeader::minimalLengthBits(declared))});
    if (declared > real)
        verdict.findings.append(Finding{QStringLiteral("§5.2"), 0,
                                        tr("The header declares %1 payload bytes but %2 follow: the server takes the next %3 bytes of the stream as this frame's payload, or waits for them.")
                                                .arg(declared).arg(real).arg(declared - real)});
    else if (declared < real)
        verdict.findings.append(Finding{QStringLiteral("§5.2"), 0,
                                        tr("The header declares %1 payload bytes but %2 follow: the server reads the last %3 bytes as the start of the next frame.")
                                                .arg(declared).arg(real).arg(real - declared)});
    return verdict;
}
