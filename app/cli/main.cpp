#include "protocol/handshake.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

enum ExitCode { ExitOk = 0, ExitUsage = 2 };

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("WsScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSSCOPE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Headless WebSocket client that logs what crossed the wire."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption acceptFor(QStringLiteral("accept-for"),
                                       QCoreApplication::translate("cli", "Print the Sec-WebSocket-Accept value for KEY and exit."),
                                       QStringLiteral("KEY"));
    parser.addOption(acceptFor);
    parser.addPositionalArgument(QStringLiteral("URL"), QCoreApplication::translate("cli", "ws:// or wss:// URL to connect to."));

    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    if (parser.isSet(acceptFor)) {
        const QByteArray key = parser.value(acceptFor).toUtf8();
        QString why;
        if (!Handshake::isValidClientKey(key, &why)) {
            err << QCoreApplication::translate("cli", "wsscope-cli: invalid Sec-WebSocket-Key \"%1\": %2")
                           .arg(QString::fromUtf8(key), why)
                << Qt::endl;
            return ExitUsage;
        }
        out << Handshake::acceptFor(key) << Qt::endl;
        return ExitOk;
    }

    err << QCoreApplication::translate("cli", "wsscope-cli: missing URL (see --help)") << Qt::endl;
    return ExitUsage;
}
