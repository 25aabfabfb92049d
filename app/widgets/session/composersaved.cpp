// Composer: the saved messages (SavedMessagesBar) and loading one into the editor.
#include "widgets/session/composer.h"

#include "widgets/session/savedmessagesbar.h"

#include <QPlainTextEdit>

void Composer::setProfile(ProfileStore *store, const QString &profileName)
{
    m_saved->setProfile(store, profileName);
}

QMenu *Composer::moreMenu() const
{
    return m_saved->menu();
}

QString Composer::profileName() const
{
    return m_saved->profileName();
}

QList<SavedMessage> Composer::savedMessages() const
{
    return m_saved->savedMessages();
}

bool Composer::saveCurrent(const QString &name, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString why = SavedMessagesBar::checkName(name); !why.isEmpty())
        return fail(why);
    if (mode() == Mode::File || mode() == Mode::Frame)
        return fail(tr("Files and hand-made frames are not saved with a profile; save text, JSON, hex or Base64 messages."));
    return m_saved->save(SavedMessage{name, toSavedMode(mode()), m_payload->text()}, error);
}

bool Composer::renameSaved(const QString &oldName, const QString &newName, QString *error)
{
    return m_saved->rename(oldName, newName, error);
}

bool Composer::deleteSaved(const QString &name, QString *error)
{
    return m_saved->remove(name, error);
}

bool Composer::loadSaved(const QString &name)
{
    const QList<SavedMessage> messages = m_saved->savedMessages();
    for (const SavedMessage &message : messages) {
        if (message.name == name) {
            loadMessage(message.mode, message.content);
            return true;
        }
    }
    return false;
}

void Composer::loadMessage(SavedMessage::Mode mode, const QString &content)
{
    m_payload->editor()->setPlainText(content);
    setMode(fromSavedMode(mode));
}
