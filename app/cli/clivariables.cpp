#include "cli/clivariables.h"

#include "cli/cliprofileloader.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/variables/connectionresolver.h"
#include "core/variables/environmentstore.h"

namespace {

// How long the CLI waits for the keychain to hand over secret variables before going on
// without them (their references then fail with a message naming them).
constexpr int SecretsWaitMs = 5000;

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool needsVariables(const CliOptions &options)
{
    const ConnectionSettings &s = options.settings;
    bool any = VariableResolver::hasReferences(s.url) || VariableResolver::hasReferences(s.origin)
            || VariableResolver::hasReferences(s.proxy);
    for (const HeaderEntry &h : s.headers)
        any = any || (h.enabled && (VariableResolver::hasReferences(h.name) || VariableResolver::hasReferences(h.value)));
    for (const QString &p : s.subprotocols)
        any = any || VariableResolver::hasReferences(p);
    for (const ScenarioAction &a : options.actions)
        any = any || (a.kind == ScenarioAction::Kind::Text && VariableResolver::hasReferences(a.text));
    return any;
}

} // namespace

bool CliVariables::parseSet(const QString &value, QHash<QString, QString> *variables, QString *error)
{
    const qsizetype equals = value.indexOf(QLatin1Char('='));
    const QString name = equals < 0 ? value : value.left(equals).trimmed();
    if (equals < 0)
        return fail(error, tr("--set \"%1\": give name=value, e.g. --set host=127.0.0.1.").arg(value));
    if (!VariableResolver::isValidName(name))
        return fail(error, tr("--set \"%1\": \"%2\" is not a variable name (a letter or _, then letters, digits, _, - or .).")
                                   .arg(value, name));
    variables->insert(name, value.mid(equals + 1));
    return true;
}

bool CliVariables::apply(CliOptions *options, const QList<Variable> &profileVariables, QString *error)
{
    if (!needsVariables(*options) && options->environment.isEmpty())
        return true;
    const QString directory = CliProfileLoader::resolvedDirectory(options->profilesDir);
    KeychainSecretStore secrets;
    EnvironmentStore store(directory, &secrets);
    if (!store.load()) {
        // A file that does not load only matters to a run that needs it.
        if (!options->environment.isEmpty())
            return fail(error, tr("--env %1: %2").arg(options->environment, store.loadError().toString()));
        options->warnings << tr("warning: the environments file does not load (%1); only the profile's and "
                                "--set variables are used.")
                                     .arg(store.loadError().toString());
    }
    store.waitForSecrets(SecretsWaitMs);
    VariableResolver resolver;
    QString why;
    if (!ConnectionResolver::resolverFor(store.loadError().message.isEmpty() ? &store : nullptr, options->environment,
                                         profileVariables, options->variables, &resolver, &why))
        return fail(error, tr("--env: %1").arg(why));

    const ConnectionResolver::Result resolved = ConnectionResolver::resolve(options->settings, resolver);
    if (!resolved.ok)
        return fail(error, resolved.error);
    options->settings = resolved.settings;
    for (ScenarioAction &action : options->actions) {
        if (action.kind != ScenarioAction::Kind::Text || !VariableResolver::hasReferences(action.text))
            continue;
        const VariableResolver::Result text = resolver.resolve(action.text);
        if (!text.ok)
            return fail(error, tr("--send \"%1\": %2").arg(action.text, text.error));
        action.text = text.text;
    }
    return true;
}
