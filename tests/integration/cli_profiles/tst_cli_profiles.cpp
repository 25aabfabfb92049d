// wsscope-cli with saved profiles (--profile, --profiles-dir, --list-profiles): the built binary
// (WSSCOPE_CLI_PATH) against the Python websockets peer on 127.0.0.1, with profiles written
// through ProfileStore into a temporary folder, exactly as the desktop app saves them.
#include "cliresult.h"
#include "testpeer.h"

#include "core/profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Profile makeProfile(const QString &name, const QString &url)
{
    Profile profile;
    profile.name = name;
    profile.connection.url = url;
    return profile;
}

bool saveProfiles(const QString &directory, const QList<Profile> &profiles)
{
    ProfileStore store(directory);
    store.load();
    for (const Profile &profile : profiles) {
        QString error;
        if (!store.save(profile, &error)) {
            qWarning("cannot save profile %s: %s", qPrintable(profile.name), qPrintable(error));
            return false;
        }
    }
    return true;
}

// A ws:// URL on 127.0.0.1 where nothing listens (the port was just free).
QString deadUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return QString();
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("ws://127.0.0.1:%1/dead").arg(port);
}

// A profile file broken by hand: the comma after "url" is missing, so the parser stumbles on
// the quote that opens "headers" on line 6, column 9.
const QByteArray BrokenProfileJson = "{\n"
                                     "    \"schemaVersion\": 1,\n"
                                     "    \"name\": \"Broken\",\n"
                                     "    \"connection\": {\n"
                                     "        \"url\": \"ws://127.0.0.1:1/\"\n"
                                     "        \"headers\": []\n"
                                     "    }\n"
                                     "}\n";

} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT

private slots:
    void savedProfileConnectsWithItsHeadersSubprotocolAndOrigin();
    void commandLineReplacesTheUrlAndAddsHeadersAndSubprotocols();
    void profileWithTheTapOffIsHonouredAndNoTapOverridesAProfile();
    void unknownProfileExits2AndSuggestsNames_data();
    void unknownProfileExits2AndSuggestsNames();
    void corruptProfileFileExits2NamingFileLineAndColumn_data();
    void corruptProfileFileExits2NamingFileLineAndColumn();
    void listProfilesPrintsOneNamePerLine();
    void defaultFolderIsTheDesktopAppsFolder();
    void helpDescribesTheProfileOptions();
    void aScenarioSavedWithTheProfileRunsWhereItIsNamed();
    void aMissingScenarioExits2NamingIt();
    void aProfileFileWithABadStepExits2NamingProfileScenarioAndStep();
};

void TestCliProfiles::savedProfileConnectsWithItsHeadersSubprotocolAndOrigin()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--subprotocols"), QStringLiteral("chat.v2,chat.v1")}),
             qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Profile profile = makeProfile(QStringLiteral("Local echo"), peer.url(false, QStringLiteral("/saved")));
    profile.connection.headers = {HeaderEntry{QStringLiteral("X-Profile"), QStringLiteral("from the profile"), true},
                                  HeaderEntry{QStringLiteral("X-Disabled"), QStringLiteral("must not be sent"), false}};
    profile.connection.subprotocols = {QStringLiteral("chat.v1")};
    profile.connection.origin = QStringLiteral("http://profile.test");
    QVERIFY(saveProfiles(dir.path(), {profile, makeProfile(QStringLiteral("Other"), deadUrl())}));

    const CliResult r = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--profile"), QStringLiteral("Local echo"),
                                QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--send"), QStringLiteral("hi"),
                                QStringLiteral("--wait-messages"), QStringLiteral("1")});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());

    const QJsonObject request = r.where(QStringLiteral("handshake_request")).value(0);
    QCOMPARE(request.value(QStringLiteral("target")).toString(), QStringLiteral("/saved"));
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("X-Profile")), QStringList{QStringLiteral("from the profile")});
    QVERIFY(CliResult::headerValues(request, QStringLiteral("X-Disabled")).isEmpty());
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("Sec-WebSocket-Protocol")), QStringList{QStringLiteral("chat.v1")});
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("Origin")), QStringList{QStringLiteral("http://profile.test")});
    const QJsonObject response = r.where(QStringLiteral("handshake_response")).value(0);
    QCOMPARE(response.value(QStringLiteral("status")).toInt(), 101);
    QCOMPARE(CliResult::headerValues(response, QStringLiteral("Sec-WebSocket-Protocol")), QStringList{QStringLiteral("chat.v1")});

    // The peer saw the same: the profile's path, header and the negotiated subprotocol.
    QVERIFY(peer.waitForLines(QStringLiteral("open"), 1));
    const QJsonObject open = peer.lines(QStringLiteral("open")).first();
    QCOMPARE(open.value(QStringLiteral("path")).toString(), QStringLiteral("/saved"));
    QCOMPARE(open.value(QStringLiteral("subprotocol")).toString(), QStringLiteral("chat.v1"));
    QVERIFY(peer.waitForLines(QStringLiteral("received"), 1));
    QCOMPARE(peer.lines(QStringLiteral("received")).first().value(QStringLiteral("data")).toString(), QStringLiteral("hi"));
}

void TestCliProfiles::commandLineReplacesTheUrlAndAddsHeadersAndSubprotocols()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--subprotocols"), QStringLiteral("chat.v2")}),
             qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Connecting to the profile's own URL would fail: only the command line's URL can succeed.
    Profile profile = makeProfile(QStringLiteral("Staging chat"), deadUrl());
    profile.connection.headers = {HeaderEntry{QStringLiteral("X-Profile"), QStringLiteral("kept"), true}};
    profile.connection.subprotocols = {QStringLiteral("chat.v1")};
    profile.connection.origin = QStringLiteral("http://profile.test");
    QVERIFY(saveProfiles(dir.path(), {profile}));

    const CliResult r = CliResult::run({QStringLiteral("--profiles-dir=") + dir.path(), QStringLiteral("--profile=Staging chat"),
                                QStringLiteral("-H"), QStringLiteral("X-Extra: added"), QStringLiteral("-s"), QStringLiteral("chat.v2"),
                                QStringLiteral("--origin"), QStringLiteral("http://override.test"), QStringLiteral("--format"),
                                QStringLiteral("jsonl"), peer.url(false, QStringLiteral("/override"))});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    const QJsonObject request = r.where(QStringLiteral("handshake_request")).value(0);
    QCOMPARE(request.value(QStringLiteral("target")).toString(), QStringLiteral("/override"));
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("Host")), QStringList{QStringLiteral("127.0.0.1:%1").arg(peer.port())});
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("X-Profile")), QStringList{QStringLiteral("kept")});
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("X-Extra")), QStringList{QStringLiteral("added")});
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("Origin")), QStringList{QStringLiteral("http://override.test")});
    // The profile's subprotocol first, the command line's after it (order of preference).
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("Sec-WebSocket-Protocol")), QStringList{QStringLiteral("chat.v1, chat.v2")});
    QCOMPARE(CliResult::headerValues(r.where(QStringLiteral("handshake_response")).value(0), QStringLiteral("Sec-WebSocket-Protocol")),
             QStringList{QStringLiteral("chat.v2")});
    QVERIFY(peer.waitForLines(QStringLiteral("open"), 1));
    QCOMPARE(peer.lines(QStringLiteral("open")).first().value(QStringLiteral("path")).toString(), QStringLiteral("/override"));
}

void TestCliProfiles::profileWithTheTapOffIsHonouredAndNoTapOverridesAProfile()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Profile tapOff = makeProfile(QStringLiteral("Tap off"), peer.url());
    tapOff.connection.tapEnabled = false;
    QVERIFY(saveProfiles(dir.path(), {tapOff, makeProfile(QStringLiteral("Tap on"), peer.url())}));

    const auto run = [&](const QStringList &extra) {
        return CliResult::run(QStringList{QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--format"), QStringLiteral("jsonl"),
                                  QStringLiteral("--send"), QStringLiteral("echo me"), QStringLiteral("--wait-messages"),
                                  QStringLiteral("1")}
                      + extra);
    };
    // The tap sees every frame header; without it, frames are what QWebSocket reported (header null).
    const auto framesWithHeader = [](const CliResult &r, bool header) {
        qsizetype n = 0;
        for (const QJsonObject &frame : r.where(QStringLiteral("frame")))
            n += frame.value(QStringLiteral("header")).isString() == header ? 1 : 0;
        return n;
    };
    const CliResult on = run({QStringLiteral("--profile"), QStringLiteral("Tap on")});
    QVERIFY2(on.exitCode == 0, on.diagnostics());
    QVERIFY(framesWithHeader(on, true) > 0);
    QCOMPARE(framesWithHeader(on, false), 0);

    const CliResult off = run({QStringLiteral("--profile"), QStringLiteral("Tap off")});
    QVERIFY2(off.exitCode == 0, off.diagnostics());
    QVERIFY2(framesWithHeader(off, true) == 0, off.diagnostics());
    QVERIFY2(framesWithHeader(off, false) > 0, off.diagnostics());

    const CliResult overridden = run({QStringLiteral("--profile"), QStringLiteral("Tap on"), QStringLiteral("--no-tap")});
    QVERIFY2(overridden.exitCode == 0, overridden.diagnostics());
    QVERIFY2(framesWithHeader(overridden, true) == 0, overridden.diagnostics());
    QVERIFY2(framesWithHeader(overridden, false) > 0, overridden.diagnostics());
}

void TestCliProfiles::unknownProfileExits2AndSuggestsNames_data()
{
    QTest::addColumn<QString>("folder"); // "saved", "empty" or "missing"
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("A name that differs only in case suggests the saved one")
            << QStringLiteral("saved") << QStringLiteral("local echo")
            << QStringList{QStringLiteral("no profile named \"local echo\""), QStringLiteral("Did you mean \"Local echo\"?")};
    QTest::newRow("A mistyped name suggests the close one")
            << QStringLiteral("saved") << QStringLiteral("Lcoal ehco") << QStringList{QStringLiteral("Did you mean \"Local echo\"?")};
    QTest::newRow("Part of a name suggests the names that contain it")
            << QStringLiteral("saved") << QStringLiteral("chat") << QStringList{QStringLiteral("Did you mean \"Staging chat\"?")};
    QTest::newRow("A name like no saved one lists every saved name")
            << QStringLiteral("saved") << QStringLiteral("production")
            << QStringList{QStringLiteral("Saved profiles: \"Local echo\", \"Staging chat\".")};
    QTest::newRow("An empty profiles folder says that nothing is saved")
            << QStringLiteral("empty") << QStringLiteral("Local echo") << QStringList{QStringLiteral("No profile is saved there.")};
    QTest::newRow("A profiles folder that does not exist is named")
            << QStringLiteral("missing") << QStringLiteral("Local echo") << QStringList{QStringLiteral("does not exist")};
}

void TestCliProfiles::unknownProfileExits2AndSuggestsNames()
{
    QFETCH(QString, folder);
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {}), qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString profilesDir = dir.path();
    if (folder == QLatin1String("saved"))
        QVERIFY(saveProfiles(profilesDir, {makeProfile(QStringLiteral("Local echo"), peer.url()),
                                           makeProfile(QStringLiteral("Staging chat"), peer.url())}));
    else if (folder == QLatin1String("missing"))
        profilesDir += QStringLiteral("/not-there");

    // With a URL too: an unknown profile is still an error, and nothing is sent.
    const CliResult r = CliResult::run({QStringLiteral("--profiles-dir"), profilesDir, QStringLiteral("--profile"), name, peer.url()});
    QVERIFY2(r.finished && r.exitCode == 2, r.diagnostics());
    QVERIFY2(r.out.isEmpty(), r.diagnostics());
    const QString err = QString::fromUtf8(r.err);
    for (const QString &text : std::as_const(expected))
        QVERIFY2(err.contains(text), r.diagnostics());
    QVERIFY2(err.contains(QDir::toNativeSeparators(profilesDir)), r.diagnostics());
    QTest::qWait(100);
    QVERIFY(peer.lines(QStringLiteral("open")).isEmpty());
}

void TestCliProfiles::corruptProfileFileExits2NamingFileLineAndColumn_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("introduction");
    QTest::newRow("The requested profile's own file is broken")
            << QStringLiteral("Broken") << QStringLiteral("The profile file of \"Broken\" does not load");
    QTest::newRow("An unknown name lists the broken files that may hold it")
            << QStringLiteral("Nobody") << QStringLiteral("These profile files did not load");
}

void TestCliProfiles::corruptProfileFileExits2NamingFileLineAndColumn()
{
    QFETCH(QString, requested);
    QFETCH(QString, introduction);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Saved by the store, then broken by hand in an editor.
    QVERIFY(saveProfiles(dir.path(), {makeProfile(QStringLiteral("Broken"), QStringLiteral("ws://127.0.0.1:1/")),
                                      makeProfile(QStringLiteral("Fine"), QStringLiteral("ws://127.0.0.1:1/"))}));
    ProfileStore store(dir.path());
    QVERIFY(store.load());
    const QString brokenPath = store.filePath(QStringLiteral("Broken"));
    QVERIFY(!brokenPath.isEmpty());
    {
        QFile file(brokenPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(BrokenProfileJson), qint64(BrokenProfileJson.size()));
    }
    const QDateTime modified = QFileInfo(brokenPath).lastModified();
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files, QDir::Name);

    const CliResult r = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--profile"), requested});
    QVERIFY2(r.finished && r.exitCode == 2, r.diagnostics());
    QVERIFY2(r.out.isEmpty(), r.diagnostics());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(introduction), r.diagnostics());
    QVERIFY2(err.contains(QDir::toNativeSeparators(brokenPath) + QStringLiteral(":6:9: not valid JSON")), r.diagnostics());

    // The file is left exactly as the user wrote it, and nothing was added next to it.
    QFile file(brokenPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), BrokenProfileJson);
    QCOMPARE(QFileInfo(brokenPath).lastModified(), modified);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name), filesBefore);

    // The intact profile next to it still works for --list-profiles.
    const CliResult list = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--list-profiles")});
    QVERIFY2(list.exitCode == 0, list.diagnostics());
    QCOMPARE(list.out, QByteArray("Fine\n"));
    QVERIFY2(list.err.contains(":6:9:"), list.diagnostics());
}

void TestCliProfiles::listProfilesPrintsOneNamePerLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(saveProfiles(dir.path(), {makeProfile(QStringLiteral("zeta"), QStringLiteral("ws://127.0.0.1:1/")),
                                      makeProfile(QStringLiteral("Alpha chat"), QStringLiteral("ws://127.0.0.1:2/")),
                                      makeProfile(QStringLiteral("한국 서버"), QStringLiteral("ws://127.0.0.1:3/"))}));
    const CliResult r = CliResult::run({QStringLiteral("--list-profiles"), QStringLiteral("--profiles-dir"), dir.path()});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    QVERIFY2(r.err.isEmpty(), r.diagnostics());
    ProfileStore store(dir.path());
    QVERIFY(store.load());
    QCOMPARE(store.names().size(), 3);
    QCOMPARE(QString::fromUtf8(r.out), store.names().join(QLatin1Char('\n')) + QLatin1Char('\n'));

    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    const CliResult none = CliResult::run({QStringLiteral("--list-profiles"), QStringLiteral("--profiles-dir"), empty.path()});
    QVERIFY2(none.exitCode == 0, none.diagnostics());
    QVERIFY(none.out.isEmpty());
}

void TestCliProfiles::defaultFolderIsTheDesktopAppsFolder()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Both executables name themselves WsScope (application and organisation), so on XDG systems
    // the default is $XDG_DATA_HOME/WsScope/profiles for both.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString profilesDir = home.path() + QStringLiteral("/WsScope/profiles");
    QVERIFY(saveProfiles(profilesDir, {makeProfile(QStringLiteral("From the app"), QStringLiteral("ws://127.0.0.1:1/"))}));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    const CliResult r = CliResult::run({QStringLiteral("--list-profiles")}, environment);
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    QCOMPARE(r.out, QByteArray("From the app\n"));
    const CliResult help = CliResult::run({QStringLiteral("--help")}, environment);
    QVERIFY2(help.out.contains(profilesDir.toUtf8()), help.diagnostics());
#else
    QSKIP("The default folder is checked where XDG_DATA_HOME decides it.");
#endif
}

void TestCliProfiles::helpDescribesTheProfileOptions()
{
    const CliResult r = CliResult::run({QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0, r.diagnostics());
    QVERIFY(r.out.contains("wsscope-cli --profile NAME [OPTIONS] [URL]"));
    QVERIFY(r.out.contains("--profiles-dir DIR"));
    QVERIFY(r.out.contains("--list-profiles"));
}

void TestCliProfiles::aScenarioSavedWithTheProfileRunsWhereItIsNamed()
{
    TestPeer peer;
    QVERIFY2(peer.start(TestPeer::Kind::Python, {QStringLiteral("--mode"), QStringLiteral("echo")}), qPrintable(peer.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Profile profile = makeProfile(QStringLiteral("Echo"), peer.url());
    profile.scenarios = {SavedScenario{QStringLiteral("greet"),
                                       {ScenarioStep{QStringLiteral("send"), QStringLiteral("hi there"), QStringLiteral("2+6"), 0, 0},
                                        ScenarioStep{QStringLiteral("expect-message"), QStringLiteral("^hi there$"), {}, 3000, 0}}},
                         SavedScenario{QStringLiteral("other"), {ScenarioStep{QStringLiteral("send"), QStringLiteral("not this one"), {}, 0, 0}}}};
    QVERIFY(saveProfiles(dir.path(), {profile}));

    const CliResult r = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--profile"), QStringLiteral("Echo"),
                                        QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--send"), QStringLiteral("before"),
                                        // QWebSocket's "before" reaches the tap before the injected fragments.
                                        QStringLiteral("--wait"), QStringLiteral("300"),
                                        QStringLiteral("--scenario-name"), QStringLiteral("greet"), QStringLiteral("--send"), QStringLiteral("after"),
                                        QStringLiteral("--wait-messages"), QStringLiteral("3")});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    // Its steps ran where --scenario-name stood: between the two sends, the message in two fragments.
    QStringList out;
    for (const QJsonObject &frame : r.where(QStringLiteral("frame"), QStringLiteral("out"))) {
        const QString opcode = frame.value(QStringLiteral("opcode")).toString();
        if (opcode == QLatin1String("text") || opcode == QLatin1String("continuation"))
            out << frame.value(QStringLiteral("payload")).toString();
    }
    QCOMPARE(out, QStringList({QStringLiteral("before"), QStringLiteral("hi"), QStringLiteral(" there"), QStringLiteral("after")}));
    const QList<QJsonObject> expectations = r.where(QStringLiteral("expectation"));
    QCOMPARE(expectations.size(), 1);
    QVERIFY(expectations.first().value(QStringLiteral("met")).toBool());
    QVERIFY(peer.waitForLines(QStringLiteral("received"), 3));
    QCOMPARE(peer.lines(QStringLiteral("received")).at(1).value(QStringLiteral("data")).toString(), QStringLiteral("hi there"));
}

void TestCliProfiles::aMissingScenarioExits2NamingIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Profile profile = makeProfile(QStringLiteral("Echo"), deadUrl());
    profile.scenarios = {SavedScenario{QStringLiteral("greet"), {ScenarioStep{QStringLiteral("send"), QStringLiteral("x"), {}, 0, 0}}}};
    QVERIFY(saveProfiles(dir.path(), {profile, makeProfile(QStringLiteral("Bare"), deadUrl())}));
    // Nothing listens at the URL: a run that got past the options would exit 3, not 2.
    const CliResult missing = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--profile"), QStringLiteral("Echo"),
                                              QStringLiteral("--scenario-name"), QStringLiteral("gret")});
    QVERIFY2(missing.finished && missing.exitCode == 2, missing.diagnostics());
    QVERIFY2(missing.err.contains("\"gret\"") && missing.err.contains("\"greet\"") && missing.err.contains("--scenario-name"), missing.diagnostics());
    QVERIFY(missing.out.isEmpty());
    const CliResult none = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--profile"), QStringLiteral("Bare"),
                                           QStringLiteral("--scenario-name"), QStringLiteral("greet")});
    QVERIFY2(none.finished && none.exitCode == 2 && none.err.contains("no saved scenarios"), none.diagnostics());
    const CliResult noProfile = CliResult::run({QStringLiteral("--scenario-name"), QStringLiteral("greet"), deadUrl()});
    QVERIFY2(noProfile.finished && noProfile.exitCode == 2 && noProfile.err.contains("--profile"), noProfile.diagnostics());
    QVERIFY(CliResult::run({QStringLiteral("--help")}).out.contains("--scenario-name NAME"));
}

void TestCliProfiles::aProfileFileWithABadStepExits2NamingProfileScenarioAndStep()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(saveProfiles(dir.path(), {makeProfile(QStringLiteral("Fine"), deadUrl())}));
    const QByteArray json = "{\n"
                            "    \"schemaVersion\": 1,\n"
                            "    \"name\": \"Hand made\",\n"
                            "    \"connection\": {\"url\": \"ws://127.0.0.1:1/\"},\n"
                            "    \"scenarios\": [{\"name\": \"smoke\", \"steps\": [\n"
                            "        {\"send\": \"a\"},\n"
                            "        {\"send-frame\": \"opcode=0x10\"}\n"
                            "    ]}]\n"
                            "}\n";
    const QString path = dir.filePath(QStringLiteral("hand-made.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
    }
    const CliResult r = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--profile"), QStringLiteral("Hand made")});
    QVERIFY2(r.finished && r.exitCode == 2, r.diagnostics());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QDir::toNativeSeparators(path) + QStringLiteral(":7:9:")), r.diagnostics());
    QVERIFY2(err.contains(QStringLiteral("profile \"Hand made\", scenario \"smoke\", step 2")) && err.contains(QStringLiteral("opcode")),
             r.diagnostics());
    // Left as written; the other profile still loads.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), json);
    const CliResult list = CliResult::run({QStringLiteral("--profiles-dir"), dir.path(), QStringLiteral("--list-profiles")});
    QCOMPARE(list.out, QByteArray("Fine\n"));
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
