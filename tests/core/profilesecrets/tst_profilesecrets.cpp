// A profile's secrets (docs/ARCHITECTURE.md, "Secrets"): saved, they reach the SecretStore and
// no file; loaded, they come back; a rename moves their keys; a delete removes them and an undo
// brings them back; the opt-in writes them into the file. Run twice by ctest:
//   core/profilesecrets          with a MemorySecretStore;
//   core/profilesecrets-keyring  under tests/peers/with-keyring.sh (WSSCOPE_TEST_KEYCHAIN=keyring)
//                                with a KeychainSecretStore on a real gnome-keyring, each value
//                                also read back by a second keychain store (not from memory).
#include "core/profiles/profileserializer.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/blockingsecrets.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretkey.h"
#include "core/variables/environmentstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kHeaderSecret = QStringLiteral("Bearer hdr-7f3a-secret");
const QString kVariableSecret = QStringLiteral("var-91c2-secret");
const QString kProxySecret = QStringLiteral("proxy-5d0e-secret");
const QString kEnvironmentSecret = QStringLiteral("env-22b8-secret");

bool onKeyring()
{
    return qEnvironmentVariable("WSSCOPE_TEST_KEYCHAIN") == QLatin1String("keyring");
}

Profile secretProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.connection.url = QStringLiteral("wss://127.0.0.1:1/ws");
    p.connection.headers = {{QStringLiteral("Authorization"), kHeaderSecret, true, true},
                            {QStringLiteral("X-Plain"), QStringLiteral("plain"), true, false}};
    p.connection.proxy = QStringLiteral("socks5://alice:") + kProxySecret + QStringLiteral("@127.0.0.1:1080");
    p.variables = {{QStringLiteral("token"), kVariableSecret, true, true},
                   {QStringLiteral("room"), QStringLiteral("lobby"), true, false}};
    return p;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `directory` (trash, backups, environments included) that holds one of the
// secrets, as "file: secret".
QStringList filesHoldingSecrets(const QString &directory, const QStringList &secrets)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readFile(path);
        for (const QString &secret : secrets) {
            if (bytes.contains(secret.toUtf8()))
                found.append(path + QStringLiteral(": ") + secret);
        }
    }
    return found;
}

int fileCount(const QString &directory)
{
    int n = 0;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

bool holds(SecretStore *store, const QString &key, const QString &value)
{
    const SecretResult r = BlockingSecrets::read(store, key);
    return r.ok && r.found && r.value == value;
}

bool holdsNothing(SecretStore *store, const QString &key)
{
    const SecretResult r = BlockingSecrets::read(store, key);
    return r.ok && !r.found;
}

} // namespace

class TestProfileSecrets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savedSecretsReachTheStoreAndNoFile();
    void aRenameMovesTheKeys();
    void deleteRemovesTheKeysAndUndoBringsThemBack();
    void theOptInWritesThemIntoTheFile();
    void noFileEverHoldsASecret();
    void markingASchema1SecretDropsItsPlainBackup();
    void availabilityIsExposedForTheBanner();

private:
    // The store under test, and a second one reading the same secrets afresh (the keychain
    // without this process's memory; for the memory store, the same one).
    SecretStore *store() const { return m_store.get(); }
    SecretStore *fresh();

    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<SecretStore> m_fresh;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileSecrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fresh.reset();
    if (onKeyring()) {
        auto keychain = std::make_unique<KeychainSecretStore>();
        keychain->probe();
        QTRY_COMPARE_WITH_TIMEOUT(keychain->availability(), SecretStore::Availability::Available, 10000);
        m_store = std::move(keychain);
    } else {
        m_store = std::make_unique<MemorySecretStore>();
    }
}

SecretStore *TestProfileSecrets::fresh()
{
    if (!onKeyring())
        return store();
    m_fresh = std::make_unique<KeychainSecretStore>();
    return m_fresh.get();
}

void TestProfileSecrets::savedSecretsReachTheStoreAndNoFile()
{
    ProfileStore profiles(m_dir->path(), store());
    const Profile p = secretProfile(QStringLiteral("api/prod"));
    QString error;
    QVERIFY2(profiles.save(p, &error), qPrintable(error));
    QCOMPARE(*profiles.profile(p.name), p); // in memory: whole, so a session can connect

    const QByteArray file = readFile(profiles.filePath(p.name));
    QVERIFY(!file.isEmpty());
    for (const QString &secret : {kHeaderSecret, kVariableSecret, kProxySecret})
        QVERIFY2(!file.contains(secret.toUtf8()), file.constData());
    QVERIFY(file.contains("\"secret\": true"));
    QVERIFY(file.contains("\"schemaVersion\": 2"));
    QVERIFY(file.contains("socks5://alice@127.0.0.1:1080"));

    SecretStore *reader = fresh();
    QVERIFY(holds(reader, SecretKey::forProfileHeader(p.name, QStringLiteral("authorization")), kHeaderSecret));
    QVERIFY(holds(reader, SecretKey::forProfileVariable(p.name, QStringLiteral("token")), kVariableSecret));
    QVERIFY(holds(reader, SecretKey::forProfileProxyPassword(p.name), kProxySecret));

    // A new store on the same folder and the same secrets loads them back.
    ProfileStore again(m_dir->path(), reader);
    QVERIFY(again.load());
    QCOMPARE(again.schemaVersionRead(p.name), 2);
    const std::optional<Profile> back = again.profile(p.name);
    QVERIFY(back);
    QCOMPARE(back->connection.headers, p.connection.headers);
    QCOMPARE(back->connection.proxy, p.connection.proxy);
    QCOMPARE(back->variables, p.variables);
    QVERIFY(*back == p);

    // A header no longer secret leaves the store (and is written in the file).
    Profile plain = p;
    plain.connection.headers[0].secret = false;
    QVERIFY2(profiles.save(plain, &error), qPrintable(error));
    QVERIFY(holdsNothing(fresh(), SecretKey::forProfileHeader(p.name, QStringLiteral("Authorization"))));
    QVERIFY(readFile(profiles.filePath(p.name)).contains(kHeaderSecret.toUtf8()));
}

void TestProfileSecrets::aRenameMovesTheKeys()
{
    ProfileStore profiles(m_dir->path(), store());
    const Profile p = secretProfile(QStringLiteral("before"));
    QString error;
    QVERIFY2(profiles.save(p, &error), qPrintable(error));
    QVERIFY2(profiles.rename(p.name, QStringLiteral("after"), &error), qPrintable(error));

    SecretStore *reader = fresh();
    for (const auto &[oldKey, value] : {std::pair{SecretKey::forProfileHeader(QStringLiteral("before"), QStringLiteral("Authorization")), kHeaderSecret},
                                        std::pair{SecretKey::forProfileVariable(QStringLiteral("before"), QStringLiteral("token")), kVariableSecret},
                                        std::pair{SecretKey::forProfileProxyPassword(QStringLiteral("before")), kProxySecret}}) {
        QVERIFY2(holdsNothing(reader, oldKey), qPrintable(oldKey));
        const QString newKey = SecretKey::renamedProfile(oldKey, QStringLiteral("before"), QStringLiteral("after"));
        QVERIFY2(holds(reader, newKey, value), qPrintable(newKey));
    }
    Profile renamed = p;
    renamed.name = QStringLiteral("after");
    QCOMPARE(*profiles.profile(QStringLiteral("after")), renamed);
    ProfileStore again(m_dir->path(), reader);
    QVERIFY(again.load());
    QCOMPARE(again.names(), QStringList{QStringLiteral("after")});
    QCOMPARE(*again.profile(QStringLiteral("after")), renamed);
}

void TestProfileSecrets::deleteRemovesTheKeysAndUndoBringsThemBack()
{
    ProfileStore profiles(m_dir->path(), store());
    const Profile p = secretProfile(QStringLiteral("doomed"));
    QString error;
    QVERIFY2(profiles.save(p, &error), qPrintable(error));
    QVERIFY2(profiles.remove(p.name, &error), qPrintable(error));
    const QString headerKey = SecretKey::forProfileHeader(p.name, QStringLiteral("Authorization"));
    QVERIFY(holdsNothing(fresh(), headerKey));
    QVERIFY(holdsNothing(fresh(), SecretKey::forProfileVariable(p.name, QStringLiteral("token"))));
    QVERIFY(holdsNothing(fresh(), SecretKey::forProfileProxyPassword(p.name)));
    if (auto *memory = qobject_cast<MemorySecretStore *>(store()))
        QCOMPARE(memory->count(), 0);
    // The trash holds the file, not the secrets.
    QCOMPARE(filesHoldingSecrets(m_dir->path(), {kHeaderSecret, kVariableSecret, kProxySecret}), QStringList());

    QVERIFY2(profiles.restore(p.name, &error), qPrintable(error));
    QCOMPARE(*profiles.profile(p.name), p);
    QVERIFY(holds(fresh(), headerKey, kHeaderSecret));
    QVERIFY(holds(fresh(), SecretKey::forProfileProxyPassword(p.name), kProxySecret));
    ProfileStore again(m_dir->path(), fresh());
    QVERIFY(again.load());
    QCOMPARE(*again.profile(p.name), p);
}

void TestProfileSecrets::theOptInWritesThemIntoTheFile()
{
    ProfileStore profiles(m_dir->path(), store());
    Profile p = secretProfile(QStringLiteral("in the file"));
    QString error;
    QVERIFY2(profiles.save(p, &error), qPrintable(error));
    p.secretsInFile = true;
    QVERIFY2(profiles.save(p, &error), qPrintable(error));
    const QByteArray file = readFile(profiles.filePath(p.name));
    for (const QString &secret : {kHeaderSecret, kVariableSecret, kProxySecret})
        QVERIFY2(file.contains(secret.toUtf8()), qPrintable(secret));
    QVERIFY(file.contains("\"secretsInFile\": true"));
    // The store no longer holds them: they live in the file now.
    QVERIFY(holdsNothing(fresh(), SecretKey::forProfileHeader(p.name, QStringLiteral("Authorization"))));
    QVERIFY(holdsNothing(fresh(), SecretKey::forProfileProxyPassword(p.name)));
    // Loaded by a store with empty secrets, the values come from the file.
    MemorySecretStore empty;
    ProfileStore again(m_dir->path(), &empty);
    QVERIFY(again.load());
    QCOMPARE(*again.profile(p.name), p);
}

void TestProfileSecrets::noFileEverHoldsASecret()
{
    const QStringList secrets{kHeaderSecret, kVariableSecret, kProxySecret, kEnvironmentSecret};
    ProfileStore profiles(m_dir->path(), store());
    EnvironmentStore environments(m_dir->path(), store());
    QVERIFY(environments.load());
    EnvironmentSet set;
    set.globals.variables = {{QStringLiteral("apiKey"), kEnvironmentSecret, true, true}};
    QString error;
    QVERIFY2(environments.save(set, &error), qPrintable(error));

    Profile p = secretProfile(QStringLiteral("grep me"));
    QVERIFY2(profiles.save(p, &error), qPrintable(error));
    p.connection.headers.append({QStringLiteral("X-Extra"), QStringLiteral("x"), true, false});
    QVERIFY2(profiles.save(p, &error), qPrintable(error)); // a .bak now
    QVERIFY2(profiles.rename(p.name, QStringLiteral("grep me too"), &error), qPrintable(error));
    QVERIFY(!profiles.duplicate(QStringLiteral("grep me too"), &error).isEmpty());
    QVERIFY2(profiles.remove(QStringLiteral("grep me too"), &error), qPrintable(error));
    QCOMPARE(filesHoldingSecrets(m_dir->path(), secrets), QStringList());
    QVERIFY2(profiles.restore(QStringLiteral("grep me too"), &error), qPrintable(error));
    QCOMPARE(filesHoldingSecrets(m_dir->path(), secrets), QStringList());
    QVERIFY(fileCount(m_dir->path()) >= 4); // profiles, their backups, the environments: grep saw files
    QVERIFY(QFile::exists(m_dir->path() + QStringLiteral("/environments/environments.json")));
}

void TestProfileSecrets::markingASchema1SecretDropsItsPlainBackup()
{
    QFile schema1(m_dir->path() + QStringLiteral("/legacy.json"));
    QVERIFY(schema1.open(QIODevice::WriteOnly));
    schema1.write(R"({"schemaVersion": 1, "name": "legacy", "connection": {"url": "ws://127.0.0.1:1/",
        "headers": [{"name": "Authorization", "value": "Bearer legacy-plain-1", "enabled": true}]}})");
    schema1.close();
    ProfileStore profiles(m_dir->path(), store());
    QVERIFY(profiles.load());
    QCOMPARE(profiles.schemaVersionRead(QStringLiteral("legacy")), 1);
    Profile p = *profiles.profile(QStringLiteral("legacy"));
    QCOMPARE(ProfileSerializer::suggestedSecrets(p), QStringList{QStringLiteral("Authorization")});
    p.connection.headers[0].secret = true;
    QString error;
    QVERIFY2(profiles.save(p, &error), qPrintable(error));
    QCOMPARE(profiles.schemaVersionRead(QStringLiteral("legacy")), 2);
    QCOMPARE(filesHoldingSecrets(m_dir->path(), {QStringLiteral("legacy-plain-1")}), QStringList());
    QVERIFY(holds(fresh(), SecretKey::forProfileHeader(p.name, QStringLiteral("authorization")), QStringLiteral("Bearer legacy-plain-1")));
}

void TestProfileSecrets::availabilityIsExposedForTheBanner()
{
    MemorySecretStore memory(QStringLiteral("no keychain in this test"), nullptr);
    ProfileStore profiles(m_dir->path());
    QSignalSpy changed(&profiles, &ProfileStore::secretsAvailabilityChanged);
    profiles.setSecretStore(&memory);
    QCOMPARE(profiles.secretsAvailability(), SecretStore::Availability::Unavailable);
    QCOMPARE(profiles.secretsAvailabilityReason(), QStringLiteral("no keychain in this test"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("no keychain in this test"));
    // Typed while unavailable: kept for the session, and the profile works.
    const Profile p = secretProfile(QStringLiteral("memory only"));
    QString error;
    QVERIFY2(profiles.save(p, &error), qPrintable(error));
    QVERIFY(memory.contains(SecretKey::forProfileProxyPassword(p.name)));
    ProfileStore again(m_dir->path(), &memory);
    QVERIFY(again.load());
    QCOMPARE(*again.profile(p.name), p);
}

QTEST_GUILESS_MAIN(TestProfileSecrets)
#include "tst_profilesecrets.moc"
