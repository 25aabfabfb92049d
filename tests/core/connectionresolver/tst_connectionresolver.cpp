// ConnectionResolver: every field a connection sends is resolved by one VariableResolver; the
// first that does not resolve is named with its field and variable; scopes are searched
// globals < environment < profile < command line.
#include "core/variables/connectionresolver.h"
#include "core/variables/environmentstore.h"

#include <QTemporaryDir>
#include <QtTest>

class TestConnectionResolver : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldIsResolved();
    void disabledHeadersAreLeftAsWritten();
    void theFailingFieldAndVariableAreNamed_data();
    void theFailingFieldAndVariableAreNamed();
    void scopesAreSearchedFromTheCommandLineBack();
    void anUnknownEnvironmentIsRefused();
};

namespace {

VariableResolver resolverWith(const QHash<QString, QString> &variables)
{
    VariableResolver r;
    r.addScope(variables);
    return r;
}

} // namespace

void TestConnectionResolver::everyFieldIsResolved()
{
    ConnectionSettings s;
    s.url = QStringLiteral("wss://{{host}}:{{port}}/v1?room={{room}}");
    s.headers = {{QStringLiteral("X-{{kind}}"), QStringLiteral("Bearer {{token}}"), true}};
    s.subprotocols = {QStringLiteral("{{proto}}.v1")};
    s.origin = QStringLiteral("https://{{host}}");
    s.proxy = QStringLiteral("socks5://{{host}}:1080");
    const VariableResolver r = resolverWith({{QStringLiteral("host"), QStringLiteral("api.example.com")},
                                             {QStringLiteral("port"), QStringLiteral("8443")},
                                             {QStringLiteral("room"), QStringLiteral("{{kind}}-1")},
                                             {QStringLiteral("kind"), QStringLiteral("Auth")},
                                             {QStringLiteral("token"), QStringLiteral("t0k")},
                                             {QStringLiteral("proto"), QStringLiteral("chat")}});
    const ConnectionResolver::Result result = ConnectionResolver::resolve(s, r);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.settings.url, QStringLiteral("wss://api.example.com:8443/v1?room=Auth-1"));
    QCOMPARE(result.settings.headers.at(0).name, QStringLiteral("X-Auth"));
    QCOMPARE(result.settings.headers.at(0).value, QStringLiteral("Bearer t0k"));
    QCOMPARE(result.settings.subprotocols, QStringList{QStringLiteral("chat.v1")});
    QCOMPARE(result.settings.origin, QStringLiteral("https://api.example.com"));
    QCOMPARE(result.settings.proxy, QStringLiteral("socks5://api.example.com:1080"));
    QCOMPARE(result.settings.parsedUrl().port(), 8443);
}

void TestConnectionResolver::disabledHeadersAreLeftAsWritten()
{
    ConnectionSettings s;
    s.url = QStringLiteral("ws://127.0.0.1:1/");
    s.headers = {{QStringLiteral("X-Off"), QStringLiteral("{{undefined}}"), false}};
    const ConnectionResolver::Result result = ConnectionResolver::resolve(s, VariableResolver());
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.settings.headers.at(0).value, QStringLiteral("{{undefined}}"));
}

void TestConnectionResolver::theFailingFieldAndVariableAreNamed_data()
{
    QTest::addColumn<ConnectionSettings>("settings");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("variable");
    ConnectionSettings url;
    url.url = QStringLiteral("ws://{{host}}/");
    QTest::newRow("The URL") << url << QStringLiteral("The URL") << QStringLiteral("host");
    ConnectionSettings header = url;
    header.url = QStringLiteral("ws://h/");
    header.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"), true}};
    QTest::newRow("A header value") << header << QStringLiteral("Header “Authorization”") << QStringLiteral("token");
    ConnectionSettings proxy = header;
    proxy.headers.clear();
    proxy.proxy = QStringLiteral("http://{{proxyHost}}:3128");
    QTest::newRow("The proxy") << proxy << QStringLiteral("The proxy") << QStringLiteral("proxyHost");
    ConnectionSettings cycle = header;
    cycle.headers.clear();
    cycle.origin = QStringLiteral("{{a}}");
    QTest::newRow("A cycle in the origin") << cycle << QStringLiteral("The origin") << QStringLiteral("a");
}

void TestConnectionResolver::theFailingFieldAndVariableAreNamed()
{
    QFETCH(ConnectionSettings, settings);
    QFETCH(QString, field);
    QFETCH(QString, variable);
    const VariableResolver r = resolverWith({{QStringLiteral("a"), QStringLiteral("{{b}}")}, {QStringLiteral("b"), QStringLiteral("{{a}}")}});
    const ConnectionResolver::Result result = ConnectionResolver::resolve(settings, r);
    QVERIFY(!result.ok);
    QCOMPARE(result.variable, variable);
    QVERIFY2(result.error.startsWith(field + QStringLiteral(": ")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("“%1”").arg(variable)), qPrintable(result.error));
}

void TestConnectionResolver::scopesAreSearchedFromTheCommandLineBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EnvironmentStore store(dir.path());
    QVERIFY(store.load());
    EnvironmentSet set;
    set.globals.variables = {{QStringLiteral("a"), QStringLiteral("global"), true, false},
                             {QStringLiteral("b"), QStringLiteral("global"), true, false},
                             {QStringLiteral("c"), QStringLiteral("global"), true, false},
                             {QStringLiteral("d"), QStringLiteral("global"), true, false}};
    Environment staging;
    staging.name = QStringLiteral("staging");
    staging.variables = {{QStringLiteral("b"), QStringLiteral("staging"), true, false},
                         {QStringLiteral("c"), QStringLiteral("staging"), true, false},
                         {QStringLiteral("d"), QStringLiteral("staging"), true, false}};
    set.environments = {staging};
    QString error;
    QVERIFY2(store.save(set, &error), qPrintable(error));
    const QList<Variable> profile = {{QStringLiteral("c"), QStringLiteral("profile"), true, false},
                                     {QStringLiteral("d"), QStringLiteral("profile"), true, false},
                                     {QStringLiteral("e"), QStringLiteral("disabled"), false, false}};
    VariableResolver r;
    QVERIFY2(ConnectionResolver::resolverFor(&store, QStringLiteral("staging"), profile, {{QStringLiteral("d"), QStringLiteral("cli")}}, &r, &error),
             qPrintable(error));
    QCOMPARE(r.resolve(u"{{a}} {{b}} {{c}} {{d}}").text, QStringLiteral("global staging profile cli"));
    QVERIFY(!r.resolve(u"{{e}}").ok); // a disabled variable does not resolve
    // Without an environment: the globals, then the profile.
    VariableResolver none;
    QVERIFY(ConnectionResolver::resolverFor(&store, QString::fromLatin1(EnvironmentStore::NoEnvironment), profile, {}, &none, &error));
    QCOMPARE(none.resolve(u"{{b}} {{c}}").text, QStringLiteral("global profile"));
}

void TestConnectionResolver::anUnknownEnvironmentIsRefused()
{
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    QVERIFY(store.load());
    VariableResolver r;
    QString error;
    QVERIFY(!ConnectionResolver::resolverFor(&store, QStringLiteral("prod"), {}, {}, &r, &error));
    QVERIFY2(error.contains(QStringLiteral("\"prod\"")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestConnectionResolver)
#include "tst_connectionresolver.moc"
