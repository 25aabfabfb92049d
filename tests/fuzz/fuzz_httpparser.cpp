// HttpParser, the parser of both handshake heads and of a refused upgrade's body: bytes from the
// peer (or from a local client of the tap). The first byte picks request or response and where
// the stream is cut in two; the rest is the stream.
// Invariants: feed() consumes at most what it is given; the outcome (state, bytes consumed, head,
// body) does not depend on the cut, nor on feeding byte by byte; an error has a message; the body
// kept plus the body dropped is every body byte seen.

#include "fuzzsupport.h"

#include "core/protocol/httpparser.h"

namespace {

constexpr qsizetype SmallLimit = 512; // exercises the head and body limits with small inputs

struct Outcome
{
    HttpParser::State state;
    qint64 consumed;
    HttpMessage message;
    bool operator==(const Outcome &other) const
    {
        return state == other.state && consumed == other.consumed
               && message.rawHead == other.message.rawHead && message.headers == other.message.headers
               && message.body == other.message.body && message.bodyBytesSeen == other.message.bodyBytesSeen
               && message.statusCode == other.message.statusCode;
    }
};

Outcome run(HttpParser::Kind kind, bool smallLimits, QByteArrayView stream, qsizetype step)
{
    HttpParser parser(kind);
    if (smallLimits) {
        parser.setMaxHeadSize(SmallLimit);
        parser.setMaxBodyKept(SmallLimit / 4);
    }
    for (qsizetype at = 0; at < stream.size();) {
        const QByteArrayView chunk = stream.sliced(at, qMin(step, stream.size() - at));
        const qsizetype used = parser.feed(chunk);
        FUZZ_CHECK(used >= 0 && used <= chunk.size());
        if (used < chunk.size())
            break; // complete or failed: the rest belongs to someone else
        at += used;
    }
    parser.finish();
    const HttpParser::State state = parser.state();
    FUZZ_CHECK(state == HttpParser::State::Complete || state == HttpParser::State::Error);
    FUZZ_CHECK((state == HttpParser::State::Error) == !parser.errorString().isEmpty());
    const HttpMessage &message = parser.message();
    FUZZ_CHECK(message.body.size() + message.bodyBytesDropped == message.bodyBytesSeen);
    FUZZ_CHECK(parser.bytesConsumed() <= stream.size());
    return { state, parser.bytesConsumed(), message };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 control = input.takeByte();
    const HttpParser::Kind kind = (control & 1) ? HttpParser::Kind::Response : HttpParser::Kind::Request;
    const bool smallLimits = (control & 2) != 0;
    const QByteArrayView stream = input.takeRest();
    const qsizetype cut = stream.isEmpty() ? 1 : 1 + (control >> 2) % stream.size();

    const Outcome whole = run(kind, smallLimits, stream, qMax<qsizetype>(stream.size(), 1));
    FUZZ_CHECK(run(kind, smallLimits, stream, cut) == whole);
    if (stream.size() <= 4096)
        FUZZ_CHECK(run(kind, smallLimits, stream, 1) == whole);
    return 0;
}
