// CommandLine: the websocat/wscat commands are run by a real POSIX shell against stand-in tools
// that record the arguments and the standard input they get, so the quoting is checked by the
// shell itself, not by reading the text.

#include "core/export/commandline.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// What a stand-in tool received when the shell ran a command.
struct Run
{
    QStringList args;
    QByteArray stdinBytes;
};

ConnectionSettings settingsWithSecrets()
{
    ConnectionSettings settings;
    settings.url = QStringLiteral("ws://127.0.0.1:9001/chat?room=it's");
    settings.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer s3cr3t"), true},
                        {QStringLiteral("X-Trace"), QStringLiteral("a 'quoted' value"), true},
                        {QStringLiteral("X-Off"), QStringLiteral("not sent"), false}};
    settings.subprotocols = {QStringLiteral("chat.v1"), QStringLiteral("chat.v2")};
    return settings;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shellQuote_data();
    void shellQuote();
    void websocatSendsTheExactText_data();
    void websocatSendsTheExactText();
    void websocatSendsTheExactBinary();
    void wscatSendsTheTextAsOneArgument();
    void wscatRefusesBinary();
    void secretsAreRedactedUnlessIncluded();
    void secretHeaderNames_data();
    void secretHeaderNames();

private:
    Run runInShell(const QString &command);

    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Stand-ins for websocat and wscat: one argument per line (NUL-separated, since an argument
    // may hold line breaks), stdin as it came.
    for (const QString &tool : {QStringLiteral("websocat"), QStringLiteral("wscat")}) {
        QFile script(m_dir.filePath(tool));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$RECORD_DIR/args\"\n"
                     "cat > \"$RECORD_DIR/stdin\"\n");
        script.close();
        QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
}

Run TestCommandLine::runInShell(const QString &command)
{
    QFile::remove(m_dir.filePath(QStringLiteral("args")));
    QFile::remove(m_dir.filePath(QStringLiteral("stdin")));
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_dir.path() + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("RECORD_DIR"), m_dir.path());
    shell.setProcessEnvironment(env);
    shell.setStandardInputFile(QProcess::nullDevice());
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    Run run;
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0) {
        qWarning() << "shell failed:" << shell.readAllStandardError();
        return run;
    }
    QFile args(m_dir.filePath(QStringLiteral("args")));
    QFile input(m_dir.filePath(QStringLiteral("stdin")));
    if (args.open(QIODevice::ReadOnly)) {
        QByteArray all = args.readAll();
        if (all.endsWith('\0'))
            all.chop(1);
        for (const QByteArray &arg : all.split('\0'))
            run.args << QString::fromUtf8(arg);
    }
    if (input.open(QIODevice::ReadOnly))
        run.stdinBytes = input.readAll();
    return run;
}

void TestCommandLine::shellQuote_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("A plain word is single-quoted") << QStringLiteral("abc") << QStringLiteral("'abc'");
    QTest::newRow("The empty word stays a word") << QString() << QStringLiteral("''");
    QTest::newRow("A single quote is closed, escaped and reopened") << QStringLiteral("it's")
                                                                    << QStringLiteral("'it'\\''s'");
    QTest::newRow("Dollar, backquote and backslash need nothing inside single quotes")
            << QStringLiteral("$HOME `id` \\n") << QStringLiteral("'$HOME `id` \\n'");
}

void TestCommandLine::shellQuote()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(CommandLine::shellQuote(word), quoted);
}

void TestCommandLine::websocatSendsTheExactText_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("JSON with quotes") << QByteArray(R"({"op":"say","text":"it's \"fine\""})");
    QTest::newRow("Line breaks stay in the one message") << QByteArray("line one\nline two\n");
    QTest::newRow("Shell and printf specials: % \\ $ ` '") << QByteArray("100% \\n $PATH `id` 'x'");
    QTest::newRow("Non-ASCII UTF-8") << QStringLiteral("안녕 😀").toUtf8();
    QTest::newRow("The empty message") << QByteArray();
}

void TestCommandLine::websocatSendsTheExactText()
{
    QFETCH(QByteArray, payload);
    ConnectionSettings settings;
    settings.url = QStringLiteral("ws://127.0.0.1:9001/x");
    const CommandLine::Result result =
            CommandLine::build(CommandLine::Tool::Websocat, settings, true, payload, CommandLine::Secrets::Redact);
    QVERIFY(result.error.isEmpty());
    const Run run = runInShell(result.command);
    // -0: the message ends at the NUL, so the bytes before it are the message.
    QCOMPARE(run.stdinBytes, payload + '\0');
    QCOMPARE(run.args, (QStringList{QStringLiteral("-1"), QStringLiteral("-0"), QStringLiteral("ws://127.0.0.1:9001/x")}));
}

void TestCommandLine::websocatSendsTheExactBinary()
{
    QByteArray payload;
    for (int i = 0; i < 256; ++i)
        payload.append(char(i));
    const ConnectionSettings settings = settingsWithSecrets();
    const CommandLine::Result result =
            CommandLine::build(CommandLine::Tool::Websocat, settings, false, payload, CommandLine::Secrets::Include);
    const Run run = runInShell(result.command);
    QCOMPARE(run.stdinBytes, payload);
    QCOMPARE(run.args, (QStringList{QStringLiteral("-1"), QStringLiteral("-b"), QStringLiteral("--protocol"),
                                    QStringLiteral("chat.v1, chat.v2"), QStringLiteral("-H"),
                                    QStringLiteral("Authorization: Bearer s3cr3t"), QStringLiteral("-H"),
                                    QStringLiteral("X-Trace: a 'quoted' value"),
                                    QStringLiteral("ws://127.0.0.1:9001/chat?room=it's")}));
    QVERIFY(result.redacted.isEmpty());
}

void TestCommandLine::wscatSendsTheTextAsOneArgument()
{
    ConnectionSettings settings = settingsWithSecrets();
    settings.origin = QStringLiteral("http://localhost");
    const QByteArray payload("{\"id\":1,\n \"say\":\"it's\"}");
    const CommandLine::Result result =
            CommandLine::build(CommandLine::Tool::Wscat, settings, true, payload, CommandLine::Secrets::Redact);
    const Run run = runInShell(result.command);
    QCOMPARE(run.args, (QStringList{QStringLiteral("-c"), QStringLiteral("ws://127.0.0.1:9001/chat?room=it's"),
                                    QStringLiteral("-s"), QStringLiteral("chat.v1, chat.v2"), QStringLiteral("-o"),
                                    QStringLiteral("http://localhost"), QStringLiteral("-H"),
                                    QStringLiteral("Authorization: <redacted>"), QStringLiteral("-H"),
                                    QStringLiteral("X-Trace: a 'quoted' value"), QStringLiteral("-w"), QStringLiteral("1"),
                                    QStringLiteral("-x"), QString::fromUtf8(payload)}));
}

void TestCommandLine::wscatRefusesBinary()
{
    const CommandLine::Result result = CommandLine::build(CommandLine::Tool::Wscat, settingsWithSecrets(), false,
                                                          QByteArray::fromHex("0001"), CommandLine::Secrets::Include);
    QVERIFY(result.command.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("text messages only")), qPrintable(result.error));
}

void TestCommandLine::secretsAreRedactedUnlessIncluded()
{
    ConnectionSettings settings = settingsWithSecrets();
    QUrl withPassword = settings.parsedUrl();
    withPassword.setUserName(QStringLiteral("me"));
    withPassword.setPassword(QStringLiteral("hunter2"));
    settings.url = withPassword.toString();
    QCOMPARE(CommandLine::secretsIn(settings), (QStringList{QStringLiteral("Authorization"), QStringLiteral("URL password")}));
    const CommandLine::Result redacted =
            CommandLine::build(CommandLine::Tool::Websocat, settings, true, "hi", CommandLine::Secrets::Redact);
    QVERIFY(!redacted.command.contains(QStringLiteral("s3cr3t")));
    QVERIFY(!redacted.command.contains(QStringLiteral("hunter2")));
    QVERIFY(redacted.command.contains(QStringLiteral("Authorization: <redacted>")));
    QCOMPARE(redacted.redacted, (QStringList{QStringLiteral("Authorization"), QStringLiteral("URL password")}));
    const CommandLine::Result included =
            CommandLine::build(CommandLine::Tool::Websocat, settings, true, "hi", CommandLine::Secrets::Include);
    QVERIFY(included.command.contains(QStringLiteral("Authorization: Bearer s3cr3t")));
    QVERIFY(included.command.contains(QStringLiteral("me:hunter2@")));
    QVERIFY(CommandLine::secretsIn(ConnectionSettings()).isEmpty());
}

void TestCommandLine::secretHeaderNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("Authorization in any case") << QStringLiteral("authorization") << true;
    QTest::newRow("Cookie") << QStringLiteral("Cookie") << true;
    QTest::newRow("Proxy-Authorization") << QStringLiteral("Proxy-Authorization") << true;
    QTest::newRow("An API key header") << QStringLiteral("X-Api-Key") << true;
    QTest::newRow("An auth token header") << QStringLiteral("X-Auth-Token") << true;
    QTest::newRow("A plain header") << QStringLiteral("X-Trace") << false;
    QTest::newRow("User-Agent") << QStringLiteral("User-Agent") << false;
}

void TestCommandLine::secretHeaderNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(CommandLine::isSecretHeader(name), secret);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
