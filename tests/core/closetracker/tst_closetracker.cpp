// The tap's close summary as a value fed with Close frames in wire order (RFC 6455 §7.1.4,
// §7.1.5): who sent first, the first frame's code and reason (1005 for an empty payload, 1006
// when none crossed), and what malformed payloads leave in it.

#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"
#include "core/tap/closetracker.h"

#include <QTest>

#include <algorithm>
#include <iterator>

namespace {

QByteArray payloadOf(quint16 code, const QByteArray &reason = {})
{
    QByteArray bytes;
    bytes.append(char(code >> 8));
    bytes.append(char(code & 0xFF));
    bytes.append(reason);
    return bytes;
}

// A Close frame's fields as the tap logs them; the client's masked (RFC 6455 §5.1).
FrameFields closeFields(Direction dir)
{
    FrameFields fields;
    fields.opcode = FrameHeader::Close;
    fields.masked = dir == Direction::Out;
    fields.headerSize = quint8(fields.masked ? 6 : 2);
    if (fields.masked) {
        const char key[] = {0x01, 0x02, 0x03, 0x04}; // the masking key is the header's last 4 bytes
        std::copy(std::begin(key), std::end(key), fields.header.begin() + 2);
    }
    return fields;
}

struct Close
{
    Direction dir;
    QByteArray payload;
};

} // namespace

Q_DECLARE_METATYPE(Close)
Q_DECLARE_METATYPE(Direction)

class TestCloseTracker : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void noCloseFrameAtAllIs1006AndNobodyFirst();
    void theLegsFactsAreKeptApartFromTheFrames();
};

void TestCloseTracker::summary_data()
{
    QTest::addColumn<QList<Close>>("closes");
    QTest::addColumn<Direction>("first");
    QTest::addColumn<bool>("outSeen");
    QTest::addColumn<bool>("inSeen");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("payload");   // of the first Close frame

    const Direction O = Direction::Out;
    const Direction I = Direction::In;
    QTest::newRow("The client closes with 1000 and a reason and the server echoes it: client first, both seen")
            << QList<Close>{ { O, payloadOf(1000, "bye") }, { I, payloadOf(1000) } } << O << true << true << 1000
            << QStringLiteral("bye") << payloadOf(1000, "bye");
    QTest::newRow("The server closes first with a private code; the client's different code does not replace it")
            << QList<Close>{ { I, payloadOf(4001, "kicked") }, { O, payloadOf(1001, "leaving") } } << I << true << true
            << 4001 << QStringLiteral("kicked") << payloadOf(4001, "kicked");
    QTest::newRow("An empty Close payload means no status was received, which the summary says as 1005")
            << QList<Close>{ { I, QByteArray() }, { O, QByteArray() } } << I << true << true << 1005 << QString()
            << QByteArray();
    QTest::newRow("Only the client's Close crossed: the other side is not seen")
            << QList<Close>{ { O, payloadOf(1000) } } << O << true << false << 1000 << QString() << payloadOf(1000);
    QTest::newRow("A second Close frame from the same side changes nothing of the first")
            << QList<Close>{ { O, payloadOf(1000, "a") }, { O, payloadOf(3000, "b") } } << O << true << false << 1000
            << QStringLiteral("a") << payloadOf(1000, "a");
    QTest::newRow("A Korean UTF-8 reason is decoded")
            << QList<Close>{ { I, payloadOf(1000, "\xEC\x95\x88\xEB\x85\x95") } } << I << false << true << 1000
            << QStringLiteral("안녕") << payloadOf(1000, "\xEC\x95\x88\xEB\x85\x95");
    QTest::newRow("A malformed one-byte payload has no code, so the summary says 1005 and keeps the byte for the verdict")
            << QList<Close>{ { I, QByteArray("\x03", 1) } } << I << false << true << 1005 << QString()
            << QByteArray("\x03", 1);
    QTest::newRow("A code that may not appear on the wire is kept as sent for the verdict to judge")
            << QList<Close>{ { I, payloadOf(1006) } } << I << false << true << 1006 << QString() << payloadOf(1006);
    QTest::newRow("A reason that is not UTF-8 keeps its code and shows the bad bytes as replacement characters")
            << QList<Close>{ { I, payloadOf(1000, "\xff") } } << I << false << true << 1000 << QStringLiteral("\uFFFD")
            << payloadOf(1000, "\xff");
    QTest::newRow("An over-long payload keeps its code and reason for the verdict to judge")
            << QList<Close>{ { O, payloadOf(1000, QByteArray(130, 'x')) } } << O << true << false << 1000
            << QString(130, QLatin1Char('x')) << payloadOf(1000, QByteArray(130, 'x'));
}

void TestCloseTracker::summary()
{
    QFETCH(QList<Close>, closes);
    QFETCH(Direction, first);
    QFETCH(bool, outSeen);
    QFETCH(bool, inSeen);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QByteArray, payload);

    CloseTracker tracker;
    for (qsizetype i = 0; i < closes.size(); ++i) {
        const Close &close = closes.at(i);
        QCOMPARE(tracker.closeFrame(close.dir, closeFields(close.dir), close.payload), i == 0);
    }
    const CloseTracker::Summary &s = tracker.summary();
    QCOMPARE(s.first, first);
    QCOMPARE(s.outSeen, outSeen);
    QCOMPARE(s.inSeen, inSeen);
    QCOMPARE(tracker.seen(Direction::Out), outSeen);
    QCOMPARE(tracker.seen(Direction::In), inSeen);
    QCOMPARE(tracker.bothSeen(), outSeen && inSeen);
    QCOMPARE(int(s.code), code);
    QCOMPARE(s.reason, reason);
    QCOMPARE(s.payload, payload);
    // The frame is the first one's: masked exactly when the client sent it.
    QCOMPARE(int(s.frame.opcode), int(FrameHeader::Close));
    QCOMPARE(s.frame.masked, first == Direction::Out);
    QVERIFY(!s.upstreamEstablished);
    QVERIFY(!s.lingerExpired);
}

void TestCloseTracker::noCloseFrameAtAllIs1006AndNobodyFirst()
{
    const CloseTracker tracker;
    QCOMPARE(tracker.summary().first, Direction::None);
    QCOMPARE(tracker.summary().code, quint16(CloseCodes::AbnormalClosure));
    QVERIFY(!tracker.seen(Direction::Out));
    QVERIFY(!tracker.seen(Direction::In));
    QVERIFY(!tracker.seen(Direction::None));
    QVERIFY(!tracker.bothSeen());
}

void TestCloseTracker::theLegsFactsAreKeptApartFromTheFrames()
{
    CloseTracker tracker;
    tracker.upstreamEstablished();
    QVERIFY(tracker.closeFrame(Direction::Out, closeFields(Direction::Out), payloadOf(1000)));
    tracker.lingerExpired();
    QVERIFY(tracker.summary().upstreamEstablished);
    QVERIFY(tracker.summary().lingerExpired);
    QCOMPARE(tracker.summary().code, quint16(CloseCodes::NormalClosure));
    QVERIFY(!tracker.bothSeen()); // the server's Close never came
}

QTEST_GUILESS_MAIN(TestCloseTracker)
#include "tst_closetracker.moc"
