#include "core/profiles/profileserializer.h"

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
};

namespace {

Profile everythingSet()
{
    Profile p;
    p.name = QStringLiteral("채팅 서버 — prod");
    ConnectionSettings &c = p.connection;
    c.url = QUrl(QStringLiteral("wss://chat.example.com:8443/ws?room=1&user=%ED%95%9C"));
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
    c.proxy = QUrl(QStringLiteral("socks5://user:pw@127.0.0.1:1080"));
    c.tapEnabled = false;
    p.savedMessages = {{QStringLiteral("join"), SavedMessage::Mode::Json, QStringLiteral("{\n  \"op\": \"join\"\n}")},
                       {QStringLiteral("hello"), SavedMessage::Mode::Text, QStringLiteral("안녕하세요\n")},
                       {QStringLiteral("bytes"), SavedMessage::Mode::Hex, QStringLiteral("de ad be ef")},
                       {QStringLiteral("b64"), SavedMessage::Mode::Base64, QStringLiteral("AAEC")}};
    return p;
}

} // namespace

void TestProfileSerializer::roundTrip_data()
{
    QTest::addColumn<Profile>("profile");
    Profile minimal;
    minimal.name = QStringLiteral("minimal");
    QTest::newRow("A profile with only a name and default settings survives a round trip") << minimal;
    QTest::newRow("A profile with every setting changed and four saved messages survives a round trip")
            << everythingSet();
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
    QVERIFY(*back == profile);
    // Serialising again gives the same bytes: files do not churn when nothing changed.
    QCOMPARE(ProfileSerializer::toJson(*back), json);
}

void TestProfileSerializer::outputIsPrettyAndVersioned()
{
    const QByteArray json = ProfileSerializer::toJson(everythingSet());
    QVERIFY(json.contains("\n    \"connection\": {\n"));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 1);
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
    QCOMPARE(p->connection.url, QUrl(QStringLiteral("ws://127.0.0.1:9/echo")));
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

QTEST_GUILESS_MAIN(TestProfileSerializer)
#include "tst_profileserializer.moc"
