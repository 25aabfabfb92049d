// FrameSpecParser, the field syntax of `wsscope-cli --send-frame` and of scenario steps, typed by
// a user or read from a scenario file. Invariants: a refusal has a message that starts with the
// field it names; a spec that parses encodes to wire bytes that FrameDecoder reads back as the
// same header (FIN, RSV, opcode, mask and key, declared length and its encoding), and, when the
// declared length is the payload's, as the same payload.
// payload-file is left out: it reads the file system (its limit has a unit test).

#include "fuzzsupport.h"

#include "core/protocol/framedecoder.h"
#include "core/protocol/framespecparser.h"

#include <limits>

namespace {

constexpr quint32 FreshKey = 0x1234abcd;

class RecordingSink : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &header) override
    {
        if (++started == 1)
            first = header; // the spec's own frame; a short declared length makes more after it
    }
    void framePayload(QByteArrayView chunk) override
    {
        if (started == 1)
            payload += chunk;
    }
    void frameFinished(const FrameHeader &) override { ++finished; }
    void violation(quint16, const QString &, bool) override {}

    int started = 0;
    int finished = 0;
    FrameHeader first;
    QByteArray payload;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.contains(QByteArrayView("payload-file")))
        return -1; // not added to the corpus
    const QString text = QString::fromUtf8(bytes);
    FrameSpecParser::Error error;
    const std::optional<FrameSpec> spec = FrameSpecParser::parse(text, &error);
    if (!spec) {
        FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(error.field.isEmpty() || error.message.contains(error.field));
        return 0;
    }
    FUZZ_CHECK(spec->opcode <= 0xF && spec->rsv <= 0x7);
    const FrameHeader expected = spec->header(FreshKey);
    const QByteArray wire = spec->encode(FreshKey);
    FUZZ_CHECK(wire.startsWith(expected.raw));
    FUZZ_CHECK(wire.size() == expected.raw.size() + spec->payload.size());

    RecordingSink sink;
    const auto role = spec->masked ? FrameDecoder::Role::ClientToServer : FrameDecoder::Role::ServerToClient;
    FrameDecoder decoder(role, &sink);
    decoder.setAllowedRsv(0x7);
    decoder.setMaxFramePayload(std::numeric_limits<quint64>::max());
    decoder.setMaxMessageSize(std::numeric_limits<quint64>::max());
    FUZZ_CHECK(decoder.feed(wire) <= wire.size());

    // The first frame's header (a declared length shorter than the payload makes the rest of the
    // payload a second frame); a header too big to start a frame is still the current one.
    const FrameHeader &decoded = sink.started > 0 ? sink.first : decoder.currentHeader();
    FUZZ_CHECK(decoded.raw == expected.raw);
    FUZZ_CHECK(decoded.fin == spec->fin && decoded.rsv == spec->rsv && decoded.opcode == spec->opcode);
    FUZZ_CHECK(decoded.masked == spec->masked);
    if (spec->masked)
        FUZZ_CHECK(decoded.maskKey == spec->maskKey.value_or(FreshKey));
    FUZZ_CHECK(decoded.payloadLength == spec->lengthOnWire());
    FUZZ_CHECK(decoded.lengthBits == expected.lengthBits);
    if (spec->lengthBits != 0)
        FUZZ_CHECK(decoded.lengthBits == spec->lengthBits);
    if (sink.started == 1 && spec->lengthOnWire() == quint64(spec->payload.size())) {
        FUZZ_CHECK(sink.finished == 1);
        FUZZ_CHECK(sink.payload == spec->payload);
    }
    return 0;
}
