#pragma once

#include "core/profiles/profilestore.h"
#include "core/scenario/scenariostep.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

// Where a session tab's scenarios live: the attached profile of a store (each change saved at
// once with ProfileStore::save), or, for a tab without a profile, this object's memory. Like the
// composer's saved messages. Every change is checked by ProfileValidator first, so what is
// saved is what a later run and a later load accept.
class ScenarioLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLibrary)

public:
    void setProfile(ProfileStore *store, const QString &profileName);
    QString profileName() const { return m_profileName; }
    bool hasProfile() const { return m_store && !m_profileName.isEmpty(); }

    QList<SavedScenario> scenarios() const;
    std::optional<SavedScenario> scenario(const QString &name) const;
    // The memory's scenarios (a tab without a profile); moved into a profile by adoptMemory().
    QList<SavedScenario> memoryScenarios() const { return m_memory; }

    // Saves the scenario (replaces the one named `oldName`, or the one of its own name, else adds it).
    bool put(const SavedScenario &scenario, const QString &oldName, QString *error);
    bool remove(const QString &name, QString *error);
    // A name not used yet: base itself, else "base 2", "base 3", …
    QString uniqueName(const QString &base) const;
    // A profile was just attached: what the tab kept in memory goes into it (names made unique).
    bool adoptMemory(QString *error);

private:
    bool store(const QList<SavedScenario> &scenarios, QString *error);

    QPointer<ProfileStore> m_store; // a store that goes leaves the scenarios in memory
    QString m_profileName;
    QList<SavedScenario> m_memory;
};
