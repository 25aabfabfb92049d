// wsscope-cli with variables (--env, --set, a profile's own variables, the environments file the
// desktop app writes): the built binary against the Python websockets peer on 127.0.0.1, checking
// what the peer received, not only what the CLI printed.
#include "cliresult.h"
#include "testpeer.h"

#include "core/export/secretredactor.h"
#include "core/profiles/profilestore.h"
#include "core/variables/environmentstore.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Environment environment(const QString &name, const QList<Variable> &variables)
{
    Environment e;
    e.name = name;
    e.variables = variables;
    return e;
}

Variable variable(const QString &name, const QString &value)
{
    return Variable{name, value, true, false};
}

} // namespace

class TestCliVariables : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void environmentProfileAndSetResolveInThatOrder();
    void theActiveEnvironmentIsUsedWithoutEnv();
    void anUndefinedVariableExits2NamingItAndNothingConnects();
    void anUnknownEnvironmentExits2NamingTheKnownOnes();
    void aCycleExits2WithItsChain();
    void builtInsAndPlainUrlsWork();
    void aResolvedSecretStaysOutOfHarAndRecordUnlessIncluded();

private:
    bool writeEnvironments(const EnvironmentSet &set);
    bool writeProfile(const Profile &profile);
    QStringList base() const { return {QStringLiteral("--profiles-dir"), m_dir->path(), QStringLiteral("--format"), QStringLiteral("jsonl")}; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestPeer> m_peer;
};

void TestCliVariables::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_peer = std::make_unique<TestPeer>();
    QVERIFY2(m_peer->start(TestPeer::Kind::Python, {}), qPrintable(m_peer->errorString()));
}

bool TestCliVariables::writeEnvironments(const EnvironmentSet &set)
{
    EnvironmentStore store(m_dir->path());
    store.load();
    QString error;
    if (!store.save(set, &error)) {
        qWarning("cannot save environments: %s", qPrintable(error));
        return false;
    }
    return true;
}

bool TestCliVariables::writeProfile(const Profile &profile)
{
    ProfileStore store(m_dir->path());
    store.load();
    QString error;
    if (!store.save(profile, &error)) {
        qWarning("cannot save profile: %s", qPrintable(error));
        return false;
    }
    return true;
}

void TestCliVariables::environmentProfileAndSetResolveInThatOrder()
{
    EnvironmentSet set;
    set.globals.variables = {variable(QStringLiteral("host"), QStringLiteral("127.0.0.1")),
                             variable(QStringLiteral("room"), QStringLiteral("from-globals"))};
    set.environments = {environment(QStringLiteral("staging"), {variable(QStringLiteral("port"), QString::number(m_peer->port())),
                                                                variable(QStringLiteral("room"), QStringLiteral("from-staging")),
                                                                variable(QStringLiteral("who"), QStringLiteral("staging-user"))}),
                        environment(QStringLiteral("production"), {variable(QStringLiteral("port"), QStringLiteral("1"))})};
    set.active = QStringLiteral("production"); // --env overrides it
    QVERIFY(writeEnvironments(set));
    Profile profile;
    profile.name = QStringLiteral("Templated");
    profile.connection.url = QStringLiteral("ws://{{host}}:{{port}}/rooms/{{room}}");
    profile.connection.headers = {{QStringLiteral("X-Who"), QStringLiteral("{{who}}"), true},
                                  {QStringLiteral("X-Trace"), QStringLiteral("{{trace}}"), true}};
    profile.variables = {variable(QStringLiteral("room"), QStringLiteral("from-profile")),
                         variable(QStringLiteral("trace"), QStringLiteral("profile-trace"))};
    QVERIFY(writeProfile(profile));

    const CliResult r = CliResult::run(base() + QStringList{QStringLiteral("--profile"), QStringLiteral("Templated"), QStringLiteral("--env"),
                                                            QStringLiteral("staging"), QStringLiteral("--set"), QStringLiteral("trace=cli"),
                                                            QStringLiteral("--send"), QStringLiteral("hello {{room}}"),
                                                            QStringLiteral("--wait-messages"), QStringLiteral("1")});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    // The log shows what was sent: resolved.
    const QJsonObject request = r.where(QStringLiteral("handshake_request")).value(0);
    QCOMPARE(request.value(QStringLiteral("target")).toString(), QStringLiteral("/rooms/from-profile"));
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("X-Who")), QStringList{QStringLiteral("staging-user")});
    QCOMPARE(CliResult::headerValues(request, QStringLiteral("X-Trace")), QStringList{QStringLiteral("cli")});
    // And the peer received the same.
    QVERIFY(m_peer->waitForLines(QStringLiteral("open"), 1));
    QCOMPARE(m_peer->lines(QStringLiteral("open")).first().value(QStringLiteral("path")).toString(), QStringLiteral("/rooms/from-profile"));
    QVERIFY(m_peer->waitForLines(QStringLiteral("received"), 1));
    QCOMPARE(m_peer->lines(QStringLiteral("received")).first().value(QStringLiteral("data")).toString(), QStringLiteral("hello from-profile"));
}

void TestCliVariables::theActiveEnvironmentIsUsedWithoutEnv()
{
    EnvironmentSet set;
    set.environments = {environment(QStringLiteral("local"), {variable(QStringLiteral("port"), QString::number(m_peer->port()))})};
    set.active = QStringLiteral("local");
    QVERIFY(writeEnvironments(set));
    const CliResult r = CliResult::run(base() + QStringList{QStringLiteral("ws://127.0.0.1:{{port}}/active")});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    QVERIFY(m_peer->waitForLines(QStringLiteral("open"), 1));
    QCOMPARE(m_peer->lines(QStringLiteral("open")).first().value(QStringLiteral("path")).toString(), QStringLiteral("/active"));
    // "--env -" leaves the environments out: nothing defines port then.
    const CliResult none = CliResult::run(base() + QStringList{QStringLiteral("--env"), QStringLiteral("-"),
                                                               QStringLiteral("ws://127.0.0.1:{{port}}/active")});
    QVERIFY2(none.finished && none.exitCode == 2, none.diagnostics());
    QVERIFY2(none.err.contains("“port”"), none.err);
}

void TestCliVariables::anUndefinedVariableExits2NamingItAndNothingConnects()
{
    Profile profile;
    profile.name = QStringLiteral("Needs a token");
    profile.connection.url = m_peer->url(false, QStringLiteral("/x"));
    profile.connection.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"), true}};
    QVERIFY(writeProfile(profile));
    const CliResult r = CliResult::run(base() + QStringList{QStringLiteral("--profile"), QStringLiteral("Needs a token")});
    QVERIFY2(r.finished && r.exitCode == 2, r.diagnostics());
    QVERIFY2(r.err.contains("Header “Authorization”") && r.err.contains("“token”"), r.err);
    QVERIFY(r.where(QStringLiteral("handshake_request")).isEmpty());
    QTest::qWait(200);
    QVERIFY(m_peer->lines(QStringLiteral("open")).isEmpty());
    // Defined on the command line, it connects.
    const CliResult ok = CliResult::run(base() + QStringList{QStringLiteral("--profile"), QStringLiteral("Needs a token"),
                                                             QStringLiteral("--set"), QStringLiteral("token=abc"), QStringLiteral("--include-secrets")});
    QVERIFY2(ok.finished && ok.exitCode == 0, ok.diagnostics());
    QCOMPARE(CliResult::headerValues(ok.where(QStringLiteral("handshake_request")).value(0), QStringLiteral("Authorization")),
             QStringList{QStringLiteral("Bearer abc")});
    // Without --include-secrets the output says it was left out.
    const CliResult redacted = CliResult::run(base() + QStringList{QStringLiteral("--profile"), QStringLiteral("Needs a token"),
                                                                   QStringLiteral("--set"), QStringLiteral("token=abc")});
    QVERIFY2(redacted.finished && redacted.exitCode == 0, redacted.diagnostics());
    QCOMPARE(CliResult::headerValues(redacted.where(QStringLiteral("handshake_request")).value(0), QStringLiteral("Authorization")),
             QStringList{QString::fromLatin1(SecretRedactor::Placeholder)});
    QVERIFY(!redacted.out.contains("Bearer abc"));
    // A malformed --set is named.
    const CliResult bad = CliResult::run(base() + QStringList{QStringLiteral("--set"), QStringLiteral("9lives=x"), m_peer->url(false)});
    QVERIFY2(bad.finished && bad.exitCode == 2 && bad.err.contains("9lives"), bad.diagnostics());
}

void TestCliVariables::anUnknownEnvironmentExits2NamingTheKnownOnes()
{
    EnvironmentSet set;
    set.environments = {environment(QStringLiteral("staging"), {}), environment(QStringLiteral("production"), {})};
    QVERIFY(writeEnvironments(set));
    const CliResult r = CliResult::run(base() + QStringList{QStringLiteral("--env"), QStringLiteral("stagin"), m_peer->url(false)});
    QVERIFY2(r.finished && r.exitCode == 2, r.diagnostics());
    QVERIFY2(r.err.contains("stagin") && r.err.contains("staging") && r.err.contains("production"), r.err);
}

void TestCliVariables::aCycleExits2WithItsChain()
{
    const CliResult r = CliResult::run(base() + QStringList{QStringLiteral("--set"), QStringLiteral("a={{b}}"), QStringLiteral("--set"),
                                                            QStringLiteral("b={{a}}"), QStringLiteral("ws://127.0.0.1:{{a}}/")});
    QVERIFY2(r.finished && r.exitCode == 2, r.diagnostics());
    QVERIFY2(r.err.contains("a → b → a"), r.err);
}

void TestCliVariables::builtInsAndPlainUrlsWork()
{
    const CliResult r = CliResult::run(base() + QStringList{QStringLiteral("-H"), QStringLiteral("X-Request-Id: {{$uuid}}"),
                                                            QStringLiteral("--send"), QStringLiteral("{\"at\": {{$timestamp}}}"),
                                                            QStringLiteral("--wait-messages"), QStringLiteral("1"), m_peer->url(false)});
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    const QStringList id = CliResult::headerValues(r.where(QStringLiteral("handshake_request")).value(0), QStringLiteral("X-Request-Id"));
    QCOMPARE(id.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")).match(id.first()).hasMatch(),
             qPrintable(id.first()));
    QVERIFY(m_peer->waitForLines(QStringLiteral("received"), 1));
    const QString sent = m_peer->lines(QStringLiteral("received")).first().value(QStringLiteral("data")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\{\"at\": \\d{10}\\}$")).match(sent).hasMatch(), qPrintable(sent));
}

void TestCliVariables::aResolvedSecretStaysOutOfHarAndRecordUnlessIncluded()
{
    const QString har = m_dir->filePath(QStringLiteral("s.har"));
    const QString record = m_dir->filePath(QStringLiteral("s.jsonl"));
    const QStringList run = base() + QStringList{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer {{token}}"),
                                                 QStringLiteral("--set"), QStringLiteral("token=tok-5ecret"), QStringLiteral("--har"), har,
                                                 QStringLiteral("--record"), record, m_peer->url(false)};
    const CliResult r = CliResult::run(run);
    QVERIFY2(r.finished && r.exitCode == 0, r.diagnostics());
    // The server got it; the files do not hold it.
    QVERIFY(m_peer->waitForLines(QStringLiteral("open"), 1));
    for (const QString &path : {har, record}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("tok-5ecret"), qPrintable(path));
        QVERIFY2(bytes.contains("secret, not exported"), qPrintable(path));
    }
    const CliResult included = CliResult::run(run + QStringList{QStringLiteral("--include-secrets")});
    QVERIFY2(included.finished && included.exitCode == 0, included.diagnostics());
    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Bearer tok-5ecret"));
}

QTEST_GUILESS_MAIN(TestCliVariables)
#include "tst_cli_variables.moc"
