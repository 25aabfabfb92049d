#include "widgets/testservercontrol.h"

#include "widgets/mainwindow.h"
#include "core/profiles/profilestore.h"
#include "core/testserver/testserver.h"

#include <QDir>
#include <QSettings>

namespace {

const QString kTestServerPortKey = QStringLiteral("testServer/port");

} // namespace

TestServerControl::TestServerControl(ProfileStore *store, TestServer *server, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_server(server)
{
    connect(m_server, &TestServer::runningChanged, this, &TestServerControl::runningChanged);
    // A refusal is worth reading: a web page tried to use the server, or a profile sends an Origin.
    connect(m_server, &TestServer::requestRefused, this, [this](int status, const QString &text) {
        emit message(MainWindow::tr("The local test server refused a request (HTTP %1): %2").arg(status).arg(text));
    });
}

bool TestServerControl::start()
{
    QSettings settings;
    const quint16 previous = quint16(settings.value(kTestServerPortKey, 0).toUInt());
    QString error;
    bool ok = previous != 0 && m_server->start(previous, &error);
    if (!ok)
        ok = m_server->start(0, &error);
    m_error = ok ? QString() : error;
    if (ok && m_server->port() != previous) {
        if (previous != 0)
            retargetLocalProfiles(previous, m_server->port());
        settings.setValue(kTestServerPortKey, m_server->port());
    }
    emit runningChanged();
    return ok;
}

void TestServerControl::stop()
{
    m_server->stop();
    emit runningChanged();
}

bool TestServerControl::isRunning() const
{
    return m_server->isRunning();
}

QString TestServerControl::statusText() const
{
    if (m_server->isRunning())
        return MainWindow::tr("Local test server: %1 (running)").arg(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port()));
    if (!m_error.isEmpty())
        return MainWindow::tr("Local test server: not running — %1").arg(m_error);
    return MainWindow::tr("Local test server: stopped");
}

void TestServerControl::retargetLocalProfiles(quint16 oldPort, quint16 newPort)
{
    // Profiles made for the built-in server follow it to its new port; nothing else changes.
    const QList<Profile> profiles = m_store->profiles();
    QStringList failures;
    for (Profile p : profiles) {
        QUrl url = p.connection.parsedUrl();
        if (url.scheme() == QLatin1String("ws") && url.host() == QLatin1String("127.0.0.1") && url.port() == oldPort) {
            url.setPort(newPort);
            p.connection.url = url.toString();
            QString error;
            if (!m_store->save(p, &error))
                failures << error;
        }
    }
    if (!failures.isEmpty()) {
        emit message(MainWindow::tr("The local test server moved to port %1, but %n profile(s) could not follow it: %2",
                                    nullptr, int(failures.size()))
                             .arg(newPort)
                             .arg(failures.join(QLatin1Char(' '))));
    }
}

QString TestServerControl::createBuiltInProfile(QString *error)
{
    Profile p;
    p.name = MainWindow::tr("Built-in test server — echo");
    if (m_store->contains(p.name))
        return p.name;
    p.connection.url = m_server->url(QStringLiteral("/echo")).toString();
    p.savedMessages = {
            {MainWindow::tr("Hello"), SavedMessage::Mode::Text, MainWindow::tr("Hello, WsScope!")},
            {MainWindow::tr("JSON join"), SavedMessage::Mode::Json, QStringLiteral("{\n  \"op\": \"join\",\n  \"room\": 1\n}")},
            {MainWindow::tr("Four bytes"), SavedMessage::Mode::Hex, QStringLiteral("de ad be ef")},
    };
    if (!m_store->save(p, error))
        return {};
    return p.name;
}

bool TestServerControl::profilesFolderIsNew() const
{
    if (!m_store->names().isEmpty() || !m_store->errors().isEmpty())
        return false;
    const QDir folder(m_store->directory());
    const QDir trash(m_store->trashDirectory());
    const auto files = QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot;
    return folder.entryList({QStringLiteral("*.json")}, files).isEmpty() && trash.isEmpty(files);
}
