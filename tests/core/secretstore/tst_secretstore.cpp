// Secrets: the memory store keeps, moves and removes values and says it is memory only; the key
// scheme escapes '/' so every name gives one key; the blocking helper gives up after its bound.
// The keychain store is run three ways by ctest (tests/CMakeLists.txt):
//   core/secretstore             no keychain tests (they skip), the rest;
//   core/secretstore-keyring     under tests/peers/with-keyring.sh (WSSCOPE_TEST_KEYCHAIN=keyring):
//                                a round trip through a real gnome-keyring Secret Service, each
//                                value read back by a second store and by secret-tool;
//   core/secretstore-locked      the same, with the keyring locked (WSSCOPE_TEST_KEYCHAIN=locked):
//                                Unavailable saying so, values kept in memory;
//   core/secretstore-no-keychain with DBUS_SESSION_BUS_ADDRESS pointing nowhere
//                                (WSSCOPE_TEST_KEYCHAIN=unreachable): Unavailable with the reason,
//                                values kept in memory, answered well within the timeout.
#include "core/secrets/blockingsecrets.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkey.h"
#include "core/variables/environmentstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString keychainMode()
{
    return qEnvironmentVariable("WSSCOPE_TEST_KEYCHAIN");
}

// A store that never answers: a D-Bus call that hangs.
class SilentSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;

protected:
    void readSecret(const QString &, const Callback &) override {}
    void writeSecret(const QString &, const QString &, const Callback &) override {}
    void removeSecret(const QString &, const Callback &) override {}
};

// Memory that answers later, as a keychain does.
class LateSecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;

protected:
    void readSecret(const QString &key, const Callback &done) override
    {
        QTimer::singleShot(10, this, [this, key, done] { MemorySecretStore::readSecret(key, done); });
    }
    void writeSecret(const QString &key, const QString &value, const Callback &done) override
    {
        QTimer::singleShot(10, this, [this, key, value, done] { MemorySecretStore::writeSecret(key, value, done); });
    }
    void removeSecret(const QString &key, const Callback &done) override
    {
        QTimer::singleShot(10, this, [this, key, done] { MemorySecretStore::removeSecret(key, done); });
    }
};

// What the Secret Service holds for `key`, asked by another process (libsecret's secret-tool),
// with the attributes QtKeychain stores under. nullopt: nothing there.
std::optional<QString> secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), QString::fromLatin1(KeychainSecretStore::ServiceName),
                QStringLiteral("user"), key, QStringLiteral("type"), QStringLiteral("plaintext")});
    if (!tool.waitForFinished(10000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

bool haveSecretTool()
{
    return !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void theMemoryStoreKeepsMovesAndRemoves();
    void anEmptyKeyIsRefused();
    void movingNothingLeavesTheTargetAlone();
    void anAnswerForAContextThatWentIsDropped();
    void keysFollowTheScheme_data();
    void keysFollowTheScheme();
    void everyNameGivesOneKey_data();
    void everyNameGivesOneKey();
    void aRenamedProfileMovesOnlyItsOwnKeys();
    void theBlockingHelperGivesUpAfterItsBound();
    void withoutASessionBusTheKeychainIsUnavailableAtOnce();
    void aRealKeyringRoundTrip();
    void aRealKeyringKeepsEnvironmentSecrets();
    void aLockedKeyringKeepsSecretsInMemory();
    void anUnreachableKeychainKeepsSecretsInMemory();
};

void TestSecretStore::theMemoryStoreKeepsMovesAndRemoves()
{
    MemorySecretStore store;
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    QVERIFY2(store.availabilityReason().contains(QStringLiteral("memory")), qPrintable(store.availabilityReason()));

    bool answeredAtOnce = false;
    store.write(QStringLiteral("a"), QStringLiteral("v1 ☁"), this, [&](const SecretResult &result) {
        answeredAtOnce = true;
        QVERIFY(result.ok);
        QVERIFY(result.inMemoryOnly);
    });
    QVERIFY(answeredAtOnce); // memory answers before the call returns

    SecretResult read = BlockingSecrets::read(&store, QStringLiteral("a"));
    QVERIFY(read.ok);
    QVERIFY(read.found);
    QCOMPARE(read.value, QStringLiteral("v1 ☁"));

    read = BlockingSecrets::read(&store, QStringLiteral("nothing here"));
    QVERIFY(read.ok);
    QVERIFY(!read.found);
    QVERIFY(read.value.isEmpty());

    const SecretResult moved = BlockingSecrets::move(&store, QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY2(moved.ok, qPrintable(moved.error));
    QVERIFY(moved.found);
    QVERIFY(!store.contains(QStringLiteral("a")));
    QCOMPARE(BlockingSecrets::read(&store, QStringLiteral("b")).value, QStringLiteral("v1 ☁"));

    QVERIFY(BlockingSecrets::write(&store, QStringLiteral("b"), QStringLiteral("v2")).ok); // overwrites
    QCOMPARE(BlockingSecrets::read(&store, QStringLiteral("b")).value, QStringLiteral("v2"));
    QCOMPARE(store.count(), 1);

    SecretResult removed = BlockingSecrets::remove(&store, QStringLiteral("b"));
    QVERIFY(removed.ok);
    QVERIFY(removed.found);
    removed = BlockingSecrets::remove(&store, QStringLiteral("b"));
    QVERIFY(removed.ok);
    QVERIFY(!removed.found);
    QCOMPARE(store.count(), 0);
}

void TestSecretStore::anEmptyKeyIsRefused()
{
    MemorySecretStore store;
    for (const SecretResult &result : {BlockingSecrets::read(&store, {}), BlockingSecrets::write(&store, {}, QStringLiteral("x")),
                                       BlockingSecrets::remove(&store, {}),
                                       BlockingSecrets::move(&store, QStringLiteral("a"), {})}) {
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("needs a key")), qPrintable(result.error));
    }
    QCOMPARE(store.count(), 0);
}

void TestSecretStore::movingNothingLeavesTheTargetAlone()
{
    MemorySecretStore store;
    QVERIFY(BlockingSecrets::write(&store, QStringLiteral("target"), QStringLiteral("kept")).ok);
    const SecretResult moved = BlockingSecrets::move(&store, QStringLiteral("missing"), QStringLiteral("target"));
    QVERIFY(moved.ok);
    QVERIFY(!moved.found);
    QCOMPARE(BlockingSecrets::read(&store, QStringLiteral("target")).value, QStringLiteral("kept"));
    // A move onto itself keeps the value.
    QVERIFY(BlockingSecrets::move(&store, QStringLiteral("target"), QStringLiteral("target")).found);
    QCOMPARE(BlockingSecrets::read(&store, QStringLiteral("target")).value, QStringLiteral("kept"));
}

void TestSecretStore::anAnswerForAContextThatWentIsDropped()
{
    LateSecretStore store;
    auto *context = new QObject;
    bool called = false;
    store.write(QStringLiteral("a"), QStringLiteral("v"), context, [&called](const SecretResult &) { called = true; });
    delete context; // before the answer came
    QTRY_VERIFY(store.contains(QStringLiteral("a"))); // the write itself happened
    QTest::qWait(20);
    QVERIFY(!called);
    // A late store's move goes through all three steps.
    const SecretResult moved = BlockingSecrets::move(&store, QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(moved.ok && moved.found);
    QVERIFY(!store.contains(QStringLiteral("a")));
    QCOMPARE(BlockingSecrets::read(&store, QStringLiteral("b")).value, QStringLiteral("v"));
}

void TestSecretStore::keysFollowTheScheme_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    const QString p = QStringLiteral("Chat / prod");
    QTest::newRow("A secret header of a profile whose name has a slash, by its lower-case name")
            << SecretKey::forProfileHeader(p, QStringLiteral("Authorization")) << QStringLiteral("profile/Chat %2F prod/header/authorization");
    QTest::newRow("The proxy password of a profile")
            << SecretKey::forProfileProxyPassword(QStringLiteral("echo")) << QStringLiteral("profile/echo/proxy-password");
    QTest::newRow("The client key's passphrase of a profile")
            << SecretKey::forProfileClientKeyPassphrase(QStringLiteral("echo")) << QStringLiteral("profile/echo/client-key-passphrase");
    QTest::newRow("A profile's secret variable")
            << SecretKey::forProfileVariable(QStringLiteral("echo"), QStringLiteral("token")) << QStringLiteral("profile/echo/variable/token");
    QTest::newRow("An environment's secret variable, a percent sign in its name")
            << SecretKey::forEnvironmentVariable(QStringLiteral("100% prod"), QStringLiteral("token"))
            << QStringLiteral("environment/100%25 prod/variable/token");
    QTest::newRow("A global secret variable (no environment)")
            << SecretKey::forEnvironmentVariable({}, QStringLiteral("token")) << QStringLiteral("globals/variable/token");
    QTest::newRow("The prefix of every key of a profile") << SecretKey::profilePrefix(p) << QStringLiteral("profile/Chat %2F prod/");
}

void TestSecretStore::keysFollowTheScheme()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(key, expected);
}

void TestSecretStore::everyNameGivesOneKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("A plain name") << QStringLiteral("staging");
    QTest::newRow("A slash") << QStringLiteral("a/b");
    QTest::newRow("What an escaped slash looks like") << QStringLiteral("a%2Fb");
    QTest::newRow("What an escaped percent sign looks like") << QStringLiteral("%25");
    QTest::newRow("Percent signs and slashes together") << QStringLiteral("%/%2f//%");
    QTest::newRow("Not ASCII") << QStringLiteral("prod ☁ 東京");
}

void TestSecretStore::everyNameGivesOneKey()
{
    QFETCH(QString, name);
    const QString escaped = SecretKey::escapePart(name);
    QVERIFY2(!escaped.contains(QLatin1Char('/')), qPrintable(escaped));
    QCOMPARE(SecretKey::unescapePart(escaped), name);
    // Two names that differ only by how a slash could be spelled give two keys.
    QVERIFY(SecretKey::forEnvironmentVariable(name, QStringLiteral("v")) != SecretKey::forEnvironmentVariable(name + QLatin1Char('/'), QStringLiteral("v")));
    QVERIFY(SecretKey::forProfileProxyPassword(name) != SecretKey::forProfileProxyPassword(escaped + QStringLiteral("x")));
}

void TestSecretStore::aRenamedProfileMovesOnlyItsOwnKeys()
{
    const QString old = QStringLiteral("echo/a");
    QCOMPARE(SecretKey::renamedProfile(SecretKey::forProfileHeader(old, QStringLiteral("X-Token")), old, QStringLiteral("echo b")),
             SecretKey::forProfileHeader(QStringLiteral("echo b"), QStringLiteral("X-Token")));
    // "echo" is a prefix of the name "echo/a" as text, not as a key part.
    const QString other = SecretKey::forProfileProxyPassword(old);
    QCOMPARE(SecretKey::renamedProfile(other, QStringLiteral("echo"), QStringLiteral("x")), other);
    const QString environment = SecretKey::forEnvironmentVariable(QStringLiteral("echo"), QStringLiteral("t"));
    QCOMPARE(SecretKey::renamedProfile(environment, QStringLiteral("echo"), QStringLiteral("x")), environment);
}

void TestSecretStore::theBlockingHelperGivesUpAfterItsBound()
{
    SilentSecretStore store;
    QElapsedTimer clock;
    clock.start();
    const SecretResult result = BlockingSecrets::read(&store, QStringLiteral("k"), 200);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("did not answer")) && result.error.contains(QStringLiteral("\"k\"")),
             qPrintable(result.error));
    QVERIFY2(elapsed >= 150 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    qInfo("gave up after %lld ms", elapsed);
}

void TestSecretStore::withoutASessionBusTheKeychainIsUnavailableAtOnce()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    QTemporaryDir emptyRuntime;
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", emptyRuntime.path().toLocal8Bit());
    KeychainSecretStore store;
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    if (bus.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", runtime);
    if (runtime.isEmpty())
        qunsetenv("XDG_RUNTIME_DIR");
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    QVERIFY2(store.availabilityReason().contains(QStringLiteral("D-Bus session bus")), qPrintable(store.availabilityReason()));
    bool answeredAtOnce = false;
    store.write(QStringLiteral("k"), QStringLiteral("v"), this, [&answeredAtOnce](const SecretResult &result) {
        answeredAtOnce = result.ok && result.inMemoryOnly;
    });
    QVERIFY(answeredAtOnce);
    QCOMPARE(BlockingSecrets::read(&store, QStringLiteral("k")).value, QStringLiteral("v"));
#else
    QSKIP("Only where the keychain is reached over D-Bus");
#endif
}

void TestSecretStore::aRealKeyringRoundTrip()
{
    if (keychainMode() != QLatin1String("keyring"))
        QSKIP("Run by ctest as core/secretstore-keyring, under tests/peers/with-keyring.sh");
    KeychainSecretStore store;
    QCOMPARE(store.service(), QStringLiteral("WsScope"));
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(store.availability(), SecretStore::Availability::Available, 10000);
    QCOMPARE(availability.count(), 1);

    const QString key = SecretKey::forEnvironmentVariable(QStringLiteral("staging/eu"), QStringLiteral("token"));
    const QString value = QStringLiteral("s3cr3t ☁ \"quoted\" 東京");
    SecretResult written = BlockingSecrets::write(&store, key, value);
    QVERIFY2(written.ok, qPrintable(written.error));
    QVERIFY(!written.inMemoryOnly);

    // Read back by another store (its own jobs) and by another process.
    KeychainSecretStore other;
    SecretResult read = BlockingSecrets::read(&other, key);
    QVERIFY2(read.ok, qPrintable(read.error));
    QVERIFY(read.found);
    QVERIFY(!read.inMemoryOnly);
    QCOMPARE(read.value, value);
    const bool secretTool = haveSecretTool();
    if (secretTool)
        QCOMPARE(secretToolLookup(key), std::optional<QString>(value));
    else
        qWarning("secret-tool (Debian package libsecret-tools) is missing: values are checked by a second store only");

    // A profile renamed: the value moves, the old key is gone from the daemon.
    const QString newKey = SecretKey::renamedProfile(SecretKey::forProfileProxyPassword(QStringLiteral("old")), QStringLiteral("old"),
                                                     QStringLiteral("new"));
    const QString oldKey = SecretKey::forProfileProxyPassword(QStringLiteral("old"));
    QVERIFY(BlockingSecrets::write(&store, oldKey, QStringLiteral("proxy-pw")).ok);
    const SecretResult moved = BlockingSecrets::move(&store, oldKey, newKey);
    QVERIFY2(moved.ok, qPrintable(moved.error));
    QVERIFY(moved.found);
    QCOMPARE(BlockingSecrets::read(&other, newKey).value, QStringLiteral("proxy-pw"));
    QVERIFY(!BlockingSecrets::read(&other, oldKey).found);
    if (secretTool) {
        QCOMPARE(secretToolLookup(newKey), std::optional<QString>(QStringLiteral("proxy-pw")));
        QCOMPARE(secretToolLookup(oldKey), std::nullopt);
    }

    // Overwritten, then removed.
    QVERIFY(BlockingSecrets::write(&store, key, QStringLiteral("second")).ok);
    QCOMPARE(BlockingSecrets::read(&other, key).value, QStringLiteral("second"));
    SecretResult removed = BlockingSecrets::remove(&store, key);
    QVERIFY2(removed.ok, qPrintable(removed.error));
    read = BlockingSecrets::read(&other, key);
    QVERIFY(read.ok);
    QVERIFY(!read.found);
    if (secretTool)
        QCOMPARE(secretToolLookup(key), std::nullopt);
    removed = BlockingSecrets::remove(&store, key); // nothing there any more: still ok
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QCOMPARE(store.availability(), SecretStore::Availability::Available);
    QCOMPARE(other.availability(), SecretStore::Availability::Available);
}

void TestSecretStore::aRealKeyringKeepsEnvironmentSecrets()
{
    if (keychainMode() != QLatin1String("keyring"))
        QSKIP("Run by ctest as core/secretstore-keyring, under tests/peers/with-keyring.sh");
    QTemporaryDir dir;
    KeychainSecretStore keychain;
    EnvironmentStore store(dir.path(), &keychain);
    QVERIFY(store.load());
    EnvironmentSet set;
    set.environments = {Environment{QStringLiteral("staging"), {{QStringLiteral("token"), QStringLiteral("env-secret-42"), true, true}}}};
    QString error;
    QVERIFY2(store.save(set, &error), qPrintable(error));
    const QString key = SecretKey::forEnvironmentVariable(QStringLiteral("staging"), QStringLiteral("token"));
    QTRY_COMPARE_WITH_TIMEOUT(BlockingSecrets::read(&keychain, key).value, QStringLiteral("env-secret-42"), 10000);
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("env-secret-42"));

    // The next session (a new store and keychain connection) gets it from the keychain, later.
    KeychainSecretStore nextKeychain;
    EnvironmentStore next(dir.path(), &nextKeychain);
    QVERIFY(next.load());
    QVERIFY(next.hasPendingSecrets());
    QVERIFY(next.waitForSecrets(10000));
    VariableResolver resolver;
    QVERIFY(next.resolverFor(QStringLiteral("staging"), &resolver, &error));
    QCOMPARE(resolver.resolve(u"{{token}}").text, QStringLiteral("env-secret-42"));

    // No longer secret: out of the keychain, into the file.
    set.environments[0].variables[0].secret = false;
    QVERIFY(next.save(set, &error));
    QTRY_VERIFY_WITH_TIMEOUT(!BlockingSecrets::read(&keychain, key).found, 10000);
}

void TestSecretStore::aLockedKeyringKeepsSecretsInMemory()
{
    if (keychainMode() != QLatin1String("locked"))
        QSKIP("Run by ctest as core/secretstore-locked, under tests/peers/with-keyring.sh with the keyring locked");
    {
        // What a read of a locked collection gives.
        KeychainSecretStore reader;
        const SecretResult read = BlockingSecrets::read(&reader, QStringLiteral("k"));
        qInfo("a read of the locked keychain: ok %d, found %d, availability %d: %s", read.ok, read.found,
              int(reader.availability()), qPrintable(reader.availabilityReason()));
        QVERIFY(read.ok);
        QVERIFY(!read.found);
    }
    KeychainSecretStore store;
    QElapsedTimer clock;
    clock.start();
    const SecretResult written = BlockingSecrets::write(&store, QStringLiteral("k"), QStringLiteral("kept in memory"));
    qInfo("the locked keychain answered after %lld ms: %s", clock.elapsed(), qPrintable(store.availabilityReason()));
    QVERIFY2(written.ok, qPrintable(written.error));
    QVERIFY(written.inMemoryOnly);
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    QVERIFY2(store.availabilityReason().contains(QStringLiteral("locked")), qPrintable(store.availabilityReason()));
    QCOMPARE(BlockingSecrets::read(&store, QStringLiteral("k")).value, QStringLiteral("kept in memory"));
    if (haveSecretTool())
        QCOMPARE(secretToolLookup(QStringLiteral("k")), std::nullopt); // not in the keyring
}

void TestSecretStore::anUnreachableKeychainKeepsSecretsInMemory()
{
    if (keychainMode() != QLatin1String("unreachable"))
        QSKIP("Run by ctest as core/secretstore-no-keychain, with DBUS_SESSION_BUS_ADDRESS pointing nowhere");
    KeychainSecretStore store;
    QCOMPARE(store.availability(), SecretStore::Availability::Unknown); // a bus is named: it must ask
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    QElapsedTimer clock;
    clock.start();
    const SecretResult written = BlockingSecrets::write(&store, QStringLiteral("k"), QStringLiteral("kept in memory"));
    const qint64 elapsed = clock.elapsed();
    qInfo("the unreachable keychain answered after %lld ms: %s", elapsed, qPrintable(store.availabilityReason()));
    QVERIFY2(written.ok, qPrintable(written.error));
    QVERIFY(written.inMemoryOnly);
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    QCOMPARE(availability.count(), 1);
    QVERIFY2(store.availabilityReason().contains(QStringLiteral("D-Bus session bus unix:path=/nonexistent/wsscope-test-bus"))
                     && store.availabilityReason().contains(QStringLiteral("No such file")),
             qPrintable(store.availabilityReason()));
    QVERIFY2(elapsed < KeychainSecretStore::DefaultTimeoutMs + 2000, qPrintable(QString::number(elapsed))); // bounded
    SecretResult read = BlockingSecrets::read(&store, QStringLiteral("k"));
    QVERIFY(read.ok && read.found && read.inMemoryOnly);
    QCOMPARE(read.value, QStringLiteral("kept in memory"));
    const SecretResult moved = BlockingSecrets::move(&store, QStringLiteral("k"), QStringLiteral("k2"));
    QVERIFY(moved.ok && moved.found);
    QCOMPARE(BlockingSecrets::read(&store, QStringLiteral("k2")).value, QStringLiteral("kept in memory"));
    QVERIFY(BlockingSecrets::remove(&store, QStringLiteral("k2")).found);
    QVERIFY(!BlockingSecrets::read(&store, QStringLiteral("k2")).found);
    // Asking again does not hang either, and still finds no keychain.
    clock.restart();
    store.probe();
    QTest::qWait(200);
    QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
    QVERIFY(clock.elapsed() < KeychainSecretStore::DefaultTimeoutMs + 2000);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
