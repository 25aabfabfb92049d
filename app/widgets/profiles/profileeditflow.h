#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/profilestore.h"
#include "widgets/profiles/profileconflictdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ProfileCommand;
class ProfileEditorDialog;
class QWidget;

// The Profiles dock's way from "New…"/"Edit…" to a saved file: opens the editor (one at a time),
// saves through the dock's undo stack when the user presses Save, keeps the editor open with the
// reason when that failed, and asks reload / overwrite / save as new (ProfileConflictDialog)
// when the file was changed on disk by someone else in the meantime.
class ProfileEditFlow : public QObject
{
    Q_OBJECT

public:
    // Runs a command on the dock's undo stack and selects `select` when it worked; the command
    // reports failures into *errorSink (empty after success).
    using Push = std::function<void(ProfileCommand *command, const QString &select)>;

    ProfileEditFlow(ProfileStore *store, QWidget *dock, QString *errorSink, Push push);

    // Empty name: a new profile.
    void openEditorFor(const QString &name);
    // A new profile that starts as `start` (its name made unique); `created` hears the name it
    // was saved under, once it was.
    void openEditorForNew(const Profile &start, std::function<void(const QString &)> created = {});
    // Opens the reload/overwrite/save-as question for `name`. `retry` redoes the change with
    // Conflicts::Overwrite, `saveAs` keeps the edits as a new profile (null: not offered); both
    // return whether that worked.
    void askAboutConflict(const QString &name, const std::function<bool()> &retry,
                          const std::function<bool()> &saveAs);

    ProfileEditorDialog *editor() const;
    ProfileConflictDialog *conflictDialog() const;

signals:
    // The user chose to reload: the store holds what is on disk again.
    void reloaded(const QString &name);

private:
    void openEditor(const QString &name, const Profile &profile, std::function<void(const QString &)> created);
    bool saveFromEditor(const QString &name, const Profile &before, const Profile &edited,
                        ProfileStore::Conflicts conflicts, QString *error);

    ProfileStore *m_store;
    QWidget *m_dock;
    QString *m_errorSink;
    Push m_push;
    QPointer<ProfileEditorDialog> m_editor;
    QPointer<ProfileConflictDialog> m_conflict;
};
