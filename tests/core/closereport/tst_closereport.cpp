#include "core/protocol/closecodes.h"
#include "core/protocol/closereport.h"

#include <QtTest>

using Side = CloseReport::Side;
using Outcome = CloseReport::Outcome;

Q_DECLARE_METATYPE(CloseReport::Side)
Q_DECLARE_METATYPE(CloseReport::Outcome)

namespace {

QByteArray payloadOf(quint16 code, const QByteArray &reason = {})
{
    QByteArray bytes;
    bytes.append(char(code >> 8));
    bytes.append(char(code & 0xFF));
    bytes.append(reason);
    return bytes;
}

// A column value for "this side sent no Close frame".
const QByteArray NoFrame = QByteArrayLiteral("<none>");

std::optional<CloseReport::Frame> frameOf(const QByteArray &payload, bool seen)
{
    if (payload == NoFrame)
        return std::nullopt;
    return CloseReport::Frame{payload, seen};
}

} // namespace

class TestCloseReport : public QObject
{
    Q_OBJECT

private slots:
    void story_data();
    void story();
    void malformedClientPayloads_data();
    void malformedClientPayloads();
};

void TestCloseReport::story_data()
{
    QTest::addColumn<QByteArray>("client");
    QTest::addColumn<bool>("clientSeen");
    QTest::addColumn<QByteArray>("server");
    QTest::addColumn<bool>("serverSeen");
    QTest::addColumn<Side>("first");
    QTest::addColumn<bool>("dropped");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Side>("closer");
    QTest::addColumn<int>("clientCode");
    QTest::addColumn<int>("serverCode");
    QTest::addColumn<bool>("echo");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("The client closes with 1000 and the server echoes it: a clean close")
            << payloadOf(1000) << true << payloadOf(1000) << true << Side::Client << false << false
            << Outcome::Clean << Side::Client << 1000 << 1000 << true
            << QStringLiteral("The client closed with 1000 (Normal closure); the server answered with the same code: a clean close.")
            << QStringList();
    QTest::newRow("The server closes with 1001 and a reason, the client echoes the code")
            << payloadOf(1001) << true << payloadOf(1001, "shutting down") << true << Side::Server << false << false
            << Outcome::Clean << Side::Server << 1001 << 1001 << true
            << QStringLiteral("The server closed with 1001 (Going away), reason \"shutting down\"; the client answered "
                              "with the same code: a clean close.")
            << QStringList();
    QTest::newRow("The reply carries another code: still clean, with a note about echoing")
            << payloadOf(4000, "bye") << true << payloadOf(1000) << true << Side::Client << false << false
            << Outcome::Clean << Side::Client << 4000 << 1000 << false
            << QStringLiteral("The client closed with 4000 (Private use), reason \"bye\"; the server answered with 1000 "
                              "(Normal closure): a clean close.")
            << QStringList{QStringLiteral("The reply carries a different code than the first Close frame; an endpoint "
                                          "typically echoes the code it received (RFC 6455 §5.5.1).")};
    QTest::newRow("An empty Close from the server reads as 1005, with the RFC's reason")
            << payloadOf(1000) << true << QByteArray() << true << Side::Client << false << false
            << Outcome::Clean << Side::Client << 1000 << 1005 << false
            << QStringLiteral("The client closed with 1000 (Normal closure); the server answered with a Close frame "
                              "without a status code (1005): a clean close.")
            << QStringList{QStringLiteral("The server's Close frame carried no status code, so its code reads as 1005 "
                                          "(RFC 6455 §7.1.5)."),
                           QStringLiteral("The reply carries a different code than the first Close frame; an endpoint "
                                          "typically echoes the code it received (RFC 6455 §5.5.1).")};
    QTest::newRow("Two empty Close frames echo each other: 1005 on both sides")
            << QByteArray() << true << QByteArray() << true << Side::Server << false << false
            << Outcome::Clean << Side::Server << 1005 << 1005 << true
            << QStringLiteral("The server closed with a Close frame without a status code (1005); the client answered "
                              "with the same code: a clean close.")
            << QStringList{QStringLiteral("The server's Close frame carried no status code, so its code reads as 1005 "
                                          "(RFC 6455 §7.1.5)."),
                           QStringLiteral("The client's Close frame carried no status code, so its code reads as 1005 "
                                          "(RFC 6455 §7.1.5).")};
    QTest::newRow("The client has closed and waits for the server: closing, not finished")
            << payloadOf(1000) << true << NoFrame << true << Side::None << false << false
            << Outcome::Closing << Side::Client << 1000 << 1006 << false
            << QStringLiteral("The client closed with 1000 (Normal closure); the server has not answered yet.") << QStringList();
    QTest::newRow("The server has closed and the client has not answered yet")
            << NoFrame << true << payloadOf(1008, "policy") << true << Side::Client << false << false
            << Outcome::Closing << Side::Server << 1006 << 1008 << false
            << QStringLiteral("The server closed with 1008 (Policy violation), reason \"policy\"; the client has not "
                              "answered yet.")
            << QStringList();
    QTest::newRow("TCP ends before the server answers the client's Close: 1006, not clean")
            << payloadOf(1000) << true << NoFrame << true << Side::Client << true << false
            << Outcome::NotClean << Side::Client << 1000 << 1006 << false
            << QStringLiteral("The client closed with 1000 (Normal closure); the connection ended before the server "
                              "answered (1006): not a clean close.")
            << QStringList{QStringLiteral("No Close frame came from the server before the connection ended, so its code "
                                          "reads as 1006 (RFC 6455 §7.1.5, §7.4.1).")};
    QTest::newRow("The client gives up waiting for the server's Close and drops TCP")
            << payloadOf(1001) << true << NoFrame << true << Side::Client << false << true
            << Outcome::NotClean << Side::Client << 1001 << 1006 << false
            << QStringLiteral("The client closed with 1001 (Going away); the server's Close frame did not come in time, "
                              "so the client dropped the connection (1006): not a clean close.")
            << QStringList{QStringLiteral("No Close frame came from the server before the connection ended, so its code "
                                          "reads as 1006 (RFC 6455 §7.1.5, §7.4.1).")};
    QTest::newRow("The server gives up waiting for the client's Close")
            << NoFrame << true << payloadOf(1000) << true << Side::Server << true << true
            << Outcome::NotClean << Side::Server << 1006 << 1000 << false
            << QStringLiteral("The server closed with 1000 (Normal closure); the client's Close frame did not come in "
                              "time, so the server dropped the connection (1006): not a clean close.")
            << QStringList{QStringLiteral("No Close frame came from the client before the connection ended, so its code "
                                          "reads as 1006 (RFC 6455 §7.1.5, §7.4.1).")};
    QTest::newRow("TCP drops without any Close frame: 1006 on both sides")
            << NoFrame << true << NoFrame << true << Side::None << true << false
            << Outcome::NotClean << Side::None << 1006 << 1006 << false
            << QStringLiteral("The connection ended without a Close frame from either side, so both codes read as 1006 "
                              "(Abnormal closure): not a clean close.")
            << QStringList{QStringLiteral("No Close frame came from the client before the connection ended, so its code "
                                          "reads as 1006 (RFC 6455 §7.1.5, §7.4.1)."),
                           QStringLiteral("No Close frame came from the server before the connection ended, so its code "
                                          "reads as 1006 (RFC 6455 §7.1.5, §7.4.1).")};
    QTest::newRow("No Close frame and TCP still up: the connection is open")
            << NoFrame << true << NoFrame << true << Side::None << false << false
            << Outcome::Open << Side::None << 1006 << 1006 << false
            << QStringLiteral("No Close frame has crossed yet; the connection is open.") << QStringList();
    QTest::newRow("Both frames crossed, so TCP's end afterwards is the normal one, not a drop")
            << payloadOf(1000) << true << payloadOf(1000) << true << Side::Client << true << false
            << Outcome::Clean << Side::Client << 1000 << 1000 << true
            << QStringLiteral("The client closed with 1000 (Normal closure); the server answered with the same code: a clean close.")
            << QStringList();
    QTest::newRow("With both frames and no first sender given, the client counts as first")
            << payloadOf(1000) << true << payloadOf(1000) << true << Side::None << false << false
            << Outcome::Clean << Side::Client << 1000 << 1000 << true
            << QStringLiteral("The client closed with 1000 (Normal closure); the server answered with the same code: a clean close.")
            << QStringList();
    QTest::newRow("A Close frame known only from the library (tap off) is marked as not seen on the wire")
            << payloadOf(1000) << false << payloadOf(1000) << true << Side::Client << false << false
            << Outcome::Clean << Side::Client << 1000 << 1000 << true
            << QStringLiteral("The client closed with 1000 (Normal closure); the server answered with the same code: a clean close.")
            << QStringList{QStringLiteral("The client's Close frame was not seen on the wire (the wire tap was off); it is "
                                          "shown as the WebSocket library reported it.")};
    QTest::newRow("A server Close with a one-byte payload is malformed (section 5.5.1)")
            << payloadOf(1000) << true << QByteArray("\x03", 1) << true << Side::Client << false << false
            << Outcome::Clean << Side::Client << 1000 << 1005 << false
            << QStringLiteral("The client closed with 1000 (Normal closure); the server answered with a malformed Close "
                              "frame: a clean close.")
            << QStringList{QStringLiteral("The server's Close frame is malformed: The Close frame carries 1 byte (0x03); a "
                                          "status code needs 2 bytes (RFC 6455, section 5.5.1)."),
                           QStringLiteral("The reply carries a different code than the first Close frame; an endpoint "
                                          "typically echoes the code it received (RFC 6455 §5.5.1).")};
}

void TestCloseReport::story()
{
    QFETCH(QByteArray, client);
    QFETCH(bool, clientSeen);
    QFETCH(QByteArray, server);
    QFETCH(bool, serverSeen);
    QFETCH(Side, first);
    QFETCH(bool, dropped);
    QFETCH(bool, timedOut);
    QFETCH(Outcome, outcome);
    QFETCH(Side, closer);
    QFETCH(int, clientCode);
    QFETCH(int, serverCode);
    QFETCH(bool, echo);
    QFETCH(QString, sentence);
    QFETCH(QStringList, notes);

    CloseReport::Input input;
    input.client = frameOf(client, clientSeen);
    input.server = frameOf(server, serverSeen);
    input.firstSender = first;
    input.connectionDropped = dropped;
    input.replyTimedOut = timedOut;
    const CloseReport report(input);

    QCOMPARE(report.sentence(), sentence);
    QCOMPARE(report.notes(), notes);
    QCOMPARE(report.outcome(), outcome);
    QCOMPARE(report.closer(), closer);
    QCOMPARE(int(report.client().code), clientCode);
    QCOMPARE(int(report.server().code), serverCode);
    QCOMPARE(report.echoMatches(), echo);
    QCOMPARE(report.isClean(), outcome == Outcome::Clean);
    QCOMPARE(report.isFinished(), outcome == Outcome::Clean || outcome == Outcome::NotClean);
    QCOMPARE(report.client().sentClose, client != NoFrame);
    QCOMPARE(report.server().sentClose, server != NoFrame);
    QCOMPARE(report.client().seenOnWire, client != NoFrame && clientSeen);
    QCOMPARE(int(report.connectionCloseCode()), serverCode);
}

void TestCloseReport::malformedClientPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("hasStatus");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("violation");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("A one-byte payload cannot hold a code: 1002, and the code reads as 1005")
            << QByteArray("\x03", 1) << false << 1005 << 1002 << QStringLiteral("needs 2 bytes");
    QTest::newRow("Code 1005 may not appear in a Close frame: 1002")
            << payloadOf(1005) << true << 1005 << 1002 << QStringLiteral("may not appear in a Close frame");
    QTest::newRow("Code 999 is below the close code range: 1002")
            << payloadOf(999) << true << 999 << 1002 << QStringLiteral("below 1000");
    QTest::newRow("A reason that is not UTF-8 is invalid payload data: 1007")
            << payloadOf(1000, "\xC3\x28") << true << 1000 << 1007 << QStringLiteral("not valid UTF-8");
    QTest::newRow("A payload over 125 bytes is too long for a control frame: 1002")
            << payloadOf(1000, QByteArray(124, 'x')) << true << 1000 << 1002 << QStringLiteral("at most 125");
}

void TestCloseReport::malformedClientPayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, hasStatus);
    QFETCH(int, code);
    QFETCH(int, violation);
    QFETCH(QString, errorPart);

    CloseReport::Input input;
    input.client = CloseReport::Frame{payload, true};
    input.connectionDropped = true;
    const CloseReport report(input);
    const CloseReport::SideReport &client = report.client();
    QVERIFY(client.malformed);
    QCOMPARE(client.hasStatus, hasStatus);
    QCOMPARE(int(client.code), code);
    QCOMPARE(int(client.violationCode), violation);
    QVERIFY2(client.error.contains(errorPart), qPrintable(client.error));
    QVERIFY(!report.server().malformed);
    QCOMPARE(report.outcome(), Outcome::NotClean);
    QCOMPARE(report.sentence(), QStringLiteral("The client closed with a malformed Close frame; the connection ended "
                                               "before the server answered (1006): not a clean close."));
    QCOMPARE(report.notes().first(), QStringLiteral("The client's Close frame is malformed: ") + client.error);
}

QTEST_GUILESS_MAIN(TestCloseReport)
#include "tst_closereport.moc"
