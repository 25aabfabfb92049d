#include "core/protocol/closecodes.h"
#include "core/protocol/framespecclassifier.h"
#include "core/protocol/framespecparser.h"

#include <QtTest>

class TestFrameSpecClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data();
    void classifies();
    void contextMatters();
    void summaryNamesSectionAndCode();
};

void TestFrameSpecClassifier::classifies_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("section");   // empty: legal
    QTest::addColumn<int>("closeCode");
    QTest::newRow("A masked text frame is legal") << "payload=hello" << "" << 0;
    QTest::newRow("A masked ping with a payload is legal") << "opcode=ping payload=abc" << "" << 0;
    QTest::newRow("A close with code 1000 is legal") << "opcode=close payload-hex=03e8" << "" << 0;
    QTest::newRow("An empty close is legal") << "opcode=close" << "" << 0;
    QTest::newRow("The first fragment of a message is legal") << "fin=0 payload=a" << "" << 0;
    QTest::newRow("A reserved data opcode is a 1002 (5.2)") << "opcode=0x3" << "§5.2" << 1002;
    QTest::newRow("A reserved control opcode is a 1002 (5.2)") << "opcode=0xB" << "§5.2" << 1002;
    QTest::newRow("RSV1 without an extension is a 1002 (5.2)") << "rsv1=1 payload=a" << "§5.2" << 1002;
    QTest::newRow("An unmasked client frame is a 1002 (5.1)") << "mask=off payload=a" << "§5.1" << 1002;
    QTest::newRow("A fragmented ping is a 1002 (5.5)") << "opcode=ping fin=0" << "§5.5" << 1002;
    QTest::newRow("A ping of 126 bytes is a 1002 (5.5)") << QStringLiteral("opcode=ping payload=%1").arg(QString(126, QLatin1Char('x'))) << "§5.5" << 1002;
    QTest::newRow("Invalid UTF-8 in a text frame is a 1007 (8.1)") << "payload-hex=ff" << "§8.1" << 1007;
    QTest::newRow("Text that ends inside a UTF-8 sequence is a 1007 (8.1)") << "payload-hex=e282" << "§8.1" << 1007;
    QTest::newRow("Invalid UTF-8 in a close reason is a 1007 (5.5.1)") << "opcode=close payload-hex=03e8ff" << "§5.5.1" << 1007;
    QTest::newRow("A 1-byte close payload is a 1002 (5.5.1)") << "opcode=close payload-hex=03" << "§5.5.1" << 1002;
    QTest::newRow("Close code 1005 may not be sent (7.4)") << "opcode=close payload-hex=03ed" << "§7.4" << 1002;
    QTest::newRow("Close code 999 may not be sent (7.4)") << "opcode=close payload-hex=03e7" << "§7.4" << 1002;
    QTest::newRow("Close code 5000 may not be sent (7.4)") << "opcode=close payload-hex=1388" << "§7.4" << 1002;
    QTest::newRow("A continuation without a start is a 1002 (5.4)") << "opcode=continuation payload=a" << "§5.4" << 1002;
    QTest::newRow("A non-minimal length is a 5.2 violation") << "length=/64 payload=a" << "§5.2" << 1002;
    QTest::newRow("A declared length longer than the payload is a 5.2 finding") << "length=10 payload=a" << "§5.2" << 0;
    QTest::newRow("A declared length shorter than the payload is a 5.2 finding") << "length=1 payload=abc" << "§5.2" << 0;
}

void TestFrameSpecClassifier::classifies()
{
    QFETCH(QString, spec);
    QFETCH(QString, section);
    QFETCH(int, closeCode);
    FrameSpecParser::Error error;
    const std::optional<FrameSpec> parsed = FrameSpecParser::parse(spec, &error);
    QVERIFY2(parsed, qPrintable(error.message));
    const FrameSpecClassifier::Verdict verdict = FrameSpecClassifier::classify(*parsed);
    if (section.isEmpty()) {
        QVERIFY2(verdict.isLegal(), qPrintable(verdict.summary()));
        return;
    }
    QVERIFY(!verdict.isLegal());
    QCOMPARE(verdict.findings.first().section, section);
    QCOMPARE(int(verdict.closeCode()), closeCode);
    QVERIFY(!verdict.findings.first().text.isEmpty());
}

void TestFrameSpecClassifier::contextMatters()
{
    FrameSpecClassifier::Context inMessage;
    inMessage.insideMessage = true;
    FrameSpecClassifier::Context closed;
    closed.closeSent = true;
    FrameSpecParser::Error error;
    const FrameSpec continuation = *FrameSpecParser::parse(u"opcode=continuation payload=b", &error);
    QVERIFY(!FrameSpecClassifier::classify(continuation).isLegal());
    QVERIFY(FrameSpecClassifier::classify(continuation, inMessage).isLegal());

    const FrameSpec text = *FrameSpecParser::parse(u"payload=new", &error);
    QVERIFY(FrameSpecClassifier::classify(text).isLegal());
    const FrameSpecClassifier::Verdict inside = FrameSpecClassifier::classify(text, inMessage);
    QVERIFY(!inside.isLegal());
    QCOMPARE(inside.findings.first().section, QStringLiteral("§5.4"));

    // A ping between fragments is legal (RFC 6455 §5.4: control frames may be injected).
    const FrameSpec ping = *FrameSpecParser::parse(u"opcode=ping", &error);
    QVERIFY(FrameSpecClassifier::classify(ping, inMessage).isLegal());

    const FrameSpecClassifier::Verdict afterClose = FrameSpecClassifier::classify(text, closed);
    QVERIFY(!afterClose.isLegal());
    QCOMPARE(afterClose.findings.first().section, QStringLiteral("§5.5.1"));
}

void TestFrameSpecClassifier::summaryNamesSectionAndCode()
{
    FrameSpecParser::Error error;
    const FrameSpecClassifier::Verdict verdict = FrameSpecClassifier::classify(*FrameSpecParser::parse(u"opcode=0x3", &error));
    QVERIFY2(verdict.summary().contains(QStringLiteral("§5.2")), qPrintable(verdict.summary()));
    QVERIFY2(verdict.summary().contains(QStringLiteral("1002")), qPrintable(verdict.summary()));
    QVERIFY(!FrameSpecClassifier::classify(*FrameSpecParser::parse(u"payload=x", &error)).summary().isEmpty());
}

QTEST_GUILESS_MAIN(TestFrameSpecClassifier)
#include "tst_framespecclassifier.moc"
