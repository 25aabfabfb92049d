#include "core/scenario/scenariocompiler.h"
#include "core/scenario/scenarioparser.h"
#include "core/scenario/scenariowriter.h"

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
    void writtenStepsReadBackAsTheSameSteps();
    void stepsCompileToTheActionsOfTheirOptions();
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
    QTest::newRow("Given fragment sizes that do not add up are refused") << QByteArray("[\n{\"send\": \"hello\", \"fragment\": \"2+2\"}]") << 2 << "fragment";
    QTest::newRow("Fragment sizes on a send-file are refused") << QByteArray("[{\"send-file\": \"x\", \"fragment\": \"2+2\"}]") << 1 << "fragment";
    QTest::newRow("A wait beyond a day is refused") << QByteArray("[{\"wait\": 86400001}]") << 1 << "wait";
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

void TestScenarioParser::writtenStepsReadBackAsTheSameSteps()
{
    const QByteArray json = "[\n"
                            "  {\"send-frame\": \"fin=0 opcode=text payload=\\\"two words\\\"\"},\n"
                            "  {\"wait\": 250},\n"
                            "  {\"send\": \"hello\", \"fragment\": \"2+3,ping\"},\n"
                            "  {\"send-base64\": \"AAEC\", \"fragment\": 3},\n"
                            "  {\"expect-close\": [1002, 1007]},\n"
                            "  {\"expect-message\": \"^ok\", \"within\": 1000},\n"
                            "  {\"close\": \"4000:bye\"}, {\"drop\": true}, {\"expect-drop\": true}\n"
                            "]\n";
    ScenarioParser::Error error;
    const std::optional<QList<ScenarioStep>> steps = ScenarioParser::parse(json, &error);
    QVERIFY2(steps, qPrintable(error.message));
    const QByteArray written = ScenarioWriter::toFile(*steps);
    const std::optional<QList<ScenarioStep>> again = ScenarioParser::parse(written, &error);
    QVERIFY2(again, qPrintable(error.message + QLatin1Char('\n') + QString::fromUtf8(written)));
    QCOMPARE(again->size(), steps->size());
    for (qsizetype i = 0; i < steps->size(); ++i)
        QVERIFY2(again->at(i) == steps->at(i), qPrintable(steps->at(i).action));
    // One step per line, so the lines of a written file name its steps.
    QCOMPARE(again->at(0).line, 2);
    QCOMPARE(again->at(8).line, 10);
    QCOMPARE(ScenarioWriter::toJson(steps->at(4)).value(QStringLiteral("expect-close")).toArray().size(), 2);
}

void TestScenarioParser::stepsCompileToTheActionsOfTheirOptions()
{
    ScenarioParser::Error error;
    const std::optional<QList<ScenarioStep>> steps = ScenarioParser::parse(
            "[{\"send\": \"0123456789\", \"fragment\": \"3+5+2,ping\"}, {\"wait\": 40}, {\"expect-message\": \"x\", \"within\": 70},"
            " {\"close\": \"4000:bye\"}, {\"pong\": \"off\"}, {\"send-hex\": \"00ff\"}]",
            &error);
    QVERIFY2(steps, qPrintable(error.message));
    QString why;
    const std::optional<QList<ScenarioAction>> actions = ScenarioCompiler::compile(*steps, &why);
    QVERIFY2(actions, qPrintable(why));
    QCOMPARE(actions->size(), 6);
    QCOMPARE(actions->at(0).kind, ScenarioAction::Kind::Frames);
    QCOMPARE(actions->at(0).frames.size(), 5);
    QCOMPARE(actions->at(0).frames.at(2).payload, QByteArray("34567"));
    QCOMPARE(actions->at(1).waitMs, 40);
    QCOMPARE(actions->at(2).expectation.withinMs(), 70);
    QCOMPARE(actions->at(3).closeCode, quint16(4000));
    QCOMPARE(actions->at(3).text, QStringLiteral("bye"));
    QCOMPARE(actions->at(4).pong.mode, PongPolicy::Mode::Withhold);
    QCOMPARE(actions->at(5).data, QByteArray::fromHex("00ff"));
    // The command line spells the same step with dashes: the message names it so.
    QVERIFY(!ScenarioCompiler::expectClose(QStringLiteral("--expect-close"), QStringLiteral("1002,x"), &why));
    QVERIFY2(why.startsWith(QStringLiteral("--expect-close")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestScenarioParser)
#include "tst_scenarioparser.moc"
