#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

// Turns a pasted `wscat`, `websocat` or `curl` command line into a new profile: the URL (http(s)
// becomes ws(s) for curl's upgrade requests), -H/--header headers, subprotocols (-s/--subprotocol,
// --protocol, a Sec-WebSocket-Protocol header), the origin, the proxy (--proxy, -x, --socks5),
// TLS (--cert, --key, --ca/--cacert, -k/--insecure/-n/--no-check) and user:password (-u/--user,
// --auth) as a Basic Authorization header; wscat's -x/--execute messages become saved messages.
// What has no place in a profile (a request body, a listen mode, an option it does not know) is
// named in notMapped, and so are the headers the WebSocket client writes itself, which are left
// out (HeaderRules::checkNotWrittenByClient). Nothing is run.
class CommandLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineImporter)

public:
    enum class Program { Unknown, Wscat, Websocat, Curl };

    struct Result
    {
        bool ok = false;
        Program program = Program::Unknown;
        Profile profile;          // name: host and path; everything else as mapped
        QStringList notMapped;    // one translated line per thing left out, with the reason
        QString error;            // why nothing could be imported; empty when ok
    };

    static Result parse(QStringView commandLine);

private:
    CommandLineImporter() = delete;
};
