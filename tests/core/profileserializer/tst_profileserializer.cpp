#include "core/profiles/profilesecrets.h"
#include "core/profiles/profileserializer.h"
#include "core/scenario/scenariocompiler.h"
#include "core/profiles/profilevalidator.h"
#include "core/scenario/scenarioparser.h"
#include "core/scenario/scenariowriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestProfileSerializer : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void outputIsPrettyAndVersioned();
    void missingMembersTakeDefaults();
    void refusedDocuments_data();
    void refusedDocuments();
    void lineColumnCountsCharactersNotBytes();
    void scenariosAreTheStepsAScenarioFileHolds();
    void referencesAreKeptAsTypedAndSecretVariablesLeaveNoValue();
    void badVariablesAreNamedWithTheirPath();
    void aBadScenarioStepNamesProfileScenarioAndStep_data();
    void aBadScenarioStepNamesProfileScenarioAndStep();
    void theValidatorChecksScenarios();
    void aMissingPayloadFileDoesNotLoseTheProfile();
    void secretValuesLeaveNoTraceInTheFile();
    void aSchema1FileMigratesWithNothingSecret();
    void proxyPasswordsAreFoundInTheText_data();
    void proxyPasswordsAreFoundInTheText();
};

namespace {

Profile everythingSet()
{
    Profile p;
    p.name = QStringLiteral("채팅 서버 — prod");
    ConnectionSettings &c = p.connection;
    c.url = QStringLiteral("wss://chat.example.com:8443/ws?room=1&user=%ED%95%9C");
    c.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer abc"), true},
                 {QStringLiteral("X-Debug"), QStringLiteral("1"), false}};
    c.subprotocols = {QStringLiteral("chat.v2"), QStringLiteral("chat.v1")};
    c.origin = QStringLiteral("https://example.com");
    c.handshakeTimeoutMs = 2500;
    c.tls.verifyPeer = false;
    c.tls.caFile = QStringLiteral("certs/ca.pem");
    c.tls.clientCertificateFile = QStringLiteral("certs/client.pem");
    c.tls.clientKeyFile = QStringLiteral("certs/client.key");
    c.tls.ignoreErrors = true;
    c.maxIncomingFrameSize = 1LL << 40;
    c.maxIncomingMessageSize = 1LL << 41;
    c.pingIntervalMs = 15000;
    c.reconnect = {true, 9, 250, 60000};
    c.proxy = QStringLiteral("socks5://user:pw@127.0.0.1:1080");
    c.proxyPasswordSecret = false;
    c.tapEnabled = false;
    p.savedMessages = {{QStringLiteral("join"), SavedMessage::Mode::Json, QStringLiteral("{\n  \"op\": \"join\"\n}")},
                       {QStringLiteral("hello"), SavedMessage::Mode::Text, QStringLiteral("안녕하세요\n")},
                       {QStringLiteral("bytes"), SavedMessage::Mode::Hex, QStringLiteral("de ad be ef")},
                       {QStringLiteral("b64"), SavedMessage::Mode::Base64, QStringLiteral("AAEC")}};
    const auto step = [](const char *action, const QString &value, const QString &fragment = {}, int withinMs = 0) {
        return ScenarioStep{QString::fromLatin1(action), value, fragment, withinMs, 0};
    };
    p.scenarios = {{QStringLiteral("smoke"),
                    {step("send", QStringLiteral("안녕"), QStringLiteral("2+4")), step("expect-message", QStringLiteral("^안녕$"), {}, 2000),
                     step("wait", QStringLiteral("250")), step("send-frame", QStringLiteral("opcode=0x3 payload=\"a b\"")),
                     step("expect-close", QStringLiteral("1002,1007")), step("pong", QStringLiteral("delay=300")),
                     step("send-hex", QStringLiteral("00ff"), QStringLiteral("2,ping")), step("ping", QStringLiteral("p")),
                     step("close", QStringLiteral("4000:bye")), step("drop", {}), step("expect-drop", {})}},
                   {QStringLiteral("empty"), {}}};
    p.variables = {{QStringLiteral("room"), QStringLiteral("lobby"), true, false},
                   {QStringLiteral("old"), QStringLiteral("{{room}}-2"), false, false}};
    return p;
}

} // namespace

void TestProfileSerializer::roundTrip_data()
{
    QTest::addColumn<Profile>("profile");
    Profile minimal;
    minimal.name = QStringLiteral("minimal");
    QTest::newRow("A profile with only a name and default settings survives a round trip") << minimal;
    QTest::newRow("A profile with every setting changed, four saved messages and two scenarios survives a round trip")
            << everythingSet();
    Profile inFile = everythingSet();
    inFile.secretsInFile = true;
    inFile.connection.headers[0].secret = true;
    inFile.connection.proxyPasswordSecret = true;
    inFile.variables[0].secret = true;
    QTest::newRow("A profile that keeps its secrets in its file survives a round trip with their values") << inFile;
}

void TestProfileSerializer::roundTrip()
{
    QFETCH(Profile, profile);
    const QByteArray json = ProfileSerializer::toJson(profile);
    ProfileLoadError error;
    const std::optional<Profile> back = ProfileSerializer::fromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error.toString()));
    QCOMPARE(back->name, profile.name);
    QCOMPARE(back->connection.url, profile.connection.url);
    QCOMPARE(back->connection.proxy, profile.connection.proxy);
    QCOMPARE(back->savedMessages.size(), profile.savedMessages.size());
    QVERIFY(back->connection == profile.connection);
    QCOMPARE(back->scenarios.size(), profile.scenarios.size());
    for (qsizetype i = 0; i < profile.scenarios.size(); ++i)
        QVERIFY2(back->scenarios.at(i) == profile.scenarios.at(i), qPrintable(profile.scenarios.at(i).name));
    QVERIFY(*back == profile);
    // Serialising again gives the same bytes: files do not churn when nothing changed.
    QCOMPARE(ProfileSerializer::toJson(*back), json);
}

void TestProfileSerializer::outputIsPrettyAndVersioned()
{
    const QByteArray json = ProfileSerializer::toJson(everythingSet());
    QVERIFY(json.contains("\n    \"connection\": {\n"));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("채팅 서버 — prod"));
    QCOMPARE(o.value(QStringLiteral("connection")).toObject().value(QStringLiteral("tap")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("savedMessages")).toArray().at(2).toObject().value(QStringLiteral("mode")).toString(),
             QStringLiteral("hex"));
}

void TestProfileSerializer::missingMembersTakeDefaults()
{
    const std::optional<Profile> p = ProfileSerializer::fromJson(
            R"({"schemaVersion": 1, "name": "short", "connection": {"url": "ws://127.0.0.1:9/echo"}})");
    QVERIFY(p.has_value());
    QCOMPARE(p->connection.url, QStringLiteral("ws://127.0.0.1:9/echo"));
    ConnectionSettings expected;
    expected.url = p->connection.url;
    QVERIFY(p->connection == expected);
    QVERIFY(p->savedMessages.isEmpty());
}

void TestProfileSerializer::refusedDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("A missing comma is reported at its line and column")
            << QByteArray("{\n  \"schemaVersion\": 1\n  \"name\": \"x\"\n}") << 3 << 3 << QStringLiteral("not valid JSON");
    QTest::newRow("A file cut off in the middle of a string is reported at the end")
            << QByteArray("{\n  \"schemaVersion\": 1,\n  \"name\": \"unterm") << 3 << 18 << QStringLiteral("not valid JSON");
    QTest::newRow("An empty file is refused as invalid JSON") << QByteArray() << 1 << 1 << QStringLiteral("not valid JSON");
    QTest::newRow("A JSON array is not a profile") << QByteArray("[1, 2]") << 0 << 0 << QStringLiteral("JSON object");
    QTest::newRow("A profile without schemaVersion is refused")
            << QByteArray(R"({"name": "x"})") << 0 << 0 << QStringLiteral("\"schemaVersion\" is missing");
    QTest::newRow("A profile from a newer WsScope is refused and left alone")
            << QByteArray(R"({"schemaVersion": 7, "name": "x"})") << 0 << 0 << QStringLiteral("schema version 7");
    QTest::newRow("A profile of the next schema (3) is refused, never read as 2")
            << QByteArray(R"({"schemaVersion": 3, "name": "x"})") << 0 << 0 << QStringLiteral("schema version 3");
    QTest::newRow("A header's secret flag of the wrong type is named with its path")
            << QByteArray(R"({"schemaVersion": 2, "name": "x", "connection": {"headers": [{"name": "A", "secret": 1}]}})") << 0
            << 0 << QStringLiteral("connection.headers[0].secret");
    QTest::newRow("A fractional schemaVersion is refused")
            << QByteArray(R"({"schemaVersion": 1.5, "name": "x"})") << 0 << 0 << QStringLiteral("whole number");
    QTest::newRow("An empty name is refused")
            << QByteArray(R"({"schemaVersion": 1, "name": "  "})") << 0 << 0 << QStringLiteral("\"name\" is missing or empty");
    QTest::newRow("A boolean of the wrong type is refused with its path")
            << QByteArray(R"({"schemaVersion": 1, "name": "x", "connection": {"tls": {"verifyPeer": "yes"}}})") << 0 << 0
            << QStringLiteral("connection.tls.verifyPeer must be true or false");
    QTest::newRow("A negative timeout is refused with its range")
            << QByteArray(R"({"schemaVersion": 1, "name": "x", "connection": {"handshakeTimeoutMs": -5}})") << 0 << 0
            << QStringLiteral("connection.handshakeTimeoutMs is -5");
    // Far beyond qint64: the message shows the number as written (no conversion that overflows).
    QTest::newRow("A timeout of 1e30 is refused with its range")
            << QByteArray(R"({"schemaVersion": 1, "name": "x", "connection": {"handshakeTimeoutMs": 1e30}})") << 0 << 0
            << QStringLiteral("connection.handshakeTimeoutMs is 1000000000000000");
    QTest::newRow("A header that is not an object is refused with its index")
            << QByteArray(R"({"schemaVersion": 1, "name": "x", "connection": {"headers": [{"name": "A"}, "B: c"]}})") << 0
            << 0 << QStringLiteral("connection.headers[1]");
    QTest::newRow("An unknown saved-message mode is refused")
            << QByteArray(R"({"schemaVersion": 1, "name": "x", "savedMessages": [{"name": "m", "mode": "yaml"}]})") << 0
            << 0 << QStringLiteral("savedMessages[0].mode is \"yaml\"");
    QTest::newRow("An invalid URL is refused with the reason")
            << QByteArray(R"({"schemaVersion": 1, "name": "x", "connection": {"url": "ws://[::1"}})") << 0 << 0
            << QStringLiteral("connection.url");
}

void TestProfileSerializer::refusedDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messageContains);
    ProfileLoadError error;
    QVERIFY(!ProfileSerializer::fromJson(json, &error).has_value());
    QVERIFY2(error.message.contains(messageContains), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestProfileSerializer::lineColumnCountsCharactersNotBytes()
{
    // "한글" is 6 bytes of UTF-8 but 2 characters: the column counts what an editor shows.
    const QByteArray json = QStringLiteral("{\"schemaVersion\": 1,\n\"name\": \"한글\" x}").toUtf8();
    ProfileLoadError error;
    QVERIFY(!ProfileSerializer::fromJson(json, &error).has_value());
    QCOMPARE(error.line, 2);
    QCOMPARE(error.column, 14);
    int line = 0;
    int column = 0;
    ProfileSerializer::lineColumnAt("ab\ncd", 4, &line, &column);
    QCOMPARE(line, 2);
    QCOMPARE(column, 2);
}

void TestProfileSerializer::scenariosAreTheStepsAScenarioFileHolds()
{
    const Profile profile = everythingSet();
    const QJsonObject object = ProfileSerializer::toJsonObject(profile);
    const QJsonArray scenarios = object.value(QStringLiteral("scenarios")).toArray();
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("smoke"));
    const QJsonArray steps = scenarios.at(0).toObject().value(QStringLiteral("steps")).toArray();
    // The same JSON as a scenario file: numbers stay numbers, lists stay lists.
    QCOMPARE(steps.at(2).toObject().value(QStringLiteral("wait")), QJsonValue(250));
    QCOMPARE(steps.at(4).toObject().value(QStringLiteral("expect-close")), QJsonValue(QJsonArray{1002, 1007}));
    QCOMPARE(steps.at(9).toObject().value(QStringLiteral("drop")), QJsonValue(true));
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("within")), QJsonValue(2000));
    ScenarioParser::Error error;
    const std::optional<QList<ScenarioStep>> asFile = ScenarioParser::parse(QJsonDocument(steps).toJson(), &error);
    QVERIFY2(asFile, qPrintable(error.message));
    QVERIFY(*asFile == profile.scenarios.at(0).steps);

    // A profile without scenarios keeps the form it had before scenarios existed.
    Profile plain;
    plain.name = QStringLiteral("plain");
    QVERIFY(!ProfileSerializer::toJsonObject(plain).contains(QStringLiteral("scenarios")));
}

void TestProfileSerializer::referencesAreKeptAsTypedAndSecretVariablesLeaveNoValue()
{
    Profile p;
    p.name = QStringLiteral("templated");
    p.connection.url = QStringLiteral("wss://{{host}}:{{port}}/v1?room={{room}}");
    p.connection.proxy = QStringLiteral("socks5://{{proxyHost}}:1080");
    p.connection.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"), true}};
    p.variables = {{QStringLiteral("token"), QStringLiteral("s3cr3t-value"), true, true},
                   {QStringLiteral("room"), QStringLiteral("lobby"), true, false}};
    const QByteArray json = ProfileSerializer::toJson(p);
    QVERIFY2(!json.contains("s3cr3t-value"), json.constData());
    QVERIFY(json.contains("wss://{{host}}:{{port}}/v1?room={{room}}"));
    ProfileLoadError error;
    const std::optional<Profile> back = ProfileSerializer::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(back->connection.url, p.connection.url);
    QCOMPARE(back->connection.proxy, p.connection.proxy);
    QCOMPARE(back->variables.size(), 2);
    QVERIFY(back->variables.at(0).secret);
    QVERIFY(back->variables.at(0).value.isEmpty());
    QCOMPARE(back->variables.at(1), p.variables.at(1));
    // A literal URL that does not parse is still refused at load.
    QVERIFY(!ProfileSerializer::fromJson(QByteArray(json).replace("wss://{{host}}:{{port}}/v1?room={{room}}", "ws://[::1"),
                                         &error));
    QVERIFY2(error.message.contains(QStringLiteral("connection.url")), qPrintable(error.toString()));
}

void TestProfileSerializer::badVariablesAreNamedWithTheirPath()
{
    const QByteArray head = "{\"schemaVersion\": 1, \"name\": \"p\", \"connection\": {\"url\": \"ws://127.0.0.1:1/\"}, ";
    ProfileLoadError error;
    QVERIFY(!ProfileSerializer::fromJson(head + "\"variables\": {}}", &error));
    QVERIFY2(error.message.contains(QStringLiteral("variables must be a list")), qPrintable(error.toString()));
    QVERIFY(!ProfileSerializer::fromJson(head + "\"variables\": [{\"name\": \"9x\"}]}", &error));
    QVERIFY2(error.message.contains(QStringLiteral("variables[0].name")), qPrintable(error.toString()));
    QVERIFY(!ProfileSerializer::fromJson(head + "\"variables\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}", &error));
    QVERIFY2(error.message.contains(QStringLiteral("defined twice")), qPrintable(error.toString()));
    QVERIFY(!ProfileSerializer::fromJson(head + "\"variables\": [{\"name\": \"a\", \"value\": 3}]}", &error));
    QVERIFY2(error.message.contains(QStringLiteral("variables[0].value")), qPrintable(error.toString()));
}

void TestProfileSerializer::aMissingPayloadFileDoesNotLoseTheProfile()
{
    // A file a step names is read when the step runs: moved away, it fails that run, not the load.
    const QByteArray json = "{\"schemaVersion\": 1, \"name\": \"p\", \"connection\": {\"url\": \"ws://127.0.0.1:1/\"},\n"
                            " \"scenarios\": [{\"name\": \"s\", \"steps\": [{\"send-frame\": \"payload-file=/nonexistent/frame.bin\"}]}]}";
    ProfileLoadError error;
    const std::optional<Profile> profile = ProfileSerializer::fromJson(json, &error);
    QVERIFY2(profile, qPrintable(error.toString()));
    QCOMPARE(profile->scenarios.size(), 1);
    QString why;
    QVERIFY(!ScenarioCompiler::compile(profile->scenarios.at(0).steps, &why));
    QVERIFY2(why.contains(QStringLiteral("/nonexistent/frame.bin")), qPrintable(why));
    // An empty path is still wrong at load time.
    QVERIFY(!ProfileSerializer::fromJson(QByteArray(json).replace("/nonexistent/frame.bin", ""), &error));
}

void TestProfileSerializer::aBadScenarioStepNamesProfileScenarioAndStep_data()
{
    QTest::addColumn<QByteArray>("scenarios"); // the "scenarios" member, starting on line 4
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("A frame spec with a bad opcode names the step and the opcode field")
            << QByteArray("[\n  {\"name\": \"a\", \"steps\": []},\n  {\"name\": \"smoke\", \"steps\": [\n    {\"send\": \"x\"},\n    {\"send-frame\": \"opcode=0x10\"}\n  ]}\n]")
            << 8 << 5 << QStringList{QStringLiteral("\"P\""), QStringLiteral("\"smoke\""), QStringLiteral("step 2"), QStringLiteral("opcode")};
    QTest::newRow("Given fragment sizes that do not add up name the fragment field")
            << QByteArray("[{\"name\": \"frag\", \"steps\": [{\"send\": \"hello\", \"fragment\": \"2+2\"}]}]")
            << 4 << 42 << QStringList{QStringLiteral("\"frag\""), QStringLiteral("step 1"), QStringLiteral("fragment"), QStringLiteral("5 bytes")};
    QTest::newRow("A step that is not an object is found by its place")
            << QByteArray("[{\"name\": \"s\", \"steps\": [{\"wait\": 1}, 7]}]")
            << 4 << 52 << QStringList{QStringLiteral("step 2"), QStringLiteral("object")};
    QTest::newRow("A scenario without a name is refused")
            << QByteArray("[\n{\"steps\": []}]") << 5 << 1 << QStringList{QStringLiteral("scenarios[0]"), QStringLiteral("name")};
    QTest::newRow("Two scenarios of one name are refused")
            << QByteArray("[{\"name\": \"s\"}, {\"name\": \"s\"}]") << 4 << 30 << QStringList{QStringLiteral("two scenarios")};
}

void TestProfileSerializer::aBadScenarioStepNamesProfileScenarioAndStep()
{
    QFETCH(QByteArray, scenarios);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, named);
    const QByteArray json = "{\n\"schemaVersion\": 1, \"name\": \"P\",\n\"connection\": {\"url\": \"ws://127.0.0.1:1/\"},\n\"scenarios\": "
            + scenarios + "\n}\n";
    QVERIFY(QJsonDocument::fromJson(json).isObject());
    ProfileLoadError error;
    QVERIFY(!ProfileSerializer::fromJson(json, &error));
    for (const QString &part : named)
        QVERIFY2(error.message.contains(part), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestProfileSerializer::theValidatorChecksScenarios()
{
    Profile profile = everythingSet();
    profile.connection.proxy = QUrl().toString();
    QCOMPARE(ProfileValidator::check(profile), QString());
    Profile twice = profile;
    twice.scenarios[1].name = QStringLiteral("smoke");
    QVERIFY2(ProfileValidator::check(twice).contains(QStringLiteral("smoke")), qPrintable(ProfileValidator::check(twice)));
    Profile unnamed = profile;
    unnamed.scenarios[1].name = QStringLiteral("  ");
    QVERIFY(!ProfileValidator::check(unnamed).isEmpty());
    // A step as the scenario panel might hold it before it is right: named with its place.
    Profile badStep = profile;
    badStep.scenarios[0].steps[2].value = QStringLiteral("soon");
    const QString why = ProfileValidator::check(badStep);
    QVERIFY2(why.contains(QStringLiteral("\"smoke\"")) && why.contains(QStringLiteral("step 3")) && why.contains(QStringLiteral("wait")),
             qPrintable(why));
    QCOMPARE(ProfileValidator::checkScenario(badStep.scenarios.at(1)), QString());
}

void TestProfileSerializer::secretValuesLeaveNoTraceInTheFile()
{
    Profile p;
    p.name = QStringLiteral("secretive");
    p.connection.url = QStringLiteral("wss://127.0.0.1:1/");
    p.connection.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer header-secret-1"), true, true},
                            {QStringLiteral("X-Plain"), QStringLiteral("plain-value"), true, false}};
    p.connection.proxy = QStringLiteral("http://bob:proxy-secret-2@127.0.0.1:3128");
    p.variables = {{QStringLiteral("token"), QStringLiteral("variable-secret-3"), true, true}};
    const QByteArray json = ProfileSerializer::toJson(p);
    for (const char *secret : {"header-secret-1", "proxy-secret-2", "variable-secret-3"})
        QVERIFY2(!json.contains(secret), json.constData());
    QVERIFY(json.contains("plain-value"));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QJsonObject connection = o.value(QStringLiteral("connection")).toObject();
    const QJsonObject header = connection.value(QStringLiteral("headers")).toArray().at(0).toObject();
    QCOMPARE(header.value(QStringLiteral("secret")).toBool(false), true);
    QVERIFY(!header.contains(QStringLiteral("value")));
    QVERIFY(!connection.value(QStringLiteral("headers")).toArray().at(1).toObject().contains(QStringLiteral("secret")));
    QCOMPARE(connection.value(QStringLiteral("proxy")).toString(), QStringLiteral("http://bob@127.0.0.1:3128"));
    QVERIFY(!o.contains(QStringLiteral("secretsInFile")));

    ProfileLoadError error;
    int schema = 0;
    const std::optional<Profile> back = ProfileSerializer::fromJson(json, &error, &schema);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(schema, 2);
    QVERIFY(back->connection.headers.at(0).secret);
    QVERIFY(back->connection.headers.at(0).value.isEmpty());
    QVERIFY(back->connection.proxyPasswordSecret);
    QVERIFY(back->variables.at(0).secret);
    QVERIFY(ProfileSerializer::suggestedSecrets(*back).isEmpty()); // already marked

    // A proxy password the user chose not to treat as secret stays in the text.
    p.connection.proxyPasswordSecret = false;
    QVERIFY(ProfileSerializer::toJson(p).contains("proxy-secret-2"));
    // The opt-in writes every value.
    p.connection.proxyPasswordSecret = true;
    p.secretsInFile = true;
    const QByteArray inFile = ProfileSerializer::toJson(p);
    for (const char *secret : {"header-secret-1", "proxy-secret-2", "variable-secret-3"})
        QVERIFY2(inFile.contains(secret), secret);
    const std::optional<Profile> again = ProfileSerializer::fromJson(inFile, &error);
    QVERIFY2(again, qPrintable(error.toString()));
    QVERIFY(*again == p);
}

void TestProfileSerializer::aSchema1FileMigratesWithNothingSecret()
{
    QFile file(QStringLiteral(WSSCOPE_TEST_DATA_DIR "/schema1-profile.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray schema1 = file.readAll();
    QVERIFY(schema1.contains("\"schemaVersion\": 1"));
    ProfileLoadError error;
    int schema = 0;
    const std::optional<Profile> p = ProfileSerializer::fromJson(schema1, &error, &schema);
    QVERIFY2(p, qPrintable(error.toString()));
    QCOMPARE(schema, 1);
    QCOMPARE(p->name, QStringLiteral("written by schema 1"));
    // Values stay as they were, plain and not secret.
    const QList<HeaderEntry> &headers = p->connection.headers;
    QCOMPARE(headers.size(), 5);
    for (const HeaderEntry &h : headers)
        QVERIFY2(!h.secret, qPrintable(h.name));
    QCOMPARE(headers.at(0).value, QStringLiteral("Bearer schema1-token-value"));
    QCOMPARE(headers.at(1).enabled, false);
    QCOMPARE(p->connection.proxy, QStringLiteral("socks5://alice:schema1-proxy-pw@127.0.0.1:1080"));
    QVERIFY(!p->connection.proxyPasswordSecret);
    QVERIFY(!p->secretsInFile);
    QVERIFY(p->variables.at(0).secret);
    // What the editor offers to mark: credentials by name, not X-Debug, not QWebSocket's own key.
    QCOMPARE(ProfileSerializer::suggestedSecrets(*p),
             (QStringList{QStringLiteral("Authorization"), QStringLiteral("Cookie"), QStringLiteral("X-Api-Key")}));

    // Saved again it is schema 2, with the same (still plain) values, and reads back equal.
    const QByteArray schema2 = ProfileSerializer::toJson(*p);
    QCOMPARE(QJsonDocument::fromJson(schema2).object().value(QStringLiteral("schemaVersion")).toInt(), 2);
    QVERIFY(schema2.contains("schema1-token-value"));
    QVERIFY(schema2.contains("schema1-proxy-pw"));
    int again = 0;
    const std::optional<Profile> back = ProfileSerializer::fromJson(schema2, &error, &again);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(again, 2);
    QVERIFY(*back == *p);

    // Marking them (what the editor's offer does) takes the values out of the file.
    Profile marked = *p;
    for (HeaderEntry &h : marked.connection.headers)
        h.secret = ProfileSerializer::suggestedSecrets(*p).contains(h.name);
    marked.connection.proxyPasswordSecret = true;
    const QByteArray markedJson = ProfileSerializer::toJson(marked);
    for (const char *secret : {"schema1-token-value", "schema1-cookie", "schema1-api-key", "schema1-proxy-pw"})
        QVERIFY2(!markedJson.contains(secret), secret);
    QVERIFY(ProfileSerializer::suggestedSecrets(marked).isEmpty());
}

void TestProfileSerializer::proxyPasswordsAreFoundInTheText_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("without");
    QTest::newRow("A socks5 proxy with user and password")
            << QStringLiteral("socks5://u:p@h:1080") << QStringLiteral("p") << QStringLiteral("socks5://u@h:1080");
    QTest::newRow("A proxy with a user only has no password")
            << QStringLiteral("http://u@h:3128") << QString() << QStringLiteral("http://u@h:3128");
    QTest::newRow("A proxy without user info is left alone")
            << QStringLiteral("http://h:3128/x@y") << QString() << QStringLiteral("http://h:3128/x@y");
    QTest::newRow("A password holding '@' and ':' ends at the last '@' of the authority")
            << QStringLiteral("socks5://u:a@b:c@h:1") << QStringLiteral("a@b:c") << QStringLiteral("socks5://u@h:1");
    QTest::newRow("References stay as typed")
            << QStringLiteral("socks5://{{user}}:{{pw}}@{{host}}:1080") << QStringLiteral("{{pw}}")
            << QStringLiteral("socks5://{{user}}@{{host}}:1080");
}

void TestProfileSerializer::proxyPasswordsAreFoundInTheText()
{
    QFETCH(QString, proxy);
    QFETCH(QString, password);
    QFETCH(QString, without);
    QCOMPARE(ProfileSecrets::proxyPassword(proxy), password);
    QCOMPARE(ProfileSecrets::withProxyPassword(proxy, {}), without);
    if (!password.isEmpty())
        QCOMPARE(ProfileSecrets::withProxyPassword(without, password), proxy);
}

QTEST_GUILESS_MAIN(TestProfileSerializer)
#include "tst_profileserializer.moc"
