// Decoding throughput of FrameDecoder, for BENCHMARKS.md.
// Run: ./bench_framedecoder   (from the build dir: tests/bench_framedecoder or wherever CMake put it)
#include "core/protocol/framedecoder.h"
#include "core/protocol/frameencoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace {

// Counts frames and bytes and folds every payload byte into a checksum; copies nothing.
class CountingSink : public FrameDecoder::Sink
{
public:
    void frameStarted(const FrameHeader &) override {}
    void framePayload(QByteArrayView chunk) override
    {
        bytes += quint64(chunk.size());
        // Read every byte once, as any real consumer would (the decoder hands unmasked payload
        // over without copying it, so without this an unmasked frame would cost nothing).
        quint64 fold = 0;
        qsizetype i = 0;
        for (; i + 8 <= chunk.size(); i += 8) {
            quint64 word;
            std::memcpy(&word, chunk.data() + i, sizeof word);
            fold ^= word;
        }
        for (; i < chunk.size(); ++i)
            fold ^= quint8(chunk.at(i));
        checksum += fold;
    }
    void frameFinished(const FrameHeader &) override { ++frames; }
    void violation(quint16, const QString &, bool) override { ++violations; }

    quint64 bytes = 0;
    quint64 frames = 0;
    quint64 checksum = 0;
    int violations = 0;
};

void run(const char *name, FrameDecoder::Role role, const QByteArray &wire, qsizetype readSize, int repeat)
{
    CountingSink sink;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < repeat; ++r) {
        FrameDecoder decoder(role, &sink);
        for (qsizetype pos = 0; pos < wire.size(); pos += readSize)
            decoder.feed(QByteArrayView(wire).sliced(pos, std::min(readSize, wire.size() - pos)));
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double wireMB = double(wire.size()) * repeat / 1e6;
    std::printf("%-52s %8.1f MB/s wire %12.0f frames/s  (%llu frames, %.1f MB, %.3f s, %d violations, sum %llu)\n",
                name, wireMB / seconds, double(sink.frames) / seconds, static_cast<unsigned long long>(sink.frames),
                wireMB, seconds, sink.violations, static_cast<unsigned long long>(sink.checksum % 1000));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("Command: %s\n", qPrintable(QCoreApplication::arguments().join(QLatin1Char(' '))));
    std::printf("Qt %s, input fed in 64 KiB reads unless stated\n\n", qVersion());

    const qsizetype read = 64 * 1024;

    // 1,000,000 small masked text frames, like a chatty JSON client.
    QByteArray small;
    small.reserve(1000000 * 36);
    for (int i = 0; i < 1000000; ++i)
        small += FrameEncoder::encode(FrameHeader::Text, QByteArray(QByteArray(R"({"seq":)") + QByteArray::number(100000 + i) + "}"),
                                      true, quint32(0x9e3779b9u * uint(i)));
    run("1,000,000 small masked text frames (~14 B payload)", FrameDecoder::Role::ClientToServer, small, read, 1);

    QByteArray smallBinary;
    smallBinary.reserve(1000000 * 8);
    for (int i = 0; i < 1000000; ++i)
        smallBinary += FrameEncoder::encode(FrameHeader::Binary, QByteArray(6, char(i)));
    run("1,000,000 small unmasked binary frames (6 B payload)", FrameDecoder::Role::ServerToClient, smallBinary, read, 1);

    const qsizetype big = 64 * 1024 * 1024;
    QByteArray payload(big, 'a');
    run("One 64 MiB masked binary frame", FrameDecoder::Role::ClientToServer,
        FrameEncoder::encode(FrameHeader::Binary, payload, true, 0x37fa213du), read, 3);
    run("One 64 MiB unmasked binary frame", FrameDecoder::Role::ServerToClient,
        FrameEncoder::encode(FrameHeader::Binary, payload), read, 3);
    run("One 64 MiB masked ASCII text frame (UTF-8 checked)", FrameDecoder::Role::ClientToServer,
        FrameEncoder::encode(FrameHeader::Text, payload, true, 0x37fa213du), read, 3);
    QByteArray multibyte;
    multibyte.reserve(big);
    while (multibyte.size() + 8 <= big)
        multibyte += "\xce\xba\xe1\xbd\xb9\xcf\x83 "; // κόσ plus a space: mostly multi-byte
    run("One 64 MiB unmasked Greek text frame (UTF-8 checked)", FrameDecoder::Role::ServerToClient,
        FrameEncoder::encode(FrameHeader::Text, multibyte), read, 3);
    return 0;
}
