#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class ProfileStore;
class QTabWidget;
class QUrl;
class QWidget;

// What each session tab is titled after, so that its title follows what it names:
// - a tab of a saved profile shows the profile's name, and follows when the profile is renamed;
// - a tab the app titled ("New session", "Test server /echo") is retitled on a language change,
//   and a "New session" tab takes the host and path it connects to;
// - a title the user typed (Rename Tab…) stays as typed, until cleared.
// The tab's tooltip names the URL as well; MainWindow adds the state.
class TabTitles : public QObject
{
    Q_OBJECT

public:
    enum class Source { App, Profile, Url, User };

    TabTitles(QTabWidget *tabs, ProfileStore *store, QObject *parent = nullptr);

    // Titled by the app: empty path is "New session", else "Test server <path>".
    void setAppTitle(QWidget *tab, const QString &testServerPath);
    void setProfileTitle(QWidget *tab, const QString &profileName);
    // Empty: the tab is titled after what it was before the user renamed it.
    void setUserTitle(QWidget *tab, const QString &title);
    // The tab connects to url: a "New session" tab is retitled "host:port/path".
    void connecting(QWidget *tab, const QUrl &url);
    void forget(QWidget *tab);
    void retranslate();

    // What the title shows: User while the user's own title is set, else namedAfter().
    Source source(QWidget *tab) const;
    // What the tab is named after beneath a user's title: App, Profile or Url.
    Source namedAfter(QWidget *tab) const;
    // The test server path of an app-titled tab ("" for "New session"); empty for the others.
    QString appPath(QWidget *tab) const;
    QString title(QWidget *tab) const;
    // The profile the tab was opened from or saved as; empty when none.
    QString profileOf(QWidget *tab) const;
    // The first tab (in tab order) of that profile, or nullptr.
    QWidget *tabOfProfile(const QString &profileName) const;

    // "New session" / "Test server /echo" in the current language.
    static QString appTitle(const QString &testServerPath);
    // "example.com:8080/chat": what a tab connected to url is called.
    static QString urlTitle(const QUrl &url);

signals:
    // The profile of these tabs was renamed (their saved messages must follow).
    void profileRenamed(QWidget *tab, const QString &newName);

private:
    struct Title
    {
        Source source = Source::App; // App, Profile or Url: what the tab is named after
        QString key;                 // the test server path, the profile name or the URL title
        QString userText;            // the user's title; shown instead while not empty
    };
    QString textOf(const Title &title) const;
    void show(QWidget *tab);
    void onProfileRenamed(const QString &from, const QString &to);

    QTabWidget *m_tabs;
    QHash<QWidget *, Title> m_titles;
};
