#include "core/protocol/fragmentplan.h"

#include <QtTest>

class TestFragmentPlan : public QObject
{
    Q_OBJECT

private slots:
    void plansAreRead_data();
    void plansAreRead();
    void badPlansAreRefused_data();
    void badPlansAreRefused();
    void givenSizesCutExactly();
    void givenSizesMustAddUpToTheMessage();
    void equalFragmentsAreUnchanged();
};

void TestFragmentPlan::plansAreRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<qsizetype>>("sizes");
    QTest::addColumn<int>("between");
    QTest::newRow("A count alone is equal fragments") << "5" << 5 << QList<qsizetype>{} << 0;
    QTest::newRow("A count with pings between") << "5,ping" << 5 << QList<qsizetype>{} << int(FrameHeader::Ping);
    QTest::newRow("Sizes joined by plus are given sizes") << "3+5+2" << 3 << QList<qsizetype>{3, 5, 2} << 0;
    QTest::newRow("Sizes with pongs between") << "3+5+2,pong" << 3 << QList<qsizetype>{3, 5, 2} << int(FrameHeader::Pong);
    QTest::newRow("Empty fragments are allowed (RFC 6455 section 5.4)") << "0+4+0,ping" << 3 << QList<qsizetype>{0, 4, 0} << int(FrameHeader::Ping);
}

void TestFragmentPlan::plansAreRead()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QList<qsizetype>, sizes);
    QFETCH(int, between);
    QString error;
    const std::optional<FragmentPlan> plan = FragmentPlan::parse(text, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->count, count);
    QCOMPARE(plan->sizes, sizes);
    QCOMPARE(int(plan->between), between);
}

void TestFragmentPlan::badPlansAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("A count of 0") << "0" << "1 to";
    QTest::newRow("A word for a size") << "3+x+2" << "3+5+2";
    QTest::newRow("An empty size between two plus signs") << "3++2" << "3+5+2";
    QTest::newRow("A trailing plus") << "3+" << "3+5+2";
    QTest::newRow("A negative size") << "3+-1" << "3+5+2";
    QTest::newRow("Something else between the fragments") << "3+5,close" << "\"close\"";
}

void TestFragmentPlan::badPlansAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!FragmentPlan::parse(text, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestFragmentPlan::givenSizesCutExactly()
{
    QString error;
    const std::optional<FragmentPlan> plan = FragmentPlan::parse(QStringLiteral("3+5+2,ping"), &error);
    QVERIFY(plan);
    const QByteArray payload = "0123456789";
    QCOMPARE(plan->checkSizes(payload.size()), QString());
    const QList<FrameSpec> frames = plan->frames(FrameHeader::Text, payload);
    QCOMPARE(frames.size(), 5); // three fragments, two pings
    QCOMPARE(int(frames.at(0).opcode), int(FrameHeader::Text));
    QCOMPARE(frames.at(0).payload, QByteArray("012"));
    QVERIFY(!frames.at(0).fin);
    QCOMPARE(int(frames.at(1).opcode), int(FrameHeader::Ping));
    QCOMPARE(int(frames.at(2).opcode), int(FrameHeader::Continuation));
    QCOMPARE(frames.at(2).payload, QByteArray("34567"));
    QVERIFY(!frames.at(2).fin);
    QCOMPARE(int(frames.at(4).opcode), int(FrameHeader::Continuation));
    QCOMPARE(frames.at(4).payload, QByteArray("89"));
    QVERIFY(frames.at(4).fin);
}

void TestFragmentPlan::givenSizesMustAddUpToTheMessage()
{
    QString error;
    const std::optional<FragmentPlan> plan = FragmentPlan::parse(QStringLiteral("3+5+2"), &error);
    QVERIFY(plan);
    const QString shorter = plan->checkSizes(12);
    QVERIFY2(shorter.contains(QStringLiteral("3+5+2")) && shorter.contains(QStringLiteral("10")) && shorter.contains(QStringLiteral("12")),
             qPrintable(shorter));
    QVERIFY(!plan->checkSizes(8).isEmpty());
    // frames() itself never loses or invents bytes: the last fragment takes what is left.
    const QList<FrameSpec> frames = plan->frames(FrameHeader::Binary, "0123456789AB");
    QCOMPARE(frames.last().payload, QByteArray("89AB"));
    const QList<FrameSpec> few = plan->frames(FrameHeader::Binary, "0123");
    QCOMPARE(few.at(0).payload, QByteArray("012"));
    QCOMPARE(few.at(1).payload, QByteArray("3"));
    QCOMPARE(few.at(2).payload, QByteArray());
}

void TestFragmentPlan::equalFragmentsAreUnchanged()
{
    QString error;
    const std::optional<FragmentPlan> plan = FragmentPlan::parse(QStringLiteral("3"), &error);
    QVERIFY(plan);
    QCOMPARE(plan->checkSizes(1), QString());
    const QList<FrameSpec> frames = plan->frames(FrameHeader::Text, "abcdefgh");
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(0).payload, QByteArray("ab"));
    QCOMPARE(frames.at(1).payload, QByteArray("cd"));
    QCOMPARE(frames.at(2).payload, QByteArray("efgh"));
}

QTEST_GUILESS_MAIN(TestFragmentPlan)
#include "tst_fragmentplan.moc"
