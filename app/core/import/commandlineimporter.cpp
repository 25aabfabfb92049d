#include "core/import/commandlineimporter.h"

#include "core/import/profileimport.h"
#include "core/import/shellwords.h"
#include "core/rules/headerrules.h"

#include <QFileInfo>
#include <QUrl>

namespace {

constexpr int MsPerSecond = 1000;

using Program = CommandLineImporter::Program;

// Options of each program that take a value, by every spelling; the value is the next word or
// follows "=" (--header=…).
struct OptionTable
{
    QStringList url, header, subprotocol, origin, proxy, socks5, cert, key, ca, insecure, basicAuth, execute,
            pingSeconds, userAgent, referer, cookie, body, listen, ignoredFlags, ignoredWithValue;
};

const OptionTable &optionsOf(Program program)
{
    static const OptionTable wscat{
            {QStringLiteral("-c"), QStringLiteral("--connect")},
            {QStringLiteral("-H"), QStringLiteral("--header")},
            {QStringLiteral("-s"), QStringLiteral("--subprotocol")},
            {QStringLiteral("-o"), QStringLiteral("--origin")},
            {QStringLiteral("--proxy")},
            {},
            {QStringLiteral("--cert")},
            {QStringLiteral("--key")},
            {QStringLiteral("--ca")},
            {QStringLiteral("-n"), QStringLiteral("--no-check")},
            {QStringLiteral("--auth")},
            {QStringLiteral("-x"), QStringLiteral("--execute")},
            {},
            {},
            {},
            {},
            {},
            {QStringLiteral("-l"), QStringLiteral("--listen")},
            {QStringLiteral("-P"), QStringLiteral("--show-ping-pong"), QStringLiteral("--slash"),
             QStringLiteral("--no-color"), QStringLiteral("-L"), QStringLiteral("--location")},
            {QStringLiteral("-p"), QStringLiteral("--protocol"), QStringLiteral("-w"), QStringLiteral("--wait")},
    };
    static const OptionTable websocat{
            {},
            {QStringLiteral("-H"), QStringLiteral("--header")},
            {QStringLiteral("--protocol")},
            {QStringLiteral("--origin")},
            {},
            {QStringLiteral("--socks5")},
            {},
            {},
            {},
            {QStringLiteral("-k"), QStringLiteral("--insecure")},
            {QStringLiteral("--basic-auth")},
            {},
            {QStringLiteral("--ping-interval")},
            {QStringLiteral("--ua")},
            {},
            {},
            {},
            {QStringLiteral("-s"), QStringLiteral("--server-mode")},
            {QStringLiteral("-t"), QStringLiteral("--text"), QStringLiteral("-b"), QStringLiteral("--binary"),
             QStringLiteral("-n"), QStringLiteral("--no-close"), QStringLiteral("-1"), QStringLiteral("--one-message"),
             QStringLiteral("-E"), QStringLiteral("--exit-on-eof"), QStringLiteral("-v"), QStringLiteral("-q")},
            {QStringLiteral("--ping-timeout"), QStringLiteral("--buffer-size"), QStringLiteral("-B")},
    };
    static const OptionTable curl{
            {QStringLiteral("--url")},
            {QStringLiteral("-H"), QStringLiteral("--header")},
            {},
            {},
            {QStringLiteral("-x"), QStringLiteral("--proxy")},
            {QStringLiteral("--socks5"), QStringLiteral("--socks5-hostname")},
            {QStringLiteral("-E"), QStringLiteral("--cert")},
            {QStringLiteral("--key")},
            {QStringLiteral("--cacert")},
            {QStringLiteral("-k"), QStringLiteral("--insecure")},
            {QStringLiteral("-u"), QStringLiteral("--user")},
            {},
            {},
            {QStringLiteral("-A"), QStringLiteral("--user-agent")},
            {QStringLiteral("-e"), QStringLiteral("--referer")},
            {QStringLiteral("-b"), QStringLiteral("--cookie")},
            {QStringLiteral("-d"), QStringLiteral("--data"), QStringLiteral("--data-raw"), QStringLiteral("--data-binary")},
            {},
            {QStringLiteral("-i"), QStringLiteral("--include"), QStringLiteral("-N"), QStringLiteral("--no-buffer"),
             QStringLiteral("-s"), QStringLiteral("--silent"), QStringLiteral("-v"), QStringLiteral("--verbose"),
             QStringLiteral("--http1.1"), QStringLiteral("--compressed"), QStringLiteral("-L"), QStringLiteral("--location")},
            {QStringLiteral("-X"), QStringLiteral("--request"), QStringLiteral("-m"), QStringLiteral("--max-time"),
             QStringLiteral("--connect-timeout")},
    };
    switch (program) {
    case Program::Wscat: return wscat;
    case Program::Websocat: return websocat;
    case Program::Curl: return curl;
    case Program::Unknown: break;
    }
    static const OptionTable none;
    return none;
}

Program programOf(const QString &word)
{
    const QString base = QFileInfo(word).fileName().toLower();
    if (base == QLatin1String("wscat"))
        return Program::Wscat;
    if (base == QLatin1String("websocat"))
        return Program::Websocat;
    if (base == QLatin1String("curl") || base == QLatin1String("curl.exe"))
        return Program::Curl;
    return Program::Unknown;
}

} // namespace

CommandLineImporter::Result CommandLineImporter::parse(QStringView commandLine)
{
    Result result;
    const ShellWords::Result split = ShellWords::split(commandLine);
    if (!split.ok) {
        result.error = split.error;
        return result;
    }
    QStringList words = split.words;
    while (!words.isEmpty() && (words.constFirst() == QLatin1String("npx") || words.constFirst() == QLatin1String("$")))
        words.removeFirst(); // "npx wscat …", a pasted prompt
    if (words.isEmpty()) {
        result.error = tr("The command line is empty: paste a wscat, websocat or curl command.");
        return result;
    }
    result.program = programOf(words.constFirst());
    if (result.program == Program::Unknown) {
        result.error = tr("“%1” is not a command WsScope can read: paste a wscat, websocat or curl command.")
                               .arg(words.constFirst());
        return result;
    }
    const OptionTable &options = optionsOf(result.program);
    ConnectionSettings &c = result.profile.connection;
    QStringList notMapped;
    QList<QString> urls;

    const auto addHeader = [&](const QString &line) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            notMapped.append(tr("The header “%1” has no “Name: value” form; left out.").arg(line));
            return;
        }
        const QString name = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (const QString why = HeaderRules::checkNotWrittenByClient(name); !why.isEmpty()) {
            notMapped.append(tr("%1: %2 Left out.").arg(name, why));
            return;
        }
        if (name.compare(QLatin1String("Sec-WebSocket-Protocol"), Qt::CaseInsensitive) == 0) {
            for (const QString &p : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                c.subprotocols.append(p.trimmed());
            return;
        }
        if (name.compare(QLatin1String("Origin"), Qt::CaseInsensitive) == 0) {
            c.origin = value;
            return;
        }
        if (const QString why = HeaderRules::checkName(name); !why.isEmpty()) {
            notMapped.append(tr("%1 Left out.").arg(why));
            return;
        }
        c.headers.append(HeaderEntry{name, value, true});
    };
    const auto basicAuth = [&](const QString &userPassword) {
        c.headers.append(HeaderEntry{QStringLiteral("Authorization"),
                                     QStringLiteral("Basic ") + QString::fromLatin1(userPassword.toUtf8().toBase64()),
                                     true});
    };

    for (qsizetype i = 1; i < words.size(); ++i) {
        QString word = words.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (word.startsWith(QLatin1String("--"))) {
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            if (eq > 0) {
                inlineValue = word.mid(eq + 1);
                word = word.left(eq);
                hasInlineValue = true;
            }
        }
        const auto takesValue = [&](const QStringList &spellings) { return spellings.contains(word); };
        const auto value = [&](QString *out) {
            if (hasInlineValue) {
                *out = inlineValue;
                return true;
            }
            if (i + 1 >= words.size()) {
                notMapped.append(tr("%1 needs a value, and the command ends; left out.").arg(word));
                return false;
            }
            *out = words.at(++i);
            return true;
        };
        QString v;
        if (takesValue(options.url)) {
            if (value(&v))
                urls.append(v);
        } else if (takesValue(options.header)) {
            if (value(&v))
                addHeader(v);
        } else if (takesValue(options.subprotocol)) {
            if (value(&v))
                c.subprotocols.append(v);
        } else if (takesValue(options.origin)) {
            if (value(&v))
                c.origin = v;
        } else if (takesValue(options.proxy)) {
            if (value(&v))
                c.proxy = v.contains(QLatin1String("://")) ? v : QStringLiteral("http://") + v;
        } else if (takesValue(options.socks5)) {
            if (value(&v))
                c.proxy = QStringLiteral("socks5://") + v;
        } else if (takesValue(options.cert)) {
            if (value(&v))
                c.tls.clientCertificateFile = v;
        } else if (takesValue(options.key)) {
            if (value(&v))
                c.tls.clientKeyFile = v;
        } else if (takesValue(options.ca)) {
            if (value(&v))
                c.tls.caFile = v;
        } else if (options.insecure.contains(word)) {
            c.tls.ignoreErrors = true;
        } else if (takesValue(options.basicAuth)) {
            if (value(&v))
                basicAuth(v);
        } else if (takesValue(options.execute)) {
            if (value(&v))
                result.profile.savedMessages.append(
                        SavedMessage{tr("Message %1").arg(result.profile.savedMessages.size() + 1), SavedMessage::Mode::Text, v});
        } else if (takesValue(options.pingSeconds)) {
            bool ok = false;
            if (value(&v)) {
                const double seconds = v.toDouble(&ok);
                if (ok && seconds >= 0)
                    c.pingIntervalMs = int(seconds * MsPerSecond);
                else
                    notMapped.append(tr("%1 %2 is not a number of seconds; left out.").arg(word, v));
            }
        } else if (takesValue(options.userAgent)) {
            if (value(&v))
                c.headers.append(HeaderEntry{QStringLiteral("User-Agent"), v, true});
        } else if (takesValue(options.referer)) {
            if (value(&v))
                c.headers.append(HeaderEntry{QStringLiteral("Referer"), v, true});
        } else if (takesValue(options.cookie)) {
            if (value(&v)) {
                if (v.contains(QLatin1Char('=')))
                    c.headers.append(HeaderEntry{QStringLiteral("Cookie"), v, true});
                else
                    notMapped.append(tr("%1 %2 reads cookies from a file; a profile holds a Cookie header instead. Left out.").arg(word, v));
            }
        } else if (takesValue(options.body)) {
            if (value(&v))
                notMapped.append(tr("%1: a WebSocket upgrade request has no body; left out.").arg(word));
        } else if (options.listen.contains(word)) {
            result.error = tr("%1 makes it a server; WsScope profiles connect to one.").arg(word);
            return result;
        } else if (options.ignoredFlags.contains(word)) {
            continue; // output and transport details a session decides by itself
        } else if (options.ignoredWithValue.contains(word)) {
            value(&v);
        } else if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
            notMapped.append(tr("%1 is an option WsScope does not know; left out.").arg(words.at(i)));
        } else {
            urls.append(word);
        }
    }

    QUrl url;
    for (const QString &candidate : std::as_const(urls)) {
        const QUrl u = ProfileImport::webSocketUrl(candidate);
        if (!u.isEmpty() && url.isEmpty())
            url = u;
        else
            notMapped.append(u.isEmpty() ? tr("“%1” is not a ws://, wss://, http:// or https:// URL; left out.").arg(candidate)
                                         : tr("Only one URL is used; “%1” is left out.").arg(candidate));
    }
    if (url.isEmpty()) {
        result.error = tr("The command names no ws://, wss://, http:// or https:// URL to connect to.");
        result.notMapped = notMapped;
        return result;
    }
    c.url = url.toString(QUrl::FullyEncoded);
    result.profile.name = ProfileImport::nameForUrl(url);
    result.notMapped = notMapped;
    result.ok = true;
    return result;
}
