#pragma once

#include "core/profiles/profile.h"

#include <QHash>
#include <QString>
#include <QStringList>

// Which values of a profile are secrets and under which SecretKey keys they live
// (docs/ARCHITECTURE.md, "Secrets"): the value of a header marked secret, the proxy's password
// when ConnectionSettings::proxyPasswordSecret, a secret profile variable. ProfileSerializer
// leaves them out of the file (unless Profile::secretsInFile); ProfileStore hands them to its
// SecretStore and merges them back on load.
class ProfileSecrets
{
public:
    // SecretKey key -> value of every secret of the profile that has a value.
    static QHash<QString, QString> valuesOf(const Profile &profile);
    // Every key the profile's secrets use, with a value or not (a rename moves them all; the
    // client key's passphrase too, which a keychain may hold).
    static QStringList keysOf(const Profile &profile);
    // Fills the secrets of `profile` from `values` (by key); a secret without an entry keeps
    // the value it has.
    static void merge(Profile *profile, const QHash<QString, QString> &values);
    // The profile as its file holds it: secrets without their values (all of it when
    // secretsInFile).
    static Profile withoutValues(const Profile &profile);

    // Whether any of the values appears in the JSON text (as written raw or JSON-escaped): a
    // file that holds one must not be kept as a backup once the value is secret.
    static bool appearsIn(const QByteArray &json, const QStringList &values);

    // The proxy text's password (the part after ':' of user:pass@), empty when there is none.
    // Works on the text, not a QUrl: the proxy may hold {{name}} references.
    static QString proxyPassword(const QString &proxy);
    // The proxy text with that password (empty: with none, "user@host").
    static QString withProxyPassword(const QString &proxy, const QString &password);

private:
    ProfileSecrets() = delete;
};
