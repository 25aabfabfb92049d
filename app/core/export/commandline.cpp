#include "core/export/commandline.h"

#include "core/protocol/utf8validator.h"

#include <QUrl>

namespace {

QString redactedUrl(const QUrl &url, CommandLine::Secrets secrets, QStringList *redacted)
{
    QUrl copy = url;
    if (secrets == CommandLine::Secrets::Redact && !url.password().isEmpty()) {
        copy.setPassword(QString::fromLatin1(CommandLine::Placeholder));
        redacted->append(CommandLine::tr("URL password"));
    }
    return copy.toString(QUrl::FullyEncoded);
}

} // namespace

bool CommandLine::isSecretHeader(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == QLatin1String("authorization") || lower == QLatin1String("proxy-authorization")
        || lower == QLatin1String("cookie"))
        return true;
    // A server's challenge names a scheme and a realm, never a credential.
    if (lower == QLatin1String("www-authenticate") || lower == QLatin1String("proxy-authenticate"))
        return false;
    for (const char *word : {"token", "secret", "key", "password", "auth"}) {
        // Sec-WebSocket-Key is QWebSocket's own and never an extra header; a user one is no secret.
        if (lower.contains(QLatin1String(word)) && lower != QLatin1String("sec-websocket-key"))
            return true;
    }
    return false;
}

QStringList CommandLine::secretsIn(const ConnectionSettings &settings)
{
    QStringList names;
    for (const HeaderEntry &header : settings.headers) {
        if (header.enabled && (header.secret || isSecretHeader(header.name)) && !names.contains(header.name, Qt::CaseInsensitive))
            names.append(header.name);
    }
    if (!settings.parsedUrl().password().isEmpty())
        names.append(tr("URL password"));
    return names;
}

QString CommandLine::shellQuote(QStringView word)
{
    // POSIX: nothing is special inside single quotes, and a single quote cannot appear there;
    // it is closed, written escaped, and reopened: ' → '\''.
    QString quoted;
    quoted.reserve(word.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : word) {
        if (c == QLatin1Char('\''))
            quoted += QLatin1String("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString CommandLine::printfBytes(const QByteArray &bytes)
{
    // printf(1) interprets \ooo (octal) and %%; everything else printable goes as it is, and so
    // does well-formed UTF-8 (a shell word may hold any byte but NUL).
    const bool utf8 = Utf8Validator::firstInvalidOffset(bytes) < 0;
    QByteArray format;
    format.reserve(bytes.size() * 2);
    for (const char byte : bytes) {
        const uchar c = uchar(byte);
        if (c == '%')
            format += "%%";
        else if (c == '\\')
            format += "\\\\";
        else if ((c >= 0x20 && c < 0x7F) || (utf8 && c >= 0x80))
            format += char(c);
        else
            format += '\\' + QByteArray::number(c, 8).rightJustified(3, '0');
    }
    return shellQuote(QString::fromUtf8(format));
}

CommandLine::Result CommandLine::build(Tool tool, const ConnectionSettings &settings, bool isText,
                                       const QByteArray &payload, Secrets secrets)
{
    Result result;
    if (tool == Tool::Wscat && !isText) {
        result.error = tr("wscat sends text messages only; copy a websocat command for a binary message.");
        return result;
    }
    QStringList args;
    // A header the profile marks secret is redacted whatever its name.
    const auto addHeader = [&](const QString &name, const QString &value, bool markedSecret) {
        QString shown = value;
        if (secrets == Secrets::Redact && (markedSecret || isSecretHeader(name))) {
            shown = QString::fromLatin1(Placeholder);
            if (!result.redacted.contains(name, Qt::CaseInsensitive))
                result.redacted.append(name);
        }
        args << QStringLiteral("-H") << shellQuote(QString(name + QStringLiteral(": ") + shown));
    };
    for (const HeaderEntry &header : settings.headers) {
        if (header.enabled)
            addHeader(header.name, header.value, header.secret);
    }
    const QString url = shellQuote(redactedUrl(settings.parsedUrl(), secrets, &result.redacted));
    const QString protocols = settings.subprotocols.join(QStringLiteral(", "));

    if (tool == Tool::Websocat) {
        // -1: send one message and close; -0: messages end at a NUL byte, so a text with line
        // breaks stays one message; -b: stdin's bytes are a binary message.
        QStringList command{QStringLiteral("websocat"), QStringLiteral("-1")};
        command << (isText ? QStringLiteral("-0") : QStringLiteral("-b"));
        if (!protocols.isEmpty())
            command << QStringLiteral("--protocol") << shellQuote(protocols);
        if (!settings.origin.isEmpty())
            command << QStringLiteral("--origin") << shellQuote(settings.origin);
        command << args << url;
        const QString input = isText ? printfBytes(payload + '\0') : printfBytes(payload);
        result.command = QStringLiteral("printf ") + input + QStringLiteral(" | ") + command.join(QLatin1Char(' '));
        return result;
    }
    // wscat -x sends its argument once connected, then exits after -w seconds.
    QStringList command{QStringLiteral("wscat"), QStringLiteral("-c"), url};
    if (!protocols.isEmpty())
        command << QStringLiteral("-s") << shellQuote(protocols);
    if (!settings.origin.isEmpty())
        command << QStringLiteral("-o") << shellQuote(settings.origin);
    command << args << QStringLiteral("-w") << QStringLiteral("1") << QStringLiteral("-x")
            << shellQuote(QString::fromUtf8(payload));
    result.command = command.join(QLatin1Char(' '));
    return result;
}
