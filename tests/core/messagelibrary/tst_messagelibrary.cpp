// The message library: every field and folder survives save and load; a name is used once per
// folder (rename and move refuse a clash); search looks in names, folders and content; a file
// that cannot be read (empty, truncated, malformed, of the wrong types, from a newer WsScope) is
// refused with a specific message, makes the store read-only and is left byte for byte as it was.
#include "core/io/safefilewriter.h"
#include "core/library/messagelibraryserializer.h"
#include "core/library/messagelibrarystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

LibraryMessage messageOf(const QString &folder, const QString &name, SavedMessage::Mode mode, const QString &content)
{
    LibraryMessage m;
    m.folder = folder;
    m.name = name;
    m.mode = mode;
    m.content = content;
    return m;
}

QList<LibraryMessage> sample()
{
    return {messageOf({}, QStringLiteral("hello"), SavedMessage::Mode::Text, QStringLiteral("Hello, wörld ☁\n\ttabbed")),
            messageOf(QStringLiteral("auth/login"), QStringLiteral("Sign in"), SavedMessage::Mode::Json,
                      QStringLiteral("{\n  \"op\": \"login\",\n  \"user\": \"ana\"\n}")),
            messageOf(QStringLiteral("auth"), QStringLiteral("Sign in"), SavedMessage::Mode::Hex, QStringLiteral("de ad BE EF")),
            messageOf(QStringLiteral("binary"), QStringLiteral("blob"), SavedMessage::Mode::Base64, QStringLiteral("AAEC/w==")),
            messageOf(QStringLiteral("binary"), QStringLiteral("empty"), SavedMessage::Mode::Text, QString())};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

QStringList namesOf(const QList<LibraryMessage> &messages)
{
    QStringList names;
    for (const LibraryMessage &m : messages)
        names.append(m.path());
    return names;
}

} // namespace

class TestMessageLibrary : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldAndFolderSurvivesSaveAndLoad();
    void theFileIsWhereTheProfilesAreAndOwnerOnly();
    void noFileIsAnEmptyLibrary();
    void foldersAreNormalizedAndNamesChecked();
    void aNameIsUsedOncePerFolder();
    void renameRefusesAClash();
    void moveToFolderRefusesAClash();
    void foldersMoveAndRenameWithTheirContents();
    void removeTakesOnlyThatMessage();
    void searchLooksInNamesFoldersAndContent_data();
    void searchLooksInNamesFoldersAndContent();
    void badFilesAreRefusedReadOnlyAndLeftAlone_data();
    void badFilesAreRefusedReadOnlyAndLeftAlone();
};

void TestMessageLibrary::everyFieldAndFolderSurvivesSaveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MessageLibraryStore store(dir.path());
    QVERIFY(store.load());
    QSignalSpy changed(&store, &MessageLibraryStore::changed);
    for (const LibraryMessage &m : sample()) {
        QString error;
        QVERIFY2(store.add(m, &error), qPrintable(error));
    }
    QString error;
    QVERIFY2(store.addFolder(QStringLiteral("empty/nested"), &error), qPrintable(error));
    QCOMPARE(changed.count(), sample().size() + 1);

    MessageLibraryStore reread(dir.path());
    QVERIFY(reread.load());
    QVERIFY(!reread.isReadOnly());
    QCOMPARE(reread.messages(), sample());
    QCOMPARE(reread.folders(), (QStringList{QStringLiteral("auth"), QStringLiteral("auth/login"), QStringLiteral("binary"),
                                            QStringLiteral("empty"), QStringLiteral("empty/nested")}));
    QCOMPARE(reread.library(), store.library());

    // The serializer alone: what it writes it reads back equal, and the schema is stamped.
    const QByteArray json = MessageLibrarySerializer::toJson(store.library());
    QVERIFY(json.contains("\"schemaVersion\": 1"));
    const std::optional<MessageLibrary> back = MessageLibrarySerializer::fromJson(json);
    QVERIFY(back);
    QCOMPARE(*back, store.library());
}

void TestMessageLibrary::theFileIsWhereTheProfilesAreAndOwnerOnly()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    QCOMPARE(store.filePath(), QDir(dir.path()).filePath(QStringLiteral("library/messages.json")));
    QVERIFY(store.add(sample().first()));
    QVERIFY(QFile::exists(store.filePath()));
    QCOMPARE(QFile::permissions(store.filePath()) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             SafeFileWriter::FilePermissions);
}

void TestMessageLibrary::noFileIsAnEmptyLibrary()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    QVERIFY(store.load());
    QVERIFY(store.messages().isEmpty());
    QVERIFY(store.folders().isEmpty());
    QVERIFY(!store.isReadOnly());
    QVERIFY(!QFile::exists(store.filePath())); // loading writes nothing
}

void TestMessageLibrary::foldersAreNormalizedAndNamesChecked()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    QVERIFY(store.add(messageOf(QStringLiteral(" auth / login/"), QStringLiteral("  padded "), SavedMessage::Mode::Text, {})));
    QVERIFY(store.message(QStringLiteral("auth/login"), QStringLiteral("padded")));
    QCOMPARE(store.folders(), (QStringList{QStringLiteral("auth"), QStringLiteral("auth/login")}));

    QString error;
    QVERIFY(!store.add(messageOf({}, QStringLiteral("   "), SavedMessage::Mode::Text, {}), &error));
    QVERIFY2(error.contains(QStringLiteral("needs a name")), qPrintable(error));
    QVERIFY(!store.add(messageOf({}, QStringLiteral("a/b"), SavedMessage::Mode::Text, {}), &error));
    QVERIFY2(error.contains(QStringLiteral("\"/\"")), qPrintable(error));
    QCOMPARE(store.messages().size(), 1);
}

void TestMessageLibrary::aNameIsUsedOncePerFolder()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    const LibraryMessage first = messageOf(QStringLiteral("auth"), QStringLiteral("login"), SavedMessage::Mode::Text,
                                           QStringLiteral("one"));
    QVERIFY(store.add(first));
    // The same name in another folder is another message.
    QVERIFY(store.add(messageOf({}, QStringLiteral("login"), SavedMessage::Mode::Text, QStringLiteral("top"))));
    QString error;
    LibraryMessage second = first;
    second.content = QStringLiteral("two");
    QVERIFY(!store.add(second, &error));
    QVERIFY2(error.contains(QStringLiteral("already")) && error.contains(QStringLiteral("auth")), qPrintable(error));
    QCOMPARE(store.message(QStringLiteral("auth"), QStringLiteral("login"))->content, QStringLiteral("one"));
    QVERIFY2(store.add(second, &error, MessageLibraryStore::Existing::Replace), qPrintable(error));
    QCOMPARE(store.message(QStringLiteral("auth"), QStringLiteral("login"))->content, QStringLiteral("two"));
    QCOMPARE(store.messages().size(), 2);
}

void TestMessageLibrary::renameRefusesAClash()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    for (const LibraryMessage &m : sample())
        QVERIFY(store.add(m));
    const QByteArray before = readAll(store.filePath());
    QSignalSpy changed(&store, &MessageLibraryStore::changed);
    QString error;
    QVERIFY(!store.rename(QStringLiteral("binary"), QStringLiteral("blob"), QStringLiteral("empty"), &error));
    QVERIFY2(error.contains(QStringLiteral("\"empty\"")), qPrintable(error));
    QCOMPARE(readAll(store.filePath()), before);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!store.rename(QStringLiteral("binary"), QStringLiteral("no such"), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("no message")), qPrintable(error));

    QVERIFY2(store.rename(QStringLiteral("binary"), QStringLiteral("blob"), QStringLiteral("bytes"), &error), qPrintable(error));
    QVERIFY(store.message(QStringLiteral("binary"), QStringLiteral("bytes")));
    QVERIFY(!store.message(QStringLiteral("binary"), QStringLiteral("blob")));
    MessageLibraryStore reread(dir.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.message(QStringLiteral("binary"), QStringLiteral("bytes"))->content, QStringLiteral("AAEC/w=="));
}

void TestMessageLibrary::moveToFolderRefusesAClash()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    for (const LibraryMessage &m : sample())
        QVERIFY(store.add(m));
    QString error;
    QVERIFY(!store.moveToFolder(QStringLiteral("auth"), QStringLiteral("Sign in"), QStringLiteral("auth/login"), &error));
    QVERIFY2(error.contains(QStringLiteral("auth/login")), qPrintable(error));
    QVERIFY2(store.moveToFolder(QStringLiteral("auth"), QStringLiteral("Sign in"), QStringLiteral("new/place"), &error),
             qPrintable(error));
    const std::optional<LibraryMessage> moved = store.message(QStringLiteral("new/place"), QStringLiteral("Sign in"));
    QVERIFY(moved);
    QCOMPARE(moved->mode, SavedMessage::Mode::Hex);
    QVERIFY(store.folders().contains(QStringLiteral("new")));
    QVERIFY(store.folders().contains(QStringLiteral("auth"))); // the folder it left stays
    QVERIFY(store.moveToFolder(QStringLiteral("new/place"), QStringLiteral("Sign in"), QString(), &error));
    QVERIFY(store.message(QString(), QStringLiteral("Sign in")));
}

void TestMessageLibrary::foldersMoveAndRenameWithTheirContents()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    for (const LibraryMessage &m : sample())
        QVERIFY(store.add(m));
    QString error;
    QVERIFY2(store.renameFolder(QStringLiteral("auth"), QStringLiteral("identity"), &error), qPrintable(error));
    QCOMPARE(store.folders(), (QStringList{QStringLiteral("binary"), QStringLiteral("identity"), QStringLiteral("identity/login")}));
    QVERIFY(store.message(QStringLiteral("identity/login"), QStringLiteral("Sign in")));
    QVERIFY(!store.moveFolder(QStringLiteral("identity"), QStringLiteral("identity/login"), &error));
    QVERIFY2(error.contains(QStringLiteral("into itself")), qPrintable(error));
    QVERIFY(!store.renameFolder(QStringLiteral("identity"), QStringLiteral("binary"), &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    QVERIFY2(store.moveFolder(QStringLiteral("identity/login"), QStringLiteral("binary"), &error), qPrintable(error));
    QVERIFY(store.message(QStringLiteral("binary/login"), QStringLiteral("Sign in")));
    QVERIFY2(store.removeFolder(QStringLiteral("binary"), &error), qPrintable(error));
    QCOMPARE(namesOf(store.messages()), (QStringList{QStringLiteral("hello"), QStringLiteral("identity/Sign in")}));
    QCOMPARE(store.folders(), QStringList{QStringLiteral("identity")});
}

void TestMessageLibrary::removeTakesOnlyThatMessage()
{
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    for (const LibraryMessage &m : sample())
        QVERIFY(store.add(m));
    QString error;
    QVERIFY2(store.remove(QStringLiteral("auth"), QStringLiteral("Sign in"), &error), qPrintable(error));
    QVERIFY(!store.message(QStringLiteral("auth"), QStringLiteral("Sign in")));
    QVERIFY(store.message(QStringLiteral("auth/login"), QStringLiteral("Sign in")));
    QCOMPARE(store.messages().size(), sample().size() - 1);
    QVERIFY(!store.remove(QStringLiteral("auth"), QStringLiteral("Sign in"), &error));
    MessageLibraryStore reread(dir.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.messages().size(), sample().size() - 1);
}

void TestMessageLibrary::searchLooksInNamesFoldersAndContent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("An empty search finds every message") << QString() << namesOf(sample());
    QTest::newRow("A name matches whatever its case") << QStringLiteral("SIGN IN")
                                                      << QStringList{QStringLiteral("auth/login/Sign in"), QStringLiteral("auth/Sign in")};
    QTest::newRow("A folder matches the messages in it") << QStringLiteral("Login")
                                                        << QStringList{QStringLiteral("auth/login/Sign in")};
    QTest::newRow("The content matches, accents and all") << QStringLiteral("WÖRLD") << QStringList{QStringLiteral("hello")};
    QTest::newRow("Hex content matches as typed") << QStringLiteral("be ef") << QStringList{QStringLiteral("auth/Sign in")};
    QTest::newRow("Nothing matches") << QStringLiteral("no such text") << QStringList{};
}

void TestMessageLibrary::searchLooksInNamesFoldersAndContent()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    for (const LibraryMessage &m : sample())
        QVERIFY(store.add(m));
    QCOMPARE(namesOf(store.search(text)), expected);
}

void TestMessageLibrary::badFilesAreRefusedReadOnlyAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("line");

    const QByteArray good = MessageLibrarySerializer::toJson([] {
        MessageLibrary library;
        for (const LibraryMessage &m : sample())
            library.append(m);
        return library;
    }());
    QTest::newRow("An empty file") << QByteArray() << QStringLiteral("is empty") << 0;
    QTest::newRow("A file of blanks") << QByteArray(" \n\n ") << QStringLiteral("is empty") << 0;
    QTest::newRow("A file cut off in the middle") << good.left(good.size() / 2) << QStringLiteral("Not valid JSON") << -1;
    QTest::newRow("Malformed JSON on line 3") << QByteArray("{\n  \"schemaVersion\": 1,\n  \"messages\": [,]\n}")
                                              << QStringLiteral("Not valid JSON") << 3;
    QTest::newRow("A list instead of an object") << QByteArray("[1, 2]") << QStringLiteral("one JSON object") << 0;
    QTest::newRow("No schemaVersion") << QByteArray("{\"messages\": []}") << QStringLiteral("schemaVersion") << 0;
    QTest::newRow("A newer schema") << QByteArray("{\"schemaVersion\": 2, \"messages\": [], \"tags\": {}}")
                                    << QStringLiteral("newer WsScope (schema 2") << 0;
    QTest::newRow("messages is not a list") << QByteArray("{\"schemaVersion\": 1, \"messages\": {}}")
                                            << QStringLiteral("messages must be a list") << 0;
    QTest::newRow("A message that is a number")
            << QByteArray("{\"schemaVersion\": 1, \"messages\": [3]}") << QStringLiteral("messages[0] must be an object") << 0;
    QTest::newRow("A name that is a number")
            << QByteArray("{\"schemaVersion\": 1, \"messages\": [{\"name\": 7}]}") << QStringLiteral("messages[0].name must be a text")
            << 0;
    QTest::newRow("Content that is a list")
            << QByteArray("{\"schemaVersion\": 1, \"messages\": [{\"name\": \"a\"}, {\"name\": \"b\", \"content\": []}]}")
            << QStringLiteral("messages[1].content must be a text") << 0;
    QTest::newRow("A folder that is true")
            << QByteArray("{\"schemaVersion\": 1, \"messages\": [{\"name\": \"a\", \"folder\": true}]}")
            << QStringLiteral("messages[0].folder must be a text") << 0;
    QTest::newRow("An unknown mode")
            << QByteArray("{\"schemaVersion\": 1, \"messages\": [{\"name\": \"a\", \"mode\": \"morse\"}]}")
            << QStringLiteral("messages[0].mode is \"morse\"") << 0;
    QTest::newRow("folders holds a number") << QByteArray("{\"schemaVersion\": 1, \"folders\": [\"a\", 5]}")
                                            << QStringLiteral("folders[1] must be a text") << 0;
    QTest::newRow("A folder with an empty part") << QByteArray("{\"schemaVersion\": 1, \"folders\": [\"a//b\"]}")
                                                 << QStringLiteral("folders[0]:") << 0;
    QTest::newRow("One name twice in a folder")
            << QByteArray("{\"schemaVersion\": 1, \"messages\": [{\"folder\": \"f\", \"name\": \"a\"}, "
                          "{\"folder\": \"f\", \"name\": \"a\"}]}")
            << QStringLiteral("messages[1].name: \"a\" is used twice in the folder \"f\"") << 0;
}

void TestMessageLibrary::badFilesAreRefusedReadOnlyAndLeftAlone()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QFETCH(int, line);
    QTemporaryDir dir;
    MessageLibraryStore store(dir.path());
    writeAll(store.filePath(), content);

    QSignalSpy changed(&store, &MessageLibraryStore::changed);
    QVERIFY(!store.load());
    QCOMPARE(changed.count(), 1); // views learn that it is read-only
    QVERIFY(store.isReadOnly());
    QVERIFY(store.messages().isEmpty());
    QCOMPARE(store.loadError().fileName, QStringLiteral("messages.json"));
    QVERIFY2(store.loadError().message.contains(messagePart), qPrintable(store.loadError().message));
    if (line > 0)
        QCOMPARE(store.loadError().line, line);
    if (line != 0) {
        QVERIFY(store.loadError().line > 0);
        QVERIFY(store.loadError().column > 0);
        QVERIFY(store.loadError().toString().startsWith(QStringLiteral("messages.json:%1:").arg(store.loadError().line)));
    }

    // Every change is refused with the reason, and the file stays byte for byte as it was.
    QString error;
    QVERIFY(!store.add(sample().first(), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")) && error.contains(messagePart), qPrintable(error));
    QVERIFY(!store.addFolder(QStringLiteral("x"), &error));
    QVERIFY(!store.remove(QStringLiteral("f"), QStringLiteral("a"), &error));
    QVERIFY(!store.rename(QStringLiteral("f"), QStringLiteral("a"), QStringLiteral("b"), &error));
    QCOMPARE(readAll(store.filePath()), content);
    QCOMPARE(QDir(QFileInfo(store.filePath()).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("messages.json")});
}

QTEST_GUILESS_MAIN(TestMessageLibrary)
#include "tst_messagelibrary.moc"
