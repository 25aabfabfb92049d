#include "core/protocol/closecodes.h"
#include "pseudotranslator.h"

#include <QtTest>

#include <QSet>

class TestCloseCodes : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_data();
    void catalogue();
    void whyNotSendable_data();
    void whyNotSendable();
    void checkOutgoing_data();
    void checkOutgoing();
    void checkOutgoingAgreesWithMaySendForEveryCode();
    void checkOutgoingIsTranslated();
    void everyCodeIsConsistent();
    void namedCodesHaveTheirOwnMeaning();
    void sendableNamedListsExactlyTheSendableNamedCodes();
    void labelJoinsCodeAndName();
    void englishNameIsTheUntranslatedName();
};

void TestCloseCodes::catalogue_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("maySend");
    QTest::addColumn<bool>("mayAppearOnWire");

    QTest::newRow("0 is below the range of close codes") << 0 << "Invalid" << false << false;
    QTest::newRow("999 is the last code below the range") << 999 << "Invalid" << false << false;
    QTest::newRow("1000 is a normal closure and may be sent") << 1000 << "Normal closure" << true << true;
    QTest::newRow("1001 is going away and may be sent") << 1001 << "Going away" << true << true;
    QTest::newRow("1002 is a protocol error and may be sent") << 1002 << "Protocol error" << true << true;
    QTest::newRow("1003 is unsupported data and may be sent") << 1003 << "Unsupported data" << true << true;
    QTest::newRow("1004 is reserved and may never be sent") << 1004 << "Reserved" << false << false;
    QTest::newRow("1005 only reports a missing status and is never on the wire")
            << 1005 << "No status received" << false << false;
    QTest::newRow("1006 only reports a dropped connection and is never on the wire")
            << 1006 << "Abnormal closure" << false << false;
    QTest::newRow("1007 is invalid payload data and may be sent") << 1007 << "Invalid frame payload data" << true << true;
    QTest::newRow("1008 is a policy violation and may be sent") << 1008 << "Policy violation" << true << true;
    QTest::newRow("1009 is message too big and may be sent") << 1009 << "Message too big" << true << true;
    QTest::newRow("1010 is mandatory extension and may be sent") << 1010 << "Mandatory extension" << true << true;
    QTest::newRow("1011 is internal error and may be sent") << 1011 << "Internal error" << true << true;
    QTest::newRow("1012 was registered with IANA after the RFC and may be sent")
            << 1012 << "Service restart" << true << true;
    QTest::newRow("1013 was registered with IANA after the RFC and may be sent")
            << 1013 << "Try again later" << true << true;
    QTest::newRow("1014 was registered with IANA after the RFC and may be sent") << 1014 << "Bad gateway" << true << true;
    QTest::newRow("1015 only reports a failed TLS handshake and is never on the wire")
            << 1015 << "TLS handshake failure" << false << false;
    QTest::newRow("1016 is the first unassigned protocol code")
            << 1016 << "Unassigned (reserved for the protocol)" << false << false;
    QTest::newRow("2999 is the last unassigned protocol code")
            << 2999 << "Unassigned (reserved for the protocol)" << false << false;
    QTest::newRow("3000 is the first code registered with IANA") << 3000 << "Registered (IANA)" << true << true;
    QTest::newRow("3999 is the last code registered with IANA") << 3999 << "Registered (IANA)" << true << true;
    QTest::newRow("4000 is the first private-use code") << 4000 << "Private use" << true << true;
    QTest::newRow("4999 is the last private-use code") << 4999 << "Private use" << true << true;
    QTest::newRow("5000 is above the range of close codes") << 5000 << "Invalid" << false << false;
    QTest::newRow("65535 is the largest 16-bit value and not a close code") << 65535 << "Invalid" << false << false;
}

void TestCloseCodes::catalogue()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(bool, maySend);
    QFETCH(bool, mayAppearOnWire);
    QCOMPARE(CloseCodes::name(quint16(code)), name);
    QCOMPARE(CloseCodes::maySend(quint16(code)), maySend);
    QCOMPARE(CloseCodes::mayAppearOnWire(quint16(code)), mayAppearOnWire);
    QVERIFY(!CloseCodes::meaning(quint16(code)).isEmpty());
}

void TestCloseCodes::whyNotSendable_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("contains");

    QTest::newRow("A sendable code has no reason against it") << 1000 << QStringList();
    QTest::newRow("A private-use code has no reason against it") << 4321 << QStringList();
    QTest::newRow("1004 is refused because the RFC reserves it")
            << 1004 << QStringList{QStringLiteral("1004 is reserved"), QStringLiteral("7.4.1")};
    QTest::newRow("1005 is refused because it only reports what happened locally")
            << 1005 << QStringList{QStringLiteral("1005 (No status received)"), QStringLiteral("locally"), QStringLiteral("7.4.1")};
    QTest::newRow("1006 is refused because it only reports what happened locally")
            << 1006 << QStringList{QStringLiteral("1006 (Abnormal closure)"), QStringLiteral("forbids sending")};
    QTest::newRow("1015 is refused because it only reports what happened locally")
            << 1015 << QStringList{QStringLiteral("1015 (TLS handshake failure)")};
    QTest::newRow("2000 is refused because the protocol range is unassigned")
            << 2000 << QStringList{QStringLiteral("2000 is not assigned"), QStringLiteral("1016 to 2999"), QStringLiteral("7.4.2")};
    QTest::newRow("999 is refused because codes start at 1000")
            << 999 << QStringList{QStringLiteral("999 is not a close code"), QStringLiteral("below 1000")};
    QTest::newRow("5000 is refused because codes end at 4999")
            << 5000 << QStringList{QStringLiteral("5000 is not a close code"), QStringLiteral("4999")};
}

void TestCloseCodes::whyNotSendable()
{
    QFETCH(int, code);
    QFETCH(QStringList, contains);
    const QString why = CloseCodes::whyNotSendable(quint16(code));
    QCOMPARE(why.isEmpty(), contains.isEmpty());
    for (const QString &part : contains)
        QVERIFY2(why.contains(part), qPrintable(why));
}

void TestCloseCodes::checkOutgoing_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("contains"); // empty: the Close may be sent

    const QString hangul41 = QString(41, QChar(0xD55C)); // 41 × 3 UTF-8 bytes = 123
    QTest::newRow("A normal closure without a reason may be sent") << 1000 << QString() << QStringList();
    QTest::newRow("An application code with a short reason may be sent") << 4000 << QStringLiteral("bye") << QStringList();
    QTest::newRow("A reason of exactly 123 ASCII bytes fills the frame and may be sent")
            << 1001 << QString(123, QLatin1Char('r')) << QStringList();
    QTest::newRow("A reason of 41 Hangul syllables is 123 UTF-8 bytes and may be sent") << 1000 << hangul41 << QStringList();
    QTest::newRow("A reason with an emoji (a surrogate pair) may be sent") << 1000 << QStringLiteral("ok \U0001F600") << QStringList();
    QTest::newRow("1005 is refused with the reason the RFC gives, whatever the reason text")
            << 1005 << QStringLiteral("x") << QStringList{QStringLiteral("1005 (No status received)"), QStringLiteral("7.4.1")};
    QTest::newRow("999 is refused as below the range") << 999 << QString() << QStringList{QStringLiteral("below 1000")};
    QTest::newRow("2000 is refused as unassigned") << 2000 << QString() << QStringList{QStringLiteral("2000 is not assigned")};
    QTest::newRow("A forbidden code is reported before a reason that is too long")
            << 1006 << QString(200, QLatin1Char('r')) << QStringList{QStringLiteral("1006")};
    QTest::newRow("A reason of 124 ASCII bytes is one byte over the limit")
            << 1000 << QString(124, QLatin1Char('r'))
            << QStringList{QStringLiteral("124 bytes"), QStringLiteral("1 over the limit"), QStringLiteral("at most 123")};
    QTest::newRow("A reason of 42 Hangul syllables is 126 UTF-8 bytes, 3 over the limit")
            << 4000 << QString(hangul41 + QChar(0xD55C)) << QStringList{QStringLiteral("126 bytes"), QStringLiteral("3 over")};
    QTest::newRow("A reason with a lone high surrogate names its column and code unit")
            << 1000 << QString(QStringLiteral("ab") + QChar(0xD83D)) << QStringList{QStringLiteral("close reason"), QStringLiteral("column 3"), QStringLiteral("U+D83D")};
    QTest::newRow("A lone surrogate is reported even when the reason is also too long")
            << 1000 << QString(QChar(0xDC00) + QString(200, QLatin1Char('r'))) << QStringList{QStringLiteral("U+DC00")};
}

void TestCloseCodes::checkOutgoing()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QStringList, contains);
    const QString why = CloseCodes::checkOutgoing(quint16(code), reason);
    QCOMPARE(why.isEmpty(), contains.isEmpty());
    for (const QString &part : contains)
        QVERIFY2(why.contains(part), qPrintable(why));
}

void TestCloseCodes::checkOutgoingAgreesWithMaySendForEveryCode()
{
    // With an empty reason only the code decides, and the words are whyNotSendable()'s.
    for (int value = 0; value <= 0xFFFF; ++value) {
        const auto code = quint16(value);
        QCOMPARE(CloseCodes::checkOutgoing(code, QString()), CloseCodes::whyNotSendable(code));
    }
}

void TestCloseCodes::checkOutgoingIsTranslated()
{
    const PseudoTranslator translator;
    QVERIFY(CloseCodes::checkOutgoing(1000, QString(124, QLatin1Char('r'))).startsWith(QLatin1String("[[")));
    QVERIFY(CloseCodes::checkOutgoing(1000, QString(QChar(0xD800))).startsWith(QLatin1String("[[")));
    QVERIFY(CloseCodes::checkOutgoing(1000, QStringLiteral("fine")).isEmpty());
}

void TestCloseCodes::everyCodeIsConsistent()
{
    // Over all 65536 values: a reason exists exactly when a code may not be sent, and what a
    // receiver accepts is what a sender may send (RFC 6455 §7.4.1-7.4.2).
    for (int value = 0; value <= 0xFFFF; ++value) {
        const auto code = quint16(value);
        QVERIFY2(CloseCodes::maySend(code) == CloseCodes::whyNotSendable(code).isEmpty(), qPrintable(QString::number(value)));
        QCOMPARE(CloseCodes::mayAppearOnWire(code), CloseCodes::maySend(code));
        QVERIFY(!CloseCodes::name(code).isEmpty());
    }
}

void TestCloseCodes::namedCodesHaveTheirOwnMeaning()
{
    QSet<QString> meanings;
    for (quint16 code = 1000; code <= 1015; ++code) {
        const QString meaning = CloseCodes::meaning(code);
        QVERIFY(!meaning.isEmpty());
        QVERIFY2(meaning != CloseCodes::name(code), qPrintable(meaning));
        meanings.insert(meaning);
    }
    QCOMPARE(meanings.size(), 16);
    QVERIFY(!meanings.contains(CloseCodes::meaning(4000)));
    QVERIFY(CloseCodes::meaning(1006).contains(QStringLiteral("never sent")));
}

void TestCloseCodes::sendableNamedListsExactlyTheSendableNamedCodes()
{
    const QList<CloseCodes::Entry> entries = CloseCodes::sendableNamed();
    QList<quint16> codes;
    for (const CloseCodes::Entry &entry : entries) {
        codes.append(entry.code);
        QCOMPARE(entry.name, CloseCodes::name(entry.code));
        QCOMPARE(entry.meaning, CloseCodes::meaning(entry.code));
    }
    const QList<quint16> expected{1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014};
    QCOMPARE(codes, expected);
}

void TestCloseCodes::labelJoinsCodeAndName()
{
    QCOMPARE(CloseCodes::label(CloseCodes::GoingAway), QStringLiteral("1001 (Going away)"));
    QCOMPARE(CloseCodes::label(4001), QStringLiteral("4001 (Private use)"));
}

void TestCloseCodes::englishNameIsTheUntranslatedName()
{
    // Without a translation both names agree; with one, only name() follows the UI language:
    // englishName() feeds files and scripts (the JSONL code_name).
    for (int value = 0; value <= 0xFFFF; ++value)
        QCOMPARE(CloseCodes::englishName(quint16(value)), CloseCodes::name(quint16(value)));
    const PseudoTranslator translator;
    for (const quint16 code : {quint16(0), quint16(1000), quint16(1006), quint16(1015), quint16(2000), quint16(3000), quint16(4999)}) {
        QCOMPARE(CloseCodes::name(code), PseudoTranslator::wrapped(CloseCodes::englishName(code)));
        QVERIFY(!CloseCodes::englishName(code).startsWith(QLatin1String("[[")));
    }
    QCOMPARE(CloseCodes::englishName(CloseCodes::GoingAway), QStringLiteral("Going away"));
}

QTEST_GUILESS_MAIN(TestCloseCodes)
#include "tst_closecodes.moc"
