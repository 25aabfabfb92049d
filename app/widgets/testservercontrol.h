#pragma once

#include <QObject>
#include <QString>

class ProfileStore;
class TestServer;

// The local test server as the main window runs it: started on the port it had last time (so
// saved URLs keep working) or on a free one, profiles that pointed at the old port moved along,
// the status-bar text, and the built-in echo profile. Failures to save a moved profile are
// reported through message(), never dropped.
class TestServerControl : public QObject
{
    Q_OBJECT

public:
    TestServerControl(ProfileStore *store, TestServer *server, QObject *parent = nullptr);

    bool start();
    void stop();
    bool isRunning() const;
    // "Local test server: ws://127.0.0.1:port (running)", "... stopped", "... not running — why".
    QString statusText() const;

    // The "Built-in test server — echo" profile: created if missing; its name, or empty with
    // *error when it could not be saved.
    QString createBuiltInProfile(QString *error);
    // Whether the profiles folder is new to the user (no profile, no failed file, empty trash).
    bool profilesFolderIsNew() const;

signals:
    void runningChanged();
    // Something the user should read (a profile that could not follow the server's new port).
    void message(const QString &text);

private:
    void retargetLocalProfiles(quint16 oldPort, quint16 newPort);

    ProfileStore *m_store;
    TestServer *m_server;
    QString m_error;
};
