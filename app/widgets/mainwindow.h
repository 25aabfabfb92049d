#pragma once

#include "core/session/connectionsettings.h"
#include "widgets/settings/appsettings.h"
#include "widgets/settings/thememanager.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class EnvironmentStore;
class LanguageManager;
class MainWindowActions;
class MessageLibraryStore;
class ProfileStore;
class ProfilesDock;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class SessionTab;
class SessionFileCommands;
class SettingsDialog;
class TabActions;
class TabTitles;
class TestServer;
class TestServerControl;
class WelcomePage;

// The WsScope main window: the Profiles dock on the left, session tabs in the middle, the local
// test server's state in the status bar, and every command in a menu with its shortcut
// (docs/ARCHITECTURE.md). It owns the language and theme managers and applies AppSettings.
//
// Session tabs: openSessionTab() adds a SessionTab and emits sessionTabOpened(). The session
// commands (Find in log, Clear log, Focus URL, Connect/Disconnect, Send, Ping, Close…) are
// QActions reachable through action(); they act on the current tab and are disabled without one.
// The actions and menus are MainWindowActions', the test server's start/stop TestServerControl's,
// the page shown without tabs WelcomePage; this class wires them and manages the tabs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ActionId {
        NewProfile, ImportProfileCommand, ImportProfiles, ExportProfiles, EditProfile, DuplicateProfile, RenameProfile, DeleteProfile, OpenProfile,
        NewSessionTab, RenameTab, SaveTabAsProfile, CloseTab, NextTab, PreviousTab, Quit,
        OpenSessionFile, ExportHar, ExportJsonl, RecordToFile,
        Undo, Redo, FindInLog, ClearLog,
        ToggleProfiles, CyclePanes, CyclePanesBack, FullScreen,
        FocusUrl, ConnectDisconnect, Send, Ping, CloseSession,
        TestServerRunning, CopyTestServerUrl, OpenTestEcho, OpenTestPush, OpenTestClose, OpenTestSlow, Settings,
        KeyboardShortcuts, About, AboutQt,
    };
    Q_ENUM(ActionId)

    MainWindow(ProfileStore *store, TestServer *testServer, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *action(ActionId id) const;
    ProfilesDock *profilesDock() const { return m_profilesDock; }
    QTabWidget *sessionTabs() const { return m_tabs; }
    QLabel *testServerStatus() const { return m_serverStatus; }
    LanguageManager *languageManager() const { return m_languages; }
    const AppSettings &appSettings() const { return m_appSettings; }

    // Applies language and theme at once, stores the settings and emits appSettingsChanged.
    void applySettings(const AppSettings &settings);

    // Adds a session tab and makes it current; returns its index. A title that names a saved
    // profile binds the tab to it (its saved messages, its renames); any other title is fixed.
    int openSessionTab(const QString &title, const ConnectionSettings &settings);
    // Makes the saved profile's tab current, opening one when none is open; -1 (and a status
    // message) when there is no such profile. newTab: always a new tab.
    int openProfile(const QString &name, bool newTab = false);
    TabTitles *tabTitles() const { return m_titles; }
    // The message library of the profiles folder, shared by every session tab.
    MessageLibraryStore *messageLibrary() const { return m_library; }
    // The environments of the profiles folder, shared by every session tab.
    EnvironmentStore *environmentStore() const { return m_environments; }
    TabActions *tabActions() const { return m_tabActions; }
    // Opens a HAR or JSONL session file as a read-only tab (File → Open…, `wsscope FILE`); -1
    // with *error (the file's name and the place of the error) and no tab when it does not open.
    int openSessionFile(const QString &path, QString *error = nullptr);
    SessionFileCommands *sessionFiles() const { return m_files; }
    // Reopens the session tabs of the last run (their profile or URL, not their traffic; none
    // connects). The window saves them when it closes.
    void restoreSessionTabs();
    void showStatusMessage(const QString &text);

    // Starts the local test server on the port it had last time (so saved URLs keep working),
    // else on a free one; profiles that pointed at the old port are updated. False on failure.
    bool startTestServer();
    void stopTestServer();
    // The "Built-in test server — echo" profile: created if missing, returns its name.
    QString createBuiltInProfile();
    // Creates the built-in profile when the profiles folder is new to the user: it holds no
    // profile, no file that failed to load and nothing in its trash (a user who deleted every
    // profile, the built-in one included, does not get it back). Returns its name, else empty.
    // Judged by the folder alone, so an existing but empty --profiles-dir also gets it.
    QString ensureBuiltInProfile();

signals:
    void sessionTabOpened(QWidget *tab, const ConnectionSettings &settings);
    void sessionTabClosing(QWidget *tab);
    void appSettingsChanged(const AppSettings &settings);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    // Creates the tab, lets `title` name it, then shows and focuses it; returns its index.
    int addSessionTab(const ConnectionSettings &settings, const std::function<void(SessionTab *)> &title);
    void bindProfile(SessionTab *tab, const QString &profileName);
    void updateTabToolTip(SessionTab *tab);
    void openProfileAndConnect(const QString &name, bool newTab);
    void closeTab(int index);
    void updateSessionActions();
    void updateTestServerStatus();
    void openTestServerTab(const QString &pathAndQuery);
    void cyclePanes(int step);
    void openSettingsDialog();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;
    void retranslateUi();

    ProfileStore *m_store;
    MessageLibraryStore *m_library = nullptr;
    EnvironmentStore *m_environments = nullptr;
    TestServer *m_testServer;
    LanguageManager *m_languages = nullptr;
    ThemeManager m_theme;
    AppSettings m_appSettings;

    TestServerControl *m_server = nullptr;
    ProfilesDock *m_profilesDock = nullptr;
    MainWindowActions *m_commands = nullptr;
    SessionFileCommands *m_files = nullptr;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    QToolButton *m_newTabButton = nullptr;
    QLabel *m_serverStatus = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    TabTitles *m_titles = nullptr;
    TabActions *m_tabActions = nullptr;
};
