#include "appfixture.h"

#include "core/profiles/profilestore.h"
#include "core/testserver/testserver.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

AppFixture::AppFixture() = default;
AppFixture::~AppFixture() = default;

void AppFixture::nameApplication(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WsScopeTest"));
    QCoreApplication::setApplicationName(testName);
}

bool AppFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    const QString config = m_dir->path() + QStringLiteral("/config");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    QSettings().clear();
    m_server = std::make_unique<TestServer>();
    return reloadStore();
}

bool AppFixture::reloadStore()
{
    m_store = std::make_unique<ProfileStore>(profilesDir());
    m_store->load();
    return true;
}

void AppFixture::tearDown()
{
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}
