#include "core/import/harprofileimporter.h"
#include "core/import/profileimport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// Profiles from the WebSocket connections of browser HARs: a Chrome DevTools export
// (chrome.har: a page, two WebSocket entries with _resourceType) and a Firefox one (firefox.har:
// an XHR, a wss:// entry with messages and an https:// upgrade request, no _resourceType).
namespace {

QString dataFile(const char *name)
{
    return QDir(QStringLiteral(WSSCOPE_TEST_DATA_DIR)).filePath(QLatin1String(name));
}

QStringList headerNames(const Profile &profile)
{
    QStringList names;
    for (const HeaderEntry &header : profile.connection.headers)
        names.append(header.name);
    return names;
}

QString headerValue(const Profile &profile, const QString &name)
{
    for (const HeaderEntry &header : profile.connection.headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return QStringLiteral("<none>");
}

} // namespace

class TestHarProfileImporter : public QObject
{
    Q_OBJECT

private slots:
    void chromeHarGivesOneProfilePerWebSocketEntry();
    void firefoxHarWithoutResourceTypeIsRead();
    void manySentMessagesAreDeduplicatedAndCapped();
    void aHarWithoutWebSocketsSaysSo();
    void aBrokenMessageIsNamedAndTheRestImported();
};

void TestHarProfileImporter::chromeHarGivesOneProfilePerWebSocketEntry()
{
    const ProfileImportResult result = ProfileImport::read(dataFile("chrome.har"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ProfileImportResult::Format::Har);
    QCOMPARE(result.profiles.size(), 2); // the document entry is no connection

    const ImportedProfile &chat = result.profiles.at(0);
    QCOMPARE(chat.profile.name, QStringLiteral("chat.example.com/socket"));
    QCOMPARE(chat.profile.connection.url, QStringLiteral("wss://chat.example.com/socket?room=lobby"));
    QCOMPARE(chat.profile.connection.origin, QStringLiteral("https://chat.example.com"));
    QCOMPARE(chat.profile.connection.subprotocols, (QStringList{QStringLiteral("chat.v2"), QStringLiteral("chat.v1")}));
    // The client's own headers, Origin and Sec-WebSocket-Protocol are not extra headers.
    QCOMPARE(headerNames(chat.profile),
             (QStringList{QStringLiteral("Accept-Encoding"), QStringLiteral("Accept-Language"), QStringLiteral("Cache-Control"),
                          QStringLiteral("Cookie"), QStringLiteral("Pragma"), QStringLiteral("User-Agent")}));
    QCOMPARE(headerValue(chat.profile, QStringLiteral("Cookie")), QStringLiteral("sid=chrome-cookie-1"));
    // Sent messages only, each distinct one once, JSON in Json mode, binary as base64.
    const QList<SavedMessage> expected{
            {QStringLiteral("Message 1"), SavedMessage::Mode::Json, QStringLiteral("{\"op\":\"join\",\"room\":\"lobby\"}")},
            {QStringLiteral("Message 2"), SavedMessage::Mode::Text, QStringLiteral("hello everyone")},
            {QStringLiteral("Message 3"), SavedMessage::Mode::Text, QStringLiteral("ping")},
            {QStringLiteral("Message 4"), SavedMessage::Mode::Base64, QStringLiteral("3q2+7w==")}};
    QCOMPARE(chat.profile.savedMessages, expected);
    QCOMPARE(chat.notMapped.size(), 1);
    QVERIFY2(chat.notMapped.at(0).contains(QLatin1String("permessage-deflate; client_max_window_bits")),
             qPrintable(chat.notMapped.at(0)));

    const ImportedProfile &push = result.profiles.at(1);
    QCOMPARE(push.profile.name, QStringLiteral("push.example.com/v1/events"));
    QCOMPARE(push.profile.connection.url, QStringLiteral("wss://push.example.com/v1/events"));
    QCOMPARE(headerNames(push.profile), QStringList{QStringLiteral("Authorization")});
    QCOMPARE(headerValue(push.profile, QStringLiteral("Authorization")), QStringLiteral("Bearer eyJhbGciOi.chrome"));
    QVERIFY(push.profile.savedMessages.isEmpty()); // it only received, and sent a ping
    QCOMPARE(push.notMapped.size(), 1);
    QVERIFY2(push.notMapped.at(0).contains(QLatin1String("opcode 9")), qPrintable(push.notMapped.at(0)));
}

void TestHarProfileImporter::firefoxHarWithoutResourceTypeIsRead()
{
    const ProfileImportResult result = ProfileImport::read(dataFile("firefox.har"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 2); // the XHR is skipped

    const Profile &stream = result.profiles.at(0).profile;
    QCOMPARE(stream.connection.url, QStringLiteral("wss://prices.example.org/stream/v3"));
    QCOMPARE(stream.connection.subprotocols, QStringList{QStringLiteral("prices-json")});
    QCOMPARE(stream.connection.origin, QStringLiteral("https://prices.example.org"));
    const QStringList names = headerNames(stream);
    for (const char *gone : {"Host", "Connection", "Upgrade", "Sec-WebSocket-Key", "Sec-WebSocket-Version",
                             "Sec-WebSocket-Extensions", "Origin", "Sec-WebSocket-Protocol"})
        QVERIFY2(!names.contains(QLatin1String(gone), Qt::CaseInsensitive), gone);
    QVERIFY(names.contains(QStringLiteral("Sec-Fetch-Mode")));
    QCOMPARE(headerValue(stream, QStringLiteral("Cookie")), QStringLiteral("consent=yes; pref=dark"));
    QCOMPARE(stream.savedMessages.size(), 2);
    QCOMPARE(stream.savedMessages.at(0).mode, SavedMessage::Mode::Json);
    QCOMPARE(stream.savedMessages.at(1).content, QStringLiteral("[\"unsubscribe\", \"usd\"]"));
    QCOMPARE(stream.savedMessages.at(1).mode, SavedMessage::Mode::Json);

    // An upgrade request listed with its https:// URL and no messages.
    const Profile &legacy = result.profiles.at(1).profile;
    QCOMPARE(legacy.connection.url, QStringLiteral("wss://prices.example.org/legacy-feed"));
    QCOMPARE(headerNames(legacy), QStringList{QStringLiteral("X-Feed-Token")});
    QVERIFY(legacy.savedMessages.isEmpty());
    QVERIFY(result.profiles.at(1).notMapped.isEmpty());
}

void TestHarProfileImporter::manySentMessagesAreDeduplicatedAndCapped()
{
    QJsonArray messages;
    for (int i = 0; i < HarProfileImporter::MaxSavedMessages + 7; ++i) {
        messages.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("send")}, {QStringLiteral("time"), 1.0 + i},
                                    {QStringLiteral("opcode"), 1}, {QStringLiteral("data"), QStringLiteral("n%1").arg(i)}});
        messages.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("send")}, {QStringLiteral("time"), 1.5 + i},
                                    {QStringLiteral("opcode"), 1}, {QStringLiteral("data"), QStringLiteral("heartbeat")}});
    }
    const QJsonObject entry{{QStringLiteral("request"), QJsonObject{{QStringLiteral("url"), QStringLiteral("ws://127.0.0.1:9/feed")}}},
                            {QStringLiteral("_webSocketMessages"), messages}};
    const QJsonObject har{{QStringLiteral("log"), QJsonObject{{QStringLiteral("entries"), QJsonArray{entry}}}}};
    const ProfileImportResult result = HarProfileImporter::fromJsonObject(har);
    QVERIFY(result.ok);
    const ImportedProfile &p = result.profiles.at(0);
    QCOMPARE(p.profile.savedMessages.size(), HarProfileImporter::MaxSavedMessages);
    QCOMPARE(p.profile.savedMessages.at(1).content, QStringLiteral("heartbeat"));
    QCOMPARE(p.profile.savedMessages.at(2).content, QStringLiteral("n1"));
    QCOMPARE(p.notMapped.size(), 1);
    QVERIFY2(p.notMapped.at(0).contains(QLatin1String("8 more")), qPrintable(p.notMapped.at(0)));
}

void TestHarProfileImporter::aHarWithoutWebSocketsSaysSo()
{
    const QByteArray har = "{\"log\": {\"version\": \"1.2\", \"entries\": [{\"request\": {\"method\": \"GET\", \"url\": "
                           "\"https://example.com/\", \"headers\": []}}]}}";
    const ProfileImportResult result = ProfileImport::parse(har);
    QVERIFY(!result.ok);
    QCOMPARE(result.format, ProfileImportResult::Format::Har);
    QVERIFY2(result.error.contains(QLatin1String("no WebSocket connection")), qPrintable(result.error));
    const ProfileImportResult noEntries = ProfileImport::parse("{\"log\": {\"version\": \"1.2\"}}");
    QVERIFY2(noEntries.error.contains(QLatin1String("log.entries")), qPrintable(noEntries.error));
}

void TestHarProfileImporter::aBrokenMessageIsNamedAndTheRestImported()
{
    const QByteArray har = "{\"log\": {\"entries\": ["
                           "{\"request\": {\"url\": \"ftp://files.example.com/\"}, \"_resourceType\": \"websocket\"},"
                           "{\"request\": {\"url\": \"wss://ok.example.com/\"}, \"_webSocketMessages\": ["
                           "{\"type\": \"send\", \"time\": 1, \"opcode\": 2, \"data\": \"not base64!\"},"
                           "{\"type\": \"send\", \"time\": 2, \"opcode\": 1, \"data\": \"fine\"}]}]}}";
    const ProfileImportResult result = ProfileImport::parse(har);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.skipped.size(), 1);
    QVERIFY2(result.skipped.at(0).contains(QLatin1String("Entry 1")) && result.skipped.at(0).contains(QLatin1String("ftp://")),
             qPrintable(result.skipped.at(0)));
    const ImportedProfile &p = result.profiles.at(0);
    QCOMPARE(p.profile.name, QStringLiteral("ok.example.com"));
    QCOMPARE(p.profile.savedMessages.size(), 1);
    QCOMPARE(p.notMapped.size(), 1);
    QVERIFY2(p.notMapped.at(0).contains(QLatin1String("Message 1")) && p.notMapped.at(0).contains(QLatin1String("base64")),
             qPrintable(p.notMapped.at(0)));
}

QTEST_GUILESS_MAIN(TestHarProfileImporter)
#include "tst_harprofileimporter.moc"
