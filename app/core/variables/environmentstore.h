#pragma once

#include "core/profiles/profileloaderror.h"
#include "core/variables/environment.h"
#include "core/variables/variableresolver.h"

#include <QObject>
#include <QString>

// The environments of one profiles folder, in `<folder>/environments/environments.json` (written
// through SafeFileWriter: whole or not at all, 0600). The one place the app and the CLI get them
// and the resolver they imply.
//
// Secret variables' values never reach the file (EnvironmentSerializer omits them); they are kept
// here in memory for the session, so a secret typed once works until the app quits.
// A file that cannot be read (malformed, or from a newer WsScope) is left untouched: the store
// is then read-only, loadError() says why, and save() refuses.
class EnvironmentStore : public QObject
{
    Q_OBJECT

public:
    explicit EnvironmentStore(const QString &profilesDirectory, QObject *parent = nullptr);

    QString filePath() const { return m_path; }
    // Reads the file (none yet: no environments). False when it exists but cannot be used.
    bool load();
    const ProfileLoadError &loadError() const { return m_loadError; }
    bool isReadOnly() const { return m_readOnly; }

    const EnvironmentSet &environments() const { return m_set; }
    QStringList environmentNames() const;
    // Replaces everything and saves. False with a translated *error (the file is unchanged).
    bool save(const EnvironmentSet &set, QString *error = nullptr);
    // Makes `name` (empty: none) the active environment and saves.
    bool setActive(const QString &name, QString *error = nullptr);

    // The globals, then `environmentName` (empty: the active one; "-": none) as resolver scopes;
    // callers add the profile's and the command line's scopes after them. An unknown name gives
    // false with *error naming it and the known ones.
    bool resolverFor(const QString &environmentName, VariableResolver *resolver, QString *error = nullptr) const;

    static constexpr const char *NoEnvironment = "-";

signals:
    void changed();

private:
    void keepSecretsInMemory(const EnvironmentSet &set);
    void restoreSecrets(EnvironmentSet *set) const;

    QString m_path;
    EnvironmentSet m_set;
    ProfileLoadError m_loadError;
    bool m_readOnly = false;
    QHash<QString, QString> m_secretValues; // "environment\nvariable" -> value ("" environment: globals)
};
