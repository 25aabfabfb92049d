#include "core/secrets/secretkey.h"

#include <QStringList>

namespace {

QString join(std::initializer_list<QString> parts)
{
    QStringList escaped;
    for (const QString &part : parts)
        escaped.append(SecretKey::escapePart(part));
    return escaped.join(QLatin1Char('/'));
}

const QString kProfile = QStringLiteral("profile");

} // namespace

QString SecretKey::escapePart(const QString &part)
{
    QString escaped = part;
    escaped.replace(QLatin1Char('%'), QStringLiteral("%25")); // first, so "%2F" in a name survives
    escaped.replace(QLatin1Char('/'), QStringLiteral("%2F"));
    return escaped;
}

QString SecretKey::unescapePart(const QString &part)
{
    QString plain = part;
    plain.replace(QStringLiteral("%2F"), QStringLiteral("/"), Qt::CaseInsensitive);
    plain.replace(QStringLiteral("%25"), QStringLiteral("%"));
    return plain;
}

QString SecretKey::forProfileHeader(const QString &profile, const QString &headerName)
{
    return join({kProfile, profile, QStringLiteral("header"), headerName.toLower()});
}

QString SecretKey::forProfileProxyPassword(const QString &profile)
{
    return join({kProfile, profile, QStringLiteral("proxy-password")});
}

QString SecretKey::forProfileClientKeyPassphrase(const QString &profile)
{
    return join({kProfile, profile, QStringLiteral("client-key-passphrase")});
}

QString SecretKey::forProfileVariable(const QString &profile, const QString &variable)
{
    return join({kProfile, profile, QStringLiteral("variable"), variable});
}

QString SecretKey::forEnvironmentVariable(const QString &environment, const QString &variable)
{
    if (environment.isEmpty())
        return join({QStringLiteral("globals"), QStringLiteral("variable"), variable});
    return join({QStringLiteral("environment"), environment, QStringLiteral("variable"), variable});
}

QString SecretKey::profilePrefix(const QString &profile)
{
    return join({kProfile, profile}) + QLatin1Char('/');
}

QString SecretKey::renamedProfile(const QString &key, const QString &oldName, const QString &newName)
{
    const QString oldPrefix = profilePrefix(oldName);
    if (!key.startsWith(oldPrefix))
        return key;
    return profilePrefix(newName) + key.mid(oldPrefix.size());
}
