#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class ProfileStore;
class TestServer;

// What a test of the desktop app's windows sets up around them: settings of its own (never the
// user's), a profiles folder in a temporary directory with a loaded store, and a built-in test
// server (not started). Call setUp() from init() and tearDown() from cleanup().
class AppFixture
{
public:
    AppFixture();
    ~AppFixture();

    // From initTestCase(): test-mode standard paths, and an application name of the test's own.
    static void nameApplication(const QString &testName);

    bool setUp();
    void tearDown();
    // A new store over the same folder, as after a restart.
    bool reloadStore();

    ProfileStore *store() const { return m_store.get(); }
    TestServer *server() const { return m_server.get(); }
    QString path() const { return m_dir ? m_dir->path() : QString(); }
    QString profilesDir() const { return path() + QStringLiteral("/profiles"); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<TestServer> m_server;
};
