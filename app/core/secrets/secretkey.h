#pragma once

#include <QString>

// The keys secrets are stored under (docs/ARCHITECTURE.md, "Secrets"), one scheme for the app and
// the CLI. A key is a path of parts joined by '/'; inside a part '%' is written "%25" and '/'
// "%2F", so any profile, environment or variable name gives one key and can be read back:
//
//   profile/<profile>/header/<header name, lower case>   a secret header value (names are
//                                                        case-insensitive, RFC 9110 §5.1)
//   profile/<profile>/proxy-password                     the upstream proxy's password
//   profile/<profile>/client-key-passphrase              the client certificate key's passphrase
//   profile/<profile>/variable/<variable>                a profile's secret variable
//   environment/<environment>/variable/<variable>        an environment's secret variable
//   globals/variable/<variable>                          a global secret variable
class SecretKey
{
public:
    static QString forProfileHeader(const QString &profile, const QString &headerName);
    static QString forProfileProxyPassword(const QString &profile);
    static QString forProfileClientKeyPassphrase(const QString &profile);
    static QString forProfileVariable(const QString &profile, const QString &variable);
    // An empty environment name: the globals.
    static QString forEnvironmentVariable(const QString &environment, const QString &variable);

    // Every key of a profile starts with this (with the trailing '/').
    static QString profilePrefix(const QString &profile);
    // `key` of profile oldName as the same key of newName (a rename moves each with
    // SecretStore::move); a key of any other profile comes back unchanged.
    static QString renamedProfile(const QString &key, const QString &oldName, const QString &newName);

    static QString escapePart(const QString &part);
    static QString unescapePart(const QString &part);
};
