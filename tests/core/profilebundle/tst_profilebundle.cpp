#include "core/profiles/profilesecrets.h"
#include "core/import/profilebundle.h"
#include "core/import/profileimport.h"
#include "core/profiles/profileserializer.h"
#include "core/profiles/profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// A bundle of profiles written and read back: every field survives, secrets go only when asked
// for and the file says which were left out, and files that are not (good) bundles are refused
// with a specific reason. Also the free-name rule an import uses.
namespace {

const QString SecretToken = QStringLiteral("s3cr3t-t0k3n-value");
const QString SecretKey = QStringLiteral("k3y-9f8e7d");
const QString SecretCookie = QStringLiteral("session=c00k13");
const QString ProxyPassword = QStringLiteral("pr0xy-pw");

Profile everythingSet()
{
    Profile p;
    p.name = QStringLiteral("채팅 서버 — prod");
    ConnectionSettings &c = p.connection;
    c.url = QStringLiteral("wss://chat.example.com:8443/ws?room=1&user=%ED%95%9C");
    c.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + SecretToken, true},
                 {QStringLiteral("X-Api-Key"), SecretKey, true},
                 {QStringLiteral("Cookie"), SecretCookie, false},
                 {QStringLiteral("X-Tenant"), QStringLiteral("{{tenant}}"), true},
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
    c.proxy = QStringLiteral("socks5://user:") + ProxyPassword + QStringLiteral("@127.0.0.1:1080");
    c.tapEnabled = false;
    p.savedMessages = {{QStringLiteral("join"), SavedMessage::Mode::Json, QStringLiteral("{\n  \"op\": \"join\"\n}")},
                       {QStringLiteral("hello"), SavedMessage::Mode::Text, QStringLiteral("안녕하세요\n")},
                       {QStringLiteral("bytes"), SavedMessage::Mode::Hex, QStringLiteral("de ad be ef")},
                       {QStringLiteral("b64"), SavedMessage::Mode::Base64, QStringLiteral("AAEC")}};
    p.scenarios = {{QStringLiteral("smoke"),
                    {ScenarioStep{QStringLiteral("send"), QStringLiteral("hi"), QStringLiteral("2+0"), 0, 0},
                     ScenarioStep{QStringLiteral("expect-message"), QStringLiteral("^hi$"), {}, 2000, 0},
                     ScenarioStep{QStringLiteral("close"), QStringLiteral("4000:bye"), {}, 0, 0}}}};
    return p;
}

Profile plain(const QString &name, const QString &url)
{
    Profile p;
    p.name = name;
    p.connection.url = url;
    p.connection.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"), true}};
    return p;
}

QList<Profile> several()
{
    return {everythingSet(), plain(QStringLiteral("local echo"), QStringLiteral("ws://127.0.0.1:8080/echo")),
            plain(QStringLiteral("staging"), QStringLiteral("wss://user:urlpw@staging.example.com/ws"))};
}

QList<Profile> profilesOf(const ProfileImportResult &result)
{
    QList<Profile> profiles;
    for (const ImportedProfile &imported : result.profiles)
        profiles.append(imported.profile);
    return profiles;
}

QByteArray bundleWith(const QJsonObject &overrides)
{
    QJsonObject root = QJsonDocument::fromJson(ProfileBundle::toJson(several(), ProfileBundle::Secrets::Include).json).object();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            root.remove(it.key());
        else
            root.insert(it.key(), it.value());
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestProfileBundle : public QObject
{
    Q_OBJECT

private slots:
    void withSecretsEveryFieldOfEveryProfileComesBack();
    void withoutSecretsNoSecretValueIsInTheFile();
    void theFileIsReadableByItsOwnerOnly();
    void badFilesAreRefusedWithASpecificReason_data();
    void badFilesAreRefusedWithASpecificReason();
    void aSingleProfileFileIsABundleOfOne();
    void freeNamesNeverReplaceASavedProfile();
    void importIntoSavesUnderFreeNames();
};

void TestProfileBundle::withSecretsEveryFieldOfEveryProfileComesBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QString error;
    QVERIFY2(ProfileBundle::write(path, several(), ProfileBundle::Secrets::Include, &error), qPrintable(error));
    const ProfileImportResult result = ProfileImport::read(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ProfileImportResult::Format::Bundle);
    QCOMPARE(profilesOf(result), several());
    for (const ImportedProfile &imported : result.profiles)
        QVERIFY2(imported.notMapped.isEmpty(), qPrintable(imported.notMapped.join(QLatin1Char('\n'))));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("wsscope-profiles"));
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("includesSecrets")).toBool(), true);
    QVERIFY(!root.contains(QStringLiteral("secretsOmitted")));
    QCOMPARE(root.value(QStringLiteral("profiles")).toArray().size(), 3);
}

void TestProfileBundle::withoutSecretsNoSecretValueIsInTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QStringList omitted;
    QString error;
    QVERIFY2(ProfileBundle::write(path, several(), ProfileBundle::Secrets::Omit, &error, &omitted), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QString &secret : {SecretToken, SecretKey, SecretCookie, ProxyPassword, QStringLiteral("urlpw")})
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QStringLiteral("includesSecrets")).toBool(true), false);
    const QStringList expected{QStringLiteral("Authorization"), QStringLiteral("X-Api-Key"), QStringLiteral("Cookie"),
                               QStringLiteral("proxy password"), QStringLiteral("URL password")};
    QCOMPARE(root.value(QStringLiteral("secretsOmitted")).toVariant().toStringList(), expected);
    QCOMPARE(omitted, expected);

    const ProfileImportResult result = ProfileImport::read(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 3);
    // Everything but the secrets is as it was; a reference is no secret and stays.
    Profile expectedFirst = everythingSet();
    expectedFirst.connection.headers[0].value.clear();
    expectedFirst.connection.headers[1].value.clear();
    expectedFirst.connection.headers[2].value.clear();
    expectedFirst.connection.proxy = QStringLiteral("socks5://user@127.0.0.1:1080");
    QCOMPARE(result.profiles.at(0).profile, expectedFirst);
    QCOMPARE(result.profiles.at(1).profile, several().at(1)); // "Bearer {{token}}" kept
    QCOMPARE(result.profiles.at(2).profile.connection.url, QStringLiteral("wss://user@staging.example.com/ws"));
    const QString notes = result.profiles.at(0).notMapped.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("“Authorization”")) && notes.contains(QStringLiteral("“X-Api-Key”"))
                     && notes.contains(QLatin1String("proxy password")),
             qPrintable(notes));
    QVERIFY(result.profiles.at(1).notMapped.isEmpty());
    QVERIFY(result.profiles.at(2).notMapped.join(QLatin1Char('\n')).contains(QLatin1String("password of the URL")));
}

void TestProfileBundle::theFileIsReadableByItsOwnerOnly()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QVERIFY(ProfileBundle::write(path, several(), ProfileBundle::Secrets::Include));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFileDevice::Permissions());
#else
    QSKIP("POSIX permissions");
#endif
}

void TestProfileBundle::badFilesAreRefusedWithASpecificReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("line");

    const QByteArray good = ProfileBundle::toJson(several(), ProfileBundle::Secrets::Include).json;
    QTest::newRow("An empty file") << QByteArray() << QStringLiteral("The file is empty.") << 0;
    QTest::newRow("A file of blanks") << QByteArray(" \n\t\n") << QStringLiteral("The file is empty.") << 0;
    QTest::newRow("A bundle cut off in the middle") << good.left(good.size() / 2) << QStringLiteral("not valid JSON: line ") << -1;
    QTest::newRow("A missing comma on line 3")
            << QByteArray("{\n  \"format\": \"wsscope-profiles\",\n  \"schemaVersion\": 1\n  \"profiles\": []\n}")
            << QStringLiteral("line 4, column ") << 4;
    QTest::newRow("A JSON list") << QByteArray("[1, 2]") << QStringLiteral("JSON list, not an object") << 0;
    QTest::newRow("Another program's format")
            << bundleWith({{QStringLiteral("format"), QStringLiteral("thunder-client")}})
            << QStringLiteral("“format” is “thunder-client”, not “wsscope-profiles”") << 0;
    QTest::newRow("A format that is a number")
            << bundleWith({{QStringLiteral("format"), 3}}) << QStringLiteral("“format” is not a string") << 0;
    QTest::newRow("A newer bundle schema")
            << bundleWith({{QStringLiteral("schemaVersion"), 2}}) << QStringLiteral("newer WsScope (schema version 2") << 0;
    QTest::newRow("No schema version")
            << bundleWith({{QStringLiteral("schemaVersion"), QJsonValue::Null}}) << QStringLiteral("“schemaVersion” is missing") << 0;
    QTest::newRow("A schema version that is text")
            << bundleWith({{QStringLiteral("schemaVersion"), QStringLiteral("1")}}) << QStringLiteral("whole number") << 0;
    QTest::newRow("Profiles that are not a list")
            << bundleWith({{QStringLiteral("profiles"), QJsonObject()}}) << QStringLiteral("“profiles” is missing or not a list") << 0;
    QTest::newRow("No profiles at all")
            << bundleWith({{QStringLiteral("profiles"), QJsonArray()}}) << QStringLiteral("holds no profiles") << 0;
    QTest::newRow("A profile that is a string")
            << bundleWith({{QStringLiteral("profiles"), QJsonArray{QStringLiteral("x")}}})
            << QStringLiteral("Profile 1 of the bundle is not a JSON object") << 0;
    QJsonObject badProfile = ProfileSerializer::toJsonObject(plain(QStringLiteral("bad"), QStringLiteral("ws://x/")));
    QJsonObject connection = badProfile.value(QStringLiteral("connection")).toObject();
    connection.insert(QStringLiteral("tap"), QStringLiteral("yes"));
    badProfile.insert(QStringLiteral("connection"), connection);
    QTest::newRow("A profile with a member of the wrong type")
            << bundleWith({{QStringLiteral("profiles"), QJsonArray{ProfileSerializer::toJsonObject(several().at(1)), badProfile}}})
            << QStringLiteral("Profile 2 (“bad”) of the bundle: connection.tap must be true or false") << 0;
    QJsonObject newerProfile = badProfile;
    newerProfile.insert(QStringLiteral("schemaVersion"), 7);
    QTest::newRow("A profile of a newer schema")
            << bundleWith({{QStringLiteral("profiles"), QJsonArray{newerProfile}}}) << QStringLiteral("schema version 7") << 0;
    QTest::newRow("A Postman collection")
            << QByteArray("{\"info\": {\"_postman_id\": \"1\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/\"}, \"item\": []}")
            << QStringLiteral("Postman collection") << 0;
    QTest::newRow("Some other JSON object") << QByteArray("{\"hello\": 1}") << QStringLiteral("none of the members") << 0;
}

void TestProfileBundle::badFilesAreRefusedWithASpecificReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(int, line);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const ProfileImportResult result = ProfileImport::read(path);
    QVERIFY(!result.ok);
    QVERIFY(result.profiles.isEmpty());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    if (line > 0)
        QCOMPARE(result.errorLine, line);
    else if (line < 0)
        QVERIFY(result.errorLine > 0 && result.errorColumn > 0);
}

void TestProfileBundle::aSingleProfileFileIsABundleOfOne()
{
    // A profile's own file holds no secret values (they are the keychain's): nor does what it imports.
    const ProfileImportResult result = ProfileImport::parse(ProfileSerializer::toJson(everythingSet()));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.profiles.at(0).profile, ProfileSecrets::withoutValues(everythingSet()));
    QVERIFY(!result.profiles.at(0).profile.connection.proxy.contains(ProxyPassword));
}

void TestProfileBundle::freeNamesNeverReplaceASavedProfile()
{
    const QStringList taken{QStringLiteral("Chat"), QStringLiteral("chat (2)"), QStringLiteral("Other")};
    QCOMPARE(ProfileImport::freeName(QStringLiteral("New"), taken), QStringLiteral("New"));
    QCOMPARE(ProfileImport::freeName(QStringLiteral("Chat"), taken), QStringLiteral("Chat (3)"));
    QCOMPARE(ProfileImport::freeName(QStringLiteral("CHAT"), taken), QStringLiteral("CHAT (3)"));
    QList<ImportedProfile> profiles{{plain(QStringLiteral("Chat"), {}), {}},
                                    {plain(QStringLiteral("Chat"), {}), {}},
                                    {plain(QString(), QStringLiteral("wss://api.example.com/live")), {}},
                                    {plain(QStringLiteral("  line\nbreak  "), {}), {}}};
    ProfileImport::assignFreeNames(&profiles, taken);
    QCOMPARE(profiles.at(0).profile.name, QStringLiteral("Chat (3)"));
    QCOMPARE(profiles.at(1).profile.name, QStringLiteral("Chat (4)"));
    QCOMPARE(profiles.at(2).profile.name, QStringLiteral("api.example.com/live"));
    QCOMPARE(profiles.at(3).profile.name, QStringLiteral("linebreak"));
}

void TestProfileBundle::importIntoSavesUnderFreeNames()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    store.load();
    QVERIFY(store.save(plain(QStringLiteral("local echo"), QStringLiteral("ws://127.0.0.1:1/"))));
    const ProfileImportResult result = ProfileImport::parse(ProfileBundle::toJson(several(), ProfileBundle::Secrets::Include).json);
    QVERIFY(result.ok);
    QStringList created;
    QString error;
    QVERIFY2(ProfileImport::importInto(&store, result.profiles, &created, &error), qPrintable(error));
    QCOMPARE(created, (QStringList{everythingSet().name, QStringLiteral("local echo (2)"), QStringLiteral("staging")}));
    QCOMPARE(store.profile(QStringLiteral("local echo"))->connection.url, QStringLiteral("ws://127.0.0.1:1/")); // untouched
    QCOMPARE(store.profile(QStringLiteral("local echo (2)"))->connection.url, QStringLiteral("ws://127.0.0.1:8080/echo"));
    ProfileStore reread(dir.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.names().size(), 4);
}

QTEST_GUILESS_MAIN(TestProfileBundle)
#include "tst_profilebundle.moc"
