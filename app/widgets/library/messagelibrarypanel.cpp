#include "widgets/library/messagelibrarypanel.h"

#include "core/library/messagelibrarystore.h"

#include <QAction>
#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

constexpr int ToolTipChars = 300;

QString modeText(SavedMessage::Mode mode)
{
    switch (mode) {
    case SavedMessage::Mode::Json:
        return MessageLibraryPanel::tr("JSON");
    case SavedMessage::Mode::Hex:
        return MessageLibraryPanel::tr("Hex");
    case SavedMessage::Mode::Base64:
        return MessageLibraryPanel::tr("Base64");
    case SavedMessage::Mode::Text:
        break;
    }
    return MessageLibraryPanel::tr("Text");
}

QString leafOf(const QString &folder)
{
    return folder.mid(folder.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

MessageLibraryPanel::MessageLibraryPanel(MessageLibraryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_readOnly(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new LibraryTree(this))
    , m_status(new QLabel(this))
    , m_loadButton(new QToolButton(this))
    , m_newFolderButton(new QToolButton(this))
    , m_renameButton(new QToolButton(this))
    , m_moveButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
{
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_loadAction = new QAction(this);
    m_newFolderAction = new QAction(this);
    m_renameAction = new QAction(this);
    m_moveAction = new QAction(this);
    m_deleteAction = new QAction(this);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_renameAction, m_deleteAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    const std::pair<QToolButton *, QAction *> buttons[] = {{m_loadButton, m_loadAction},
                                                           {m_newFolderButton, m_newFolderAction},
                                                           {m_renameButton, m_renameAction},
                                                           {m_moveButton, m_moveAction},
                                                           {m_deleteButton, m_deleteAction}};
    auto *buttonRow = new QWidget(this);
    auto *row = new QHBoxLayout(buttonRow);
    row->setContentsMargins(0, 0, 0, 0);
    for (const auto &[button, action] : buttons) {
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttonRow);
    layout->addWidget(m_status);

    connect(m_loadAction, &QAction::triggered, this, &MessageLibraryPanel::loadCurrent);
    connect(m_newFolderAction, &QAction::triggered, this, &MessageLibraryPanel::askNewFolder);
    connect(m_renameAction, &QAction::triggered, this, &MessageLibraryPanel::askRename);
    connect(m_moveAction, &QAction::triggered, this, &MessageLibraryPanel::askMoveToFolder);
    connect(m_deleteAction, &QAction::triggered, this, &MessageLibraryPanel::askDelete);
    connect(m_search, &QLineEdit::textChanged, this, &MessageLibraryPanel::rebuild);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const std::optional<LibraryTree::ItemRef> ref = LibraryTree::refOf(item);
        if (ref && !ref->isFolder)
            loadCurrent();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MessageLibraryPanel::updateActions);
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        m_collapsed.insert(LibraryTree::folderAt(item));
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        m_collapsed.remove(LibraryTree::folderAt(item));
    });
    connect(m_tree, &LibraryTree::moveRequested, this, &MessageLibraryPanel::moveItems);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MessageLibraryPanel::showContextMenu);
    if (m_store)
        connect(m_store, &MessageLibraryStore::changed, this, &MessageLibraryPanel::rebuild);

    retranslateUi();
}

bool MessageLibraryPanel::select(const QString &folder, const QString &name)
{
    QTreeWidgetItem *item = m_tree->findItem(LibraryTree::ItemRef{name.isEmpty(), folder, name});
    if (!item)
        return false;
    m_tree->setCurrentItem(item);
    return true;
}

void MessageLibraryPanel::loadCurrent()
{
    const std::optional<LibraryTree::ItemRef> ref = m_tree->currentRef();
    if (!m_store || !ref || ref->isFolder)
        return;
    if (const std::optional<LibraryMessage> message = m_store->message(ref->folder, ref->name)) {
        emit loadRequested(*message);
        m_status->setText(tr("Loaded \"%1\" into the composer.").arg(message->path()));
    }
}

void MessageLibraryPanel::askRename()
{
    const std::optional<LibraryTree::ItemRef> ref = m_tree->currentRef();
    if (!m_store || !ref)
        return;
    const QString old = ref->isFolder ? leafOf(ref->folder) : ref->name;
    bool ok = false;
    const QString title = ref->isFolder ? tr("Rename folder") : tr("Rename library message");
    const QString name = QInputDialog::getText(this, title, tr("New name:"), QLineEdit::Normal, old, &ok);
    if (!ok || name.trimmed() == old)
        return;
    QString error;
    const bool done = ref->isFolder ? m_store->renameFolder(ref->folder, name, &error)
                                    : m_store->rename(ref->folder, ref->name, name, &error);
    if (!done) {
        showProblem(error);
        return;
    }
    // The renamed item stays the current one.
    if (ref->isFolder) {
        const QString parent = MessageLibrary::parentFolder(ref->folder);
        select(parent.isEmpty() ? name.trimmed() : parent + QLatin1Char('/') + name.trimmed());
    } else {
        select(ref->folder, name.trimmed());
    }
}

void MessageLibraryPanel::askDelete()
{
    const std::optional<LibraryTree::ItemRef> ref = m_tree->currentRef();
    if (!m_store || !ref)
        return;
    QString question;
    if (ref->isFolder) {
        const QList<LibraryMessage> all = m_store->messages();
        const auto inside = std::count_if(all.cbegin(), all.cend(), [&ref](const LibraryMessage &m) {
            return MessageLibrary::isWithin(m.folder, ref->folder);
        });
        question = tr("Delete the folder \"%1\" and the %n message(s) in it? Every profile shares the library.", nullptr,
                      int(inside))
                           .arg(ref->folder);
    } else {
        question = tr("Delete \"%1\" from the message library? Every profile shares the library.")
                           .arg(LibraryMessage{ref->folder, ref->name, {}, {}}.path());
    }
    if (QMessageBox::question(this, tr("Delete from library"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    const bool done = ref->isFolder ? m_store->removeFolder(ref->folder, &error)
                                    : m_store->remove(ref->folder, ref->name, &error);
    if (!done)
        showProblem(error);
}

void MessageLibraryPanel::askNewFolder()
{
    if (!m_store)
        return;
    const QString inside = LibraryTree::folderAt(m_tree->currentItem());
    bool ok = false;
    const QString folder = QInputDialog::getText(this, tr("New folder"), tr("Folder (use / for a folder inside another):"),
                                                 QLineEdit::Normal, inside.isEmpty() ? QString() : inside + QLatin1Char('/'),
                                                 &ok);
    if (!ok)
        return;
    QString error;
    if (!m_store->addFolder(folder, &error))
        showProblem(error);
    else
        select(MessageLibrary::normalizeFolder(folder));
}

void MessageLibraryPanel::askMoveToFolder()
{
    if (!m_store)
        return;
    QList<LibraryTree::ItemRef> items;
    for (const QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (const std::optional<LibraryTree::ItemRef> ref = LibraryTree::refOf(item))
            items.append(*ref);
    }
    if (items.isEmpty())
        return;
    const QString topLevel = tr("(top level)");
    QStringList choices{topLevel};
    choices.append(m_store->folders());
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Move to folder"), tr("Folder (a new one is created):"), choices,
                                                 0, true, &ok);
    if (ok)
        moveItems(items, choice == topLevel ? QString() : choice);
}

void MessageLibraryPanel::moveItems(const QList<LibraryTree::ItemRef> &items, const QString &folderIn)
{
    if (!m_store)
        return;
    const QString folder = MessageLibrary::normalizeFolder(folderIn);
    QStringList problems;
    for (const LibraryTree::ItemRef &ref : items) {
        QString error;
        bool done = true;
        if (ref.isFolder && ref.folder != folder && MessageLibrary::parentFolder(ref.folder) != folder)
            done = m_store->moveFolder(ref.folder, folder, &error);
        else if (!ref.isFolder)
            done = m_store->moveToFolder(ref.folder, ref.name, folder, &error);
        if (!done)
            problems.append(error);
        else if (!ref.isFolder)
            select(folder, ref.name); // the moved message stays the current one
    }
    if (!problems.isEmpty())
        showProblem(problems.join(QLatin1Char('\n')));
}

void MessageLibraryPanel::rebuild()
{
    const std::optional<LibraryTree::ItemRef> current = m_tree->currentRef();
    m_tree->clear();
    const bool readOnly = !m_store || m_store->isReadOnly();
    m_readOnly->setVisible(m_store && m_store->isReadOnly());
    if (m_store && m_store->isReadOnly())
        m_readOnly->setText(tr("The message library cannot be changed: %1").arg(m_store->loadError().toString()));
    m_tree->setDragEnabled(!readOnly);
    if (!m_store) {
        updateActions();
        return;
    }
    const QString text = m_search->text();
    const bool searching = !text.trimmed().isEmpty();
    QHash<QString, QTreeWidgetItem *> folderItems;
    const std::function<QTreeWidgetItem *(const QString &)> folderItem = [&](const QString &folder) -> QTreeWidgetItem * {
        if (folder.isEmpty())
            return m_tree->invisibleRootItem();
        if (QTreeWidgetItem *item = folderItems.value(folder))
            return item;
        auto *item = new QTreeWidgetItem(folderItem(MessageLibrary::parentFolder(folder)), QStringList{leafOf(folder)});
        LibraryTree::setRef(item, LibraryTree::ItemRef{true, folder, {}});
        item->setToolTip(0, folder);
        item->setIcon(0, m_tree->style()->standardIcon(QStyle::SP_DirIcon));
        folderItems.insert(folder, item);
        return item;
    };
    if (!searching) {
        for (const QString &folder : m_store->folders())
            folderItem(folder);
    }
    QList<LibraryMessage> messages = m_store->search(text);
    std::stable_sort(messages.begin(), messages.end(), [](const LibraryMessage &a, const LibraryMessage &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    for (const LibraryMessage &message : messages) {
        auto *item = new QTreeWidgetItem(folderItem(message.folder), QStringList{message.name, modeText(message.mode)});
        LibraryTree::setRef(item, LibraryTree::ItemRef{false, message.folder, message.name});
        item->setToolTip(0, message.content.left(ToolTipChars));
    }
    {
        // Not the user's doing: what the user closed stays closed after a search.
        const QSignalBlocker blocker(m_tree);
        for (auto it = folderItems.cbegin(); it != folderItems.cend(); ++it)
            it.value()->setExpanded(searching || !m_collapsed.contains(it.key()));
    }
    if (current) {
        if (QTreeWidgetItem *item = m_tree->findItem(*current))
            m_tree->setCurrentItem(item);
    }
    if (searching && messages.isEmpty())
        m_status->setText(tr("No message matches \"%1\".").arg(text.trimmed()));
    else if (m_store->messages().isEmpty() && m_store->folders().isEmpty())
        m_status->setText(tr("The library is empty: save a message with the composer's ⋯ → Save to Library…"));
    else
        m_status->clear();
    updateActions();
}

void MessageLibraryPanel::updateActions()
{
    const bool writable = m_store && !m_store->isReadOnly();
    const std::optional<LibraryTree::ItemRef> ref = m_tree->currentRef();
    m_loadAction->setEnabled(ref && !ref->isFolder);
    m_newFolderAction->setEnabled(writable);
    m_renameAction->setEnabled(writable && ref.has_value());
    m_moveAction->setEnabled(writable && ref.has_value());
    m_deleteAction->setEnabled(writable && ref.has_value());
}

void MessageLibraryPanel::showProblem(const QString &error)
{
    m_status->setText(error);
}

void MessageLibraryPanel::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_loadAction);
    menu.addSeparator();
    menu.addAction(m_renameAction);
    menu.addAction(m_moveAction);
    menu.addAction(m_newFolderAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MessageLibraryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MessageLibraryPanel::retranslateUi()
{
    setWindowTitle(tr("Message Library"));
    m_search->setPlaceholderText(tr("Search names, folders and content"));
    m_search->setAccessibleName(tr("Search the message library"));
    m_tree->setHeaderLabels({tr("Name"), tr("Mode")});
    m_tree->setAccessibleName(tr("Message library"));
    m_loadAction->setText(tr("&Load into Composer"));
    m_loadAction->setToolTip(tr("Load the message into the composer (Enter or double-click)"));
    m_newFolderAction->setText(tr("New &Folder…"));
    m_renameAction->setText(tr("&Rename…"));
    m_moveAction->setText(tr("&Move to Folder…"));
    m_moveAction->setToolTip(tr("Move the selected items to a folder (or drag them onto one)"));
    m_deleteAction->setText(tr("&Delete…"));
    rebuild();
}
