#include "core/log/eventlog.h"
#include "core/profiles/profilestore.h"
#include "core/session/session.h"
#include "core/variables/environmentstore.h"
#include "tabdriver.h"
#include "widgets/profiles/profileeditordialog.h"
#include "widgets/profiles/profilevariablespage.h"
#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/sessiontab.h"
#include "widgets/variables/environmentsdialog.h"
#include "widgets/variables/variablestable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

// An echo server that remembers the request of every connection it accepted.
class RecordingEchoServer : public QObject
{
    Q_OBJECT

public:
    RecordingEchoServer()
        : m_server(QStringLiteral("envtest"), QWebSocketServer::NonSecureMode, this)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                requests.append(socket->request());
                connect(socket, &QWebSocket::textMessageReceived, socket,
                        [socket](const QString &text) { socket->sendTextMessage(text); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    QList<QNetworkRequest> requests;

private:
    QWebSocketServer m_server;
};

class TestEnvironments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void urlAndHeaderResolveFromTheEnvironmentAndTheProfile();
    void anUndefinedVariableBlocksConnectAndNamesIt();
    void anUndefinedVariableInTheUrlIsTheUrlsError();
    void composerTextIsResolvedAndPlainTextIsSentAsItIs();
    void anUndefinedVariableInTheComposerBlocksTheSend();
    void thePickerSwitchesTheActiveEnvironment();
    void theDialogSavesAVariableAndKeepsASecretOutOfTheFile();
    void theDialogRefusesDuplicateNames();
    void aReadOnlyStoreDisablesTheDialog();
    void theProfileEditorEditsTheProfilesVariables();

private:
    // A profile "room" with the URL template, X-Room: {{room}} and room=lobby; env "staging".
    std::unique_ptr<SessionTab> openTab(const QString &url, const QString &headerValue = QStringLiteral("{{room}}"));
    static int countFrames(const SessionTab *tab, Direction dir, const QByteArray &payload);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_profilesDir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<EnvironmentStore> m_environments;
    std::unique_ptr<RecordingEchoServer> m_server;
};

void TestEnvironments::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("WsScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_environments"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestEnvironments::init()
{
    m_profilesDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profilesDir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_profilesDir->path());
    QVERIFY(m_profiles->load());
    m_environments = std::make_unique<EnvironmentStore>(m_profilesDir->path());
    QVERIFY(m_environments->load());
    m_server = std::make_unique<RecordingEchoServer>();
    QVERIFY(m_server->listen());

    EnvironmentSet set;
    set.environments.append(Environment{QStringLiteral("staging"),
                                        {Variable{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                         Variable{QStringLiteral("port"), QString::number(m_server->port())}}});
    set.environments.append(Environment{QStringLiteral("empty"), {}});
    set.active = QStringLiteral("staging");
    QString error;
    QVERIFY2(m_environments->save(set, &error), qPrintable(error));
}

void TestEnvironments::cleanup()
{
    m_server.reset();
    m_environments.reset();
    m_profiles.reset();
    m_profilesDir.reset();
}

std::unique_ptr<SessionTab> TestEnvironments::openTab(const QString &url, const QString &headerValue)
{
    Profile profile;
    profile.name = QStringLiteral("room");
    profile.connection.url = url;
    profile.connection.headers.append(HeaderEntry{QStringLiteral("X-Room"), headerValue});
    profile.variables.append(Variable{QStringLiteral("room"), QStringLiteral("lobby")});
    QString error;
    if (!m_profiles->save(profile, &error))
        qWarning("profile not saved: %s", qPrintable(error));
    auto tab = std::make_unique<SessionTab>(profile.connection);
    tab->setEnvironmentStore(m_environments.get());
    tab->setProfile(m_profiles.get(), profile.name);
    tab->resize(1100, 760);
    tab->show();
    return tab;
}

int TestEnvironments::countFrames(const SessionTab *tab, Direction dir, const QByteArray &payload)
{
    int count = 0;
    for (const Event &e : tab->session()->log()->events()) {
        if (e.kind == EventKind::Frame && e.dir == dir && e.payload == payload)
            ++count;
    }
    return count;
}

void TestEnvironments::urlAndHeaderResolveFromTheEnvironmentAndTheProfile()
{
    auto tab = openTab(QStringLiteral("ws://{{host}}:{{port}}/echo"));
    QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
    ConnectionBar *bar = tab->connectionBar();
    const QString resolvedUrl = QStringLiteral("ws://127.0.0.1:%1/echo").arg(m_server->port());
    // The preview says what the template resolves to; the check is made on that.
    QVERIFY(bar->urlPreviewLabel()->isVisible());
    QCOMPARE(bar->urlPreviewLabel()->text(), QStringLiteral("→ %1").arg(resolvedUrl));
    QVERIFY2(bar->urlError().isEmpty(), qPrintable(bar->urlError()));
    QVERIFY(bar->connectButton()->isEnabled());

    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), SessionState::Open, 10000);
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.first().rawHeader("X-Room"), QByteArray("lobby"));
    QCOMPARE(m_server->requests.first().url().path(), QStringLiteral("/echo"));

    // The session and its log hold what was sent; the tab keeps the template.
    QCOMPARE(tab->session()->settings().url, resolvedUrl);
    QCOMPARE(tab->connectionSettings().url, QStringLiteral("ws://{{host}}:{{port}}/echo"));
    QCOMPARE(tab->connectionSettings().headers.first().value, QStringLiteral("{{room}}"));
    const Event *request = nullptr;
    for (const Event &e : tab->session()->log()->events()) {
        if (e.kind == EventKind::HandshakeRequest)
            request = &e;
    }
    QVERIFY(request);
    QCOMPARE(request->detail->http.target, QByteArray("/echo"));
    bool sawRoom = false;
    bool sawHost = false;
    for (const HttpMessage::Header &header : request->detail->http.headers) {
        if (header.first.compare("X-Room", Qt::CaseInsensitive) == 0)
            sawRoom = header.second == "lobby";
        if (header.first.compare("Host", Qt::CaseInsensitive) == 0)
            sawHost = header.second == QStringLiteral("127.0.0.1:%1").arg(m_server->port()).toLatin1();
    }
    QVERIFY(sawRoom);
    QVERIFY(sawHost);
}

void TestEnvironments::anUndefinedVariableBlocksConnectAndNamesIt()
{
    auto tab = openTab(QStringLiteral("ws://{{host}}:{{port}}/echo"), QStringLiteral("{{ticket}}"));
    QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
    QString error;
    QVERIFY(!tab->connectSession(&error));
    QVERIFY2(error.contains(QStringLiteral("ticket")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("X-Room")), qPrintable(error));
    // Shown where connect problems are, and nothing reached the server.
    QVERIFY2(tab->connectionBar()->badgeText().contains(QStringLiteral("ticket")),
             qPrintable(tab->connectionBar()->badgeText()));
    QTest::qWait(200);
    QCOMPARE(m_server->requests.size(), 0);
    QCOMPARE(tab->session()->state(), SessionState::Idle);
}

void TestEnvironments::anUndefinedVariableInTheUrlIsTheUrlsError()
{
    auto tab = openTab(QStringLiteral("ws://{{server}}:{{port}}/echo"));
    QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
    ConnectionBar *bar = tab->connectionBar();
    QVERIFY2(bar->urlError().contains(QStringLiteral("server")), qPrintable(bar->urlError()));
    QVERIFY(bar->urlMessageLabel()->isVisible());
    QVERIFY(!bar->urlPreviewLabel()->isVisible());
    QVERIFY(!bar->connectButton()->isEnabled());
    QString error;
    QVERIFY(!tab->connectSession(&error));
    QVERIFY(error.contains(QStringLiteral("server")));
    QCOMPARE(m_server->requests.size(), 0);

    // Without the environment, the same template no longer resolves: the preview follows the picker.
    auto ok = openTab(QStringLiteral("ws://{{host}}:{{port}}/echo"));
    QVERIFY(ok->connectionBar()->urlError().isEmpty());
    QVERIFY(ok->connectionBar()->chooseEnvironment(QString()));
    QVERIFY2(ok->connectionBar()->urlError().contains(QStringLiteral("host")), qPrintable(ok->connectionBar()->urlError()));
    // A plain URL has no preview.
    ok->connectionBar()->setUrlText(QStringLiteral("ws://127.0.0.1:1/"));
    QVERIFY(!ok->connectionBar()->urlPreviewLabel()->isVisible());
    QVERIFY(ok->connectionBar()->urlError().isEmpty());
}

void TestEnvironments::composerTextIsResolvedAndPlainTextIsSentAsItIs()
{
    auto tab = openTab(QStringLiteral("ws://{{host}}:{{port}}/echo"));
    QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
    QTest::mouseClick(tab->connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), SessionState::Open, 10000);

    Composer *composer = tab->composer();
    composer->editor()->setPlainText(QStringLiteral("hi {{room}}"));
    QVERIFY2(composer->sendButton()->isEnabled(), qPrintable(composer->sendBlockedReason()));
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(countFrames(tab.get(), Direction::In, "hi lobby"), 1);
    QCOMPARE(countFrames(tab.get(), Direction::Out, "hi lobby"), 1);

    // Braces that are no reference go out exactly as typed.
    const QString plain = QStringLiteral("{{\"a\":1}} {{ }} ünïcode");
    composer->editor()->setPlainText(plain);
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(countFrames(tab.get(), Direction::In, plain.toUtf8()), 1);
}

void TestEnvironments::anUndefinedVariableInTheComposerBlocksTheSend()
{
    auto tab = openTab(QStringLiteral("ws://{{host}}:{{port}}/echo"));
    QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
    QTest::mouseClick(tab->connectionBar()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), SessionState::Open, 10000);
    Composer *composer = tab->composer();
    composer->editor()->setPlainText(QStringLiteral("hi {{nobody}}"));
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    QTRY_VERIFY2(composer->statusText().contains(QStringLiteral("nobody")), qPrintable(composer->statusText()));
    QTest::qWait(100);
    for (const Event &e : tab->session()->log()->events())
        QVERIFY(!(e.kind == EventKind::Frame && e.dir == Direction::Out && e.payload.startsWith("hi ")));
}

void TestEnvironments::thePickerSwitchesTheActiveEnvironment()
{
    auto tab = openTab(QStringLiteral("ws://{{host}}:{{port}}/echo"));
    QComboBox *picker = tab->connectionBar()->environmentPicker();
    QVERIFY(picker->isVisible());
    QCOMPARE(picker->currentText(), QStringLiteral("staging"));
    QCOMPARE(picker->itemText(0), QStringLiteral("No environment"));
    QVERIFY(picker->findText(QStringLiteral("empty")) > 0);
    const int manage = picker->findText(QStringLiteral("Manage environments…"));
    QVERIFY(manage > 0);

    const int empty = picker->findText(QStringLiteral("empty"));
    picker->setCurrentIndex(empty);
    emit picker->activated(empty);
    QCOMPARE(m_environments->environments().active, QStringLiteral("empty"));
    QFile file(m_environments->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"active\": \"empty\""));
    QVERIFY(tab->connectionBar()->urlError().contains(QStringLiteral("host")));

    // The manage entry asks for the dialog and leaves the choice as it was.
    QSignalSpy manageSpy(tab->connectionBar(), &ConnectionBar::manageEnvironmentsRequested);
    picker->setCurrentIndex(manage);
    emit picker->activated(manage);
    QCOMPARE(manageSpy.count(), 1);
    QCOMPARE(picker->currentText(), QStringLiteral("empty"));
    QCOMPARE(m_environments->environments().active, QStringLiteral("empty"));
}

void TestEnvironments::theDialogSavesAVariableAndKeepsASecretOutOfTheFile()
{
    EnvironmentsDialog dialog(m_environments.get());
    QCOMPARE(dialog.list()->count(), 3); // Globals, staging, empty
    QString error;
    QVERIFY2(dialog.addEnvironment(QStringLiteral("production"), &error), qPrintable(error));
    QVERIFY(!dialog.addEnvironment(QStringLiteral("production"), &error));
    VariablesTable *table = dialog.variablesTable();
    table->addVariable(Variable{QStringLiteral("region"), QStringLiteral("eu-west-7")});
    table->addVariable(Variable{QStringLiteral("token"), QStringLiteral("s3cr3t-token-value"), true, true});
    QCOMPARE(table->displayedValue(0), QStringLiteral("eu-west-7"));
    QCOMPARE(table->displayedValue(1), QStringLiteral("••••"));
    table->revealToggle()->setChecked(true);
    QCOMPARE(table->displayedValue(1), QStringLiteral("s3cr3t-token-value"));

    QVERIFY2(dialog.save(), qPrintable(dialog.messageLabel()->text()));
    const Environment *production = m_environments->environments().find(QStringLiteral("production"));
    QVERIFY(production);
    QCOMPARE(production->variables.size(), 2);
    QCOMPARE(production->find(QStringLiteral("token"))->value, QStringLiteral("s3cr3t-token-value"));
    QFile file(m_environments->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("eu-west-7"));
    QVERIFY(json.contains("\"token\""));
    QVERIFY(!json.contains("s3cr3t-token-value"));
}

void TestEnvironments::theDialogRefusesDuplicateNames()
{
    EnvironmentsDialog dialog(m_environments.get());
    dialog.selectEnvironment(QStringLiteral("staging"));
    dialog.variablesTable()->addVariable(Variable{QStringLiteral("host"), QStringLiteral("10.0.0.1")});
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("“host”")), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("staging")));
    QCOMPARE(m_environments->environments().find(QStringLiteral("staging"))->variables.size(), 2);
}

void TestEnvironments::aReadOnlyStoreDisablesTheDialog()
{
    QFile file(m_environments->filePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ not json");
    file.close();
    EnvironmentStore broken(m_profilesDir->path());
    QVERIFY(!broken.load());
    QVERIFY(broken.isReadOnly());
    EnvironmentsDialog dialog(&broken);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.variablesTable()->table()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("environments.json")));
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("read-only")));
}

void TestEnvironments::theProfileEditorEditsTheProfilesVariables()
{
    Profile profile;
    profile.name = QStringLiteral("vars");
    profile.connection.url = QStringLiteral("ws://127.0.0.1:1/");
    profile.variables.append(Variable{QStringLiteral("room"), QStringLiteral("lobby")});
    ProfileEditorDialog dialog(profile, {});
    VariablesTable *table = dialog.variablesPage()->variablesTable();
    QCOMPARE(table->variables(), profile.variables);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));

    table->addVariable(Variable{QStringLiteral("room"), QStringLiteral("hall")});
    emit table->edited();
    QVERIFY2(dialog.problem().contains(QStringLiteral("“room”")), qPrintable(dialog.problem()));
    QVERIFY(!dialog.okButton()->isEnabled());

    table->setVariables({Variable{QStringLiteral("$timestamp"), QStringLiteral("1")}});
    emit table->edited();
    QVERIFY(dialog.problem().contains(QStringLiteral("$timestamp")));

    const Variable secret{QStringLiteral("key"), QStringLiteral("hidden"), true, true};
    table->setVariables({Variable{QStringLiteral("room"), QStringLiteral("hall")}, secret});
    emit table->edited();
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QCOMPARE(table->displayedValue(1), QStringLiteral("••••"));
    QCOMPARE(dialog.profile().variables,
             (QList<Variable>{Variable{QStringLiteral("room"), QStringLiteral("hall")}, secret}));
}

QTEST_MAIN(TestEnvironments)
#include "tst_environments.moc"
