#include "widgets/profiles/profileeditflow.h"

#include "widgets/profiles/profilecommand.h"
#include "widgets/profiles/profileeditordialog.h"

#include <QUrl>

ProfileEditFlow::ProfileEditFlow(ProfileStore *store, QWidget *dock, QString *errorSink, Push push)
    : QObject(dock)
    , m_store(store)
    , m_dock(dock)
    , m_errorSink(errorSink)
    , m_push(std::move(push))
{
}

ProfileEditorDialog *ProfileEditFlow::editor() const
{
    return m_editor;
}

ProfileConflictDialog *ProfileEditFlow::conflictDialog() const
{
    return m_conflict;
}

void ProfileEditFlow::openEditorFor(const QString &name)
{
    Profile profile;
    if (!name.isEmpty()) {
        profile = m_store->profile(name).value_or(Profile{});
    } else {
        profile.name = tr("New profile");
        profile.connection.url = QStringLiteral("ws://127.0.0.1:8080/");
    }
    openEditor(name, profile, {});
}

void ProfileEditFlow::openEditorForNew(const Profile &start, std::function<void(const QString &)> created)
{
    Profile profile = start;
    if (profile.name.trimmed().isEmpty())
        profile.name = tr("New profile");
    openEditor(QString(), profile, std::move(created));
}

void ProfileEditFlow::openEditor(const QString &name, const Profile &start, std::function<void(const QString &)> created)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    Profile profile = start;
    if (name.isEmpty())
        profile.name = m_store->uniqueName(profile.name.trimmed());
    QStringList taken = m_store->names();
    taken.removeAll(name);
    m_editor = new ProfileEditorDialog(profile, taken, m_dock,
                                       name.isEmpty() ? ProfileEditorDialog::Purpose::Create
                                                      : ProfileEditorDialog::Purpose::Edit);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!name.isEmpty())
        m_editor->setSchemaVersionRead(m_store->schemaVersionRead(name));
    // The editor closes only once the save worked, so a failure never loses the edits.
    m_editor->setSaveHandler([this, name, profile, created](const Profile &edited, QString *error) {
        const bool saved = saveFromEditor(name, profile, edited, ProfileStore::Conflicts::Refuse, error);
        if (saved && created)
            created(edited.name);
        return saved;
    });
    m_editor->open(); // window-modal, not exec(): the event loop keeps running
}

bool ProfileEditFlow::saveFromEditor(const QString &name, const Profile &before, const Profile &edited,
                                     ProfileStore::Conflicts conflicts, QString *error)
{
    m_errorSink->clear();
    if (name.isEmpty())
        m_push(ProfileCommand::create(m_store, edited, m_errorSink), edited.name);
    else if (edited != before)
        m_push(ProfileCommand::edit(m_store, before, edited, m_errorSink, conflicts), edited.name);
    if (m_errorSink->isEmpty())
        return true;
    if (error)
        *error = *m_errorSink;
    if (!name.isEmpty() && conflicts == ProfileStore::Conflicts::Refuse && m_store->isChangedOnDisk(name)) {
        const auto retry = [this, name, before, edited] {
            return saveFromEditor(name, before, edited, ProfileStore::Conflicts::Overwrite, nullptr);
        };
        const auto saveAs = [this, edited] {
            Profile copy = edited;
            if (m_store->contains(copy.name))
                copy.name = m_store->nameForCopy(copy.name);
            m_errorSink->clear();
            m_push(ProfileCommand::create(m_store, copy, m_errorSink), copy.name);
            return m_errorSink->isEmpty();
        };
        askAboutConflict(name, retry, saveAs);
    }
    return false;
}

void ProfileEditFlow::askAboutConflict(const QString &name, const std::function<bool()> &retry,
                                       const std::function<bool()> &saveAs)
{
    if (m_conflict)
        m_conflict->close();
    QWidget *parent = m_editor ? static_cast<QWidget *>(m_editor) : m_dock;
    m_conflict = new ProfileConflictDialog(name, m_store->filePath(name), bool(saveAs), parent);
    m_conflict->setAttribute(Qt::WA_DeleteOnClose);
    using Choice = ProfileConflictDialog::Choice;
    connect(m_conflict, &ProfileConflictDialog::chosen, this, [this, name, retry, saveAs](Choice choice) {
        bool done = false;
        switch (choice) {
        case Choice::Reload:
            m_store->load(); // what is on disk wins; the edits are dropped, as chosen
            emit reloaded(name);
            done = true;
            break;
        case Choice::Overwrite: done = retry(); break;
        case Choice::SaveAs: done = saveAs && saveAs(); break;
        case Choice::Cancel: break; // back to the editor, edits intact
        }
        if (!m_editor)
            return;
        if (done)
            m_editor->done(choice == Choice::Reload ? QDialog::Rejected : QDialog::Accepted);
        else if (choice != Choice::Cancel)
            m_editor->showSaveError(*m_errorSink);
    });
    m_conflict->open();
}
