#include "core/protocol/closecodes.h"
#include "core/protocol/closepayload.h"

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

} // namespace

class TestClosePayload : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void build_data();
    void build();
    void everySendableCodeRoundTrips();
    void buildRefusesEveryCodeThatMayNotBeSent();
};

void TestClosePayload::parse_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("violation");
    QTest::addColumn<QStringList>("errorContains");

    QTest::newRow("An empty payload means no status code was received (1005)")
            << QByteArray() << 1005 << QString() << true << 0 << QStringList();
    QTest::newRow("A bare 1000 code without a reason is valid")
            << payloadOf(1000) << 1000 << QString() << true << 0 << QStringList();
    QTest::newRow("Code 1001 with an ASCII reason is valid")
            << payloadOf(1001, "server shutdown") << 1001 << QStringLiteral("server shutdown") << true << 0 << QStringList();
    QTest::newRow("A private-use code with a Korean UTF-8 reason is valid")
            << payloadOf(4000, "\xEC\x95\x88\xEB\x85\x95") << 4000 << QStringLiteral("안녕") << true << 0 << QStringList();
    QTest::newRow("An IANA-registered 3000 code is valid") << payloadOf(3000, "unauthorized") << 3000
                                                           << QStringLiteral("unauthorized") << true << 0 << QStringList();
    QTest::newRow("1012 (service restart), registered after the RFC, is valid")
            << payloadOf(1012) << 1012 << QString() << true << 0 << QStringList();
    QTest::newRow("1014 (bad gateway), registered after the RFC, is valid")
            << payloadOf(1014) << 1014 << QString() << true << 0 << QStringList();
    QTest::newRow("A payload of exactly 125 bytes is the longest allowed")
            << payloadOf(1000, QByteArray(123, 'x')) << 1000 << QString(123, QLatin1Char('x')) << true << 0 << QStringList();

    QTest::newRow("A one-byte payload cannot hold a code and is a protocol error")
            << QByteArray("\x03", 1) << 1005 << QString() << false << 1002
            << QStringList{QStringLiteral("1 byte (0x03)"), QStringLiteral("needs 2 bytes"), QStringLiteral("5.5.1")};
    QTest::newRow("A 126-byte payload is too long for a control frame")
            << payloadOf(1000, QByteArray(124, 'x')) << 1000 << QString(124, QLatin1Char('x')) << false << 1002
            << QStringList{QStringLiteral("126 bytes"), QStringLiteral("at most 125")};
    QTest::newRow("1005 in a Close frame is a protocol error")
            << payloadOf(1005) << 1005 << QString() << false << 1002
            << QStringList{QStringLiteral("code 1005"), QStringLiteral("No status received")};
    QTest::newRow("1006 in a Close frame is a protocol error")
            << payloadOf(1006) << 1006 << QString() << false << 1002 << QStringList{QStringLiteral("code 1006")};
    QTest::newRow("1015 in a Close frame is a protocol error")
            << payloadOf(1015) << 1015 << QString() << false << 1002 << QStringList{QStringLiteral("code 1015")};
    QTest::newRow("The reserved 1004 in a Close frame is a protocol error")
            << payloadOf(1004) << 1004 << QString() << false << 1002 << QStringList{QStringLiteral("1004 is reserved")};
    QTest::newRow("Code 0 in a Close frame is a protocol error")
            << payloadOf(0) << 0 << QString() << false << 1002 << QStringList{QStringLiteral("below 1000")};
    QTest::newRow("Code 999 in a Close frame is a protocol error")
            << payloadOf(999) << 999 << QString() << false << 1002 << QStringList{QStringLiteral("999")};
    QTest::newRow("The unassigned 1016 in a Close frame is a protocol error")
            << payloadOf(1016) << 1016 << QString() << false << 1002 << QStringList{QStringLiteral("1016 to 2999")};
    QTest::newRow("The unassigned 2999 in a Close frame is a protocol error")
            << payloadOf(2999) << 2999 << QString() << false << 1002 << QStringList{QStringLiteral("2999 is not assigned")};
    QTest::newRow("Code 5000 in a Close frame is a protocol error")
            << payloadOf(5000) << 5000 << QString() << false << 1002 << QStringList{QStringLiteral("4999")};
    QTest::newRow("Code 65535 in a Close frame is a protocol error")
            << payloadOf(65535) << 65535 << QString() << false << 1002 << QStringList{QStringLiteral("65535")};

    QTest::newRow("A reason with a byte that never appears in UTF-8 is invalid payload data (1007)")
            << payloadOf(1000, "ok\xFF") << 1000 << QString::fromUtf8("ok\xFF") << false << 1007
            << QStringList{QStringLiteral("not valid UTF-8"), QStringLiteral("0xFF"), QStringLiteral("offset 2")};
    QTest::newRow("A reason cut in the middle of a multi-byte character is invalid payload data")
            << payloadOf(1000, "\xEC\x95") << 1000 << QString::fromUtf8("\xEC\x95") << false << 1007
            << QStringList{QStringLiteral("ends in the middle of a 3-byte sequence")};
    QTest::newRow("A reason with an overlong encoding is invalid payload data")
            << payloadOf(1000, "\xC0\xAF") << 1000 << QString::fromUtf8("\xC0\xAF") << false << 1007
            << QStringList{QStringLiteral("overlong")};
    QTest::newRow("A reason with an encoded UTF-16 surrogate is invalid payload data")
            << payloadOf(1000, "\xED\xA0\x80") << 1000 << QString::fromUtf8("\xED\xA0\x80") << false << 1007
            << QStringList{QStringLiteral("surrogate")};
    QTest::newRow("A forbidden code is reported before a bad reason")
            << payloadOf(1005, "\xFF") << 1005 << QString::fromUtf8("\xFF") << false << 1002 << QStringList{QStringLiteral("code 1005")};
}

void TestClosePayload::parse()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(bool, valid);
    QFETCH(int, violation);
    QFETCH(QStringList, errorContains);

    const ClosePayload parsed = ClosePayload::parse(payload);
    QCOMPARE(int(parsed.code), code);
    QCOMPARE(parsed.reason, reason);
    QCOMPARE(parsed.valid, valid);
    QCOMPARE(int(parsed.violationCode), violation);
    QCOMPARE(parsed.error.isEmpty(), valid);
    for (const QString &part : errorContains)
        QVERIFY2(parsed.error.contains(part), qPrintable(parsed.error));
}

void TestClosePayload::build_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("errorContains");

    const QString korean41 = QString(41, QChar(0xD55C)); // 41 × 3 UTF-8 bytes = 123
    QTest::newRow("Normal closure with a reason is the code big-endian followed by the UTF-8 reason")
            << 1000 << QStringLiteral("bye") << QByteArray("\x03\xE8" "bye") << QStringList();
    QTest::newRow("A private-use code without a reason is two bytes")
            << 4999 << QString() << QByteArray("\x13\x87") << QStringList();
    QTest::newRow("A reason of exactly 123 ASCII bytes fits")
            << 1001 << QString(123, QLatin1Char('r')) << payloadOf(1001, QByteArray(123, 'r')) << QStringList();
    QTest::newRow("A reason of 41 Korean syllables is 123 UTF-8 bytes and fits")
            << 1000 << korean41 << payloadOf(1000, korean41.toUtf8()) << QStringList();
    QTest::newRow("A reason of 124 ASCII bytes is refused")
            << 1000 << QString(124, QLatin1Char('r')) << QByteArray()
            << QStringList{QStringLiteral("124 bytes"), QStringLiteral("at most 123"), QStringLiteral("1 over the limit")};
    QTest::newRow("A reason of 42 Korean syllables is 126 UTF-8 bytes and is refused")
            << 1000 << QString(korean41 + QChar(0xD55C)) << QByteArray() << QStringList{QStringLiteral("126 bytes")};
    QTest::newRow("1005 may not be sent") << 1005 << QString() << QByteArray() << QStringList{QStringLiteral("1005"), QStringLiteral("7.4.1")};
    QTest::newRow("1006 may not be sent") << 1006 << QString() << QByteArray() << QStringList{QStringLiteral("1006")};
    QTest::newRow("1015 may not be sent") << 1015 << QString() << QByteArray() << QStringList{QStringLiteral("1015")};
    QTest::newRow("The reserved 1004 may not be sent") << 1004 << QString() << QByteArray() << QStringList{QStringLiteral("reserved")};
    QTest::newRow("The unassigned 2000 may not be sent") << 2000 << QStringLiteral("x") << QByteArray() << QStringList{QStringLiteral("not assigned")};
    QTest::newRow("Code 999 may not be sent") << 999 << QString() << QByteArray() << QStringList{QStringLiteral("below 1000")};
    QTest::newRow("Code 5000 may not be sent") << 5000 << QString() << QByteArray() << QStringList{QStringLiteral("4999")};
    QTest::newRow("A reason with a lone high surrogate is refused, not silently replaced")
            << 1000 << QString(QStringLiteral("ab") + QChar(0xD83D)) << QByteArray()
            << QStringList{QStringLiteral("close reason"), QStringLiteral("column 3"), QStringLiteral("U+D83D"),
                           QStringLiteral("first half")};
    QTest::newRow("A reason with a lone low surrogate is refused")
            << 1000 << QString(QChar(0xDE00) + QStringLiteral("ab")) << QByteArray() << QStringList{QStringLiteral("column 1"), QStringLiteral("U+DE00"), QStringLiteral("second half")};
    QTest::newRow("A reason with an emoji (a surrogate pair) is four UTF-8 bytes")
            << 1000 << QStringLiteral("\U0001F600") << QByteArray("\x03\xE8\xF0\x9F\x98\x80") << QStringList();
}

void TestClosePayload::build()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, errorContains);

    QString error;
    const std::optional<QByteArray> built = ClosePayload::build(quint16(code), reason, &error);
    QCOMPARE(built.has_value(), errorContains.isEmpty());
    if (built) {
        QCOMPARE(*built, payload);
        QVERIFY(error.isEmpty());
    }
    for (const QString &part : errorContains)
        QVERIFY2(error.contains(part), qPrintable(error));
    // No error pointer: the answer is the same, just unexplained.
    QCOMPARE(ClosePayload::build(quint16(code), reason, nullptr).has_value(), built.has_value());
}

void TestClosePayload::everySendableCodeRoundTrips()
{
    const QString reason = QStringLiteral("caf\u00E9 \U0001F600");
    for (int value = 0; value <= 0xFFFF; ++value) {
        const auto code = quint16(value);
        if (!CloseCodes::maySend(code))
            continue;
        QString error;
        const std::optional<QByteArray> built = ClosePayload::build(code, reason, &error);
        QVERIFY2(built.has_value(), qPrintable(error));
        const ClosePayload parsed = ClosePayload::parse(*built);
        QVERIFY2(parsed.valid, qPrintable(parsed.error));
        QCOMPARE(parsed.code, code);
        QCOMPARE(parsed.reason, reason);
    }
}

void TestClosePayload::buildRefusesEveryCodeThatMayNotBeSent()
{
    for (int value = 0; value <= 0xFFFF; ++value) {
        const auto code = quint16(value);
        if (CloseCodes::maySend(code))
            continue;
        QString error;
        QVERIFY(!ClosePayload::build(code, QString(), &error));
        QCOMPARE(error, CloseCodes::whyNotSendable(code));
        QVERIFY(!ClosePayload::parse(payloadOf(code)).valid);
    }
}

QTEST_GUILESS_MAIN(TestClosePayload)
#include "tst_closepayload.moc"
