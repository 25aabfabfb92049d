#include "widgets/tabtitles.h"

#include "core/profiles/profilestore.h"
#include "widgets/mainwindow.h"

#include <QTabWidget>
#include <QUrl>

TabTitles::TabTitles(QTabWidget *tabs, ProfileStore *store, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
{
    connect(store, &ProfileStore::renamed, this, &TabTitles::onProfileRenamed);
}

QString TabTitles::appTitle(const QString &testServerPath)
{
    // MainWindow's context: the catalogue holds these strings there.
    return testServerPath.isEmpty() ? MainWindow::tr("New session") : MainWindow::tr("Test server %1").arg(testServerPath);
}

QString TabTitles::urlTitle(const QUrl &url)
{
    QString title = url.host();
    if (url.port() >= 0)
        title += QLatin1Char(':') + QString::number(url.port());
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/"))
        title += path;
    return title.isEmpty() ? url.toString() : title;
}

void TabTitles::setAppTitle(QWidget *tab, const QString &testServerPath)
{
    Title &t = m_titles[tab];
    t.source = Source::App;
    t.key = testServerPath;
    show(tab);
}

void TabTitles::setProfileTitle(QWidget *tab, const QString &profileName)
{
    Title &t = m_titles[tab];
    t.source = Source::Profile;
    t.key = profileName;
    show(tab);
}

void TabTitles::setUserTitle(QWidget *tab, const QString &title)
{
    m_titles[tab].userText = title.trimmed();
    show(tab);
}

void TabTitles::connecting(QWidget *tab, const QUrl &url)
{
    const auto it = m_titles.find(tab);
    if (it == m_titles.end() || url.isEmpty())
        return;
    // A new session is named after where it goes; the test server's and the profiles' tabs keep their names.
    const bool newSession = it->source == Source::Url || (it->source == Source::App && it->key.isEmpty());
    if (!newSession)
        return;
    it->source = Source::Url;
    it->key = urlTitle(url);
    show(tab);
}

void TabTitles::forget(QWidget *tab)
{
    m_titles.remove(tab);
}

void TabTitles::retranslate()
{
    for (auto it = m_titles.cbegin(); it != m_titles.cend(); ++it) {
        if (it->source == Source::App)
            show(it.key());
    }
}

TabTitles::Source TabTitles::source(QWidget *tab) const
{
    const Title t = m_titles.value(tab);
    return t.userText.isEmpty() ? t.source : Source::User;
}

TabTitles::Source TabTitles::namedAfter(QWidget *tab) const
{
    return m_titles.value(tab).source;
}

QString TabTitles::appPath(QWidget *tab) const
{
    const Title t = m_titles.value(tab);
    return t.source == Source::App ? t.key : QString();
}

QString TabTitles::title(QWidget *tab) const
{
    return textOf(m_titles.value(tab));
}

QString TabTitles::profileOf(QWidget *tab) const
{
    const Title t = m_titles.value(tab);
    return t.source == Source::Profile ? t.key : QString();
}

QWidget *TabTitles::tabOfProfile(const QString &profileName) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *tab = m_tabs->widget(i);
        if (!profileName.isEmpty() && profileOf(tab) == profileName)
            return tab;
    }
    return nullptr;
}

QString TabTitles::textOf(const Title &title) const
{
    if (!title.userText.isEmpty())
        return title.userText;
    return title.source == Source::App ? appTitle(title.key) : title.key;
}

void TabTitles::show(QWidget *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index >= 0)
        m_tabs->setTabText(index, textOf(m_titles.value(tab)).replace(QLatin1Char('&'), QLatin1String("&&")));
}

void TabTitles::onProfileRenamed(const QString &from, const QString &to)
{
    for (auto it = m_titles.begin(); it != m_titles.end(); ++it) {
        if (it->source != Source::Profile || it->key != from)
            continue;
        it->key = to;
        show(it.key());
        emit profileRenamed(it.key(), to);
    }
}
