#include "widgets/mainwindow.h"
#include "widgets/tabtitles.h"
#include "core/export/sessionimporter.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/profiles/profilevalidator.h"
#include "core/testserver/testserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("WsScope"));
    QApplication::setApplicationDisplayName(QStringLiteral("WsScope"));
    QApplication::setOrganizationName(QStringLiteral("WsScope"));
    QApplication::setApplicationVersion(QStringLiteral(WSSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wsscope.svg")));

    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("gui", "Desktop WebSocket test client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profilesDir(QStringLiteral("profiles-dir"),
                                         QApplication::translate("gui", "Keep profiles in DIR instead of %1.")
                                                 .arg(QDir::toNativeSeparators(ProfileStore::defaultDirectory())),
                                         QStringLiteral("DIR"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("gui", "Open the saved profile NAME."),
                                           QStringLiteral("NAME"));
    parser.addOption(profilesDir);
    parser.addOption(profileOption);
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 QApplication::translate("gui", "ws:// or wss:// URL to open a session for, or a HAR or "
                                                                "JSONL session file to open read-only."),
                                 QStringLiteral("[URL|FILE]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << QApplication::translate("gui", "wsscope: only one URL or file can be given (see --help)") << Qt::endl;
        return 2;
    }
    QUrl url;
    QString sessionFile;
    // A ws:// or wss:// argument is a URL; an existing file or a .har/.jsonl name is a session file.
    const bool isFile = !positional.isEmpty() && !positional.first().contains(QLatin1String("://"))
            && (QFileInfo(positional.first()).isFile() || SessionImporter::looksLikeSessionFile(positional.first()));
    if (isFile) {
        sessionFile = positional.first();
    } else if (!positional.isEmpty()) {
        const QString why = ProfileValidator::checkUrl(positional.first());
        if (!why.isEmpty()) {
            err << QApplication::translate("gui", "wsscope: %1: %2").arg(positional.first(), why) << Qt::endl;
            return 2;
        }
        url = QUrl(positional.first().trimmed(), QUrl::StrictMode);
    }

    // One keychain for the app: the profiles' secrets (and, through ProfileStore::secretStore(),
    // every other store of secrets) live there; where it cannot be reached, in memory, and the
    // main window's banner says so.
    KeychainSecretStore secrets;
    ProfileStore store(parser.isSet(profilesDir) ? parser.value(profilesDir) : ProfileStore::defaultDirectory(), &secrets);
    if (!store.load()) {
        for (const ProfileLoadError &e : store.errors())
            err << QApplication::translate("gui", "wsscope: profile not loaded: %1").arg(e.toString()) << Qt::endl;
    }

    TestServer testServer;
    MainWindow window(&store, &testServer);
    window.startTestServer();
    // A new user (also of an existing but empty --profiles-dir) starts with a ready profile.
    window.ensureBuiltInProfile();
    window.show();
    // The tabs of the last run come back (their profile or URL; none connects by itself).
    window.restoreSessionTabs();

    if (parser.isSet(profileOption)) {
        if (window.openProfile(parser.value(profileOption)) < 0)
            err << QApplication::translate("gui", "wsscope: there is no profile named \"%1\" in %2")
                            .arg(parser.value(profileOption), QDir::toNativeSeparators(store.directory()))
                    << Qt::endl;
    }
    if (!url.isEmpty()) {
        ConnectionSettings settings;
        settings.url = url.toString();
        window.openSessionTab(TabTitles::urlTitle(url), settings);
    }
    if (!sessionFile.isEmpty()) {
        QString error;
        if (window.openSessionFile(sessionFile, &error) < 0) {
            err << QApplication::translate("gui", "wsscope: %1").arg(error) << Qt::endl;
            auto *box = new QMessageBox(QMessageBox::Warning, QApplication::translate("gui", "Cannot open the session file"),
                                        error, QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    return app.exec();
}
