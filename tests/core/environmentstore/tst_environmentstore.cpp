// Environments: every field survives save and load; a secret's value never reaches the file but
// resolves for the rest of the session; a file that cannot be read (bad JSON, wrong types,
// duplicate names, a newer schema) is refused with its place and left byte for byte as it was;
// the resolver puts the chosen environment over the globals. Secret values go to the store it is
// given, under their SecretKey, and leave it when the variable goes; a store that answers later
// (a keychain) fills them in then, and a save meanwhile never removes what is still being read.
#include "core/secrets/blockingsecrets.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkey.h"
#include "core/variables/environmentserializer.h"
#include "core/variables/environmentstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Memory that answers later, as a keychain does.
class LateSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;

protected:
    void readSecret(const QString &key, const Callback &done) override
    {
        QTimer::singleShot(20, this, [this, key, done] { MemorySecretStore::readSecret(key, done); });
    }
};

// A keychain that refuses every write.
class RefusingSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;

protected:
    void writeSecret(const QString &, const QString &, const Callback &done) override
    {
        SecretResult result;
        result.error = QStringLiteral("refused by the test");
        done(result);
    }
};

const QString kTokenKey = QStringLiteral("environment/staging/variable/token");

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
    void secretsGoToTheGivenStoreUnderTheirKeys();
    void aStoreThatAnswersLaterFillsTheValuesIn();
    void aSecretThatCannotBeStoredIsReported();
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

void TestEnvironmentStore::secretsGoToTheGivenStoreUnderTheirKeys()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    EnvironmentStore store(dir.path(), &secrets);
    QCOMPARE(store.secretStore(), &secrets);
    QVERIFY(store.load());
    QVERIFY(store.save(sample()));
    QCOMPARE(kTokenKey, SecretKey::forEnvironmentVariable(QStringLiteral("staging"), QStringLiteral("token")));
    QCOMPARE(secrets.count(), 1); // only the secret
    QCOMPARE(BlockingSecrets::read(&secrets, kTokenKey).value, QStringLiteral("s3cr3t-staging-token"));

    // The next session with the same store (the keychain) has the value again.
    EnvironmentStore next(dir.path(), &secrets);
    QVERIFY(next.load());
    QVERIFY(!next.hasPendingSecrets());
    QCOMPARE(next.environments(), sample());

    // Renamed environment: the value moves to the new key.
    EnvironmentSet renamed = sample();
    renamed.environments[0].name = QStringLiteral("stage/eu");
    renamed.active = QStringLiteral("stage/eu");
    QVERIFY(next.save(renamed));
    const QString renamedKey = SecretKey::forEnvironmentVariable(QStringLiteral("stage/eu"), QStringLiteral("token"));
    QCOMPARE(renamedKey, QStringLiteral("environment/stage%2Feu/variable/token"));
    QVERIFY(!secrets.contains(kTokenKey));
    QCOMPARE(BlockingSecrets::read(&secrets, renamedKey).value, QStringLiteral("s3cr3t-staging-token"));

    // Cleared by the user: out of the store.
    EnvironmentSet cleared = renamed;
    cleared.environments[0].variables[1].value.clear();
    QVERIFY(next.save(cleared));
    QCOMPARE(secrets.count(), 0);

    // Another store from now on: the old one is left alone.
    MemorySecretStore other;
    next.setSecretStore(&other);
    QVERIFY(next.save(renamed));
    QCOMPARE(other.count(), 1);
    QCOMPARE(secrets.count(), 0);
    next.setSecretStore(nullptr); // back to a memory store of its own
    QVERIFY(next.secretStore() != &other);
    QVERIFY(next.secretStore());
}

void TestEnvironmentStore::aStoreThatAnswersLaterFillsTheValuesIn()
{
    QTemporaryDir dir;
    LateSecretStore secrets;
    {
        EnvironmentStore first(dir.path(), &secrets);
        QVERIFY(first.load());
        QVERIFY(first.save(sample()));
    }
    QVERIFY(secrets.contains(kTokenKey));

    EnvironmentStore store(dir.path(), &secrets);
    QSignalSpy changed(&store, &EnvironmentStore::changed);
    QSignalSpy settled(&store, &EnvironmentStore::secretsSettled);
    QVERIFY(store.load());
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.hasPendingSecrets());
    const Variable *token = store.environments().find(QStringLiteral("staging"))->find(QStringLiteral("token"));
    QVERIFY(token->value.isEmpty()); // not yet

    // Saved before the value came (the user changed the active environment): the secret stays.
    QVERIFY(store.setActive(QStringLiteral("production ☁")));
    QVERIFY(secrets.contains(kTokenKey));

    QVERIFY(store.waitForSecrets(5000));
    QCOMPARE(settled.count(), 1);
    QVERIFY(changed.count() >= 3); // load, setActive, the value
    VariableResolver resolver;
    QVERIFY(store.resolverFor(QStringLiteral("staging"), &resolver));
    QCOMPARE(resolver.resolve(u"{{token}}").text, QStringLiteral("s3cr3t-staging-token"));
    QCOMPARE(BlockingSecrets::read(&secrets, kTokenKey).value, QStringLiteral("s3cr3t-staging-token"));

    // A value typed while the read was under way wins over the late answer.
    EnvironmentStore typed(dir.path(), &secrets);
    QVERIFY(typed.load());
    EnvironmentSet set = sample();
    set.environments[0].variables[1].value = QStringLiteral("typed-now");
    QVERIFY(typed.save(set));
    QVERIFY(typed.waitForSecrets(5000));
    QCOMPARE(typed.environments().find(QStringLiteral("staging"))->find(QStringLiteral("token"))->value, QStringLiteral("typed-now"));
    QCOMPARE(BlockingSecrets::read(&secrets, kTokenKey).value, QStringLiteral("typed-now"));
}

void TestEnvironmentStore::aSecretThatCannotBeStoredIsReported()
{
    QTemporaryDir dir;
    RefusingSecretStore secrets;
    EnvironmentStore store(dir.path(), &secrets);
    QSignalSpy failed(&store, &EnvironmentStore::secretFailed);
    QVERIFY(store.load());
    QVERIFY(store.save(sample())); // the file is saved; the secret's failure is its own
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("staging / token")) && message.contains(QStringLiteral("refused by the test")),
             qPrintable(message));
    QVERIFY(!readAll(store.filePath()).contains("s3cr3t-staging-token"));
}

QTEST_GUILESS_MAIN(TestEnvironmentStore)
#include "tst_environmentstore.moc"
