#include "widgets/profiles/profilesdock.h"

#include "widgets/icons.h"

#include "widgets/profiles/commandimportdialog.h"
#include "widgets/profiles/profilecommand.h"
#include "widgets/profiles/profileeditflow.h"
#include "widgets/profiles/profileeditordialog.h"
#include "widgets/profiles/profilefilesflow.h"
#include "core/profiles/profilestore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum Role { NameRole = Qt::UserRole + 1, FilterRole };

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

} // namespace

ProfilesDock::ProfilesDock(ProfileStore *store, QWidget *parent)
    : QDockWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("profilesDock")); // for QMainWindow::saveState
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_undoStack = new QUndoStack(this);
    m_editFlow = new ProfileEditFlow(m_store, this, &m_lastError,
                                     [this](ProfileCommand *command, const QString &select) { push(command, select); });
    connect(m_editFlow, &ProfileEditFlow::reloaded, this, [this](const QString &name) {
        showMessage(QString());
        selectProfile(name);
    });

    auto *content = new QWidget(this);
    m_filter = new QLineEdit(content);
    m_filter->setClearButtonEnabled(true);

    const auto makeAction = [this](const QString &icon) {
        auto *action = new QAction(this);
        action->setIcon(Icons::load(icon));
        return action;
    };
    m_new = makeAction(QStringLiteral("profile-new"));
    m_new->setShortcut(QKeySequence::New);
    m_edit = makeAction(QStringLiteral("profile-edit"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicate = makeAction(QStringLiteral("profile-duplicate"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_rename = makeAction(QStringLiteral("profile-rename"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = makeAction(QStringLiteral("profile-delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_open = makeAction(QStringLiteral("session-open"));
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openInNewTab = makeAction(QStringLiteral("tab-new"));
    m_openInNewTab->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Enter)});
    m_importCommand = makeAction(QStringLiteral("profile-new"));
    m_importProfiles = makeAction(QStringLiteral("profile-new"));
    m_exportProfiles = makeAction(QStringLiteral("profile-duplicate"));
    m_filesFlow = new ProfileFilesFlow(m_store, this, &m_lastError,
                                       [this](ProfileCommand *command, const QString &select) { push(command, select); });

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(2);
    for (QAction *action : {m_new, m_edit, m_duplicate, m_rename, m_delete}) {
        auto *button = new QToolButton(content);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setFocusPolicy(Qt::TabFocus);
        tools->addWidget(button);
        m_toolButtons.append(button);
    }
    tools->addStretch(1);

    // Files that did not load: named with line:column, left untouched, reloadable after a fix.
    m_errorBar = new ProfileErrorBar(content);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QListView(content);
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Keys that act on the selected profile work only while the list has focus, so Del, F2 and
    // Enter keep their usual meaning in text fields elsewhere in the window.
    for (QAction *action : {m_rename, m_delete, m_open, m_openInNewTab, m_duplicate}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    // The empty state is drawn inside the list, where the profiles would be, rather than under a
    // blank list at the bottom of the dock; clicks go through to the list (its context menu).
    m_empty = new QLabel(m_view->viewport());
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->setContentsMargins(8, 8, 8, 8);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addStretch(2);
    m_message = new QLabel(content);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_undoBar = new ProfileUndoBar(content);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addLayout(tools);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_undoBar);
    setWidget(content);
    setFocusProxy(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateEmptyState();
        updateActions();
    });
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesDock::rebuild);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesDock::updateErrorBar);
    connect(m_store, &ProfileStore::loadErrors, this, &ProfilesDock::updateErrorBar);
    connect(m_errorBar, &ProfileErrorBar::reloadRequested, this, [this] {
        m_store->load();
        updateErrorBar();
    });
    connect(m_store, &ProfileStore::warning, this, &ProfilesDock::showMessage);
    connect(m_new, &QAction::triggered, this, &ProfilesDock::newProfile);
    connect(m_importCommand, &QAction::triggered, this, &ProfilesDock::importCommand);
    connect(m_importProfiles, &QAction::triggered, m_filesFlow, &ProfileFilesFlow::importProfiles);
    connect(m_exportProfiles, &QAction::triggered, this, [this] { m_filesFlow->exportProfiles(currentProfileName()); });
    connect(m_filesFlow, &ProfileFilesFlow::failed, this, &ProfilesDock::showMessage);
    connect(m_edit, &QAction::triggered, this, &ProfilesDock::editCurrent);
    connect(m_duplicate, &QAction::triggered, this, &ProfilesDock::duplicateCurrent);
    connect(m_rename, &QAction::triggered, this, &ProfilesDock::renameCurrent);
    connect(m_delete, &QAction::triggered, this, &ProfilesDock::deleteCurrent);
    connect(m_open, &QAction::triggered, this, [this] {
        const QString name = currentProfileName();
        if (!name.isEmpty())
            emit openProfileRequested(name);
    });
    connect(m_openInNewTab, &QAction::triggered, this, [this] {
        const QString name = currentProfileName();
        if (!name.isEmpty())
            emit openProfileInNewTabRequested(name);
    });
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openProfileRequested(index.data(NameRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProfilesDock::updateActions);
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_open, m_openInNewTab});
        menu.addSeparator();
        menu.addActions({m_new, m_importCommand, m_edit, m_duplicate, m_rename});
        menu.addSeparator();
        menu.addActions({m_importProfiles, m_exportProfiles});
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_rebuilding)
            return;
        const QString from = item->data(NameRole).toString();
        const QString to = item->text().trimmed();
        if (from == to)
            return;
        // Deferred: the rename rebuilds the model, which must not happen inside the item's own signal.
        QTimer::singleShot(0, this, [this, from, to] { onItemRenamed(from, to); });
    });
    connect(m_undoBar, &ProfileUndoBar::undoRequested, this, [this] {
        m_lastError.clear();
        m_undoStack->undo();
        showMessage(m_lastError); // e.g. the trash entry is gone
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        // The bar offers to undo one particular delete; any other step makes it stale.
        if (m_undoStack->index() == 0 || m_undoStack->undoText() != m_undoBar->undoText())
            m_undoBar->hide();
    });

    retranslateUi();
    rebuild();
    updateErrorBar();
}

ProfilesDock::~ProfilesDock()
{
    // The undo stack, a child, clears itself when it is destroyed and says so: not to this dock,
    // which by then is no longer one.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

ProfileEditorDialog *ProfilesDock::openEditor() const
{
    return m_editFlow->editor();
}

ProfileConflictDialog *ProfilesDock::conflictDialog() const
{
    return m_editFlow->conflictDialog();
}

QString ProfilesDock::currentProfileName() const
{
    return m_view->currentIndex().data(NameRole).toString();
}

bool ProfilesDock::selectProfile(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(NameRole).toString() == name) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ProfilesDock::rebuild()
{
    const QString current = currentProfileName();
    m_rebuilding = true;
    m_model->clear();
    const QList<Profile> profiles = m_store->profiles();
    for (const Profile &p : profiles) {
        auto *item = new QStandardItem(p.name);
        const QString url = p.connection.url;
        item->setData(p.name, NameRole);
        item->setData(QString(p.name + QLatin1Char('\n') + url), FilterRole);
        item->setToolTip(url.isEmpty() ? p.name : p.name + QLatin1Char('\n') + url);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        m_model->appendRow(item);
    }
    m_rebuilding = false;
    if (!selectProfile(current) && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateEmptyState();
    updateActions();
}

void ProfilesDock::updateActions()
{
    const bool has = !currentProfileName().isEmpty();
    for (QAction *action : {m_edit, m_duplicate, m_rename, m_delete, m_open, m_openInNewTab})
        action->setEnabled(has);
    m_exportProfiles->setEnabled(m_model->rowCount() > 0);
}

void ProfilesDock::updateEmptyState()
{
    if (m_model->rowCount() == 0)
        m_empty->setText(tr("No profiles yet. Create one with New (%1).")
                                 .arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    else if (m_proxy->rowCount() == 0)
        m_empty->setText(tr("No profile matches “%1”.").arg(m_filter->text()));
    m_empty->setVisible(m_proxy->rowCount() == 0);
}

void ProfilesDock::updateErrorBar()
{
    m_errorBar->setErrors(m_store->errors(), m_store->directory());
}

void ProfilesDock::showMessage(const QString &text)
{
    m_message->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    m_message->setVisible(!text.isEmpty());
}

void ProfilesDock::push(ProfileCommand *command, const QString &select)
{
    m_lastError.clear();
    m_undoStack->push(command); // runs redo(); a refused command removes itself (obsolete)
    showMessage(m_lastError);
    if (m_lastError.isEmpty() && !select.isEmpty())
        selectProfile(select);
}

void ProfilesDock::newProfile()
{
    const QUrl url = m_newProfileUrl ? m_newProfileUrl() : QUrl();
    if (url.isEmpty()) {
        m_editFlow->openEditorFor(QString());
        return;
    }
    Profile start;
    start.connection.url = url.toString();
    m_editFlow->openEditorForNew(start);
}

CommandImportDialog *ProfilesDock::commandImportDialog() const
{
    return m_commandImport;
}

void ProfilesDock::importCommand()
{
    if (m_commandImport) {
        m_commandImport->raise();
        m_commandImport->activateWindow();
        return;
    }
    m_commandImport = new CommandImportDialog(this);
    m_commandImport->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_commandImport, &CommandImportDialog::profileChosen, this,
            [this](const Profile &profile) { m_editFlow->openEditorForNew(profile); });
    m_commandImport->open();
}

void ProfilesDock::newProfileFrom(const Profile &start, std::function<void(const QString &)> created)
{
    m_editFlow->openEditorForNew(start, std::move(created));
}

void ProfilesDock::editCurrent()
{
    const QString name = currentProfileName();
    if (!name.isEmpty())
        m_editFlow->openEditorFor(name);
}

void ProfilesDock::duplicateCurrent()
{
    const QString name = currentProfileName();
    const std::optional<Profile> profile = m_store->profile(name);
    if (!profile)
        return;
    Profile copy = *profile;
    copy.name = m_store->nameForCopy(name);
    push(ProfileCommand::create(m_store, copy, &m_lastError), copy.name);
}

void ProfilesDock::renameCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    m_view->setFocus();
    m_view->edit(index);
}

void ProfilesDock::onItemRenamed(const QString &from, const QString &to)
{
    push(ProfileCommand::rename(m_store, from, to, &m_lastError), to);
    if (!m_lastError.isEmpty())
        rebuild(); // put the old name back in the list
    selectProfile(m_lastError.isEmpty() ? to : from);
    if (!m_lastError.isEmpty() && m_store->isChangedOnDisk(from)) {
        m_editFlow->askAboutConflict(from, [this, from, to] {
            push(ProfileCommand::rename(m_store, from, to, &m_lastError, ProfileStore::Conflicts::Overwrite), to);
            return m_lastError.isEmpty();
        }, {});
    }
}

void ProfilesDock::deleteCurrent()
{
    const QString name = currentProfileName();
    if (name.isEmpty())
        return;
    const int row = m_view->currentIndex().row();
    push(ProfileCommand::remove(m_store, name, &m_lastError), QString());
    if (!m_lastError.isEmpty())
        return;
    // Keep the keyboard where it was: the next profile (or the last one) becomes current.
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(qMin(row, m_proxy->rowCount() - 1), 0));
    m_undoBar->showFor(name, m_undoStack->undoText());
}

void ProfilesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ProfilesDock::retranslateUi()
{
    setWindowTitle(tr("Profiles"));
    m_filter->setPlaceholderText(tr("Filter by name or URL"));
    m_filter->setAccessibleName(tr("Filter profiles"));
    m_view->setAccessibleName(tr("Profiles"));
    m_new->setText(tr("&New Profile…"));
    m_edit->setText(tr("&Edit Profile…"));
    m_duplicate->setText(tr("&Duplicate Profile"));
    m_rename->setText(tr("&Rename Profile"));
    m_delete->setText(tr("De&lete Profile"));
    m_open->setText(tr("&Open and Connect"));
    m_openInNewTab->setText(tr("Open in New &Tab"));
    m_importCommand->setText(tr("&Import from Command Line…"));
    m_importProfiles->setText(tr("Import &Profiles…"));
    m_exportProfiles->setText(tr("E&xport Profiles…"));
    for (QAction *action : {m_new, m_edit, m_duplicate, m_rename, m_delete, m_open, m_openInNewTab, m_importCommand,
                            m_importProfiles, m_exportProfiles}) {
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(shortcut.isEmpty() ? plain(action->text())
                                              : tr("%1 (%2)").arg(plain(action->text()), shortcut));
    }
    for (QToolButton *button : std::as_const(m_toolButtons))
        button->setAccessibleName(plain(button->defaultAction()->text()));
    updateEmptyState();
}
