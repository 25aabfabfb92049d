#include "cli/cliparser.h"

#include "cli/cliprofilefiles.h"
#include "cli/cliprofileloader.h"
#include "cli/clivariables.h"
#include "cli/cliworkbench.h"
#include "core/protocol/closecodes.h"
#include "core/rules/headerrules.h"
#include "core/scenario/scenariocompiler.h"
#include "core/session/settingsvalidator.h"

#include <QFile>
#include <QUrl>

#include <limits>

namespace {

enum class ArgKind { None, Required, Optional };

struct OptionSpec
{
    const char *name;   // long name without "--"
    char shortName;     // 0: none
    ArgKind arg;
};

constexpr OptionSpec Options[] = {
    {"header", 'H', ArgKind::Required},     {"subprotocol", 's', ArgKind::Required},
    {"origin", 0, ArgKind::Required},       {"send", 0, ArgKind::Required},
    {"send-hex", 0, ArgKind::Required},     {"send-base64", 0, ArgKind::Required},
    {"send-file", 0, ArgKind::Required},    {"ping", 0, ArgKind::Optional},
    {"wait-messages", 0, ArgKind::Required}, {"idle", 0, ArgKind::Required},
    {"close", 0, ArgKind::Required},        {"timeout", 0, ArgKind::Required},
    {"insecure", 0, ArgKind::None},         {"ca", 0, ArgKind::Required},
    {"cert", 0, ArgKind::Required},         {"key", 0, ArgKind::Required},
    {"proxy", 0, ArgKind::Required},        {"no-tap", 0, ArgKind::None},
    {"format", 0, ArgKind::Required},       {"har", 0, ArgKind::Required},
    {"summary", 0, ArgKind::None},          {"accept-for", 0, ArgKind::Required},
    {"flush", 0, ArgKind::None},
    {"record", 0, ArgKind::Required},
    {"send-frame", 0, ArgKind::Required},   {"fragment", 0, ArgKind::Required},
    {"pong", 0, ArgKind::Required},         {"drop", 0, ArgKind::None},
    {"expect-close", 0, ArgKind::Required}, {"expect-message", 0, ArgKind::Required},
    {"within", 0, ArgKind::Required},       {"expect-drop", 0, ArgKind::None},
    {"wait", 0, ArgKind::Required},         {"scenario", 0, ArgKind::Required},
    {"scenario-name", 0, ArgKind::Required},
    {"profile", 0, ArgKind::Required},      {"profiles-dir", 0, ArgKind::Required},
    {"list-profiles", 0, ArgKind::None},
    {"env", 0, ArgKind::Required},          {"set", 0, ArgKind::Required},
    {"import", 0, ArgKind::Required},       {"export", 0, ArgKind::Required},
    {"out", 0, ArgKind::Required},          {"include-secrets", 0, ArgKind::None},
    {"help", 'h', ArgKind::None},           {"version", 'v', ArgKind::None},
};

const OptionSpec *findLong(const QString &name)
{
    for (const OptionSpec &spec : Options) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

const OptionSpec *findShort(QChar c)
{
    for (const OptionSpec &spec : Options) {
        if (spec.shortName != 0 && c == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

bool looksLikeWebSocketUrl(const QString &text)
{
    return text.startsWith(QLatin1String("ws://"), Qt::CaseInsensitive)
            || text.startsWith(QLatin1String("wss://"), Qt::CaseInsensitive);
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// Which connection options the command line gave, so they can override a profile's values.
struct GivenOptions
{
    bool origin = false;
    bool insecure = false;
    bool ca = false;
    bool cert = false;
    bool key = false;
    bool proxy = false;
    bool noTap = false;
};

// The profile's settings with the command line on top: a URL replaces the profile's, -H and -s
// add to its (enabled) headers and subprotocols, the TLS/proxy/tap options replace its values.
ConnectionSettings mergeWithProfile(const ConnectionSettings &profile, const ConnectionSettings &commandLine,
                                    const GivenOptions &given)
{
    ConnectionSettings merged = profile;
    if (!commandLine.url.isEmpty())
        merged.url = commandLine.url;
    merged.headers.clear();
    for (const HeaderEntry &header : profile.headers) {
        if (header.enabled)
            merged.headers.append(header);
    }
    merged.headers.append(commandLine.headers);
    for (const QString &subprotocol : commandLine.subprotocols) {
        // RFC 6455 §4.1: each offered subprotocol is listed once.
        if (!merged.subprotocols.contains(subprotocol))
            merged.subprotocols.append(subprotocol);
    }
    if (given.origin)
        merged.origin = commandLine.origin;
    if (given.insecure)
        merged.tls.ignoreErrors = true;
    if (given.ca)
        merged.tls.caFile = commandLine.tls.caFile;
    if (given.cert)
        merged.tls.clientCertificateFile = commandLine.tls.clientCertificateFile;
    if (given.key)
        merged.tls.clientKeyFile = commandLine.tls.clientKeyFile;
    if (given.proxy)
        merged.proxy = commandLine.proxy;
    if (given.noTap)
        merged.tapEnabled = false;
    // One connection per run: the exit status describes it, so a profile's automatic reconnect
    // would only hide how it ended.
    merged.reconnect.enabled = false;
    return merged;
}

} // namespace

bool CliParser::parse(const QStringList &arguments, CliOptions *options, QString *error)
{
    CliOptions result;
    QStringList positional;
    GivenOptions given;
    CliWorkbench workbench;

    // Applies one option with its value (if any); false with *error on a bad value.
    const auto apply = [&](const OptionSpec &spec, const QString &optionName, const std::optional<QString> &value) -> bool {
        const QString name = QLatin1String(spec.name);
        const QString v = value.value_or(QString());
        const auto number = [&](int minimum, int *target) -> bool {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < minimum)
                return fail(error, tr("%1 needs a whole number of at least %2, not \"%3\".").arg(optionName).arg(minimum).arg(v));
            *target = n;
            return true;
        };
        if (name == QLatin1String("header")) {
            const qsizetype colon = v.indexOf(QLatin1Char(':'));
            if (colon < 0)
                return fail(error, tr("%1 \"%2\" has no colon: write it as \"Name: value\".").arg(optionName, v));
            result.settings.headers.append(HeaderEntry{v.left(colon).trimmed(), v.mid(colon + 1).trimmed(), true});
        } else if (name == QLatin1String("subprotocol")) {
            if (const QString why = HeaderRules::checkSubprotocol(v); !why.isEmpty())
                return fail(error, tr("%1: %2").arg(optionName, why));
            result.settings.subprotocols.append(v);
        } else if (name == QLatin1String("origin")) {
            result.settings.origin = v;
            given.origin = true;
        } else if (name == QLatin1String("send") || name == QLatin1String("send-hex") || name == QLatin1String("send-base64")
                   || name == QLatin1String("send-file") || name == QLatin1String("ping")) {
            if (name == QLatin1String("send-file")) {
                QFile file(v);
                if (!file.open(QIODevice::ReadOnly))
                    return fail(error, tr("%1: cannot read \"%2\": %3").arg(optionName, v, file.errorString()));
                // Read when the send is due, not held from here to the end of the run.
            }
            QString why;
            const ScenarioCompiler::Result action = name == QLatin1String("send") ? ScenarioCompiler::sendText(optionName, v, &why)
                    : name == QLatin1String("send-hex")                         ? ScenarioCompiler::sendHex(optionName, v, &why)
                    : name == QLatin1String("send-base64")                      ? ScenarioCompiler::sendBase64(optionName, v, &why)
                    : name == QLatin1String("send-file")                        ? ScenarioCompiler::sendFile(optionName, v, &why)
                                                                                : ScenarioCompiler::ping(optionName, v, &why);
            if (!action)
                return fail(error, why);
            result.actions.append(*action);
        } else if (name == QLatin1String("wait-messages")) {
            return number(0, &result.waitMessages);
        } else if (name == QLatin1String("idle")) {
            return number(1, &result.idleMs);
        } else if (name == QLatin1String("timeout")) {
            return number(1, &result.timeoutMs);
        } else if (name == QLatin1String("close")) {
            const qsizetype colon = v.indexOf(QLatin1Char(':'));
            const QString codeText = colon < 0 ? v : v.left(colon);
            bool ok = false;
            const uint code = codeText.toUInt(&ok);
            if (!ok || code > std::numeric_limits<quint16>::max())
                return fail(error, tr("--close needs CODE[:REASON] with a numeric close code, not \"%1\".").arg(v));
            const QString reason = colon < 0 ? QString() : v.mid(colon + 1);
            if (const QString why = CloseCodes::checkOutgoing(quint16(code), reason); !why.isEmpty())
                return fail(error, tr("%1: %2").arg(optionName, why));
            result.closeCode = quint16(code);
            result.closeReason = reason;
        } else if (name == QLatin1String("insecure")) {
            result.settings.tls.ignoreErrors = true;
            given.insecure = true;
        } else if (name == QLatin1String("ca")) {
            result.settings.tls.caFile = v;
            given.ca = true;
        } else if (name == QLatin1String("cert")) {
            result.settings.tls.clientCertificateFile = v;
            given.cert = true;
        } else if (name == QLatin1String("key")) {
            result.settings.tls.clientKeyFile = v;
            given.key = true;
        } else if (name == QLatin1String("proxy")) {
            const QUrl proxy(v, QUrl::StrictMode);
            QNetworkProxy unused;
            QString why;
            if (v.isEmpty() || !SettingsValidator::proxyFromUrl(proxy, &unused, &why))
                return fail(error, tr("--proxy \"%1\": %2").arg(v, why.isEmpty() ? tr("give socks5://host:port or http://host:port") : why));
            result.settings.proxy = v;
            given.proxy = true;
        } else if (name == QLatin1String("no-tap")) {
            result.settings.tapEnabled = false;
            given.noTap = true;
        } else if (name == QLatin1String("flush")) {
            result.flushEachLine = true;
        } else if (name == QLatin1String("format")) {
            if (v == QLatin1String("text"))
                result.format = CliOptions::Format::Text;
            else if (v == QLatin1String("jsonl"))
                result.format = CliOptions::Format::Jsonl;
            else
                return fail(error, tr("--format must be \"text\" or \"jsonl\", not \"%1\".").arg(v));
        } else if (name == QLatin1String("har")) {
            if (v.isEmpty())
                return fail(error, tr("--har needs a file name."));
            result.harFile = v;
        } else if (name == QLatin1String("record")) {
            if (v.isEmpty())
                return fail(error, tr("--record needs a file name."));
            result.recordFile = v;
        } else if (name == QLatin1String("summary")) {
            result.summary = true;
        } else if (name == QLatin1String("accept-for")) {
            result.acceptFor = v.toUtf8();
        } else if (name == QLatin1String("profile")) {
            if (v.trimmed().isEmpty())
                return fail(error, tr("--profile needs the name of a saved profile (see --list-profiles)."));
            result.profileName = v;
        } else if (name == QLatin1String("profiles-dir")) {
            if (v.isEmpty())
                return fail(error, tr("--profiles-dir needs a folder."));
            result.profilesDir = v;
        } else if (name == QLatin1String("env")) {
            if (v.isEmpty())
                return fail(error, tr("--env needs the name of an environment (or - for none)."));
            result.environment = v;
        } else if (name == QLatin1String("set")) {
            if (!CliVariables::parseSet(v, &result.variables, error))
                return false;
        } else if (name == QLatin1String("list-profiles")) {
            result.listProfiles = true;
        } else if (CliProfileFiles::handles(name)) {
            return CliProfileFiles::apply(name, v, &result, error);
        } else if (CliWorkbench::handles(name)) {
            return workbench.apply(name, optionName, v, &result, error);
        } else if (name == QLatin1String("help")) {
            result.help = true;
        } else if (name == QLatin1String("version")) {
            result.version = true;
        }
        return true;
    };

    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const OptionSpec *spec = nullptr;
        QString optionName;
        std::optional<QString> value;
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype equals = arg.indexOf(QLatin1Char('='));
            optionName = equals < 0 ? arg : arg.left(equals);
            spec = findLong(optionName.mid(2));
            if (!spec)
                return fail(error, tr("Unknown option \"%1\".").arg(optionName));
            if (equals >= 0) {
                if (spec->arg == ArgKind::None)
                    return fail(error, tr("%1 takes no value.").arg(optionName));
                value = arg.mid(equals + 1);
            }
        } else {
            optionName = arg.left(2);
            spec = findShort(arg.at(1));
            if (!spec)
                return fail(error, tr("Unknown option \"%1\".").arg(optionName));
            if (arg.size() > 2) {
                if (spec->arg == ArgKind::None)
                    return fail(error, tr("%1 takes no value (in \"%2\").").arg(optionName, arg));
                value = arg.mid(2);
            }
        }
        if (!value && spec->arg == ArgKind::Required) {
            if (i + 1 >= arguments.size())
                return fail(error, tr("%1 needs a value.").arg(optionName));
            value = arguments.at(++i);
        } else if (!value && spec->arg == ArgKind::Optional) {
            // --ping [PAYLOAD]: the next argument is the payload unless it is an option or the URL.
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1Char('-'))
                && !looksLikeWebSocketUrl(arguments.at(i + 1)))
                value = arguments.at(++i);
        }
        if (!apply(*spec, optionName, value))
            return false;
        if (!workbench.afterOption(QLatin1String(spec->name), &result, error))
            return false;
    }

    if (result.help || result.version || result.acceptFor || result.listProfiles) {
        *options = result;
        return true;
    }
    if (CliProfileFiles::isRequested(result)) {
        if (!CliProfileFiles::finish(positional, &result, error))
            return false;
        *options = result;
        return true;
    }
    if (positional.isEmpty() && result.profileName.isEmpty())
        return fail(error, tr("Missing URL: give a ws:// or wss:// URL (or --profile NAME)."));
    if (positional.size() > 1)
        return fail(error, tr("Only one URL can be given; unexpected \"%1\".").arg(positional.at(1)));
    if (!positional.isEmpty())
        result.settings.url = positional.first();

    QList<Variable> profileVariables;
    if (result.profileName.isEmpty()) {
        // The overall deadline also bounds the opening handshake.
        result.settings.handshakeTimeoutMs = result.timeoutMs;
    } else {
        QString why;
        const std::optional<Profile> profile = CliProfileLoader::load(result.profilesDir, result.profileName, &why);
        if (!profile)
            return fail(error, why);
        result.settings = mergeWithProfile(profile->connection, result.settings, given);
        profileVariables = profile->variables;
        if (!workbench.insertProfileScenarios(*profile, &result, error))
            return false;
        if (result.settings.url.isEmpty())
            return fail(error, tr("Profile \"%1\" has no URL: give a ws:// or wss:// URL on the command line.")
                                       .arg(result.profileName));
        // The profile's handshake timeout holds, but never beyond the overall deadline.
        result.settings.handshakeTimeoutMs = qMin(result.settings.handshakeTimeoutMs, result.timeoutMs);
        if (!given.insecure && (result.settings.tls.ignoreErrors || !result.settings.tls.verifyPeer))
            result.warnings << tr("warning: profile \"%1\" does not verify TLS certificates: errors are ignored "
                                  "(they are still logged).")
                                       .arg(result.profileName);
    }
    if (given.insecure)
        result.warnings << tr("warning: --insecure: TLS certificate errors are ignored (they are still logged).");

    if (!workbench.finish(result, error))
        return false;
    if (!CliVariables::apply(&result, profileVariables, error))
        return false;
    QString problem;
    if (!SettingsValidator::validate(result.settings, &problem)) {
        if (!result.profileName.isEmpty())
            return fail(error, tr("With profile \"%1\": %2").arg(result.profileName, problem));
        return fail(error, problem);
    }
    *options = result;
    return true;
}
