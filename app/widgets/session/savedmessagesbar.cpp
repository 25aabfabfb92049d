#include "widgets/session/savedmessagesbar.h"

#include "core/profiles/profilestore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace {

constexpr int ComboMinimumChars = 12;

} // namespace

SavedMessagesBar::SavedMessagesBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_menuButton(new QToolButton(this))
    , m_menu(new QMenu(m_menuButton))
{
    m_label->setBuddy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(ComboMinimumChars);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setText(QStringLiteral("⋯"));
    m_saveAction = m_menu->addAction(QString(), this, &SavedMessagesBar::askSaveCurrent);
    m_renameAction = m_menu->addAction(QString(), this, &SavedMessagesBar::askRename);
    m_deleteAction = m_menu->addAction(QString(), this, &SavedMessagesBar::askDelete);
    m_menuButton->setMenu(m_menu);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addWidget(m_menuButton);

    connect(m_combo, &QComboBox::activated, this, &SavedMessagesBar::onActivated);

    retranslateUi();
}

QString SavedMessagesBar::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A saved message needs a name.");
    return {};
}

void SavedMessagesBar::setProfile(ProfileStore *store, const QString &profileName)
{
    m_store = store;
    m_profileName = profileName;
    refreshCombo();
}

QList<SavedMessage> SavedMessagesBar::savedMessages() const
{
    if (m_store && !m_profileName.isEmpty()) {
        if (const std::optional<Profile> profile = m_store->profile(m_profileName))
            return profile->savedMessages;
        return {};
    }
    return m_memorySaved;
}

bool SavedMessagesBar::store(const QList<SavedMessage> &messages, QString *error)
{
    if (m_store && !m_profileName.isEmpty()) {
        std::optional<Profile> profile = m_store->profile(m_profileName);
        if (!profile) {
            if (error)
                *error = tr("The profile \"%1\" no longer exists; the message was not saved.").arg(m_profileName);
            return false;
        }
        profile->savedMessages = messages;
        if (!m_store->save(*profile, error))
            return false;
    } else {
        m_memorySaved = messages;
    }
    refreshCombo();
    emit changed();
    return true;
}

bool SavedMessagesBar::save(const SavedMessage &messageIn, QString *error)
{
    if (const QString why = checkName(messageIn.name); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    SavedMessage message = messageIn;
    message.name = message.name.trimmed();
    QList<SavedMessage> messages = savedMessages();
    bool replaced = false;
    for (SavedMessage &existing : messages) {
        if (existing.name == message.name) {
            existing = message;
            replaced = true;
        }
    }
    if (!replaced)
        messages.append(message);
    return store(messages, error);
}

bool SavedMessagesBar::rename(const QString &oldName, const QString &newNameIn, QString *error)
{
    const QString newName = newNameIn.trimmed();
    QList<SavedMessage> messages = savedMessages();
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString why = checkName(newName); !why.isEmpty())
        return fail(why);
    int index = -1;
    for (int i = 0; i < messages.size(); ++i) {
        if (messages.at(i).name == oldName)
            index = i;
        else if (messages.at(i).name == newName)
            return fail(tr("There is already a saved message named \"%1\".").arg(newName));
    }
    if (index < 0)
        return fail(tr("There is no saved message named \"%1\".").arg(oldName));
    messages[index].name = newName;
    return store(messages, error);
}

bool SavedMessagesBar::remove(const QString &name, QString *error)
{
    QList<SavedMessage> messages = savedMessages();
    const qsizetype removed = messages.removeIf([&name](const SavedMessage &m) { return m.name == name; });
    if (removed == 0) {
        if (error)
            *error = tr("There is no saved message named \"%1\".").arg(name);
        return false;
    }
    return store(messages, error);
}

void SavedMessagesBar::setSaveEnabled(bool enabled, const QString &whyNot)
{
    m_saveAction->setEnabled(enabled);
    m_saveAction->setToolTip(enabled ? QString() : whyNot);
}

void SavedMessagesBar::refreshCombo()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const QList<SavedMessage> messages = savedMessages();
    m_combo->addItem(messages.isEmpty() ? tr("(none saved)") : tr("Load…"));
    for (const SavedMessage &message : messages)
        m_combo->addItem(message.name, message.name);
    m_combo->setCurrentIndex(0);
    m_renameAction->setEnabled(!messages.isEmpty());
    m_deleteAction->setEnabled(!messages.isEmpty());
}

void SavedMessagesBar::onActivated(int index)
{
    const QString name = m_combo->itemData(index).toString();
    if (!name.isEmpty())
        emit loadRequested(name);
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(0);
}

void SavedMessagesBar::askSaveCurrent()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save message"), tr("Name of the saved message:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok)
        emit saveCurrentRequested(name);
}

QString SavedMessagesBar::askName(const QString &title)
{
    QStringList names;
    for (const SavedMessage &message : savedMessages())
        names.append(message.name);
    if (names.isEmpty())
        return QString();
    bool ok = false;
    const QString name = QInputDialog::getItem(this, title, tr("Message:"), names, 0, false, &ok);
    return ok ? name : QString();
}

void SavedMessagesBar::askRename()
{
    const QString oldName = askName(tr("Rename saved message"));
    if (oldName.isEmpty())
        return;
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename saved message"), tr("New name:"), QLineEdit::Normal,
                                                  oldName, &ok);
    if (!ok)
        return;
    QString error;
    if (!rename(oldName, newName, &error))
        emit problem(error);
}

void SavedMessagesBar::askDelete()
{
    const QString name = askName(tr("Delete saved message"));
    if (name.isEmpty())
        return;
    QString error;
    if (!remove(name, &error))
        emit problem(error);
}

void SavedMessagesBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SavedMessagesBar::retranslateUi()
{
    m_label->setText(tr("&Saved:"));
    m_combo->setToolTip(tr("Saved messages of this profile; pick one to load it"));
    m_combo->setAccessibleName(tr("Saved messages"));
    m_menuButton->setToolTip(tr("Save, rename or delete saved messages; send an empty message"));
    m_menuButton->setAccessibleName(tr("More message actions"));
    m_saveAction->setText(tr("Save current message…"));
    m_renameAction->setText(tr("Rename…"));
    m_deleteAction->setText(tr("Delete…"));
    refreshCombo();
}
