// CloseVerdict::decide: every branch of how an attempt ended, from the tap's summary of the
// Close frames on the wire (RFC 6455 §7.1.4-§7.1.7) or, with the tap off, from what QWebSocket said.
#include "core/protocol/closecodes.h"
#include "core/session/closeverdict.h"

#include <QtTest>


namespace {

QByteArray payloadOf(quint16 code, const QByteArray &reason = {})
{
    QByteArray bytes;
    bytes.append(char(code >> 8));
    bytes.append(char(code & 0xFF));
    bytes.append(reason);
    return bytes;
}

// A tunnel summary as the tap makes it: `first` sent the first Close frame with `payload`.
TapTunnel::CloseSummary summary(Direction first, const QByteArray &payload, bool outSeen, bool inSeen, bool lingerExpired = false)
{
    TapTunnel::CloseSummary s;
    s.upstreamEstablished = true;
    s.first = first;
    s.outSeen = outSeen;
    s.inSeen = inSeen;
    s.lingerExpired = lingerExpired;
    s.payload = payload;
    s.frame.opcode = 0x8;
    s.frame.masked = first == Direction::Out;
    if (first == Direction::None) {
        s.code = CloseCodes::AbnormalClosure;
    } else if (payload.isEmpty()) {
        s.code = CloseCodes::NoStatusReceived;
    } else if (payload.size() >= 2) {
        s.code = quint16((quint8(payload.at(0)) << 8) | quint8(payload.at(1)));
        s.reason = QString::fromUtf8(payload.mid(2));
    }
    return s;
}

CloseVerdict::Facts tapFacts(const TapTunnel::CloseSummary &s)
{
    CloseVerdict::Facts facts;
    facts.tapActive = true;
    facts.tunnelSeen = true;
    facts.tunnel = s;
    facts.wasOpen = true;
    return facts;
}

} // namespace

class TestCloseVerdict : public QObject
{
    Q_OBJECT

private slots:
    void fromTheWire_data();
    void fromTheWire();
    void theWireOutranksWhatQWebSocketSaid();
    void withoutATunnel_data();
    void withoutATunnel();
};

void TestCloseVerdict::fromTheWire_data()
{
    QTest::addColumn<int>("first");            // Direction
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("outSeen");
    QTest::addColumn<bool>("inSeen");
    QTest::addColumn<bool>("lingerExpired");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("initiator");        // CloseInitiator
    QTest::addColumn<bool>("clean");
    QTest::addColumn<QString>("textContains"); // empty: no text

    const int out = int(Direction::Out), in = int(Direction::In), none = int(Direction::None);
    const int client = int(CloseInitiator::Client), server = int(CloseInitiator::Server), nobody = int(CloseInitiator::None);
    QTest::newRow("client closes, server answers") << out << payloadOf(1000, "bye") << true << true << false
                                                    << 1000 << "bye" << client << true << QString();
    QTest::newRow("server closes, client answers") << in << payloadOf(1001) << true << true << false
                                                    << 1001 << "" << server << true << QString();
    QTest::newRow("empty Close frame is 1005") << in << QByteArray() << true << true << false
                                               << 1005 << "" << server << true << QString();
    QTest::newRow("no Close frame crossed is 1006") << none << QByteArray() << false << false << false
                                                    << 1006 << "" << nobody << false << QString();
    QTest::newRow("server never answered") << out << payloadOf(1000) << true << false << true
                                           << 1000 << "" << client << false << QStringLiteral("never answered our Close");
    QTest::newRow("server's Close not answered") << in << payloadOf(4000, "x") << false << true << false
                                                 << 4000 << "x" << server << false << QStringLiteral("answered the server's Close");
    QTest::newRow("both Closes but the TCP end never came") << out << payloadOf(1000) << true << true << true
                                                            << 1000 << "" << client << false << QString();
    // §5.5.1: a Close body of one byte has no room for a status code; §7.4.1: that is 1002.
    QTest::newRow("server's one-byte Close frame") << in << QByteArray(1, '\x03') << true << true << false
                                                   << 1002 << "" << server << false << QStringLiteral("server's Close frame was malformed");
    // §5.5.1: the reason is UTF-8; §7.4.1: invalid data is 1007.
    QTest::newRow("server's reason not UTF-8") << in << payloadOf(1000, "\xff\xfe") << true << true << false
                                               << 1007 << QString::fromUtf8("\xff\xfe") << server << false
                                               << QStringLiteral("server's Close frame was malformed");
    // §7.4.2: 1005 must never appear in a Close frame.
    QTest::newRow("server sends the reserved 1005") << in << payloadOf(1005) << true << true << false
                                                    << 1002 << "" << server << false << QStringLiteral("malformed");
    QTest::newRow("our own Close frame malformed") << out << QByteArray(1, '\x03') << true << true << false
                                                   << 1002 << "" << client << false << QStringLiteral("Our Close frame was malformed");
}

void TestCloseVerdict::fromTheWire()
{
    QFETCH(int, first);
    QFETCH(QByteArray, payload);
    QFETCH(bool, outSeen);
    QFETCH(bool, inSeen);
    QFETCH(bool, lingerExpired);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(int, initiator);
    QFETCH(bool, clean);
    QFETCH(QString, textContains);

    const TapTunnel::CloseSummary s = summary(Direction(first), payload, outSeen, inSeen, lingerExpired);
    const CloseVerdict v = CloseVerdict::decide(tapFacts(s));
    QCOMPARE(int(v.code), code);
    QCOMPARE(int(v.initiator), initiator);
    QCOMPARE(v.clean, clean);
    QVERIFY(v.cleanKnown); // the wire's word is a fact
    if (code == s.code)
        QCOMPARE(v.reason, reason);
    if (textContains.isEmpty())
        QVERIFY2(v.text.isEmpty(), qPrintable(v.text));
    else
        QVERIFY2(v.text.contains(textContains), qPrintable(v.text));
    // The Close event carries the frame the verdict rests on.
    QCOMPARE(int(v.dir), first);
    QCOMPARE(v.payload, payload);
    QCOMPARE(v.frame.opcode, s.frame.opcode);
    QCOMPARE(v.frame.masked, s.frame.masked);
}

void TestCloseVerdict::theWireOutranksWhatQWebSocketSaid()
{
    // Tap on: QWebSocket reads an empty Close frame as 1000 (docs/ARCHITECTURE.md); the wire says 1005.
    CloseVerdict::Facts facts = tapFacts(summary(Direction::In, QByteArray(), true, true));
    facts.serverClosedFirst = true;
    facts.socketCloseCode = CloseCodes::NormalClosure;
    facts.sentCloseCode = CloseCodes::GoingAway;
    const CloseVerdict v = CloseVerdict::decide(facts);
    QCOMPARE(v.code, quint16(CloseCodes::NoStatusReceived));
    QCOMPARE(v.initiator, CloseInitiator::Server);
}

void TestCloseVerdict::withoutATunnel_data()
{
    QTest::addColumn<bool>("tapActive");
    QTest::addColumn<bool>("wasOpen");
    QTest::addColumn<int>("sentCode");
    QTest::addColumn<bool>("serverClosedFirst");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("initiator");
    QTest::addColumn<int>("dir");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<bool>("cleanKnown");

    const int client = int(CloseInitiator::Client), server = int(CloseInitiator::Server), nobody = int(CloseInitiator::None);
    const int out = int(Direction::Out), in = int(Direction::In), none = int(Direction::None);
    // The tap was on but no tunnel reached it (refused before SOCKS, TLS files gone...).
    QTest::newRow("tap on, no tunnel") << true << false << 0 << false << 1006 << "" << nobody << none << QString() << true;
    QTest::newRow("tap on, no tunnel, we had closed") << true << true << 1000 << false << 1006 << "" << client << none << QString() << true;
    QTest::newRow("tap off, never open") << false << false << 0 << false << 1006 << "" << nobody << none << QString() << true;
    QTest::newRow("tap off, never open, server closed") << false << false << 0 << true << 1006 << "" << nobody << none << QString() << true;
    QTest::newRow("tap off, we closed") << false << true << 4000 << false << 4000 << "ours" << client << out
                                        << QStringLiteral("whether the server answered") << false;
    QTest::newRow("tap off, we closed after the server did") << false << true << 1000 << true << 1000 << "ours" << client << out
                                                             << QStringLiteral("whether the server answered") << false;
    QTest::newRow("tap off, server closed") << false << true << 0 << true << 1001 << "theirs" << server << in
                                            << QStringLiteral("what QWebSocket reports") << false;
    QTest::newRow("tap off, dropped") << false << true << 0 << false << 1006 << "" << nobody << none << QString() << true;
}

void TestCloseVerdict::withoutATunnel()
{
    QFETCH(bool, tapActive);
    QFETCH(bool, wasOpen);
    QFETCH(int, sentCode);
    QFETCH(bool, serverClosedFirst);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(int, initiator);
    QFETCH(int, dir);
    QFETCH(QString, textContains);
    QFETCH(bool, cleanKnown);

    CloseVerdict::Facts facts;
    facts.tapActive = tapActive;
    facts.tunnelSeen = false;
    facts.wasOpen = wasOpen;
    facts.sentCloseCode = quint16(sentCode);
    facts.sentCloseReason = QStringLiteral("ours");
    facts.serverClosedFirst = serverClosedFirst;
    facts.socketCloseCode = CloseCodes::GoingAway;
    facts.socketCloseReason = QStringLiteral("theirs");
    const CloseVerdict v = CloseVerdict::decide(facts);
    QCOMPARE(int(v.code), code);
    QCOMPARE(v.reason, reason);
    QCOMPARE(int(v.initiator), initiator);
    QCOMPARE(int(v.dir), dir);
    // Without the wire's word a close is never called clean; when a Close frame crossed that
    // nothing saw answered, it is not called "not clean" either: clean is unknown.
    QVERIFY(!v.clean);
    QCOMPARE(v.cleanKnown, cleanKnown);
    if (!cleanKnown)
        QVERIFY2(v.text.contains(QStringLiteral("whether the close was clean")), qPrintable(v.text));
    QVERIFY(v.payload.isEmpty());
    if (textContains.isEmpty())
        QVERIFY2(v.text.isEmpty(), qPrintable(v.text));
    else
        QVERIFY2(v.text.contains(textContains), qPrintable(v.text));
}

QTEST_GUILESS_MAIN(TestCloseVerdict)
#include "tst_closeverdict.moc"
