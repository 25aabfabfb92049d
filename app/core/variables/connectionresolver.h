#pragma once

#include "core/session/connectionsettings.h"
#include "core/variables/environment.h"
#include "core/variables/variableresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class EnvironmentStore;

// Turns the settings a profile or a connection bar holds (which may contain `{{name}}`
// references) into the settings a Session connects with: the URL, every enabled header's name and
// value, the subprotocols, the origin and the proxy, each resolved by one VariableResolver. The
// first reference that does not resolve stops it, named with the field it is in, so connect is
// refused with a message saying what to define. The app and the CLI both go through here.
class ConnectionResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionResolver)

public:
    struct Result
    {
        bool ok = true;
        ConnectionSettings settings; // resolved; as far as it got when !ok
        QString error;               // "Header “Authorization”: the variable “token” is not defined…"
        QString variable;            // the name that failed
    };

    static Result resolve(const ConnectionSettings &settings, const VariableResolver &resolver);

    // The resolver for one connection, its scopes searched from the last to the first: the
    // globals, the environment (`environment` empty: the store's active one; "-": none), the
    // profile's own variables, then `overrides` (`--set name=value`). A missing store gives the
    // last two only. False with *error when the environment does not exist.
    static bool resolverFor(const EnvironmentStore *store, const QString &environment,
                            const QList<Variable> &profileVariables, const QHash<QString, QString> &overrides,
                            VariableResolver *resolver, QString *error);

    // One field: the resolved text, or false with *error prefixed by `field` (a translated label).
    static bool resolveField(const VariableResolver &resolver, const QString &field, QString *text, Result *failure);
};
