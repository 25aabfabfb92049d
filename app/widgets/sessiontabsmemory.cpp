#include "widgets/sessiontabsmemory.h"

#include "core/profiles/profilestore.h"
#include "widgets/mainwindow.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/sessiontab.h"
#include "widgets/tabtitles.h"

#include <QSettings>
#include <QTabWidget>

namespace {

const QString kTabsKey = QStringLiteral("sessionTabs/tabs");
const QString kCurrentKey = QStringLiteral("sessionTabs/current");
const QString kTitleKey = QStringLiteral("title");
const QString kAppPathKey = QStringLiteral("appPath");
const QString kNamedAfterUrlKey = QStringLiteral("namedAfterUrl");
const QString kProfileKey = QStringLiteral("profile");
const QString kUrlKey = QStringLiteral("url");
const QString kTapKey = QStringLiteral("tap");

} // namespace

void SessionTabsMemory::save(const QTabWidget *tabs, const TabTitles *titles)
{
    QSettings settings;
    settings.remove(kTabsKey);
    settings.beginWriteArray(kTabsKey);
    int saved = 0;
    int current = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        const auto *tab = qobject_cast<const SessionTab *>(tabs->widget(i));
        if (!tab || tab->isReadOnly())
            continue;
        if (i == tabs->currentIndex())
            current = saved;
        settings.setArrayIndex(saved++);
        QWidget *widget = tabs->widget(i);
        const TabTitles::Source source = titles->source(widget);
        settings.setValue(kTitleKey, source == TabTitles::Source::User ? titles->title(widget) : QString());
        settings.setValue(kAppPathKey, titles->appPath(widget));
        settings.setValue(kNamedAfterUrlKey, titles->namedAfter(widget) == TabTitles::Source::Url);
        settings.setValue(kProfileKey, titles->profileOf(widget));
        settings.setValue(kUrlKey, tab->connectionBar()->urlText());
        settings.setValue(kTapKey, tab->connectionBar()->isTapEnabled());
    }
    settings.endArray();
    settings.setValue(kCurrentKey, current);
}

QList<SessionTabsMemory::Tab> SessionTabsMemory::load()
{
    QSettings settings;
    QList<Tab> tabs;
    const int count = settings.beginReadArray(kTabsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        tabs.append(Tab{settings.value(kTitleKey).toString(), settings.value(kAppPathKey).toString(),
                        settings.value(kNamedAfterUrlKey).toBool(), settings.value(kProfileKey).toString(),
                        settings.value(kUrlKey).toString(), settings.value(kTapKey, true).toBool()});
    }
    settings.endArray();
    return tabs;
}

int SessionTabsMemory::savedCurrentIndex()
{
    return QSettings().value(kCurrentKey, -1).toInt();
}

void SessionTabsMemory::restore(MainWindow *window, const ProfileStore *store)
{
    const QList<Tab> tabs = load();
    TabTitles *titles = window->tabTitles();
    int first = -1;
    for (const Tab &saved : tabs) {
        int index = -1;
        if (!saved.profile.isEmpty() && store->contains(saved.profile)) {
            index = window->openProfile(saved.profile, true); // two tabs of one profile stay two
        } else {
            // A deleted profile's tab comes back with the URL it had.
            ConnectionSettings settings;
            settings.url = saved.url;
            settings.tapEnabled = saved.tapEnabled;
            index = window->openSessionTab(QString(), settings);
        }
        auto *tab = qobject_cast<SessionTab *>(window->sessionTabs()->widget(index));
        if (!tab)
            continue;
        if (saved.profile.isEmpty() || !store->contains(saved.profile)) {
            tab->connectionBar()->setUrlText(saved.url); // also a URL that does not parse yet
            titles->setAppTitle(tab, saved.appPath);
            if (saved.namedAfterUrl)
                titles->connecting(tab, QUrl(saved.url));
        }
        titles->setUserTitle(tab, saved.title);
        if (first < 0)
            first = index;
    }
    const int current = savedCurrentIndex();
    if (first >= 0 && current >= 0 && first + current < window->sessionTabs()->count())
        window->sessionTabs()->setCurrentIndex(first + current);
}
