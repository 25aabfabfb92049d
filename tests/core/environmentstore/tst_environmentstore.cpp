// Environments: every field survives save and load; a secret's value never reaches the file but
// resolves for the rest of the session; a file that cannot be read (bad JSON, wrong types,
// duplicate names, a newer schema) is refused with its place and left byte for byte as it was;
// the resolver puts the chosen environment over the globals.
#include "core/variables/environmentserializer.h"
#include "core/variables/environmentstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

EnvironmentSet sample()
{
    EnvironmentSet set;
    set.globals.variables = {{QStringLiteral("host"), QStringLiteral("127.0.0.1"), true, false},
                             {QStringLiteral("path"), QStringLiteral("/echo"), false, false}};
    Environment staging{QStringLiteral("staging"),
                        {{QStringLiteral("host"), QStringLiteral("staging.example"), true, false},
                         {QStringLiteral("token"), QStringLiteral("s3cr3t-staging-token"), true, true}}};
    Environment production{QStringLiteral("production ☁"), {{QStringLiteral("host"), QStringLiteral("api.example"), true, false}}};
    set.environments = {staging, production};
    set.active = QStringLiteral("staging");
    return set;
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
    file.write(data);
}

} // namespace

class TestEnvironmentStore : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldSurvivesSaveAndLoad();
    void aSecretNeverReachesTheFileButResolvesThisSession();
    void noFileIsNoEnvironments();
    void badFilesAreRefusedAndLeftAlone_data();
    void badFilesAreRefusedAndLeftAlone();
    void aNewerSchemaOpensReadOnly();
    void saveRefusesWhatCouldNotBeReadBack();
    void theEnvironmentOverridesTheGlobals();
    void anUnknownEnvironmentIsNamed();
};

void TestEnvironmentStore::everyFieldSurvivesSaveAndLoad()
{
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    QVERIFY(store.load());
    EnvironmentSet set = sample();
    set.environments[0].variables[1].secret = false; // a plain value round-trips as it is
    QString error;
    QVERIFY2(store.save(set, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(store.filePath()) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
             QFileDevice::Permissions());
    EnvironmentStore again(dir.path());
    QVERIFY(again.load());
    QCOMPARE(again.environments(), set);
    QCOMPARE(again.environmentNames(), QStringList({QStringLiteral("staging"), QStringLiteral("production ☁")}));
}

void TestEnvironmentStore::aSecretNeverReachesTheFileButResolvesThisSession()
{
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    QVERIFY(store.load());
    QString error;
    QVERIFY2(store.save(sample(), &error), qPrintable(error));
    const QByteArray onDisk = readAll(store.filePath());
    QVERIFY(onDisk.contains("\"token\""));
    QVERIFY2(!onDisk.contains("s3cr3t-staging-token"), onDisk.constData());
    // Reloaded in the same session: the value is still there.
    QVERIFY(store.load());
    VariableResolver resolver;
    QVERIFY(store.resolverFor(QStringLiteral("staging"), &resolver, &error));
    QCOMPARE(resolver.resolve(u"Bearer {{token}}").text, QStringLiteral("Bearer s3cr3t-staging-token"));
    // A new session (another store) knows the variable is secret but not its value.
    EnvironmentStore next(dir.path());
    QVERIFY(next.load());
    const Variable *token = next.environments().find(QStringLiteral("staging"))->find(QStringLiteral("token"));
    QVERIFY(token);
    QVERIFY(token->secret);
    QVERIFY(token->value.isEmpty());
    // Asked for explicitly (an export "with secrets"), the serializer writes it.
    QVERIFY(EnvironmentSerializer::toJson(sample(), EnvironmentSerializer::Secrets::Include).contains("s3cr3t-staging-token"));
}

void TestEnvironmentStore::noFileIsNoEnvironments()
{
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    QVERIFY(store.load());
    QVERIFY(!store.isReadOnly());
    QVERIFY(store.environments().environments.isEmpty());
    QVERIFY(!QFile::exists(store.filePath()));
}

void TestEnvironmentStore::badFilesAreRefusedAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // in the message
    QTest::addColumn<int>("line");
    QTest::newRow("truncated") << QByteArray("{\"schemaVersion\": 1,\n \"globals\": {\"variables\": [") << QStringLiteral("Not valid JSON") << 2;
    QTest::newRow("empty") << QByteArray() << QStringLiteral("Not valid JSON") << 1;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("one JSON object") << 0;
    QTest::newRow("no schema") << QByteArray("{}") << QStringLiteral("schemaVersion") << 0;
    QTest::newRow("a variable name with a space")
            << QByteArray("{\"schemaVersion\": 1, \"environments\": [{\"name\": \"a\", \"variables\": [{\"name\": \"my var\"}]}]}")
            << QStringLiteral("environments[0].variables[0].name") << 0;
    QTest::newRow("a value of the wrong type")
            << QByteArray("{\"schemaVersion\": 1, \"globals\": {\"variables\": [{\"name\": \"a\", \"value\": 5}]}}")
            << QStringLiteral("globals.variables[0].value must be a text") << 0;
    QTest::newRow("a variable twice")
            << QByteArray("{\"schemaVersion\": 1, \"globals\": {\"variables\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}}")
            << QStringLiteral("\"a\" is defined twice") << 0;
    QTest::newRow("two environments of one name, in another case")
            << QByteArray("{\"schemaVersion\": 1, \"environments\": [{\"name\": \"Prod\"}, {\"name\": \"prod\"}]}")
            << QStringLiteral("environments[1].name") << 0;
    QTest::newRow("an unnamed environment")
            << QByteArray("{\"schemaVersion\": 1, \"environments\": [{\"name\": \" \"}]}") << QStringLiteral("needs a name") << 0;
    QTest::newRow("active names nothing")
            << QByteArray("{\"schemaVersion\": 1, \"active\": \"gone\"}") << QStringLiteral("\"gone\"") << 0;
}

void TestEnvironmentStore::badFilesAreRefusedAndLeftAlone()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QFETCH(int, line);
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    writeAll(store.filePath(), content);
    QVERIFY(!store.load());
    QVERIFY(store.isReadOnly());
    QVERIFY2(store.loadError().message.contains(expected), qPrintable(store.loadError().toString()));
    QCOMPARE(store.loadError().line, line);
    QCOMPARE(store.loadError().fileName, QStringLiteral("environments.json"));
    QString error;
    QVERIFY(!store.save(sample(), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QCOMPARE(readAll(store.filePath()), content);
}

void TestEnvironmentStore::aNewerSchemaOpensReadOnly()
{
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    const QByteArray newer = "{\"schemaVersion\": 7, \"globals\": {\"variables\": [{\"name\": \"x\", \"value\": \"y\"}]}}";
    writeAll(store.filePath(), newer);
    QVERIFY(!store.load());
    QVERIFY(store.isReadOnly());
    QVERIFY2(store.loadError().message.contains(QStringLiteral("newer WsScope")), qPrintable(store.loadError().message));
    QVERIFY(!store.setActive({}));
    QCOMPARE(readAll(store.filePath()), newer); // never downgraded
    bool newerSchema = false;
    QVERIFY(!EnvironmentSerializer::fromJson(newer, nullptr, &newerSchema));
    QVERIFY(newerSchema);
}

void TestEnvironmentStore::saveRefusesWhatCouldNotBeReadBack()
{
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    QVERIFY(store.load());
    EnvironmentSet set = sample();
    set.environments.append(Environment{QStringLiteral("STAGING"), {}});
    QString error;
    QVERIFY(!store.save(set, &error));
    QVERIFY2(error.contains(QStringLiteral("STAGING")), qPrintable(error));
    QVERIFY(!QFile::exists(store.filePath()));
    set = sample();
    set.globals.variables.append({QStringLiteral("{{x}}"), QString(), true, false});
    QVERIFY(!store.save(set, &error));
}

void TestEnvironmentStore::theEnvironmentOverridesTheGlobals()
{
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    QVERIFY(store.load());
    QVERIFY(store.save(sample()));
    const QString url = QStringLiteral("ws://{{host}}{{path}}");
    VariableResolver active;
    QVERIFY(store.resolverFor({}, &active)); // the active one: staging
    QCOMPARE(active.resolve(url).ok, false);  // path is disabled in the globals
    QCOMPARE(active.resolve(url).variable, QStringLiteral("path"));
    QCOMPARE(active.resolve(u"ws://{{host}}/").text, QStringLiteral("ws://staging.example/"));
    VariableResolver production;
    QVERIFY(store.resolverFor(QStringLiteral("production ☁"), &production));
    QCOMPARE(production.resolve(u"ws://{{host}}/").text, QStringLiteral("ws://api.example/"));
    VariableResolver none;
    QVERIFY(store.resolverFor(QString::fromLatin1(EnvironmentStore::NoEnvironment), &none));
    QCOMPARE(none.resolve(u"ws://{{host}}/").text, QStringLiteral("ws://127.0.0.1/"));
    // A later scope (the command line's --set) wins over both.
    none.addScope({{QStringLiteral("host"), QStringLiteral("override")}});
    QCOMPARE(none.resolve(u"{{host}}").text, QStringLiteral("override"));
}

void TestEnvironmentStore::anUnknownEnvironmentIsNamed()
{
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    QVERIFY(store.load());
    VariableResolver resolver;
    QString error;
    QVERIFY(!store.resolverFor(QStringLiteral("qa"), &resolver, &error));
    QVERIFY2(error.contains(QStringLiteral("\"qa\"")) && error.contains(QStringLiteral("none is defined")), qPrintable(error));
    QVERIFY(store.save(sample()));
    QVERIFY(!store.resolverFor(QStringLiteral("qa"), &resolver, &error));
    QVERIFY2(error.contains(QStringLiteral("staging, production ☁")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEnvironmentStore)
#include "tst_environmentstore.moc"
