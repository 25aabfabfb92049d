#include "widgets/tabactions.h"

#include "core/profiles/profile.h"
#include "widgets/profiles/profilesdock.h"
#include "widgets/session/sessiontab.h"
#include "widgets/tabtitles.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>

TabActions::TabActions(QTabWidget *tabs, TabTitles *titles, ProfilesDock *dock, QAction *rename, QAction *saveAsProfile,
                       QAction *close, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_titles(titles)
    , m_dock(dock)
    , m_rename(rename)
    , m_saveAsProfile(saveAsProfile)
    , m_close(close)
{
    connect(m_rename, &QAction::triggered, this, [this] { renameTab(m_tabs->currentIndex()); });
    connect(m_saveAsProfile, &QAction::triggered, this, [this] { saveTabAsProfile(m_tabs->currentIndex()); });
    QTabBar *bar = m_tabs->tabBar();
    connect(bar, &QTabBar::tabBarDoubleClicked, this, &TabActions::renameTab);
    bar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(bar, &QTabBar::customContextMenuRequested, this, &TabActions::showMenu);
}

void TabActions::showMenu(const QPoint &pos)
{
    QTabBar *bar = m_tabs->tabBar();
    const int index = bar->tabAt(pos);
    if (index < 0)
        return;
    m_tabs->setCurrentIndex(index); // the menu's commands act on the tab it was opened on
    QMenu menu(bar);
    menu.addActions({m_rename, m_saveAsProfile});
    menu.addSeparator();
    menu.addAction(m_close);
    menu.exec(bar->mapToGlobal(pos));
}

void TabActions::renameTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab)
        return;
    finishRename(true);
    QTabBar *bar = m_tabs->tabBar();
    m_renaming = tab;
    m_editor = new QLineEdit(bar);
    m_editor->setObjectName(QStringLiteral("tabRenameEditor"));
    m_editor->setText(m_titles->title(tab));
    m_editor->selectAll();
    m_editor->setPlaceholderText(tr("Empty: named after its profile or URL"));
    m_editor->setAccessibleName(tr("Tab title"));
    m_editor->setGeometry(bar->tabRect(index));
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    connect(m_editor, &QLineEdit::editingFinished, this, [this] { finishRename(true); });
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool TabActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        finishRename(false);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void TabActions::finishRename(bool keep)
{
    if (!m_editor)
        return;
    QLineEdit *editor = m_editor;
    m_editor = nullptr; // editingFinished fires again while the editor goes
    if (keep && m_renaming)
        m_titles->setUserTitle(m_renaming, editor->text());
    if (m_renaming)
        m_renaming->setFocus(Qt::OtherFocusReason);
    m_renaming = nullptr;
    editor->hide();
    editor->deleteLater();
}

void TabActions::saveTabAsProfile(int index)
{
    auto *tab = qobject_cast<SessionTab *>(m_tabs->widget(index));
    if (!tab)
        return;
    Profile start;
    start.name = m_titles->title(tab);
    start.connection = tab->connectionSettings();
    QPointer<SessionTab> saved(tab);
    m_dock->newProfileFrom(start, [this, saved](const QString &name) {
        if (!saved)
            return;
        m_titles->setUserTitle(saved, QString());
        m_titles->setProfileTitle(saved, name);
        emit savedAsProfile(saved, name);
    });
}
