// ConnectionBar: the environment picker and the URL's `{{name}}` references.
#include "widgets/session/connectionbar.h"

#include "core/variables/environmentstore.h"
#include "core/variables/variableresolver.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace {

// The picker's item data: an environment's name, "" for none, this for the manage entry.
const QString kManageEntry = QStringLiteral("\x01manage");

} // namespace

void ConnectionBar::setEnvironmentStore(EnvironmentStore *store)
{
    if (m_environments)
        disconnect(m_environments, nullptr, this, nullptr);
    m_environments = store;
    m_environment->setVisible(store != nullptr);
    if (store) {
        connect(store, &EnvironmentStore::changed, this, [this] {
            fillEnvironments();
            validateUrl();
        });
    }
    fillEnvironments();
    validateUrl();
}

void ConnectionBar::setResolverSource(ResolverSource source)
{
    m_resolverSource = std::move(source);
    validateUrl();
}

void ConnectionBar::refreshResolvedUrl()
{
    validateUrl();
}

bool ConnectionBar::resolveUrl(QString *why)
{
    const QString text = m_url->text();
    m_resolvedUrl = text;
    if (!VariableResolver::hasReferences(text))
        return true;
    VariableResolver resolver;
    if (m_resolverSource && !m_resolverSource(&resolver, why))
        return false;
    const VariableResolver::Result result = resolver.resolve(text);
    if (!result.ok) {
        *why = tr("The URL: %1").arg(result.error);
        return false;
    }
    m_resolvedUrl = result.text;
    return true;
}

void ConnectionBar::fillEnvironments()
{
    const QSignalBlocker blocker(m_environment);
    m_environment->clear();
    m_environment->addItem(tr("No environment"), QString());
    if (!m_environments)
        return;
    const QStringList names = m_environments->environmentNames();
    for (const QString &name : names)
        m_environment->addItem(name, name);
    m_environment->insertSeparator(m_environment->count());
    m_environment->addItem(tr("Manage environments…"), kManageEntry);
    const int active = m_environment->findData(m_environments->environments().active);
    m_environment->setCurrentIndex(active < 0 ? 0 : active);
    m_environment->setAccessibleName(tr("Environment"));
    if (m_environments->isReadOnly()) {
        m_environment->setToolTip(tr("%1 could not be read, so the environment cannot be switched: %2")
                                          .arg(m_environments->filePath(), m_environments->loadError().message));
    } else {
        m_environment->setToolTip(tr("The environment whose variables `{{name}}` references resolve to"));
    }
}

bool ConnectionBar::chooseEnvironment(const QString &name, QString *error)
{
    QString why;
    if (!m_environments)
        why = tr("No environments are available.");
    else if (m_environments->environments().active != name && !m_environments->setActive(name, &why))
        why = tr("The environment was not switched: %1").arg(why);
    m_environmentError = why;
    fillEnvironments();
    validateUrl();
    if (error)
        *error = why;
    return why.isEmpty();
}

void ConnectionBar::onEnvironmentActivated(int index)
{
    const QString data = m_environment->itemData(index).toString();
    if (data == kManageEntry) {
        fillEnvironments(); // back to the active one: the entry is a command, not a choice
        emit manageEnvironmentsRequested();
        return;
    }
    chooseEnvironment(data);
}
