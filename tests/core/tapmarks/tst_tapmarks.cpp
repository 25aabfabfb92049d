// What the tap did to a frame beyond relaying it (injected, withheld, delayed): the text the log
// shows and the JSONL fields, which the direct frame writer leaves to the general path.
#include "core/export/eventformatter.h"
#include "core/export/jsonlexporter.h"
#include "core/export/jsonlframewriter.h"
#include "core/log/eventfactory.h"
#include "core/protocol/frameheader.h"
#include "testevents.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

Event marked(quint8 opcode, quint8 flag, const std::function<void(EventDetail &)> &fill)
{
    Event event = TestEvents::frame(Direction::Out, opcode, "p1");
    event.frame.flags |= flag;
    auto detail = QSharedPointer<EventDetail>::create();
    fill(*detail);
    event.detail = detail;
    return event;
}

QJsonObject jsonOf(const Event &event)
{
    QByteArray line;
    JsonlExporter::appendLine(event, line);
    return QJsonDocument::fromJson(line).object();
}

} // namespace

class TestTapMarks : public QObject
{
    Q_OBJECT

private slots:
    void injectedFramesSayTheirVerdict();
    void withheldAndDelayedPongsSaySo();
    void plainFramesHaveNoMark();
    void expectationEvents();
};

void TestTapMarks::injectedFramesSayTheirVerdict()
{
    const Event bad = marked(0x3, FrameFields::Injected, [](EventDetail &d) {
        d.text = QStringLiteral("violation: RFC 6455 §5.2");
        d.closeCode = 1002;
        d.injectedLegal = false;
    });
    QVERIFY(!JsonlFrameWriter::handles(bad));
    QVERIFY(EventFormatter::tapMark(bad).contains(QStringLiteral("1002")));
    QVERIFY2(EventFormatter::summary(bad).startsWith(QStringLiteral("[") + EventFormatter::tapMark(bad) + QStringLiteral("] ")),
             qPrintable(EventFormatter::summary(bad)));
    const QJsonObject json = jsonOf(bad);
    QCOMPARE(json.value(QStringLiteral("injected")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("legal")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("expected_close")).toInt(), 1002);
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("violation: RFC 6455 §5.2"));

    const Event good = marked(FrameHeader::Text, FrameFields::Injected, [](EventDetail &d) { d.text = QStringLiteral("legal"); });
    QCOMPARE(EventFormatter::tapMark(good), QStringLiteral("injected"));
    QCOMPARE(jsonOf(good).value(QStringLiteral("legal")).toBool(), true);
    QVERIFY(!jsonOf(good).contains(QStringLiteral("expected_close")));
}

void TestTapMarks::withheldAndDelayedPongsSaySo()
{
    const Event withheld = marked(FrameHeader::Pong, FrameFields::Withheld, [](EventDetail &) {});
    QCOMPARE(EventFormatter::tapMark(withheld), QStringLiteral("withheld"));
    QCOMPARE(jsonOf(withheld).value(QStringLiteral("pong_policy")).toString(), QStringLiteral("withheld"));
    QVERIFY(!JsonlFrameWriter::handles(withheld));

    const Event delayed = marked(FrameHeader::Pong, FrameFields::Delayed, [](EventDetail &d) { d.delayMs = 3000; });
    QCOMPARE(EventFormatter::tapMark(delayed), QStringLiteral("delayed 3000 ms"));
    QVERIFY(EventFormatter::textLine(delayed).contains(QStringLiteral("[delayed 3000 ms] p1")));
    const QJsonObject json = jsonOf(delayed);
    QCOMPARE(json.value(QStringLiteral("pong_policy")).toString(), QStringLiteral("delayed"));
    QCOMPARE(json.value(QStringLiteral("delay_ms")).toInt(), 3000);
}

void TestTapMarks::plainFramesHaveNoMark()
{
    const Event plain = TestEvents::frame(Direction::Out, FrameHeader::Pong, "p1");
    QVERIFY(EventFormatter::tapMark(plain).isEmpty());
    QVERIFY(JsonlFrameWriter::handles(plain));
    const QJsonObject json = jsonOf(plain);
    QVERIFY(!json.contains(QStringLiteral("injected")));
    QVERIFY(!json.contains(QStringLiteral("pong_policy")));
}

void TestTapMarks::expectationEvents()
{
    const Event met = EventFactory::expectation(QStringLiteral("the server closes with 1002"), QStringLiteral("the server closed with 1002"), true);
    QCOMPARE(EventFormatter::eventToken(met.kind), QStringLiteral("expectation"));
    const QJsonObject json = jsonOf(met);
    QCOMPARE(json.value(QStringLiteral("event")).toString(), QStringLiteral("expectation"));
    QCOMPARE(json.value(QStringLiteral("expected")).toString(), QStringLiteral("the server closes with 1002"));
    QCOMPARE(json.value(QStringLiteral("actual")).toString(), QStringLiteral("the server closed with 1002"));
    QCOMPARE(json.value(QStringLiteral("met")).toBool(), true);
    QVERIFY(EventFormatter::summary(met).contains(QStringLiteral("1002")));
    const Event failed = EventFactory::expectation(QStringLiteral("x"), QStringLiteral("y"), false);
    QVERIFY(EventFormatter::summary(failed) != EventFormatter::summary(
                    EventFactory::expectation(QStringLiteral("x"), QStringLiteral("y"), true)));
}

QTEST_GUILESS_MAIN(TestTapMarks)
#include "tst_tapmarks.moc"
