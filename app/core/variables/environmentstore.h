#pragma once

#include "core/profiles/profileloaderror.h"
#include "core/secrets/secretstore.h"
#include "core/variables/environment.h"
#include "core/variables/variableresolver.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

// The environments of one profiles folder, in `<folder>/environments/environments.json` (written
// through SafeFileWriter: whole or not at all, 0600). The one place the app and the CLI get them
// and the resolver they imply.
//
// Secret variables' values never reach the file (EnvironmentSerializer omits them): save() hands
// them to a SecretStore (the OS keychain in the app, under SecretKey::forEnvironmentVariable;
// by default a MemorySecretStore, so a secret typed once works until the app quits), and load()
// asks the store for every secret whose value this session does not know yet. A keychain answers
// later: the values are filled in then and changed() is emitted (waitForSecrets() blocks for the
// CLI). A secret still being read is neither written nor removed by a save() meanwhile.
// A file that cannot be read (malformed, or from a newer WsScope) is left untouched: the store
// is then read-only, loadError() says why, and save() refuses.
class EnvironmentStore : public QObject
{
    Q_OBJECT

public:
    // `secrets` is not owned and must outlive this store; none: a MemorySecretStore of its own.
    explicit EnvironmentStore(const QString &profilesDirectory, SecretStore *secrets = nullptr, QObject *parent = nullptr);

    SecretStore *secretStore() const { return m_secrets; }
    // Later loads and saves use `secrets` (none: a MemorySecretStore of its own).
    void setSecretStore(SecretStore *secrets);
    // Whether secret values asked for by load() are still to come.
    bool hasPendingSecrets() const { return !m_pendingSecrets.isEmpty(); }
    // Waits (a local event loop) until they came or timeoutMs passed; false on the timeout.
    bool waitForSecrets(int timeoutMs);

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
    // A secret value could not be read or stored (translated, naming the variable).
    void secretFailed(const QString &message);
    // Every secret asked for by load() has been answered.
    void secretsSettled();

private:
    void requestSecrets();
    void storeSecrets(const EnvironmentSet &before, const EnvironmentSet &after);
    void onSecretRead(const QString &environment, const QString &variable, const QString &value);

    QString m_path;
    EnvironmentSet m_set;
    ProfileLoadError m_loadError;
    bool m_readOnly = false;
    SecretStore *m_ownSecrets = nullptr; // the default MemorySecretStore, a child
    QPointer<SecretStore> m_secrets;
    QSet<QString> m_pendingSecrets; // SecretKey keys asked for and not answered yet
    bool m_loading = false;         // load() emits changed() once for the values answered at once
};
