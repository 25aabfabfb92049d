#include "core/import/commandlineimporter.h"

#include <QtTest>

// CommandLineImporter: the three command-line styles people paste (wscat, websocat, curl) become
// a profile; what has no place in one is named, never dropped without a word.
class TestCommandLineImporter : public QObject
{
    Q_OBJECT

private slots:
    void wscat();
    void websocat();
    void curlUpgradeRequestAsCopyAsCurlWritesIt();
    void basicAuthBecomesAnAuthorizationHeader();
    void refusals_data();
    void refusals();
    void unknownOptionsAreNamed();
};

namespace {

QString headerValue(const Profile &p, const QString &name)
{
    for (const HeaderEntry &h : p.connection.headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

bool mentions(const QStringList &lines, const QString &part)
{
    for (const QString &line : lines) {
        if (line.contains(part))
            return true;
    }
    return false;
}

} // namespace

void TestCommandLineImporter::wscat()
{
    const auto r = CommandLineImporter::parse(
            u"npx wscat -c wss://api.example.com/v1/live -H 'Authorization: Bearer abc' --header=X-Trace:1 "
            u"-s chat.v2 -s chat.v1 -o https://app.example.com --proxy http://proxy:3128 --ca ca.pem "
            u"--cert me.pem --key me.key -n -x '{\"op\":\"hello\"}' -P");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.program, CommandLineImporter::Program::Wscat);
    const ConnectionSettings &c = r.profile.connection;
    QCOMPARE(c.url, QStringLiteral("wss://api.example.com/v1/live"));
    QCOMPARE(r.profile.name, QStringLiteral("api.example.com/v1/live"));
    QCOMPARE(headerValue(r.profile, QStringLiteral("Authorization")), QStringLiteral("Bearer abc"));
    QCOMPARE(headerValue(r.profile, QStringLiteral("X-Trace")), QStringLiteral("1"));
    QCOMPARE(c.subprotocols, (QStringList{QStringLiteral("chat.v2"), QStringLiteral("chat.v1")}));
    QCOMPARE(c.origin, QStringLiteral("https://app.example.com"));
    QCOMPARE(c.proxy, QStringLiteral("http://proxy:3128"));
    QCOMPARE(c.tls.caFile, QStringLiteral("ca.pem"));
    QCOMPARE(c.tls.clientCertificateFile, QStringLiteral("me.pem"));
    QCOMPARE(c.tls.clientKeyFile, QStringLiteral("me.key"));
    QVERIFY(c.tls.ignoreErrors);
    QCOMPARE(r.profile.savedMessages.size(), 1);
    QCOMPARE(r.profile.savedMessages.at(0).content, QStringLiteral("{\"op\":\"hello\"}"));
    QVERIFY2(r.notMapped.isEmpty(), qPrintable(r.notMapped.join(QLatin1Char('\n'))));
}

void TestCommandLineImporter::websocat()
{
    const auto r = CommandLineImporter::parse(
            u"websocat -t --protocol graphql-transport-ws -H 'Sec-WebSocket-Key: x' --header 'Cookie: s=1' "
            u"--origin http://localhost --socks5 127.0.0.1:9050 --ping-interval 15 -k ws://127.0.0.1:4000/graphql");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.program, CommandLineImporter::Program::Websocat);
    const ConnectionSettings &c = r.profile.connection;
    QCOMPARE(c.url, QStringLiteral("ws://127.0.0.1:4000/graphql"));
    QCOMPARE(c.subprotocols, QStringList{QStringLiteral("graphql-transport-ws")});
    QCOMPARE(headerValue(r.profile, QStringLiteral("Cookie")), QStringLiteral("s=1"));
    QCOMPARE(c.origin, QStringLiteral("http://localhost"));
    QCOMPARE(c.proxy, QStringLiteral("socks5://127.0.0.1:9050"));
    QCOMPARE(c.pingIntervalMs, 15000);
    QVERIFY(c.tls.ignoreErrors);
    // The client writes Sec-WebSocket-Key itself: left out, and said so.
    QVERIFY(headerValue(r.profile, QStringLiteral("Sec-WebSocket-Key")).isEmpty());
    QCOMPARE(r.notMapped.size(), 1);
    QVERIFY2(r.notMapped.at(0).contains(QLatin1String("Sec-WebSocket-Key")), qPrintable(r.notMapped.at(0)));
}

void TestCommandLineImporter::curlUpgradeRequestAsCopyAsCurlWritesIt()
{
    const auto r = CommandLineImporter::parse(
            u"curl 'https://chat.example.com/socket?room=7' \\\n"
            u"  -H 'Upgrade: websocket' \\\n"
            u"  -H 'Origin: https://chat.example.com' \\\n"
            u"  -H 'Cache-Control: no-cache' \\\n"
            u"  -H 'Connection: Upgrade' \\\n"
            u"  -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' \\\n"
            u"  -H 'Sec-WebSocket-Version: 13' \\\n"
            u"  -H 'Sec-WebSocket-Protocol: v2.chat, v1.chat' \\\n"
            u"  -H $'Cookie: sid=a\\'b' \\\n"
            u"  -A 'Mozilla/5.0' --compressed");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.program, CommandLineImporter::Program::Curl);
    const ConnectionSettings &c = r.profile.connection;
    QCOMPARE(c.url, QStringLiteral("wss://chat.example.com/socket?room=7"));
    QCOMPARE(c.origin, QStringLiteral("https://chat.example.com"));
    QCOMPARE(c.subprotocols, (QStringList{QStringLiteral("v2.chat"), QStringLiteral("v1.chat")}));
    QCOMPARE(headerValue(r.profile, QStringLiteral("Cookie")), QStringLiteral("sid=a'b"));
    QCOMPARE(headerValue(r.profile, QStringLiteral("Cache-Control")), QStringLiteral("no-cache"));
    QCOMPARE(headerValue(r.profile, QStringLiteral("User-Agent")), QStringLiteral("Mozilla/5.0"));
    QCOMPARE(c.headers.size(), 3);
    // Upgrade, Connection, Sec-WebSocket-Key, Sec-WebSocket-Version: the client's own, each named.
    QCOMPARE(r.notMapped.size(), 4);
    for (const QString &name : {QStringLiteral("Upgrade"), QStringLiteral("Connection"), QStringLiteral("Sec-WebSocket-Key"),
                               QStringLiteral("Sec-WebSocket-Version")})
        QVERIFY2(mentions(r.notMapped, name), qPrintable(name));
}

void TestCommandLineImporter::basicAuthBecomesAnAuthorizationHeader()
{
    const auto r = CommandLineImporter::parse(u"curl -u alice:pa55 http://h:8080/ws -d 'x=1'");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.profile.connection.url, QStringLiteral("ws://h:8080/ws"));
    QCOMPARE(headerValue(r.profile, QStringLiteral("Authorization")), QStringLiteral("Basic YWxpY2U6cGE1NQ=="));
    QVERIFY(mentions(r.notMapped, QStringLiteral("no body")));
    const auto w = CommandLineImporter::parse(u"wscat --auth bob:x -c ws://h/");
    QCOMPARE(headerValue(w.profile, QStringLiteral("Authorization")), QStringLiteral("Basic Ym9iOng="));
}

void TestCommandLineImporter::refusals_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("contains");
    QTest::newRow("An empty line") << QString() << QStringLiteral("empty");
    QTest::newRow("Another program") << QStringLiteral("nc example.com 80") << QStringLiteral("“nc”");
    QTest::newRow("No URL") << QStringLiteral("wscat -H 'A: b'") << QStringLiteral("no ws://");
    QTest::newRow("An ftp URL") << QStringLiteral("curl ftp://h/x") << QStringLiteral("no ws://");
    QTest::newRow("A listening wscat") << QStringLiteral("wscat -l 8080") << QStringLiteral("server");
    QTest::newRow("An unclosed quote") << QStringLiteral("wscat -c 'ws://h") << QStringLiteral("column 10");
}

void TestCommandLineImporter::refusals()
{
    QFETCH(QString, line);
    QFETCH(QString, contains);
    const auto r = CommandLineImporter::parse(line);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(contains), qPrintable(r.error));
}

void TestCommandLineImporter::unknownOptionsAreNamed()
{
    const auto r = CommandLineImporter::parse(u"websocat --frobnicate ws://h/ ws://second/");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.profile.connection.url, QStringLiteral("ws://h/"));
    QVERIFY(mentions(r.notMapped, QStringLiteral("--frobnicate")));
    QVERIFY(mentions(r.notMapped, QStringLiteral("ws://second/")));
}

QTEST_GUILESS_MAIN(TestCommandLineImporter)
#include "tst_commandlineimporter.moc"
