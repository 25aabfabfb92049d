#pragma once

#include "cli/clioptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The command line of wsscope-cli (the interface scripts depend on, issue 3). Parsed by hand
// because the send options (--send, --send-hex, --send-base64, --send-file, --ping) form a
// script whose order matters, which QCommandLineParser does not keep. Accepts "--name value",
// "--name=value", "-H value" and "-Hvalue"; "--" ends the options.
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(CliParser)

public:
    // arguments[0] is the program. Fills *options and returns true, or returns false with one
    // specific, translated sentence in *error (a usage error: exit 2, nothing is sent).
    // Every payload, file, close code and TLS/proxy setting is checked here, before connecting.
    static bool parse(const QStringList &arguments, CliOptions *options, QString *error);

    static QString helpText();
    static QString versionText();
};
