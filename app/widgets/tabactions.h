#pragma once

#include <QLineEdit>
#include <QObject>
#include <QPointer>

class ProfilesDock;
class QAction;
class QPoint;
class QTabWidget;
class QWidget;
class TabTitles;

// The commands on the session tabs themselves: Rename Tab… (also a double-click on the tab:
// an editor over the tab, Enter keeps, Esc cancels, an empty title gives the tab its own name
// back) and Save Tab as Profile… (the profile editor, filled from the tab's connection; the tab
// then belongs to the new profile), in the File menu and in the tab bar's context menu with
// Close Tab. Both act on the current tab from the menu, on the clicked one from the tab bar.
class TabActions : public QObject
{
    Q_OBJECT

public:
    TabActions(QTabWidget *tabs, TabTitles *titles, ProfilesDock *dock, QAction *rename, QAction *saveAsProfile,
               QAction *close, QObject *parent = nullptr);

    void renameTab(int index);
    void saveTabAsProfile(int index);
    // The open rename editor, if any (tests).
    QLineEdit *renameEditor() const { return m_editor; }

signals:
    // The tab was saved as that profile: its saved messages go there from now on.
    void savedAsProfile(QWidget *tab, const QString &profileName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    void finishRename(bool keep);

    QTabWidget *m_tabs;
    TabTitles *m_titles;
    ProfilesDock *m_dock;
    QAction *m_rename;
    QAction *m_saveAsProfile;
    QAction *m_close;
    QPointer<QLineEdit> m_editor;
    QPointer<QWidget> m_renaming;
};
