#include "cli/cliparser.h"
#include "cli/cliprofilefiles.h"
#include "cli/cliprofileloader.h"
#include "cli/clirunner.h"
#include "cli/interruptnotifier.h"
#include "core/protocol/handshake.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define WSSCOPE_ISATTY(fd) _isatty(fd)
#define WSSCOPE_FILENO(f) _fileno(f)
#else
#include <unistd.h>
#define WSSCOPE_ISATTY(fd) isatty(fd)
#define WSSCOPE_FILENO(f) fileno(f)
#endif

namespace {

void writeText(QFile &file, const QString &text)
{
    file.write(text.toUtf8());
    file.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app (app/gui/main.cpp): ProfileStore::defaultDirectory()
    // is derived from them, and both executables must find the same profiles.
    QCoreApplication::setApplicationName(QStringLiteral("WsScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("WsScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSSCOPE_VERSION));

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return CliRunner::ExitUsage;

    CliOptions options;
    QString error;
    if (!CliParser::parse(app.arguments(), &options, &error)) {
        writeText(err, QCoreApplication::translate("cli", "wsscope-cli: %1\nTry \"wsscope-cli --help\".\n").arg(error));
        return CliRunner::ExitUsage;
    }
    if (options.help) {
        writeText(out, CliParser::helpText());
        return CliRunner::ExitOk;
    }
    if (options.version) {
        writeText(out, CliParser::versionText() + QLatin1Char('\n'));
        return CliRunner::ExitOk;
    }
    if (options.listProfiles) {
        QStringList problems;
        const QStringList names = CliProfileLoader::names(options.profilesDir, &problems);
        for (const QString &problem : std::as_const(problems))
            writeText(err, QCoreApplication::translate("cli", "wsscope-cli: warning: profile file not loaded: %1\n").arg(problem));
        for (const QString &name : names)
            writeText(out, name + QLatin1Char('\n'));
        return CliRunner::ExitOk;
    }
    if (CliProfileFiles::isRequested(options))
        return CliProfileFiles::run(options, &out, &err);
    if (options.acceptFor) {
        const QByteArray key = *options.acceptFor;
        QString why;
        if (!Handshake::isValidClientKey(key, &why)) {
            writeText(err, QCoreApplication::translate("cli", "wsscope-cli: invalid Sec-WebSocket-Key \"%1\": %2")
                                   .arg(QString::fromUtf8(key), why)
                                   + QLatin1Char('\n'));
            return CliRunner::ExitUsage;
        }
        writeText(out, QString::fromLatin1(Handshake::acceptFor(key)) + QLatin1Char('\n'));
        return CliRunner::ExitOk;
    }

    const bool terminal = WSSCOPE_ISATTY(WSSCOPE_FILENO(stdout));
    if (options.format == CliOptions::Format::Auto)
        options.format = terminal ? CliOptions::Format::Text : CliOptions::Format::Jsonl;
    if (terminal)
        options.flushEachLine = true; // a person reads along
    for (const QString &warning : std::as_const(options.warnings))
        writeText(err, QStringLiteral("wsscope-cli: ") + warning + QLatin1Char('\n'));

    CliRunner runner(options, &out, &err);
    QObject::connect(&runner, &CliRunner::finished, &app, [&app](int code) { app.exit(code); });
    InterruptNotifier interrupts;
    QObject::connect(&interrupts, &InterruptNotifier::interrupted, &runner, &CliRunner::interrupt);
    if (!runner.start() || runner.isFinished())
        return runner.exitCode();
    return app.exec();
}
