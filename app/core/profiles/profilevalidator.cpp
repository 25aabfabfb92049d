#include "core/profiles/profilevalidator.h"

#include "core/rules/headerrules.h"
#include "core/scenario/scenariocompiler.h"
#include "core/variables/variableresolver.h"

#include <QSet>

#include <QUrl>

namespace {

constexpr int kMaxNameLength = 120;

} // namespace

namespace {

// Length and control characters of a name; empty when fine.
QString checkNameText(const QString &trimmed)
{
    if (trimmed.size() > kMaxNameLength)
        return QCoreApplication::translate("ProfileValidator", "The name is %1 characters long; at most %2 are allowed.").arg(trimmed.size()).arg(kMaxNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("ProfileValidator", "The name contains a control character (U+%1).")
                    .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return {};
}

} // namespace

QString ProfileValidator::checkScenarioName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the scenario.");
    return checkNameText(trimmed);
}

QString ProfileValidator::checkScenario(const SavedScenario &scenario)
{
    if (const QString why = checkScenarioName(scenario.name); !why.isEmpty())
        return why;
    for (qsizetype i = 0; i < scenario.steps.size(); ++i) {
        QString why;
        // Files named by a step are read when it runs, not when the profile loads.
        if (!ScenarioCompiler::compile(scenario.steps.at(i), &why, nullptr, FrameSpecParser::Files::Defer))
            return tr("Scenario \"%1\", step %2: %3").arg(scenario.name.trimmed()).arg(i + 1).arg(why);
    }
    return {};
}

QString ProfileValidator::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for the profile.");
    return checkNameText(trimmed);
}

QString ProfileValidator::checkUrl(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty())
        return tr("Enter a ws:// or wss:// URL, for example ws://127.0.0.1:8080/echo.");
    for (const QChar c : url) {
        if (c.isSpace())
            return tr("The URL contains a space; encode it as %20.");
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return tr("This is not a valid URL: %1").arg(u.errorString());
    const QString scheme = u.scheme().toLower();
    if (scheme.isEmpty() || !url.contains(QStringLiteral("://")))
        return tr("The URL must start with ws:// or wss://.");
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return tr("WebSocket URLs use ws:// (or wss:// for TLS), not %1://.").arg(scheme);
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return tr("The scheme must be ws or wss, not \"%1\".").arg(u.scheme());
    if (u.host().isEmpty())
        return tr("The URL has no host.");
    if (u.port() == 0)
        return tr("Port 0 cannot be connected to; use 1 to 65535.");
    // RFC 6455 §3: fragment identifiers are meaningless in WebSocket URIs and MUST NOT be used.
    if (u.hasFragment())
        return tr("A WebSocket URL must not have a fragment (the part after #), RFC 6455 §3.");
    return {};
}

QString ProfileValidator::checkOrigin(const QString &origin)
{
    if (origin.isEmpty())
        return {};
    // RFC 6454 §7: serialized origin, e.g. https://example.com or "null".
    if (origin == QLatin1String("null"))
        return {};
    const QUrl u(origin, QUrl::StrictMode);
    if (!u.isValid() || u.scheme().isEmpty() || u.host().isEmpty())
        return tr("The origin must look like https://example.com (scheme and host), or be empty.");
    if (!u.path().isEmpty() && u.path() != QLatin1String("/"))
        return tr("The origin must not have a path; use only scheme, host and port.");
    return {};
}

QString ProfileValidator::checkProxy(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid())
        return tr("The proxy is not a valid URL: %1").arg(u.errorString());
    const QString scheme = u.scheme().toLower();
    if (scheme != QLatin1String("socks5") && scheme != QLatin1String("http"))
        return tr("The proxy must be socks5://host:port or http://host:port.");
    if (u.host().isEmpty())
        return tr("The proxy URL has no host.");
    if (u.port() <= 0)
        return tr("The proxy URL needs a port, for example %1://%2:1080.").arg(scheme, u.host());
    return {};
}

QString ProfileValidator::check(const Profile &profile)
{
    // A field that holds {{name}} references is checked by its rule once resolved, at connect
    // (ConnectionResolver, then SettingsValidator); here only its literal fields are.
    const auto literal = [](const QString &text) { return !VariableResolver::hasReferences(text); };
    const ConnectionSettings &c = profile.connection;
    QString why = checkName(profile.name);
    if (why.isEmpty())
        why = literal(c.url) ? checkUrl(c.url) : QString();
    for (const HeaderEntry &h : c.headers) {
        if (why.isEmpty())
            why = literal(h.name) && literal(h.value) ? HeaderRules::checkHeader(h.name.trimmed(), h.value) : QString();
    }
    for (const QString &p : c.subprotocols) {
        if (why.isEmpty())
            why = literal(p) ? HeaderRules::checkSubprotocol(p) : QString();
    }
    if (why.isEmpty())
        why = literal(c.origin) ? checkOrigin(c.origin) : QString();
    if (why.isEmpty())
        why = literal(c.proxy) ? checkProxy(c.proxy) : QString();
    QSet<QString> scenarioNames;
    for (const SavedScenario &scenario : profile.scenarios) {
        if (!why.isEmpty())
            break;
        why = checkScenario(scenario);
        if (why.isEmpty() && scenarioNames.contains(scenario.name.trimmed()))
            why = tr("Two scenarios are named \"%1\"; give each its own name.").arg(scenario.name.trimmed());
        scenarioNames.insert(scenario.name.trimmed());
    }
    return why;
}
