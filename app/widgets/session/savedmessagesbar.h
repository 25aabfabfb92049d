#pragma once

#include "core/profiles/savedmessage.h"

#include <QList>
#include <QString>
#include <QWidget>

class ProfileStore;
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

// The composer's saved messages: a combo to load one and a ⋯ menu to save the current message,
// rename or delete one. They live in the attached profile (saved to disk at once), or in memory
// for the tab when there is no store. The menu is the host's too (it adds "Send Empty …").
class SavedMessagesBar : public QWidget
{
    Q_OBJECT

public:
    explicit SavedMessagesBar(QWidget *parent = nullptr);

    // Empty when the name can be used, else why not (translated).
    static QString checkName(const QString &name);

    void setProfile(ProfileStore *store, const QString &profileName);
    QString profileName() const { return m_profileName; }
    QList<SavedMessage> savedMessages() const;
    // Saves (or replaces the one of that name; the name is trimmed).
    bool save(const SavedMessage &message, QString *error = nullptr);
    bool rename(const QString &oldName, const QString &newName, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);
    // Whether "Save current message…" is offered, and why not.
    void setSaveEnabled(bool enabled, const QString &whyNot = QString());

    QComboBox *combo() const { return m_combo; }
    QToolButton *menuButton() const { return m_menuButton; }
    QMenu *menu() const { return m_menu; }

signals:
    // The user picked a saved message to load.
    void loadRequested(const QString &name);
    // The user asked to save the current message under that name (from the ⋯ menu).
    void saveCurrentRequested(const QString &name);
    // The saved messages changed (saved, renamed, deleted).
    void changed();
    // Something the user asked for failed, with the reason.
    void problem(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool store(const QList<SavedMessage> &messages, QString *error);
    void refreshCombo();
    void onActivated(int index);
    void askSaveCurrent();
    // Lets the user pick one of the saved messages; empty when there is none or the user cancels.
    QString askName(const QString &title);
    void askRename();
    void askDelete();

    ProfileStore *m_store = nullptr;
    QString m_profileName;
    QList<SavedMessage> m_memorySaved;

    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    QToolButton *m_menuButton = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
};
