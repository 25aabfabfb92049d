#pragma once

#include <QList>
#include <QString>

class MainWindow;
class ProfileStore;
class QTabWidget;
class TabTitles;

// "Reopen the last session tabs": which tabs were open when the window closed, kept in
// QSettings and opened again at the next start. A tab is remembered by its profile (when it was
// opened from one: it opens with the profile as saved then) or its URL and tap choice, and by
// what it was titled after (TabTitles: the app's name, its URL, or the user's own title);
// its traffic is not kept, and a tab opened from a file is not reopened. No restored tab
// connects by itself: reconnecting to servers unasked at start-up could send things the user
// did not mean to send now.
class SessionTabsMemory
{
public:
    struct Tab
    {
        QString title;   // the user's own title (Rename Tab…); empty: none
        QString appPath; // titled by the app: "" is "New session", "/echo" is "Test server /echo"
        bool namedAfterUrl = false;
        QString profile; // empty: not opened from a profile
        QString url;
        bool tapEnabled = true;
    };

    static void save(const QTabWidget *tabs, const TabTitles *titles);
    static QList<Tab> load();
    // Opens the saved tabs in `window` and makes the one that was current current again.
    static void restore(MainWindow *window, const ProfileStore *store);
    // The index of the tab that was current (-1: none).
    static int savedCurrentIndex();
};
