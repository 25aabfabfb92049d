// wsscope-cli --import and --export: the built binary (WSSCOPE_CLI_PATH) with a temporary
// profiles folder, the HAR and Insomnia samples of the core tests, and bundles it writes itself.
#include "cliresult.h"

#include "core/profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString sample(const char *unit, const char *file)
{
    return QDir(QStringLiteral(WSSCOPE_TEST_DATA_DIR)).filePath(QStringLiteral("../../core/%1/%2").arg(QLatin1String(unit), QLatin1String(file)));
}

QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Profile makeProfile(const QString &name, const QString &url, const QString &token)
{
    Profile profile;
    profile.name = name;
    profile.connection.url = url;
    profile.connection.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token, true},
                                  {QStringLiteral("X-Team"), QStringLiteral("blue"), true}};
    profile.savedMessages = {{QStringLiteral("hello"), SavedMessage::Mode::Text, QStringLiteral("hi")}};
    return profile;
}

} // namespace

class TestCliImports : public QObject
{
    Q_OBJECT

private slots:
    void importPrintsTheNamesAndCreatesTheProfiles();
    void aClashIsRenamedNeverReplaced();
    void exportWritesABundleThatImportReadsBack();
    void exportLeavesSecretsOutUnlessAsked();
    void badFilesAndUnknownNamesExit2_data();
    void badFilesAndUnknownNamesExit2();
    void helpListsTheOptions();
};

void TestCliImports::importPrintsTheNamesAndCreatesTheProfiles()
{
    QTemporaryDir dir;
    const CliResult r = CliResult::run({QStringLiteral("--import"), sample("harprofileimporter", "chrome.har"),
                                        QStringLiteral("--profiles-dir"), dir.path()});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    QCOMPARE(lines(r.out), (QStringList{QStringLiteral("chat.example.com/socket"), QStringLiteral("push.example.com/v1/events")}));
    // What could not be carried over, on stderr, per profile.
    QVERIFY2(r.err.contains("chat.example.com/socket: not imported: ") && r.err.contains("permessage-deflate"), r.diagnostics());
    ProfileStore store(dir.path());
    QVERIFY(store.load());
    QCOMPARE(store.names(), (QStringList{QStringLiteral("chat.example.com/socket"), QStringLiteral("push.example.com/v1/events")}));
    QCOMPARE(store.profile(QStringLiteral("chat.example.com/socket"))->savedMessages.size(), 4);

    const CliResult insomnia = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--import"),
                                               sample("insomniaimporter", "insomnia-v4.json")});
    QVERIFY2(insomnia.finished && insomnia.exitCode == 0, insomnia.diagnostics());
    QCOMPARE(lines(insomnia.out), (QStringList{QStringLiteral("Quotes stream"), QStringLiteral("Admin socket"),
                                               QStringLiteral("Quotes stream (2)")}));
    QVERIFY2(insomnia.err.contains("skipped: 1 HTTP request"), insomnia.diagnostics());
}

void TestCliImports::aClashIsRenamedNeverReplaced()
{
    QTemporaryDir dir;
    {
        ProfileStore store(dir.path());
        store.load();
        QVERIFY(store.save(makeProfile(QStringLiteral("chat.example.com/socket"), QStringLiteral("ws://127.0.0.1:1/mine"), QStringLiteral("t"))));
    }
    const QStringList args{QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--import"), sample("harprofileimporter", "chrome.har")};
    const CliResult first = CliResult::run(args);
    QVERIFY2(first.finished && first.exitCode == 0, first.diagnostics());
    QCOMPARE(lines(first.out).value(0), QStringLiteral("chat.example.com/socket (2)"));
    const CliResult second = CliResult::run(args);
    QVERIFY2(second.exitCode == 0, second.diagnostics());
    QCOMPARE(lines(second.out), (QStringList{QStringLiteral("chat.example.com/socket (3)"), QStringLiteral("push.example.com/v1/events (2)")}));
    ProfileStore store(dir.path());
    QVERIFY(store.load());
    QCOMPARE(store.names().size(), 5);
    QCOMPARE(store.profile(QStringLiteral("chat.example.com/socket"))->connection.url, QStringLiteral("ws://127.0.0.1:1/mine"));
}

void TestCliImports::exportWritesABundleThatImportReadsBack()
{
    QTemporaryDir from;
    QTemporaryDir to;
    const QList<Profile> saved{makeProfile(QStringLiteral("Alpha"), QStringLiteral("ws://127.0.0.1:1/a"), QStringLiteral("alpha-secret")),
                               makeProfile(QStringLiteral("Beta two"), QStringLiteral("wss://beta.example.com/"), QStringLiteral("beta-secret")),
                               makeProfile(QStringLiteral("Gamma"), QStringLiteral("ws://127.0.0.1:1/g"), QStringLiteral("g"))};
    {
        ProfileStore store(from.path());
        store.load();
        for (const Profile &p : saved)
            QVERIFY(store.save(p));
    }
    const QString bundle = to.filePath(QStringLiteral("team.json"));
    const CliResult out = CliResult::run({QStringLiteral("--profiles-dir"), from.path(), QStringLiteral("--export"), QStringLiteral("Alpha"),
                                          QStringLiteral("Beta two"), QStringLiteral("--out"), bundle, QStringLiteral("--include-secrets")});
    QVERIFY2(out.finished && out.exitCode == 0, out.diagnostics());
    QVERIFY2(out.err.contains("includes secrets"), out.diagnostics());
    QVERIFY(QFile::exists(bundle));

    const CliResult in = CliResult::run({QStringLiteral("--import"), bundle, QStringLiteral("--profiles-dir"), to.filePath(QStringLiteral("profiles"))});
    QVERIFY2(in.finished && in.exitCode == 0, in.diagnostics());
    QCOMPARE(lines(in.out), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta two")}));
    ProfileStore store(to.filePath(QStringLiteral("profiles")));
    QVERIFY(store.load());
    QCOMPARE(*store.profile(QStringLiteral("Alpha")), saved.at(0));
    QCOMPARE(*store.profile(QStringLiteral("Beta two")), saved.at(1));
    QVERIFY(!store.contains(QStringLiteral("Gamma")));
}

void TestCliImports::exportLeavesSecretsOutUnlessAsked()
{
    QTemporaryDir dir;
    {
        ProfileStore store(dir.path());
        store.load();
        QVERIFY(store.save(makeProfile(QStringLiteral("Alpha"), QStringLiteral("ws://127.0.0.1:1/a"), QStringLiteral("alpha-secret"))));
    }
    const QString bundle = dir.filePath(QStringLiteral("out.json"));
    const CliResult r = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--export=Alpha"), QStringLiteral("--out"), bundle});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    QVERIFY2(r.err.contains("Authorization"), r.diagnostics());
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("alpha-secret"));
    QVERIFY(bytes.contains("blue"));
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("secretsOmitted")).toArray(),
             QJsonArray{QStringLiteral("Authorization")});
}

void TestCliImports::badFilesAndUnknownNamesExit2_data()
{
    QTest::addColumn<QByteArray>("content"); // of the file given to --import
    QTest::addColumn<QString>("expected");
    QTest::newRow("An empty file") << QByteArray("") << QStringLiteral("The file is empty.");
    QTest::newRow("Truncated JSON") << QByteArray("{\"format\": \"wsscope-profiles\",\n \"profiles\": [")
                                    << QStringLiteral("not valid JSON: line 2");
    QTest::newRow("A newer bundle") << QByteArray("{\"format\": \"wsscope-profiles\", \"schemaVersion\": 9, \"profiles\": []}")
                                    << QStringLiteral("newer WsScope");
    QTest::newRow("A text file") << QByteArray("hello, this is not JSON\n") << QStringLiteral("not valid JSON: line 1");
}

void TestCliImports::badFilesAndUnknownNamesExit2()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const CliResult r = CliResult::run({QStringLiteral("--import"), path, QStringLiteral("--profiles-dir"), dir.filePath(QStringLiteral("p"))});
    QVERIFY2(r.finished && r.exitCode == 2, r.diagnostics());
    QVERIFY2(r.out.isEmpty(), r.diagnostics());
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.diagnostics());
    QVERIFY(!QDir(dir.filePath(QStringLiteral("p"))).exists() || QDir(dir.filePath(QStringLiteral("p"))).isEmpty());

    // And --export with a name that is not saved.
    {
        ProfileStore store(dir.path());
        store.load();
        QVERIFY(store.save(makeProfile(QStringLiteral("Alpha"), QStringLiteral("ws://127.0.0.1:1/a"), QStringLiteral("x"))));
    }
    const QString bundle = dir.filePath(QStringLiteral("never.json"));
    const CliResult unknown = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--export"), QStringLiteral("Alpha"),
                                              QStringLiteral("Alpah2"), QStringLiteral("--out"), bundle});
    QVERIFY2(unknown.finished && unknown.exitCode == 2, unknown.diagnostics());
    QVERIFY2(unknown.err.contains("\"Alpah2\""), unknown.diagnostics());
    QVERIFY(!QFile::exists(bundle));
    const CliResult noOut = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--export"), QStringLiteral("Alpha")});
    QVERIFY2(noOut.exitCode == 2 && noOut.err.contains("--out"), noOut.diagnostics());
}

void TestCliImports::helpListsTheOptions()
{
    const CliResult r = CliResult::run({QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    for (const char *option : {"--import FILE", "--export NAME...", "--out FILE", "--include-secrets"})
        QVERIFY2(r.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestCliImports)
#include "tst_cli_imports.moc"
