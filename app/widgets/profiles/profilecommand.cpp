#include "widgets/profiles/profilecommand.h"

#include "core/profiles/profilestore.h"

ProfileCommand::ProfileCommand(Kind kind, ProfileStore *store, const Profile &before, const Profile &after,
                               QString *errorSink, ProfileStore::Conflicts conflicts)
    : m_kind(kind)
    , m_store(store)
    , m_before(before)
    , m_after(after)
    , m_errorSink(errorSink)
    , m_conflicts(conflicts)
{
    switch (kind) {
    case Kind::Create: setText(tr("Create “%1”").arg(after.name)); break;
    case Kind::Delete: setText(tr("Delete “%1”").arg(before.name)); break;
    case Kind::Rename: setText(tr("Rename “%1” to “%2”").arg(before.name, after.name)); break;
    case Kind::Edit: setText(tr("Edit “%1”").arg(after.name)); break;
    }
}

ProfileCommand *ProfileCommand::create(ProfileStore *store, const Profile &profile, QString *errorSink)
{
    return new ProfileCommand(Kind::Create, store, Profile{}, profile, errorSink);
}

ProfileCommand *ProfileCommand::remove(ProfileStore *store, const QString &name, QString *errorSink)
{
    Profile before;
    before.name = name;
    return new ProfileCommand(Kind::Delete, store, before, Profile{}, errorSink);
}

ProfileCommand *ProfileCommand::rename(ProfileStore *store, const QString &from, const QString &to, QString *errorSink,
                                       ProfileStore::Conflicts conflicts)
{
    Profile before;
    before.name = from;
    Profile after;
    after.name = to.trimmed();
    return new ProfileCommand(Kind::Rename, store, before, after, errorSink, conflicts);
}

ProfileCommand *ProfileCommand::edit(ProfileStore *store, const Profile &before, const Profile &after, QString *errorSink,
                                     ProfileStore::Conflicts conflicts)
{
    return new ProfileCommand(Kind::Edit, store, before, after, errorSink, conflicts);
}

void ProfileCommand::fail(const QString &error)
{
    if (m_errorSink)
        *m_errorSink = error;
    setObsolete(true);
}

bool ProfileCommand::apply(bool forward)
{
    QString error;
    bool ok = false;
    const ProfileStore::Conflicts conflicts = forward ? m_conflicts : ProfileStore::Conflicts::Refuse;
    if (forward)
        m_conflicts = ProfileStore::Conflicts::Refuse;
    switch (m_kind) {
    case Kind::Create:
        if (!forward) {
            ok = m_store->remove(m_after.name, &error);
        } else if (m_done) {
            ok = m_store->restore(m_after.name, &error);
        } else if (m_store->contains(m_after.name)) {
            // save() would replace the existing profile: a create never does that.
            error = tr("A profile named \"%1\" already exists.").arg(m_after.name);
        } else {
            ok = m_done = m_store->save(m_after, &error);
        }
        break;
    case Kind::Delete:
        ok = forward ? m_store->remove(m_before.name, &error) : m_store->restore(m_before.name, &error);
        break;
    case Kind::Rename:
        ok = forward ? m_store->rename(m_before.name, m_after.name, &error, conflicts)
                     : m_store->rename(m_after.name, m_before.name, &error, conflicts);
        break;
    case Kind::Edit: {
        const Profile &from = forward ? m_before : m_after;
        const Profile &to = forward ? m_after : m_before;
        ok = true;
        if (from.name != to.name)
            ok = m_store->rename(from.name, to.name, &error, conflicts);
        if (ok)
            ok = m_store->save(to, &error, conflicts);
        break;
    }
    }
    if (!ok)
        fail(error);
    else if (m_errorSink)
        m_errorSink->clear();
    return ok;
}

void ProfileCommand::redo()
{
    apply(true);
}

void ProfileCommand::undo()
{
    apply(false);
}
