#pragma once

#include "core/profiles/profile.h"
#include "core/profiles/profilestore.h"

#include <QCoreApplication>
#include <QUndoCommand>

// One undoable change to the ProfileStore: create, delete, rename or edit a profile.
// Deleting moves the file to the store's trash, so undo restores the very same file; undoing
// a create moves the new file to the trash, so redo restores it. When the store refuses a step
// (a name taken meanwhile, a read-only folder), the command marks itself obsolete, so the undo
// stack drops it, and reports the reason through *errorSink. A file changed on disk by someone
// else is such a refusal, unless the command was made with Conflicts::Overwrite (the user chose
// to overwrite; that choice holds for the first redo only).
class ProfileCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    enum class Kind { Create, Delete, Rename, Edit };

    static ProfileCommand *create(ProfileStore *store, const Profile &profile, QString *errorSink);
    static ProfileCommand *remove(ProfileStore *store, const QString &name, QString *errorSink);
    static ProfileCommand *rename(ProfileStore *store, const QString &from, const QString &to, QString *errorSink,
                                  ProfileStore::Conflicts conflicts = ProfileStore::Conflicts::Refuse);
    static ProfileCommand *edit(ProfileStore *store, const Profile &before, const Profile &after, QString *errorSink,
                                ProfileStore::Conflicts conflicts = ProfileStore::Conflicts::Refuse);

    void redo() override;
    void undo() override;

    Kind kind() const { return m_kind; }
    // The profile name to select after redo() and after undo().
    QString nameAfter() const { return m_after.name; }
    QString nameBefore() const { return m_before.name; }

private:
    ProfileCommand(Kind kind, ProfileStore *store, const Profile &before, const Profile &after, QString *errorSink,
                   ProfileStore::Conflicts conflicts = ProfileStore::Conflicts::Refuse);
    bool apply(bool forward);
    void fail(const QString &error);

    Kind m_kind;
    ProfileStore *m_store;
    Profile m_before;    // Delete/Rename/Edit: the profile as it was
    Profile m_after;     // Create/Rename/Edit: the profile as it becomes
    QString *m_errorSink;
    ProfileStore::Conflicts m_conflicts; // for the next redo
    bool m_done = false; // a Create's first redo saves; later ones restore from the trash
};
