#include "core/session/scenarioparser.h"

#include <QtTest>

class TestScenarioParser : public QObject
{
    Q_OBJECT

private slots:
    void stepsKeepTheirOrderLinesAndValues();
    void anObjectWithStepsIsAccepted();
    void errorsSayTheLineAndTheField_data();
    void errorsSayTheLineAndTheField();
    void jsonThatDoesNotParseSaysLineAndColumn();
};

void TestScenarioParser::stepsKeepTheirOrderLinesAndValues()
{
    const QByteArray json = "[\n"
                            "  {\"send-frame\": \"fin=0 opcode=text payload=frag-one\"},\n"
                            "  {\"wait\": 250},\n"
                            "  {\"send\": \"hello\", \"fragment\": \"5,ping\"},\n"
                            "  {\"pong\": \"off\"},\n"
                            "  {\"expect-close\": [1002, 1007]},\n"
                            "  {\"expect-message\": \"^ok\", \"within\": 1000},\n"
                            "  {\"close\": \"4000:bye\"},\n"
                            "  {\"drop\": true}\n"
                            "]\n";
    ScenarioParser::Error error;
    const std::optional<QList<ScenarioStep>> steps = ScenarioParser::parse(json, &error);
    QVERIFY2(steps, qPrintable(error.message));
    QCOMPARE(steps->size(), 8);
    QStringList actions;
    for (const ScenarioStep &step : *steps)
        actions << step.action;
    QCOMPARE(actions.join(QLatin1Char(' ')), QStringLiteral("send-frame wait send pong expect-close expect-message close drop"));
    QCOMPARE(steps->at(0).line, 2);
    QCOMPARE(steps->at(7).line, 9);
    QCOMPARE(steps->at(1).value, QStringLiteral("250"));
    QCOMPARE(steps->at(2).fragment, QStringLiteral("5,ping"));
    QCOMPARE(steps->at(4).value, QStringLiteral("1002,1007"));
    QCOMPARE(steps->at(5).withinMs, 1000);
    QCOMPARE(steps->at(6).value, QStringLiteral("4000:bye"));
}

void TestScenarioParser::anObjectWithStepsIsAccepted()
{
    ScenarioParser::Error error;
    const std::optional<QList<ScenarioStep>> steps = ScenarioParser::parse("{\"steps\": [\n{\"ping\": \"a\"},\n{\"expect-drop\": true}]}", &error);
    QVERIFY2(steps, qPrintable(error.message));
    QCOMPARE(steps->size(), 2);
    QCOMPARE(steps->at(1).line, 3);
}

void TestScenarioParser::errorsSayTheLineAndTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::newRow("A bad frame spec names send-frame and its field") << QByteArray("[\n{\"send\": \"a\"},\n{\"send-frame\": \"opcode=0x10\"}]") << 3 << "send-frame";
    QTest::newRow("An unknown step is named") << QByteArray("[{\"shout\": \"a\"}]") << 1 << "shout";
    QTest::newRow("A wait that is not a number is refused") << QByteArray("[\n\n{\"wait\": \"soon\"}]") << 3 << "wait";
    QTest::newRow("Two actions in one step are refused") << QByteArray("[{\"send\": \"a\", \"ping\": \"b\"}]") << 1 << "send";
    QTest::newRow("within on a send is refused") << QByteArray("[{\"send\": \"a\", \"within\": 5}]") << 1 << "within";
    QTest::newRow("A bad fragment plan is refused") << QByteArray("[{\"send\": \"a\", \"fragment\": \"0\"}]") << 1 << "fragment";
    QTest::newRow("A close code that may not be sent is refused") << QByteArray("[{\"close\": \"1005\"}]") << 1 << "close";
    QTest::newRow("An unknown pong policy is refused") << QByteArray("[{\"pong\": \"never\"}]") << 1 << "pong";
    QTest::newRow("An invalid regex is refused") << QByteArray("[{\"expect-message\": \"(\"}]") << 1 << "expect-message";
    QTest::newRow("expect-close with a word is refused") << QByteArray("[{\"expect-close\": [\"x\"]}]") << 1 << "expect-close";
    QTest::newRow("drop takes true") << QByteArray("[{\"drop\": 1}]") << 1 << "drop";
    QTest::newRow("Odd hex is refused") << QByteArray("[{\"send-hex\": \"abc\"}]") << 1 << "send-hex";
}

void TestScenarioParser::errorsSayTheLineAndTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, field);
    ScenarioParser::Error error;
    QVERIFY(!ScenarioParser::parse(json, &error));
    QCOMPARE(error.line, line);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(QStringLiteral("Line %1").arg(line)), qPrintable(error.message));
}

void TestScenarioParser::jsonThatDoesNotParseSaysLineAndColumn()
{
    ScenarioParser::Error error;
    QVERIFY(!ScenarioParser::parse("[\n  {\"send\": \"a\"}\n  {\"send\": \"b\"}]", &error));
    QCOMPARE(error.line, 3);
    QVERIFY(error.column > 0);
    QVERIFY(!ScenarioParser::parse("{\"send\": \"a\"}", &error));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!ScenarioParser::parseFile(QStringLiteral("/nonexistent/scenario.json"), &error));
    QVERIFY(error.message.contains(QStringLiteral("/nonexistent/scenario.json")));
}

QTEST_GUILESS_MAIN(TestScenarioParser)
#include "tst_scenarioparser.moc"
