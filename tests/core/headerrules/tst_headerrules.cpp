#include "core/rules/headerrules.h"
#include "pseudotranslator.h"

#include <QtTest>

// HeaderRules: field names and subprotocols are tokens (RFC 9110 §5.1, §5.6.2; RFC 6455 §4.1),
// field values hold no control character but HTAB (RFC 9110 §5.5).
class TestHeaderRules : public QObject
{
    Q_OBJECT

private slots:
    void everyAsciiCharacterIsClassifiedAsTheRfcSays();
    void isToken_data();
    void isToken();
    void checkName_data();
    void checkName();
    void checkValue_data();
    void checkValue();
    void checkSubprotocol_data();
    void checkSubprotocol();
    void fieldsTheClientWritesAreRefused_data();
    void fieldsTheClientWritesAreRefused();
    void messagesAreTranslated();
};

void TestHeaderRules::everyAsciiCharacterIsClassifiedAsTheRfcSays()
{
    // RFC 9110 §5.6.2, spelled out independently of the implementation.
    const QString tchar = QStringLiteral("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    for (char16_t u = 0; u < 0x100; ++u) {
        const QChar c(u);
        QVERIFY2(HeaderRules::isTokenChar(c) == tchar.contains(c), qPrintable(QString::number(u, 16)));
    }
    QVERIFY(!HeaderRules::isTokenChar(QChar(0x00E9))); // é: letters beyond ASCII are not ALPHA
}

void TestHeaderRules::isToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("token");
    QTest::newRow("An empty text is not a token") << QString() << false;
    QTest::newRow("A usual header name is a token") << QStringLiteral("X-Request-Id") << true;
    QTest::newRow("Every special tchar together is a token") << QStringLiteral("!#$%&'*+-.^_`|~") << true;
    QTest::newRow("A space breaks a token") << QStringLiteral("X Bad") << false;
    QTest::newRow("A colon breaks a token") << QStringLiteral("X:Bad") << false;
    QTest::newRow("A comma breaks a token (it separates list elements)") << QStringLiteral("a,b") << false;
    QTest::newRow("A double quote breaks a token") << QStringLiteral("\"q\"") << false;
    QTest::newRow("A non-ASCII letter breaks a token") << QStringLiteral("caf\u00E9") << false;
}

void TestHeaderRules::isToken()
{
    QFETCH(QString, text);
    QFETCH(bool, token);
    QCOMPARE(HeaderRules::isToken(text), token);
}

void TestHeaderRules::checkName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("contains"); // empty: valid
    QTest::newRow("A usual header name is valid") << QStringLiteral("Authorization") << QStringList();
    QTest::newRow("An empty name is refused as empty") << QString() << QStringList{QStringLiteral("empty name")};
    QTest::newRow("A space in a name is named as a space")
            << QStringLiteral("Bad Header")
            << QStringList{QStringLiteral("\"Bad Header\" is not a valid header name"), QStringLiteral("U+0020 (space)"),
                           QStringLiteral("not allowed in an HTTP header name"), QStringLiteral("RFC 9110 §5.1")};
    QTest::newRow("A colon in a name is named with its code point")
            << QStringLiteral("X:Y") << QStringList{QStringLiteral("':' (U+003A)")};
    QTest::newRow("A non-ASCII letter in a name is named")
            << QStringLiteral("X-Caf\u00E9") << QStringList{QStringLiteral("U+00E9")};
}

void TestHeaderRules::checkName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, contains);
    const QString why = HeaderRules::checkName(name);
    QCOMPARE(why.isEmpty(), contains.isEmpty());
    for (const QString &part : contains)
        QVERIFY2(why.contains(part), qPrintable(why));
}

void TestHeaderRules::checkValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("contains"); // empty: valid
    QTest::newRow("An empty value is valid") << QString() << QStringList();
    QTest::newRow("A value with spaces and a tab is valid") << QStringLiteral("Bearer abc\tdef") << QStringList();
    QTest::newRow("A value with non-ASCII text is left to the client") << QStringLiteral("caf\u00E9") << QStringList();
    QTest::newRow("A CR LF in a value would inject a header and is refused")
            << QStringLiteral("a\r\nInjected: yes")
            << QStringList{QStringLiteral("\"X-Test\""), QStringLiteral("U+000D (carriage return)"),
                           QStringLiteral("control character"), QStringLiteral("end the header early")};
    QTest::newRow("A bare LF in a value is refused") << QStringLiteral("a\nb") << QStringList{QStringLiteral("U+000A (line feed)")};
    QTest::newRow("A NUL in a value is refused") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                                                 << QStringList{QStringLiteral("U+0000 (NUL)"), QStringLiteral("end the header early")};
    QTest::newRow("A bell character is refused as a control character a value may not hold")
            << QStringLiteral("ring\u0007") << QStringList{QStringLiteral("U+0007"), QStringLiteral("visible characters, spaces and tabs")};
    QTest::newRow("DEL is a control character too") << QStringLiteral("x\u007F")
                                                    << QStringList{QStringLiteral("U+007F"), QStringLiteral("RFC 9110 §5.5")};
}

void TestHeaderRules::checkValue()
{
    QFETCH(QString, value);
    QFETCH(QStringList, contains);
    const QString why = HeaderRules::checkValue(u"X-Test", value);
    QCOMPARE(why.isEmpty(), contains.isEmpty());
    for (const QString &part : contains)
        QVERIFY2(why.contains(part), qPrintable(why));
}

void TestHeaderRules::checkSubprotocol_data()
{
    QTest::addColumn<QString>("subprotocol");
    QTest::addColumn<QStringList>("contains"); // empty: valid
    QTest::newRow("A dotted subprotocol name is a token") << QStringLiteral("chat.v1") << QStringList();
    QTest::newRow("A registered name like graphql-transport-ws is a token") << QStringLiteral("graphql-transport-ws") << QStringList();
    QTest::newRow("An empty subprotocol is refused as empty") << QString() << QStringList{QStringLiteral("subprotocol name is empty")};
    QTest::newRow("A space in a subprotocol is named")
            << QStringLiteral("chat v1")
            << QStringList{QStringLiteral("\"chat v1\" is not a valid subprotocol name"), QStringLiteral("U+0020 (space)"),
                           QStringLiteral("RFC 6455 §4.1")};
    QTest::newRow("A comma would split the offered list and is refused")
            << QStringLiteral("a,b") << QStringList{QStringLiteral("',' (U+002C)")};
}

void TestHeaderRules::checkSubprotocol()
{
    QFETCH(QString, subprotocol);
    QFETCH(QStringList, contains);
    const QString why = HeaderRules::checkSubprotocol(subprotocol);
    QCOMPARE(why.isEmpty(), contains.isEmpty());
    for (const QString &part : contains)
        QVERIFY2(why.contains(part), qPrintable(why));
}

void TestHeaderRules::fieldsTheClientWritesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("refused");
    QTest::newRow("Host") << QStringLiteral("Host") << true;
    QTest::newRow("upgrade, any case") << QStringLiteral("upgrade") << true;
    QTest::newRow("CONNECTION") << QStringLiteral("CONNECTION") << true;
    QTest::newRow("Sec-WebSocket-Key with spaces around") << QStringLiteral(" Sec-WebSocket-Key ") << true;
    QTest::newRow("sec-websocket-version") << QStringLiteral("sec-websocket-version") << true;
    QTest::newRow("Sec-WebSocket-Protocol is the user's (the subprotocol setting says more)")
            << QStringLiteral("Sec-WebSocket-Protocol") << false;
    QTest::newRow("Authorization") << QStringLiteral("Authorization") << false;
    QTest::newRow("A name that only starts like one") << QStringLiteral("Hostname") << false;
}

void TestHeaderRules::fieldsTheClientWritesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(bool, refused);
    const QString why = HeaderRules::checkNotWrittenByClient(name);
    QCOMPARE(!why.isEmpty(), refused);
    QCOMPARE(HeaderRules::checkHeader(name, u"value").isEmpty(), !refused);
    if (refused) {
        QVERIFY2(why.contains(name.trimmed(), Qt::CaseInsensitive), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("RFC 6455")), qPrintable(why));
    }
}

void TestHeaderRules::messagesAreTranslated()
{
    const PseudoTranslator translator;
    for (const QString &why : {HeaderRules::checkName(QString()), HeaderRules::checkName(QStringLiteral("a b")),
                               HeaderRules::checkValue(u"X", u"a\nb"), HeaderRules::checkValue(u"X", u"a\u0001"),
                               HeaderRules::checkSubprotocol(QString()), HeaderRules::checkSubprotocol(QStringLiteral("a b")),
                               HeaderRules::checkNotWrittenByClient(u"Host")})
        QVERIFY2(why.startsWith(QLatin1String("[[")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestHeaderRules)
#include "tst_headerrules.moc"
