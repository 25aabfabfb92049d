// The bar above the tabs: shown with the reason while secrets are kept in memory only, hidden
// when they reach a keychain.
#include "widgets/secretsbanner.h"

#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Memory, but claiming a keychain answered: what a reachable KeychainSecretStore reports.
class AvailableSecretStore : public MemorySecretStore
{
public:
    AvailableSecretStore() : MemorySecretStore(nullptr) { setAvailability(Availability::Available, {}); }
};

bool showsText(QWidget *banner, const QString &text)
{
    const QList<QLabel *> labels = banner->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestSecretsBanner : public QObject
{
    Q_OBJECT

private slots:
    void showsTheReasonWhileSecretsAreInMemoryOnly();
};

void TestSecretsBanner::showsTheReasonWhileSecretsAreInMemoryOnly()
{
    QTemporaryDir dir;
    AvailableSecretStore keychain;
    MemorySecretStore memory(QStringLiteral("the keyring is locked"), nullptr);
    ProfileStore store(dir.path(), &keychain);
    QWidget window;
    SecretsBanner banner(&store, &window);
    window.show();
    QVERIFY(!banner.isVisible());
    store.setSecretStore(&memory);
    QVERIFY(banner.isVisible());
    QVERIFY(showsText(&banner, QStringLiteral("the keyring is locked")));
    QVERIFY(showsText(&banner, QStringLiteral("memory only")));
    store.setSecretStore(&keychain);
    QVERIFY(!banner.isVisible());
}

QTEST_MAIN(TestSecretsBanner)
#include "tst_secretsbanner.moc"
