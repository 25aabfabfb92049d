#include "core/profiles/profilevalidator.h"
#include "pseudotranslator.h"

#include <QtTest>

// ProfileValidator: the field checks the profile editor shows as the user types. Each returns
// empty or one specific sentence.
class TestProfileValidator : public QObject
{
    Q_OBJECT

private slots:
    void checkName_data();
    void checkName();
    void checkUrl_data();
    void checkUrl();
    void checkOrigin_data();
    void checkOrigin();
    void checkProxy_data();
    void checkProxy();
    void checkFindsTheFirstProblemOfAProfile_data();
    void checkFindsTheFirstProblemOfAProfile();
    void messagesAreTranslated();

private:
    static void addColumns();
    static void verify(const QString &why, const QString &contains);
};

void TestProfileValidator::addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("contains"); // empty: accepted
}

void TestProfileValidator::verify(const QString &why, const QString &contains)
{
    QCOMPARE(why.isEmpty(), contains.isEmpty());
    QVERIFY2(why.contains(contains), qPrintable(why));
}

void TestProfileValidator::checkName_data()
{
    addColumns();
    QTest::newRow("A plain name is accepted") << QStringLiteral("Echo server") << QString();
    QTest::newRow("A Korean name is accepted") << QStringLiteral("\uD14C\uC2A4\uD2B8") << QString();
    QTest::newRow("Spaces only count as no name") << QStringLiteral("   ") << QStringLiteral("Enter a name");
    QTest::newRow("120 characters are the most a name may have") << QString(120, QLatin1Char('n')) << QString();
    QTest::newRow("121 characters are one too many, with both numbers named")
            << QString(121, QLatin1Char('n')) << QStringLiteral("121 characters long; at most 120");
    QTest::newRow("A tab inside the name is a control character named by code point")
            << QStringLiteral("a\tb") << QStringLiteral("control character (U+0009)");
}

void TestProfileValidator::checkName()
{
    QFETCH(QString, input);
    QFETCH(QString, contains);
    verify(ProfileValidator::checkName(input), contains);
}

void TestProfileValidator::checkUrl_data()
{
    addColumns();
    QTest::newRow("A ws URL with host and port is accepted") << QStringLiteral("ws://127.0.0.1:8080/echo") << QString();
    QTest::newRow("A wss URL without a port is accepted") << QStringLiteral("wss://example.com/") << QString();
    QTest::newRow("An empty URL asks for one with an example") << QString() << QStringLiteral("ws://127.0.0.1:8080/echo");
    QTest::newRow("A space in the URL is to be encoded") << QStringLiteral("ws://h/a b") << QStringLiteral("%20");
    QTest::newRow("A URL without a scheme asks for ws:// or wss://") << QStringLiteral("example.com") << QStringLiteral("must start with ws://");
    QTest::newRow("An http URL is named as http") << QStringLiteral("http://example.com/") << QStringLiteral("not http://");
    QTest::newRow("An ftp URL names the scheme") << QStringLiteral("ftp://example.com/") << QStringLiteral("not \"ftp\"");
    QTest::newRow("Port 0 cannot be connected to") << QStringLiteral("ws://h:0/") << QStringLiteral("Port 0");
    QTest::newRow("A fragment is refused with the RFC section") << QStringLiteral("ws://h/#x") << QStringLiteral("RFC 6455 §3");
}

void TestProfileValidator::checkUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, contains);
    verify(ProfileValidator::checkUrl(input), contains);
}

void TestProfileValidator::checkOrigin_data()
{
    addColumns();
    QTest::newRow("No origin is fine") << QString() << QString();
    QTest::newRow("The opaque origin null is fine (RFC 6454 §7)") << QStringLiteral("null") << QString();
    QTest::newRow("Scheme, host and port are an origin") << QStringLiteral("https://app.example:8443") << QString();
    QTest::newRow("A bare host is not an origin") << QStringLiteral("example.com") << QStringLiteral("scheme and host");
    QTest::newRow("An origin with a path is refused") << QStringLiteral("https://example.com/app") << QStringLiteral("must not have a path");
}

void TestProfileValidator::checkOrigin()
{
    QFETCH(QString, input);
    QFETCH(QString, contains);
    verify(ProfileValidator::checkOrigin(input), contains);
}

void TestProfileValidator::checkProxy_data()
{
    addColumns();
    QTest::newRow("No proxy is fine") << QString() << QString();
    QTest::newRow("A SOCKS5 proxy is accepted") << QStringLiteral("socks5://127.0.0.1:1080") << QString();
    QTest::newRow("An HTTP proxy is accepted") << QStringLiteral("http://proxy.example:3128") << QString();
    QTest::newRow("A SOCKS4 proxy is not supported") << QStringLiteral("socks4://h:1080") << QStringLiteral("socks5://host:port");
    QTest::newRow("A proxy without a port gets an example with its own host")
            << QStringLiteral("socks5://proxy.example") << QStringLiteral("socks5://proxy.example:1080");
}

void TestProfileValidator::checkProxy()
{
    QFETCH(QString, input);
    QFETCH(QString, contains);
    verify(ProfileValidator::checkProxy(input), contains);
}

void TestProfileValidator::checkFindsTheFirstProblemOfAProfile_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("contains");

    Profile fine;
    fine.name = QStringLiteral("fine");
    fine.connection.url = QStringLiteral("ws://127.0.0.1:9001/");
    fine.connection.headers = {{QStringLiteral("X-Id"), QStringLiteral("1"), true}};
    fine.connection.subprotocols = {QStringLiteral("chat")};
    QTest::newRow("A complete, valid profile has no problem") << fine << QString();

    Profile unnamed = fine;
    unnamed.name.clear();
    unnamed.connection.url = QStringLiteral("http://x/");
    QTest::newRow("The name is checked before the URL") << unnamed << QStringLiteral("Enter a name");

    Profile badHeader = fine;
    badHeader.connection.headers.append({QStringLiteral("X Bad"), QStringLiteral("v"), true});
    QTest::newRow("A header name with a space is found by the header rule")
            << badHeader << QStringLiteral("\"X Bad\" is not a valid header name");

    Profile badValue = fine;
    badValue.connection.headers = {{QStringLiteral("X-A"), QStringLiteral("a\nb"), true}};
    QTest::newRow("A header value with a line feed is found by the header rule") << badValue << QStringLiteral("\"X-A\"");

    Profile badProtocol = fine;
    badProtocol.connection.subprotocols = {QStringLiteral("a,b")};
    QTest::newRow("A subprotocol with a comma is found by the header rule") << badProtocol << QStringLiteral("not a valid subprotocol name");

    Profile badProxy = fine;
    badProxy.connection.proxy = QStringLiteral("socks5://h");
    QTest::newRow("A proxy without a port is found last") << badProxy << QStringLiteral("needs a port");
}

void TestProfileValidator::checkFindsTheFirstProblemOfAProfile()
{
    QFETCH(Profile, profile);
    QFETCH(QString, contains);
    verify(ProfileValidator::check(profile), contains);
}

void TestProfileValidator::messagesAreTranslated()
{
    const PseudoTranslator translator;
    for (const QString &why : {ProfileValidator::checkName(QString()), ProfileValidator::checkUrl(QString()),
                               ProfileValidator::checkOrigin(QStringLiteral("x")), ProfileValidator::checkProxy(QStringLiteral("ftp://h:1"))})
        QVERIFY2(why.startsWith(QLatin1String("[[")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "tst_profilevalidator.moc"
