#include "widgets/session/scenariolibrary.h"

#include "core/profiles/profilestore.h"
#include "core/profiles/profilevalidator.h"

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

void ScenarioLibrary::setProfile(ProfileStore *store, const QString &profileName)
{
    m_store = store;
    m_profileName = profileName;
}

QList<SavedScenario> ScenarioLibrary::scenarios() const
{
    if (!hasProfile())
        return m_memory;
    if (const std::optional<Profile> profile = m_store->profile(m_profileName))
        return profile->scenarios;
    return {};
}

std::optional<SavedScenario> ScenarioLibrary::scenario(const QString &name) const
{
    for (const SavedScenario &s : scenarios()) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

bool ScenarioLibrary::put(const SavedScenario &scenarioIn, const QString &oldName, QString *error)
{
    SavedScenario scenario = scenarioIn;
    scenario.name = scenario.name.trimmed();
    if (const QString why = ProfileValidator::checkScenario(scenario); !why.isEmpty())
        return fail(error, why);
    QList<SavedScenario> list = scenarios();
    const QString replaces = oldName.isEmpty() ? scenario.name : oldName;
    int index = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).name == replaces)
            index = i;
        else if (list.at(i).name == scenario.name)
            return fail(error, tr("There is already a scenario named \"%1\".").arg(scenario.name));
    }
    if (index >= 0)
        list[index] = scenario;
    else
        list.append(scenario);
    return store(list, error);
}

bool ScenarioLibrary::remove(const QString &name, QString *error)
{
    QList<SavedScenario> list = scenarios();
    if (list.removeIf([&name](const SavedScenario &s) { return s.name == name; }) == 0)
        return fail(error, tr("There is no scenario named \"%1\".").arg(name));
    return store(list, error);
}

QString ScenarioLibrary::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) { return scenario(name).has_value(); };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = tr("%1 %2").arg(base).arg(n);
        if (!taken(name))
            return name;
    }
}

bool ScenarioLibrary::adoptMemory(QString *error)
{
    if (!hasProfile() || m_memory.isEmpty())
        return true;
    QList<SavedScenario> list = scenarios();
    const QList<SavedScenario> kept = m_memory;
    for (SavedScenario s : kept) {
        s.name = uniqueName(s.name);
        list.append(s);
        // uniqueName() looks at the store: give it the names added so far.
        if (!store(list, error))
            return false;
    }
    m_memory.clear();
    return true;
}

bool ScenarioLibrary::store(const QList<SavedScenario> &list, QString *error)
{
    if (!hasProfile()) {
        m_memory = list;
        return true;
    }
    std::optional<Profile> profile = m_store->profile(m_profileName);
    if (!profile)
        return fail(error, tr("The profile \"%1\" no longer exists; the scenario was not saved.").arg(m_profileName));
    profile->scenarios = list;
    return m_store->save(*profile, error);
}
