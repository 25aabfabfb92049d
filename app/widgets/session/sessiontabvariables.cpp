// SessionTab: connecting and sending with `{{name}}` references resolved (docs/ARCHITECTURE.md).
#include "widgets/session/sessiontab.h"

#include "core/profiles/profilestore.h"
#include "core/session/session.h"
#include "core/variables/connectionresolver.h"
#include "core/variables/environmentstore.h"
#include "core/variables/variableresolver.h"
#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/logview.h"
#include "widgets/variables/environmentsdialog.h"

void SessionTab::setEnvironmentStore(EnvironmentStore *store)
{
    m_environments = store;
    m_bar->setEnvironmentStore(store);
}

void SessionTab::setVariablesProfile(ProfileStore *store, const QString &profileName)
{
    if (m_profileStore)
        disconnect(m_profileStore, nullptr, this, nullptr);
    m_profileStore = store;
    m_profileName = profileName;
    // The profile's variables may change in its editor: the URL preview follows.
    if (store)
        connect(store, &ProfileStore::profilesChanged, this, [this] { m_bar->refreshResolvedUrl(); });
    m_bar->refreshResolvedUrl();
}

bool SessionTab::buildResolver(VariableResolver *resolver, QString *error) const
{
    QList<Variable> profileVariables;
    if (m_profileStore && !m_profileName.isEmpty()) {
        if (const std::optional<Profile> profile = m_profileStore->profile(m_profileName))
            profileVariables = profile->variables;
    }
    QString why;
    if (ConnectionResolver::resolverFor(m_environments, QString(), profileVariables, {}, resolver, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

bool SessionTab::resolveText(const QString &text, QString *out, QString *error) const
{
    // Text without references goes out as it is: no resolver, no copy that could differ.
    if (!VariableResolver::hasReferences(text)) {
        *out = text;
        return true;
    }
    VariableResolver resolver;
    if (!buildResolver(&resolver, error))
        return false;
    const VariableResolver::Result result = resolver.resolve(text);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    *out = result.text;
    return true;
}

void SessionTab::sendComposerText(const QString &text)
{
    QString resolved;
    QString error;
    if (!resolveText(text, &resolved, &error)) {
        m_composer->reportSendError(tr("Not sent: %1").arg(error));
        return;
    }
    if (!m_session->sendText(resolved, &error))
        m_composer->reportSendError(error);
}

void SessionTab::manageEnvironments()
{
    if (!m_environments)
        return;
    auto *dialog = new EnvironmentsDialog(m_environments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ConnectionSettings SessionTab::connectionSettings() const
{
    // Settings given to the session from outside the tab are the template from then on.
    ConnectionSettings settings = m_session->settings() == m_given ? m_settings : m_session->settings();
    settings.url = m_bar->urlText();
    settings.tapEnabled = m_bar->isTapEnabled();
    return settings;
}

bool SessionTab::connectSession(QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_readOnly)
        return fail(tr("This tab shows a session file; it has no connection. Open a new session tab to connect."));
    if (!m_bar->urlError().isEmpty())
        return fail(m_bar->urlError()); // shown under the URL already
    m_settings = connectionSettings();
    // Resolved before anything is opened: a variable that is not defined refuses the connect,
    // named, and the session (and so its log) only ever sees what is actually sent.
    VariableResolver resolver;
    QString why;
    if (!buildResolver(&resolver, &why)) {
        m_bar->setConnectFailed(why);
        return fail(why);
    }
    const ConnectionResolver::Result resolved = ConnectionResolver::resolve(m_settings, resolver);
    if (!resolved.ok) {
        m_bar->setConnectFailed(resolved.error);
        return fail(resolved.error);
    }
    m_given = resolved.settings;
    m_session->setSettings(resolved.settings);
    m_log->setConnectionSettings(m_session->settings());
    m_bar->setTlsInfo(false);
    m_lastTls = Event();
    if (m_session->open(&why))
        return true;
    m_bar->setConnectFailed(why); // found before connecting: the badge names it, not "Idle"
    return fail(why);
}

EnvironmentStore *SessionTab::environmentStore() const
{
    return m_environments;
}
