// Socks5Negotiation, the server side of SOCKS5 (RFC 1928, RFC 1929) the tap runs on every
// connection to its port: any local process may connect and send anything. The first byte picks
// the cut; the rest is the stream. Invariants: *consumed never exceeds the input; a negotiation
// that failed has a message and stays failed; a ready one names a target; the outcome does not
// depend on the cut; the reply bytes are the same whatever the cut.

#include "fuzzsupport.h"

#include "core/tap/socks5negotiation.h"

namespace {

const QByteArray User = QByteArrayLiteral("wsscope");
const QByteArray Password = QByteArrayLiteral("0123456789abcdef");

struct Outcome
{
    Socks5Negotiation::State state;
    QByteArray replies;
    qsizetype consumed;
    QString host;
    quint16 port;
    bool operator==(const Outcome &o) const
    {
        return state == o.state && replies == o.replies && consumed == o.consumed && host == o.host
               && port == o.port;
    }
};

Outcome run(QByteArrayView stream, qsizetype step)
{
    Socks5Negotiation negotiation(User, Password);
    QByteArray replies;
    qsizetype total = 0;
    for (qsizetype at = 0; at < stream.size(); at += step) {
        const QByteArrayView chunk = stream.sliced(at, qMin(step, stream.size() - at));
        qsizetype consumed = -1;
        replies += negotiation.feed(chunk, &consumed);
        FUZZ_CHECK(consumed >= 0 && consumed <= chunk.size());
        total += consumed;
        if (negotiation.state() == Socks5Negotiation::State::RequestReady
            || negotiation.state() == Socks5Negotiation::State::Failed)
            break;
        FUZZ_CHECK(consumed == chunk.size());
    }
    const Socks5Negotiation::State state = negotiation.state();
    FUZZ_CHECK((state == Socks5Negotiation::State::Failed) == !negotiation.errorString().isEmpty());
    if (state == Socks5Negotiation::State::RequestReady) {
        FUZZ_CHECK(negotiation.isAuthenticated() && negotiation.username() == User);
        FUZZ_CHECK(!negotiation.host().isEmpty());
    }
    if (state == Socks5Negotiation::State::Failed) {
        qsizetype consumed = -1;
        FUZZ_CHECK(negotiation.feed(QByteArrayView("\x05\x01\x00", 3), &consumed).isEmpty());
        FUZZ_CHECK(negotiation.state() == Socks5Negotiation::State::Failed);
    }
    // A failed negotiation drops what it was given: only a ready one says where the tunnel starts.
    const qsizetype used = state == Socks5Negotiation::State::RequestReady ? total : -1;
    return { state, replies, used, negotiation.host(), negotiation.port() };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 cutByte = input.takeByte();
    const QByteArrayView stream = input.takeRest();
    const qsizetype cut = 1 + qsizetype(cutByte) % qMax<qsizetype>(stream.size(), 1);
    const Outcome whole = run(stream, qMax<qsizetype>(stream.size(), 1));
    FUZZ_CHECK(run(stream, cut) == whole);
    FUZZ_CHECK(run(stream, 1) == whole);
    return 0;
}
