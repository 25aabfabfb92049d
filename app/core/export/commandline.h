#pragma once

#include "core/session/connectionsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

// "Copy as command": a POSIX shell command line that opens the same connection with `websocat`
// or `wscat` and sends one message. The URL, the extra headers, the offered subprotocols and
// the Origin come from the connection settings; the proxy and TLS files are not carried over.
//
// Secrets: a header that usually carries a credential (isSecretHeader) and a password in the
// URL are replaced by a placeholder unless the caller passes Secrets::Include, which the UI
// offers as a separate, visibly named menu item ("… (includes Authorization header)"), so a
// token reaches the clipboard only when asked for by name.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Tool { Websocat, Wscat };
    enum class Secrets { Redact, Include };

    // What a redacted value is replaced with.
    static constexpr const char *Placeholder = "<redacted>";

    struct Result
    {
        QString command;      // empty when the tool cannot send this message (see error)
        QString error;        // why not, translated
        QStringList redacted; // header names (and "URL password") that were replaced
    };

    // The command that connects as `settings` says and sends `payload` as one text (isText) or
    // binary message. wscat sends text only; a binary message is refused with a reason.
    static Result build(Tool tool, const ConnectionSettings &settings, bool isText, const QByteArray &payload,
                        Secrets secrets);

    // The names of the enabled headers in `settings` that build() would redact (and "URL
    // password" when the URL has one), for the menu item that includes them.
    static QStringList secretsIn(const ConnectionSettings &settings);

    // Authorization, Proxy-Authorization, Cookie, and any header whose name mentions a token,
    // secret, key or password (X-Api-Key, X-Auth-Token), in any case.
    static bool isSecretHeader(QStringView name);

    // One POSIX shell word: 'it'\''s', '' for the empty string (single quotes keep every byte
    // as it is, so only the quote itself needs care).
    static QString shellQuote(QStringView word);
    // A printf(1) format that writes exactly `bytes` (octal escapes for anything but printable
    // ASCII; % and \ escaped), already shell-quoted.
    static QString printfBytes(const QByteArray &bytes);
};
