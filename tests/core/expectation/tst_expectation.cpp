#include "core/log/eventfactory.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/frameheader.h"
#include "core/scenario/expectation.h"
#include "testevents.h"

#include <QtTest>

namespace {

Event serverClose(quint16 code, const QByteArray &reason = {})
{
    QByteArray payload;
    payload.append(char(code >> 8)).append(char(code)).append(reason);
    return TestEvents::frame(Direction::In, FrameHeader::Close, payload);
}

Event closeRecord(quint16 code, CloseInitiator initiator)
{
    return TestEvents::withDetail(EventKind::Close, Direction::None, [&](EventDetail &d) {
        d.closeCode = code;
        d.closeInitiator = initiator;
    });
}

} // namespace

class TestExpectation : public QObject
{
    Q_OBJECT

private slots:
    void closeIsMetByOneOfItsCodes();
    void closeFailsOnAnotherCodeOrNoClose();
    void messageCountsOnlyAfterItStarted();
    void messageExpiresAfterItsTime();
    void dropIsTheServersOnly();
    void aVerdictIsFinal();
};

void TestExpectation::closeIsMetByOneOfItsCodes()
{
    Expectation e = Expectation::close({1002, 1007});
    e.start();
    QVERIFY(e.describe().contains(QStringLiteral("1002")));
    QVERIFY(!e.note(TestEvents::frame(Direction::Out, FrameHeader::Close, QByteArray("\x03\xe8", 2))));
    QVERIFY(e.note(serverClose(1007, "bad utf-8")));
    QVERIFY(e.isDecided());
    QVERIFY(e.isMet());
    QVERIFY(e.actual().contains(QStringLiteral("1007")));
    QVERIFY(e.actual().contains(QStringLiteral("bad utf-8")));
}

void TestExpectation::closeFailsOnAnotherCodeOrNoClose()
{
    Expectation other = Expectation::close({1002});
    other.start();
    QVERIFY(other.note(serverClose(1000)));
    QVERIFY(!other.isMet());
    QVERIFY(other.actual().contains(QStringLiteral("1000")));

    Expectation none = Expectation::close({1002});
    none.start();
    none.note(closeRecord(1006, CloseInitiator::Server));
    QVERIFY(!none.isDecided());
    none.finish();
    QVERIFY(none.isDecided());
    QVERIFY(!none.isMet());
    QVERIFY(!none.actual().isEmpty());
}

void TestExpectation::messageCountsOnlyAfterItStarted()
{
    Expectation e = Expectation::message(QRegularExpression(QStringLiteral("^ok \\d+$")));
    QVERIFY(!e.note(TestEvents::frame(Direction::In, FrameHeader::Text, "ok 1")));
    e.start();
    QVERIFY(!e.note(TestEvents::frame(Direction::Out, FrameHeader::Text, "ok 2")));
    QVERIFY(!e.note(TestEvents::frame(Direction::In, FrameHeader::Text, "nope")));
    QVERIFY(e.note(TestEvents::frame(Direction::In, FrameHeader::Text, "ok 3")));
    QVERIFY(e.isMet());
    QVERIFY(e.actual().contains(QStringLiteral("ok 3")));

    // A fragmented message is matched whole (LogRules::messageOf).
    Expectation whole = Expectation::message(QRegularExpression(QStringLiteral("^abcdef$")));
    whole.start();
    QVERIFY(whole.note(TestEvents::lastFragment(Direction::In, FrameHeader::Text, "ef", "abcdef", 3)));
    QVERIFY(whole.isMet());
}

void TestExpectation::messageExpiresAfterItsTime()
{
    Expectation e = Expectation::message(QRegularExpression(QStringLiteral("x")), 500);
    QVERIFY(e.describe().contains(QStringLiteral("500")));
    e.start();
    e.note(TestEvents::frame(Direction::In, FrameHeader::Text, "y"));
    e.expire();
    QVERIFY(e.isDecided());
    QVERIFY(!e.isMet());
    QVERIFY(e.actual().contains(QStringLiteral("500")));
}

void TestExpectation::dropIsTheServersOnly()
{
    Expectation dropped = Expectation::drop();
    dropped.start();
    dropped.note(closeRecord(1006, CloseInitiator::Server));
    dropped.finish();
    QVERIFY(dropped.isMet());

    Expectation closed = Expectation::drop();
    closed.start();
    QVERIFY(closed.note(serverClose(1000)));
    QVERIFY(!closed.isMet());

    Expectation ours = Expectation::drop(); // a timeout or --drop ends it from our side
    ours.start();
    ours.note(closeRecord(1006, CloseInitiator::Client));
    ours.finish();
    QVERIFY(!ours.isMet());
}

void TestExpectation::aVerdictIsFinal()
{
    Expectation e = Expectation::close({1002});
    e.start();
    QVERIFY(e.note(serverClose(1002)));
    QVERIFY(!e.note(serverClose(1000)));
    e.finish();
    QVERIFY(e.isMet());
}

QTEST_GUILESS_MAIN(TestExpectation)
#include "tst_expectation.moc"
