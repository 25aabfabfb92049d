#include "core/profiles/profilesecrets.h"

#include "core/secrets/secretkey.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Where the user info of a proxy text is: [begin, at) before the '@' of its authority.
struct UserInfo
{
    qsizetype begin = -1;
    qsizetype at = -1;
    bool valid() const { return begin >= 0 && at > begin; }
};

UserInfo userInfoOf(const QString &proxy)
{
    const qsizetype scheme = proxy.indexOf(QLatin1String("://"));
    const qsizetype begin = scheme < 0 ? 0 : scheme + 3;
    qsizetype end = proxy.indexOf(QLatin1Char('/'), begin);
    if (end < 0)
        end = proxy.size();
    if (end == begin)
        return {};
    // The last '@' of the authority: a password may itself hold an (unescaped) '@'.
    const qsizetype at = proxy.lastIndexOf(QLatin1Char('@'), end - 1);
    if (at < begin)
        return {};
    return UserInfo{begin, at};
}

} // namespace

QString ProfileSecrets::proxyPassword(const QString &proxy)
{
    const UserInfo info = userInfoOf(proxy);
    if (!info.valid())
        return {};
    const qsizetype colon = proxy.indexOf(QLatin1Char(':'), info.begin);
    if (colon < 0 || colon > info.at)
        return {};
    return proxy.mid(colon + 1, info.at - colon - 1);
}

QString ProfileSecrets::withProxyPassword(const QString &proxy, const QString &password)
{
    const UserInfo info = userInfoOf(proxy);
    if (!info.valid())
        return proxy; // no user: a password alone has no place in the text
    qsizetype colon = proxy.indexOf(QLatin1Char(':'), info.begin);
    if (colon < 0 || colon > info.at)
        colon = info.at;
    const QString user = proxy.mid(info.begin, colon - info.begin);
    const QString userInfo = password.isEmpty() ? user : user + QLatin1Char(':') + password;
    return proxy.left(info.begin) + userInfo + proxy.mid(info.at);
}

QHash<QString, QString> ProfileSecrets::valuesOf(const Profile &profile)
{
    QHash<QString, QString> values;
    const ConnectionSettings &c = profile.connection;
    // Header names are case-insensitive, as their keys are: two secret headers of one name share
    // a key, and the first value wins (it is the one a session sends first).
    for (const HeaderEntry &h : c.headers) {
        const QString key = SecretKey::forProfileHeader(profile.name, h.name);
        if (h.secret && !h.value.isEmpty() && !values.contains(key))
            values.insert(key, h.value);
    }
    if (c.proxyPasswordSecret) {
        const QString password = proxyPassword(c.proxy);
        if (!password.isEmpty())
            values.insert(SecretKey::forProfileProxyPassword(profile.name), password);
    }
    for (const Variable &v : profile.variables) {
        if (v.secret && !v.value.isEmpty())
            values.insert(SecretKey::forProfileVariable(profile.name, v.name), v.value);
    }
    return values;
}

QStringList ProfileSecrets::keysOf(const Profile &profile)
{
    QStringList keys;
    for (const HeaderEntry &h : profile.connection.headers) {
        if (h.secret)
            keys.append(SecretKey::forProfileHeader(profile.name, h.name));
    }
    // Only a proxy with a user can have a password (the file keeps "user@host"): profiles
    // without one cost the keychain no call.
    if (profile.connection.proxyPasswordSecret && userInfoOf(profile.connection.proxy).valid())
        keys.append(SecretKey::forProfileProxyPassword(profile.name));
    keys.append(SecretKey::forProfileClientKeyPassphrase(profile.name));
    for (const Variable &v : profile.variables) {
        if (v.secret)
            keys.append(SecretKey::forProfileVariable(profile.name, v.name));
    }
    keys.removeDuplicates();
    return keys;
}

void ProfileSecrets::merge(Profile *profile, const QHash<QString, QString> &values)
{
    ConnectionSettings &c = profile->connection;
    for (HeaderEntry &h : c.headers) {
        const auto it = values.constFind(SecretKey::forProfileHeader(profile->name, h.name));
        if (h.secret && it != values.constEnd())
            h.value = *it;
    }
    if (c.proxyPasswordSecret) {
        const auto it = values.constFind(SecretKey::forProfileProxyPassword(profile->name));
        if (it != values.constEnd())
            c.proxy = withProxyPassword(c.proxy, *it);
    }
    for (Variable &v : profile->variables) {
        const auto it = values.constFind(SecretKey::forProfileVariable(profile->name, v.name));
        if (v.secret && it != values.constEnd())
            v.value = *it;
    }
}

Profile ProfileSecrets::withoutValues(const Profile &profileIn)
{
    Profile profile = profileIn;
    if (profile.secretsInFile)
        return profile;
    ConnectionSettings &c = profile.connection;
    for (HeaderEntry &h : c.headers) {
        if (h.secret)
            h.value.clear();
    }
    if (c.proxyPasswordSecret)
        c.proxy = withProxyPassword(c.proxy, {});
    for (Variable &v : profile.variables) {
        if (v.secret)
            v.value.clear();
    }
    return profile;
}

bool ProfileSecrets::appearsIn(const QByteArray &json, const QStringList &values)
{
    for (const QString &value : values) {
        if (value.isEmpty())
            continue;
        // ["value"] compact is `["` + the escaped text + `"]`.
        const QByteArray escaped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(2).mid(2);
        if (json.contains(value.toUtf8()) || json.contains(escaped))
            return true;
    }
    return false;
}
