// One direction of the wire tap's decode without sockets: a TapStream in its framing phase, fed
// with encoded frames in every split, makes one Frame event per frame and reassembles a
// fragmented message once, on its last fragment, whatever control frames come between the
// fragments (RFC 6455 §5.4, §5.5).

#include "core/log/logrules.h"
#include "core/log/payloadslice.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/frameheader.h"
#include "core/tap/tapstream.h"

#include <QTest>

#include <algorithm>
#include <optional>

namespace {

// What the tunnel would get from the stream, kept for the test to look at.
class Recorder : public TapStream::Listener
{
public:
    void frameDecoded(TapStream &, const FrameHeader &, Event &event) override { frames.append(event); }
    void streamEvent(const Event &event) override { others.append(event); }

    QList<Event> frames;
    QList<Event> others;
};

constexpr quint32 MaskKey = 0x5a17c0deu;

// One frame as `dir` sends it: masked when the client sends it (RFC 6455 §5.1).
QByteArray frame(Direction dir, quint8 opcode, const QByteArray &payload, bool fin = true)
{
    return FrameEncoder::encode(opcode, payload, fin,
                                dir == Direction::Out ? std::optional<quint32>(MaskKey) : std::nullopt);
}

struct Wire
{
    Direction dir;
    QByteArray bytes;
    Wire &add(quint8 opcode, const QByteArray &payload, bool fin = true)
    {
        bytes += frame(dir, opcode, payload, fin);
        return *this;
    }
};

// A reassembled message (RFC 6455 §5.4) on the frame at `at`.
struct Reassembled
{
    int at = -1;
    QByteArray message;
    int opcode = 0;
    int frames = 0;
};

} // namespace

Q_DECLARE_METATYPE(Direction)
Q_DECLARE_METATYPE(Reassembled)

class TestTapStream : public QObject
{
    Q_OBJECT

private slots:
    void reassembly_data();
    void reassembly();
    void nothingIsDecodedBeforeFramingOrAfterAFatalViolation();
    void unmaskedPayloadsShareTheReadTheyCameIn();
};

void TestTapStream::reassembly_data()
{
    QTest::addColumn<Direction>("dir");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QList<int>>("opcodes");
    QTest::addColumn<QList<bool>>("ends");
    QTest::addColumn<QList<Reassembled>>("messages");
    QTest::addColumn<int>("violations");

    using F = FrameHeader;
    QTest::newRow("An unfragmented text message ends itself and carries no reassembled copy")
            << Direction::In << Wire{ Direction::In, {} }.add(F::Text, "hello").bytes
            << QList<int>{ F::Text } << QList<bool>{ true } << QList<Reassembled>{} << 0;
    QTest::newRow("A text message of three fragments with a ping and a pong between them is reassembled on its last fragment")
            << Direction::In
            << Wire{ Direction::In, {} }.add(F::Text, "Hel", false).add(F::Ping, "p").add(F::Continuation, "lo, ", false)
                       .add(F::Pong, "q").add(F::Continuation, "world").bytes
            << QList<int>{ F::Text, F::Ping, F::Continuation, F::Pong, F::Continuation }
            << QList<bool>{ false, false, false, false, true } << QList<Reassembled>{ { 4, "Hello, world", F::Text, 3 } } << 0;
    QTest::newRow("A binary message the client sends in two masked fragments around its ping is reassembled unmasked")
            << Direction::Out
            << Wire{ Direction::Out, {} }.add(F::Binary, QByteArray("\x00\x01", 2), false).add(F::Ping, "are you there")
                       .add(F::Continuation, QByteArray("\x02\xff", 2)).bytes
            << QList<int>{ F::Binary, F::Ping, F::Continuation } << QList<bool>{ false, false, true } 
            << QList<Reassembled>{ { 2, QByteArray("\x00\x01\x02\xff", 4), F::Binary, 2 } } << 0;
    QTest::newRow("Empty fragments around a ping reassemble to an empty message of three frames")
            << Direction::In
            << Wire{ Direction::In, {} }.add(F::Text, "", false).add(F::Continuation, "", false).add(F::Ping, "")
                       .add(F::Continuation, "").bytes
            << QList<int>{ F::Text, F::Continuation, F::Ping, F::Continuation } << QList<bool>{ false, false, false, true }
            << QList<Reassembled>{ { 3, QByteArray(), F::Text, 3 } } << 0;
    QTest::newRow("Two fragmented messages in a row are reassembled each on its own, the second without the first's bytes")
            << Direction::In
            << Wire{ Direction::In, {} }.add(F::Text, "ab", false).add(F::Continuation, "c").add(F::Binary, "x", false)
                       .add(F::Ping, "").add(F::Continuation, "yz").bytes
            << QList<int>{ F::Text, F::Continuation, F::Binary, F::Ping, F::Continuation }
            << QList<bool>{ false, true, false, false, true } 
            << QList<Reassembled>{ { 1, "abc", F::Text, 2 }, { 4, "xyz", F::Binary, 2 } } << 0;
    QTest::newRow("A continuation with no message before it ends nothing and is reported by the decoder")
            << Direction::In << Wire{ Direction::In, {} }.add(F::Continuation, "stray").add(F::Text, "ok").bytes
            << QList<int>{ F::Continuation, F::Text } << QList<bool>{ false, true } << QList<Reassembled>{} << 1;
    QTest::newRow("A new data message while one is unfinished starts the reassembly over and is reported")
            << Direction::In
            << Wire{ Direction::In, {} }.add(F::Text, "lost", false).add(F::Text, "new ", false).add(F::Continuation, "one").bytes
            << QList<int>{ F::Text, F::Text, F::Continuation } << QList<bool>{ false, false, true } 
            << QList<Reassembled>{ { 2, "new one", F::Text, 2 } } << 1;
    QTest::newRow("A close frame between the fragments leaves the message to its last fragment, which is reported as after the close")
            << Direction::In
            << Wire{ Direction::In, {} }.add(F::Text, "be", false).add(F::Close, QByteArray("\x03\xe8", 2))
                       .add(F::Continuation, "fore").bytes
            << QList<int>{ F::Text, F::Close, F::Continuation } << QList<bool>{ false, false, true } 
            << QList<Reassembled>{ { 2, "before", F::Text, 2 } } << 1;
}

void TestTapStream::reassembly()
{
    QFETCH(Direction, dir);
    QFETCH(QByteArray, wire);
    QFETCH(QList<int>, opcodes);
    QFETCH(QList<bool>, ends);
    QFETCH(QList<Reassembled>, messages);
    QFETCH(int, violations);

    // Any split of the stream gives the same events: one byte at a time, a few, all at once.
    for (const qsizetype chunk : { qsizetype(1), qsizetype(3), qsizetype(7), wire.size() }) {
        Recorder recorder;
        TapStream stream(dir, &recorder);
        stream.startFraming();
        for (qsizetype at = 0; at < wire.size(); at += chunk)
            stream.feedFrames(QByteArrayView(wire).sliced(at, std::min(chunk, wire.size() - at)));
        const QString split = QStringLiteral("split into pieces of %1").arg(chunk);

        QList<int> seenOpcodes;
        QList<bool> seenEnds;
        for (const Event &event : std::as_const(recorder.frames)) {
            QCOMPARE(event.kind, EventKind::Frame);
            QCOMPARE(event.dir, dir);
            seenOpcodes << event.frame.opcode;
            seenEnds << LogRules::endsMessage(event);
        }
        QVERIFY2(seenOpcodes == opcodes, qPrintable(split));
        QVERIFY2(seenEnds == ends, qPrintable(split));
        QVERIFY2(recorder.others.size() == violations, qPrintable(split));
        for (qsizetype i = 0; i < recorder.frames.size(); ++i) {
            const Event &event = recorder.frames.at(i);
            const auto expected = std::find_if(messages.cbegin(), messages.cend(),
                                               [i](const Reassembled &m) { return m.at == i; });
            if (expected == messages.cend()) {
                // Nothing rides on a frame that ends no fragmented message.
                QVERIFY2(!event.detail || (event.detail->message.isEmpty() && event.detail->frameCount == 0),
                         qPrintable(split));
                continue;
            }
            QVERIFY2(event.detail, qPrintable(split));
            QCOMPARE(event.detail->message, expected->message);
            QCOMPARE(int(event.detail->messageOpcode), expected->opcode);
            QCOMPARE(event.detail->frameCount, expected->frames);
            const LogRules::Message whole = LogRules::messageOf(event);
            QVERIFY(whole.valid);
            QCOMPARE(whole.payload, expected->message);
        }
    }
}

void TestTapStream::nothingIsDecodedBeforeFramingOrAfterAFatalViolation()
{
    Recorder recorder;
    TapStream stream(Direction::In, &recorder);
    const QByteArray text = frame(Direction::In, FrameHeader::Text, "early");
    stream.feedFrames(text); // still HTTP: the handshake, not the decoder, reads these bytes
    QVERIFY(recorder.frames.isEmpty());

    stream.startFraming();
    stream.feedFrames(text);
    QCOMPARE(recorder.frames.size(), 1);
    // A frame larger than the limit is fatal (RFC 6455 §7.4.1, 1009): only relayed from then on.
    stream.decoder().setMaxFramePayload(4);
    stream.feedFrames(frame(Direction::In, FrameHeader::Binary, "too long"));
    QCOMPARE(recorder.others.size(), 1);
    QCOMPARE(recorder.others.first().kind, EventKind::Error);
    stream.feedFrames(text);
    QCOMPARE(recorder.frames.size(), 1);
}

void TestTapStream::unmaskedPayloadsShareTheReadTheyCameIn()
{
    // A server's frames are unmasked: their payloads lie in the read as they are and are not
    // copied. A client's masked frames are unmasked into new bytes. A frame split across two
    // reads is gathered into bytes of its own.
    Recorder recorder;
    TapStream in(Direction::In, &recorder);
    in.startFraming();
    const QByteArray read = frame(Direction::In, FrameHeader::Text, "one") + frame(Direction::In, FrameHeader::Binary, "two");
    in.feedFrames(read, &read);
    const QByteArray split = frame(Direction::In, FrameHeader::Text, "split across reads");
    const QByteArray first = split.left(5);
    const QByteArray second = split.mid(5);
    in.feedFrames(first, &first);
    in.feedFrames(second, &second);
    QCOMPARE(recorder.frames.size(), 3);
    QCOMPARE(recorder.frames.at(0).payload, QByteArray("one"));
    QVERIFY(PayloadSlice::shares(recorder.frames.at(0).payload, read));
    QVERIFY(PayloadSlice::shares(recorder.frames.at(1).payload, read));
    QCOMPARE(recorder.frames.at(2).payload, QByteArray("split across reads"));
    QVERIFY(!PayloadSlice::shares(recorder.frames.at(2).payload, second));

    Recorder outRecorder;
    TapStream out(Direction::Out, &outRecorder);
    out.startFraming();
    const QByteArray masked = frame(Direction::Out, FrameHeader::Text, "masked");
    out.feedFrames(masked, &masked);
    QCOMPARE(outRecorder.frames.size(), 1);
    QCOMPARE(outRecorder.frames.at(0).payload, QByteArray("masked"));
    QVERIFY(!PayloadSlice::shares(outRecorder.frames.at(0).payload, masked));
}

QTEST_GUILESS_MAIN(TestTapStream)
#include "tst_tapstream.moc"
