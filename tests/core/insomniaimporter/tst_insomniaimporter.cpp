#include "core/import/insomniaimporter.h"
#include "core/import/insomniatemplate.h"
#include "core/import/profileimport.h"

#include <QDir>
#include <QtTest>

// Profiles from an Insomnia v4 export (insomnia-v4.json: a workspace with an environment, a
// folder, three WebSocket requests with payloads, bearer/basic/OAuth authentication, an HTTP
// request and a cookie jar), and Insomnia's template references converted to WsScope's.
class TestInsomniaImporter : public QObject
{
    Q_OBJECT

private slots:
    void webSocketRequestsBecomeProfiles();
    void templatesAreConverted_data();
    void templatesAreConverted();
    void otherInsomniaFilesAreRefused_data();
    void otherInsomniaFilesAreRefused();
};

void TestInsomniaImporter::webSocketRequestsBecomeProfiles()
{
    const ProfileImportResult result = ProfileImport::read(QDir(QStringLiteral(WSSCOPE_TEST_DATA_DIR)).filePath(QStringLiteral("insomnia-v4.json")));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ProfileImportResult::Format::Insomnia);
    QCOMPARE(result.profiles.size(), 3);
    QCOMPARE(result.skipped.size(), 1);
    QVERIFY2(result.skipped.at(0).contains(QLatin1String("1 HTTP request")), qPrintable(result.skipped.at(0)));

    const ImportedProfile &quotes = result.profiles.at(0);
    const ConnectionSettings &c = quotes.profile.connection;
    QCOMPARE(quotes.profile.name, QStringLiteral("Quotes stream"));
    QCOMPARE(c.url, QStringLiteral("wss://{{host}}/v2/quotes?symbols=EURUSD%2CGBPUSD&region={{ _.region | upper }}"));
    QCOMPARE(c.subprotocols, QStringList{QStringLiteral("quotes.v2")});
    const QList<HeaderEntry> headers{{QStringLiteral("X-Client"), QStringLiteral("insomnia"), true},
                                     {QStringLiteral("X-Trace"), QStringLiteral("{{$uuid}}"), true},
                                     {QStringLiteral("X-Debug"), QStringLiteral("1"), false},
                                     {QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"), true}};
    QCOMPARE(c.headers, headers);
    // Payloads in Insomnia's order (metaSortKey), not the file's.
    const QList<SavedMessage> messages{
            {QStringLiteral("Subscribe"), SavedMessage::Mode::Json,
             QStringLiteral("{\n  \"op\": \"subscribe\",\n  \"at\": \"{{$isoTimestamp}}\",\n  \"account\": \"{{account}}\"\n}")},
            {QStringLiteral("Unsubscribe"), SavedMessage::Mode::Text, QStringLiteral("unsubscribe all")}};
    QCOMPARE(quotes.profile.savedMessages, messages);
    const QString notes = quotes.notMapped.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("“depth” is disabled")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("“{{ _.region | upper }}” uses a filter")), qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("Host: ")), qPrintable(notes));
    QVERIFY2(notes.contains(QLatin1String("variables host, token, account")), qPrintable(notes));

    const ImportedProfile &admin = result.profiles.at(1);
    QCOMPARE(admin.profile.connection.url, QStringLiteral("ws://localhost:9000/admin"));
    QCOMPARE(admin.profile.connection.headers,
             (QList<HeaderEntry>{{QStringLiteral("Authorization"), QStringLiteral("Basic YWRtaW46aHVudGVyMg=="), true}}));
    QVERIFY(admin.notMapped.isEmpty());

    const ImportedProfile &backup = result.profiles.at(2);
    QCOMPARE(backup.profile.name, QStringLiteral("Quotes stream")); // made free when it is saved
    QCOMPARE(backup.profile.connection.origin, QStringLiteral("https://desk.example.com"));
    QVERIFY(backup.profile.connection.headers.isEmpty());
    QCOMPARE(backup.notMapped.size(), 1);
    QVERIFY2(backup.notMapped.at(0).contains(QLatin1String("oauth2")), qPrintable(backup.notMapped.at(0)));

    QList<ImportedProfile> named = result.profiles;
    ProfileImport::assignFreeNames(&named, {});
    QCOMPARE(named.at(2).profile.name, QStringLiteral("Quotes stream (2)"));
}

void TestInsomniaImporter::templatesAreConverted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("converted");
    QTest::addColumn<int>("problems");
    QTest::addColumn<QStringList>("variables");
    QTest::newRow("An environment reference with _.") << "wss://{{ _.host }}:{{_.port}}/" << "wss://{{host}}:{{port}}/" << 0
                                                      << QStringList{QStringLiteral("host"), QStringLiteral("port")};
    QTest::newRow("A reference without _.") << "Bearer {{ token }}" << "Bearer {{token}}" << 0 << QStringList{QStringLiteral("token")};
    QTest::newRow("A nested name") << "{{ _.auth.user }}" << "{{auth.user}}" << 0 << QStringList{QStringLiteral("auth.user")};
    QTest::newRow("A filter is left as written") << "{{ _.name | upper }}" << "{{ _.name | upper }}" << 1 << QStringList();
    QTest::newRow("The uuid and now tags") << "{% uuid 'v4' %} {% now 'unix' %} {% now 'iso-8601' %}"
                                           << "{{$uuid}} {{$timestamp}} {{$isoTimestamp}}" << 0 << QStringList();
    QTest::newRow("A response tag is left as written")
            << "id={% response 'body', 'req_1', '$.id' %}" << "id={% response 'body', 'req_1', '$.id' %}" << 1 << QStringList();
    QTest::newRow("Unclosed braces are text") << "{\"a\": {{\"b\": 1}" << "{\"a\": {{\"b\": 1}" << 0 << QStringList();
    QTest::newRow("No references") << "plain text" << "plain text" << 0 << QStringList();
}

void TestInsomniaImporter::templatesAreConverted()
{
    QFETCH(QString, text);
    QFETCH(QString, converted);
    QFETCH(int, problems);
    QFETCH(QStringList, variables);
    const InsomniaTemplate::Result result = InsomniaTemplate::convert(text);
    QCOMPARE(result.text, converted);
    QCOMPARE(result.problems.size(), problems);
    QCOMPARE(result.variables, variables);
}

void TestInsomniaImporter::otherInsomniaFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Export format 3") << QByteArray("{\"_type\": \"export\", \"__export_format\": 3, \"resources\": []}")
                                     << QStringLiteral("format 3; WsScope reads format 4");
    QTest::newRow("No resources") << QByteArray("{\"_type\": \"export\", \"__export_format\": 4}")
                                  << QStringLiteral("no list “resources”");
    QTest::newRow("Only HTTP requests")
            << QByteArray("{\"_type\": \"export\", \"__export_format\": 4, \"resources\": [{\"_id\": \"req_1\", \"_type\": \"request\", "
                          "\"url\": \"https://example.com\"}]}")
            << QStringLiteral("holds no WebSocket request (1 resource");
    QTest::newRow("An Insomnia v5 YAML file") << QByteArray("type: collection.insomnia.rest/5.0\nname: Trading\n")
                                              << QStringLiteral("Insomnia v5 (YAML)");
}

void TestInsomniaImporter::otherInsomniaFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const ProfileImportResult result = ProfileImport::parse(bytes);
    QVERIFY(!result.ok);
    QCOMPARE(result.format, ProfileImportResult::Format::Insomnia);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestInsomniaImporter)
#include "tst_insomniaimporter.moc"
