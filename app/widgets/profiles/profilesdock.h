#pragma once

#include "widgets/profiles/profileerrorbar.h"
#include "widgets/profiles/profileundobar.h"

#include "core/profiles/profile.h"

#include <QDockWidget>
#include <QPointer>
#include <QUrl>

#include <functional>

class CommandImportDialog;
class ProfileCommand;
class ProfileConflictDialog;
class ProfileEditFlow;
class ProfileFilesFlow;
class ProfileStore;
class ProfileEditorDialog;
class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QToolButton;
class QUndoStack;

// The Profiles dock: the saved profiles with a filter; New, Edit, Duplicate, Rename (inline,
// F2) and Delete (Del) with undo (Edit → Undo, and an "Undo" bar right after a delete).
// Double-click or Enter asks to open the profile in a session tab and connect (openProfileRequested).
// Files that failed to load are listed in a bar at the top with file:line:column.
// Every failed change is said in the dock (or, for a save from the editor, next to its Save
// button, with the editor kept open); a file another WsScope window changed meanwhile is not
// overwritten silently: ProfileConflictDialog asks whether to reload, overwrite or save as new.
class ProfilesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProfilesDock(ProfileStore *store, QWidget *parent = nullptr);
    ~ProfilesDock() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    QString currentProfileName() const;
    bool selectProfile(const QString &name);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *openAction() const { return m_open; }
    QAction *importCommandAction() const { return m_importCommand; }
    QAction *importProfilesAction() const { return m_importProfiles; }
    QAction *exportProfilesAction() const { return m_exportProfiles; }
    // "Import Profiles…" / "Export Profiles…" (their dialogs, and file choosers tests replace).
    ProfileFilesFlow *filesFlow() const { return m_filesFlow; }

    // The parts tests and keyboard focus cycling (F6) need.
    QListView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QFrame *undoBar() const { return m_undoBar; }
    QToolButton *undoBarButton() const { return m_undoBar->undoButton(); }
    QLabel *undoBarLabel() const { return m_undoBar->label(); }
    QFrame *errorBar() const { return m_errorBar; }
    QLabel *errorBarLabel() const { return m_errorBar->label(); }
    QLabel *messageLabel() const { return m_message; }
    QLabel *emptyLabel() const { return m_empty; } // shown inside the list when nothing is listed
    ProfileEditorDialog *openEditor() const; // the editor currently open, if any
    CommandImportDialog *commandImportDialog() const; // open, if any
    ProfileConflictDialog *conflictDialog() const; // the open "changed on disk" question, if any

    // What "New…" starts from: the URL this returns (e.g. the current tab's), when not empty.
    void setNewProfileUrlSource(std::function<QUrl()> source) { m_newProfileUrl = std::move(source); }
    // Opens the editor for a new profile that starts as `start` ("Save Tab as Profile…");
    // `created` hears the name it was saved under.
    void newProfileFrom(const Profile &start, std::function<void(const QString &)> created);

public slots:
    void newProfile();
    // "Import from Command Line…": a wscat/websocat/curl command becomes a new profile.
    void importCommand();
    void editCurrent();
    void duplicateCurrent();
    void renameCurrent();
    void deleteCurrent();

signals:
    void openProfileRequested(const QString &name);
    // "Open in New Tab": a second tab even when the profile is open already.
    void openProfileInNewTabRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateActions();
    void updateErrorBar();
    void updateEmptyState();
    void showMessage(const QString &text);
    void push(ProfileCommand *command, const QString &select);
    void onItemRenamed(const QString &from, const QString &to);

    void retranslateUi();

    ProfileStore *m_store;
    QUndoStack *m_undoStack = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    ProfileErrorBar *m_errorBar = nullptr;
    ProfileUndoBar *m_undoBar = nullptr;
    QList<QToolButton *> m_toolButtons;

    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openInNewTab = nullptr;
    QAction *m_importCommand = nullptr;
    QAction *m_importProfiles = nullptr;
    QAction *m_exportProfiles = nullptr;
    QPointer<CommandImportDialog> m_commandImport;

    ProfileEditFlow *m_editFlow = nullptr;
    ProfileFilesFlow *m_filesFlow = nullptr;
    std::function<QUrl()> m_newProfileUrl;
    QString m_lastError;
    bool m_rebuilding = false;
};
