// Composer: the message library shared by every profile (⋯ → Library…, Save to Library…).
#include "widgets/session/composer.h"

#include "core/library/messagelibrarystore.h"
#include "widgets/library/librarysavedialog.h"
#include "widgets/library/messagelibrarypanel.h"
#include "widgets/session/savedmessagesbar.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace {

constexpr int PanelWidth = 480;
constexpr int PanelHeight = 520;

} // namespace

void Composer::setupLibraryActions()
{
    m_saved->menu()->addSeparator();
    m_libraryAction = m_saved->menu()->addAction(QString(), this, &Composer::openLibrary);
    m_saveToLibraryAction = m_saved->menu()->addAction(QString(), this, &Composer::askSaveToLibrary);
}

void Composer::retranslateLibrary()
{
    m_libraryAction->setText(tr("Library…"));
    m_saveToLibraryAction->setText(tr("Save to Library…"));
    updateLibraryActions();
}

void Composer::updateLibraryActions()
{
    const bool saveable = mode() != Mode::File && mode() != Mode::Frame;
    m_libraryAction->setEnabled(!m_library.isNull());
    m_libraryAction->setToolTip(m_library ? tr("Messages shared by every profile, in folders, with search")
                                          : tr("This tab has no message library"));
    m_saveToLibraryAction->setEnabled(m_library && !m_library->isReadOnly() && saveable);
    if (!m_library)
        m_saveToLibraryAction->setToolTip(tr("This tab has no message library"));
    else if (m_library->isReadOnly())
        m_saveToLibraryAction->setToolTip(tr("The message library is read-only: %1").arg(m_library->loadError().toString()));
    else if (!saveable)
        m_saveToLibraryAction->setToolTip(tr("Files and hand-made frames are not saved in the library"));
    else
        m_saveToLibraryAction->setToolTip(tr("Save the current message in the library every profile shares"));
}

void Composer::setMessageLibrary(MessageLibraryStore *store)
{
    if (m_library == store)
        return;
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
    delete m_libraryPanel; // it shows the old library
    m_library = store;
    if (m_library)
        connect(m_library, &MessageLibraryStore::changed, this, &Composer::updateLibraryActions);
    updateLibraryActions();
}

MessageLibraryStore *Composer::messageLibrary() const
{
    return m_library;
}

MessageLibraryPanel *Composer::libraryPanel() const
{
    return m_libraryPanel;
}

bool Composer::saveToLibrary(const QString &folder, const QString &name, QString *error, bool replace)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_library)
        return fail(tr("This tab has no message library."));
    if (mode() == Mode::File || mode() == Mode::Frame)
        return fail(tr("Files and hand-made frames are not saved in the library; save text, JSON, hex or Base64 messages."));
    const LibraryMessage message{folder, name, toSavedMode(mode()), m_payload->text()};
    return m_library->add(message, error,
                          replace ? MessageLibraryStore::Existing::Replace : MessageLibraryStore::Existing::Refuse);
}

void Composer::loadLibraryMessage(const LibraryMessage &message)
{
    loadMessage(message.mode, message.content);
}

MessageLibraryPanel *Composer::openLibrary()
{
    if (!m_library)
        return nullptr;
    if (!m_libraryPanel) {
        // A window of its own, owned by the composer: it goes when the tab goes.
        m_libraryPanel = new MessageLibraryPanel(m_library, this);
        m_libraryPanel->setWindowFlag(Qt::Window);
        m_libraryPanel->resize(PanelWidth, PanelHeight);
        connect(m_libraryPanel, &MessageLibraryPanel::loadRequested, this, [this](const LibraryMessage &message) {
            loadLibraryMessage(message);
            focusEditor();
        });
    }
    m_libraryPanel->show();
    m_libraryPanel->raise();
    m_libraryPanel->activateWindow();
    return m_libraryPanel;
}

void Composer::askSaveToLibrary()
{
    if (!m_library)
        return;
    LibrarySaveDialog dialog(m_library->folders(), this);
    if (m_libraryPanel)
        dialog.setFolder(LibraryTree::folderAt(m_libraryPanel->tree()->currentItem()));
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (saveToLibrary(dialog.folder(), dialog.name(), &error))
            return;
        if (!m_library->message(dialog.folder(), dialog.name())) {
            setStatus(error, true);
            return;
        }
        const LibraryMessage clash{dialog.folder(), dialog.name(), {}, {}};
        const QMessageBox::StandardButton answer = QMessageBox::question(
                this, tr("Save to Library"),
                tr("The library has a message \"%1\" already. Replace it?").arg(clash.path()),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes) {
            if (!saveToLibrary(dialog.folder(), dialog.name(), &error, true))
                setStatus(error, true);
            return;
        }
        // No: back to the dialog for another name.
    }
}
