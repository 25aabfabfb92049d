// MainWindow: opening session tabs (empty, from a profile, from a file), binding them to profiles, closing them.
#include "widgets/mainwindow.h"

#include "core/export/eventformatter.h"
#include "core/profiles/profilestore.h"
#include "core/session/session.h"
#include "widgets/session/sessiontab.h"
#include "widgets/sessionfilecommands.h"
#include "widgets/sessiontabsmemory.h"
#include "widgets/tabactions.h"
#include "widgets/tabtitles.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QStackedWidget>
#include <QTabWidget>

int MainWindow::openSessionTab(const QString &title, const ConnectionSettings &settings)
{
    return addSessionTab(settings, [this, &title](SessionTab *tab) {
        if (m_store->contains(title))
            bindProfile(tab, title);
        else
            m_titles->setUserTitle(tab, title);
    });
}

int MainWindow::addSessionTab(const ConnectionSettings &settings, const std::function<void(SessionTab *)> &title)
{
    auto *tab = new SessionTab(settings, m_tabs);
    tab->applySettings(m_appSettings);
    tab->setMessageLibrary(m_library);
    tab->setEnvironmentStore(m_environments);
    connect(this, &MainWindow::appSettingsChanged, tab, &SessionTab::applySettings);
    // The menu actions carry the session shortcuts; the tab's own would make them ambiguous.
    tab->setShortcutsEnabled(false);
    const auto whenCurrent = [this, tab](void (SessionTab::*slot)()) {
        return [this, tab, slot] {
            if (m_tabs->currentWidget() == tab)
                (tab->*slot)();
        };
    };
    connect(action(ActionId::FindInLog), &QAction::triggered, tab, whenCurrent(&SessionTab::focusSearch));
    connect(action(ActionId::ClearLog), &QAction::triggered, tab, whenCurrent(&SessionTab::clearLog));
    connect(action(ActionId::FocusUrl), &QAction::triggered, tab, whenCurrent(&SessionTab::focusUrl));
    connect(action(ActionId::ConnectDisconnect), &QAction::triggered, tab, whenCurrent(&SessionTab::toggleConnection));
    connect(action(ActionId::Send), &QAction::triggered, tab, whenCurrent(&SessionTab::send));
    connect(action(ActionId::Ping), &QAction::triggered, tab, whenCurrent(&SessionTab::ping));
    connect(action(ActionId::CloseSession), &QAction::triggered, tab, whenCurrent(&SessionTab::openCloseDialog));

    // The scenario panel of a tab without a profile offers to save the tab as one.
    connect(tab, &SessionTab::saveAsProfileRequested, this,
            [this, tab] { m_tabActions->saveTabAsProfile(m_tabs->indexOf(tab)); });

    const int index = m_tabs->addTab(tab, QString());
    title(tab);
    updateTabToolTip(tab);
    connect(tab, &SessionTab::stateChanged, this, [this, tab](SessionState state) {
        if (state == SessionState::Connecting)
            m_titles->connecting(tab, tab->session()->settings().parsedUrl());
        updateTabToolTip(tab);
    });
    m_central->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    // The keyboard follows the new tab (else typing went to the list it was opened from): an
    // empty tab waits for its URL, the others show their log.
    if (settings.url.isEmpty())
        tab->focusUrl();
    else
        tab->setFocus(Qt::OtherFocusReason);
    updateSessionActions();
    emit sessionTabOpened(tab, settings);
    return index;
}

void MainWindow::bindProfile(SessionTab *tab, const QString &profileName)
{
    // Saved messages belong to the profile the tab was opened from (kept in memory otherwise).
    tab->setProfile(m_store, profileName);
    m_titles->setProfileTitle(tab, profileName);
    updateTabToolTip(tab);
}

void MainWindow::updateTabToolTip(SessionTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    QStringList lines{m_titles->title(tab)};
    const QString url = tab->connectionSettings().url;
    if (!url.isEmpty())
        lines.append(url);
    if (tab->session()->state() != SessionState::Idle)
        lines.append(EventFormatter::stateName(tab->session()->state()));
    m_tabs->setTabToolTip(index, lines.join(QLatin1Char('\n')));
}

int MainWindow::openProfile(const QString &name, bool newTab)
{
    const std::optional<Profile> profile = m_store->profile(name);
    if (!profile) {
        showStatusMessage(tr("There is no profile named “%1”.").arg(name));
        return -1;
    }
    if (QWidget *open = newTab ? nullptr : m_titles->tabOfProfile(name)) {
        m_tabs->setCurrentWidget(open);
        open->setFocus(Qt::OtherFocusReason);
        showStatusMessage(tr("“%1” is open already; this is its tab (Shift+Enter in the list opens another).").arg(name));
        return m_tabs->indexOf(open);
    }
    return addSessionTab(profile->connection, [this, &name](SessionTab *tab) { bindProfile(tab, name); });
}

void MainWindow::openProfileAndConnect(const QString &name, bool newTab)
{
    auto *tab = qobject_cast<SessionTab *>(m_tabs->widget(openProfile(name, newTab)));
    if (!tab)
        return;
    const SessionState state = tab->session()->state();
    if (state == SessionState::Idle || state == SessionState::Closed)
        tab->connectSession();
}

int MainWindow::openSessionFile(const QString &path, QString *error)
{
    const int index = m_files->openFile(path, error);
    updateSessionActions();
    return index;
}

void MainWindow::restoreSessionTabs()
{
    SessionTabsMemory::restore(this, m_store);
}

void MainWindow::closeTab(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!tab)
        return;
    emit sessionTabClosing(tab);
    m_titles->forget(tab);
    m_tabs->removeTab(index);
    tab->deleteLater();
    if (m_tabs->count() == 0)
        m_central->setCurrentWidget(m_welcome);
    updateSessionActions();
}

void MainWindow::updateSessionActions()
{
    QWidget *current = m_tabs->currentWidget();
    const bool session = current != nullptr;
    // A tab opened from a file has a log to read, no connection to use.
    const auto *tab = qobject_cast<const SessionTab *>(current);
    const bool live = session && !(tab && tab->isReadOnly());
    for (const ActionId id : {ActionId::FindInLog, ActionId::ClearLog})
        action(id)->setEnabled(session);
    for (const ActionId id : {ActionId::FocusUrl, ActionId::ConnectDisconnect, ActionId::Send, ActionId::Ping, ActionId::CloseSession})
        action(id)->setEnabled(live);
    m_files->updateActions();
    for (const ActionId id : {ActionId::CloseTab, ActionId::RenameTab, ActionId::SaveTabAsProfile})
        action(id)->setEnabled(current != nullptr);
    action(ActionId::NextTab)->setEnabled(m_tabs->count() > 1);
    action(ActionId::PreviousTab)->setEnabled(m_tabs->count() > 1);
}
