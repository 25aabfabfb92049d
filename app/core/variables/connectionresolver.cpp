#include "core/variables/connectionresolver.h"

#include "core/variables/environmentstore.h"

bool ConnectionResolver::resolveField(const VariableResolver &resolver, const QString &field, QString *text, Result *failure)
{
    if (!VariableResolver::hasReferences(*text))
        return true;
    const VariableResolver::Result r = resolver.resolve(*text);
    if (r.ok) {
        *text = r.text;
        return true;
    }
    failure->ok = false;
    failure->variable = r.variable;
    failure->error = tr("%1: %2").arg(field, r.error);
    return false;
}

ConnectionResolver::Result ConnectionResolver::resolve(const ConnectionSettings &settings, const VariableResolver &resolver)
{
    Result result;
    result.settings = settings;
    ConnectionSettings &s = result.settings;
    if (!resolveField(resolver, tr("The URL"), &s.url, &result))
        return result;
    for (HeaderEntry &header : s.headers) {
        if (!header.enabled)
            continue;
        if (!resolveField(resolver, tr("A header name"), &header.name, &result))
            return result;
        if (!resolveField(resolver, tr("Header “%1”").arg(header.name), &header.value, &result))
            return result;
    }
    for (QString &protocol : s.subprotocols) {
        if (!resolveField(resolver, tr("Subprotocol “%1”").arg(protocol), &protocol, &result))
            return result;
    }
    if (!resolveField(resolver, tr("The origin"), &s.origin, &result))
        return result;
    resolveField(resolver, tr("The proxy"), &s.proxy, &result);
    return result;
}

bool ConnectionResolver::resolverFor(const EnvironmentStore *store, const QString &environment,
                                     const QList<Variable> &profileVariables, const QHash<QString, QString> &overrides,
                                     VariableResolver *resolver, QString *error)
{
    if (store && !store->resolverFor(environment, resolver, error))
        return false;
    Environment own;
    own.variables = profileVariables;
    resolver->addScope(own.scope());
    if (!overrides.isEmpty())
        resolver->addScope(overrides);
    return true;
}
