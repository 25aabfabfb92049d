#include "widgets/profiles/profileeditordialog.h"

#include "widgets/profiles/profileconnectionpage.h"
#include "widgets/profiles/profileeditorstyle.h"
#include "widgets/profiles/profileheaderspage.h"
#include "widgets/profiles/profilenetworkpage.h"
#include "widgets/profiles/profiletlspage.h"
#include "widgets/profiles/profilevariablespage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

constexpr QSize kMinimumSize(620, 460);
enum Tab { GeneralTab, HeadersTab, TlsTab, NetworkTab, VariablesTab };

QString plainTabText(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(const Profile &profile, const QStringList &takenNames, QWidget *parent,
                                         Purpose purpose)
    : QDialog(parent)
    , m_original(profile)
    , m_isNew(purpose == Purpose::Create)
{
    m_tabs = new QTabWidget(this);
    m_connection = new ProfileConnectionPage(takenNames, m_tabs);
    m_headers = new ProfileHeadersPage(m_tabs);
    m_tls = new ProfileTlsPage(m_tabs);
    m_network = new ProfileNetworkPage(m_tabs);
    m_variables = new ProfileVariablesPage(m_tabs);
    m_tabs->insertTab(GeneralTab, m_connection, QString());
    m_tabs->insertTab(HeadersTab, m_headers, QString());
    m_tabs->insertTab(TlsTab, m_tls, QString());
    m_tabs->insertTab(NetworkTab, m_network, QString());
    m_tabs->insertTab(VariablesTab, m_variables, QString());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_saveProblem = ProfileEditorStyle::messageLabel(this);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveProblem, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(bottom);

    m_connection->setProfile(profile);
    m_headers->setProfile(profile);
    m_tls->setProfile(profile);
    m_network->setProfile(profile);
    m_variables->setProfile(profile);
    const auto edited = [this] {
        m_saveError.clear(); // a save error is about what was there when Save was pressed
        validate();
    };
    connect(m_connection, &ProfileConnectionPage::edited, this, edited);
    connect(m_headers, &ProfileHeadersPage::edited, this, edited);
    connect(m_tls, &ProfileTlsPage::edited, this, edited);
    connect(m_network, &ProfileNetworkPage::edited, this, edited);
    connect(m_variables, &ProfileVariablesPage::edited, this, edited);

    retranslateUi();
    validate();
    resize(sizeHint().expandedTo(kMinimumSize));
    m_connection->nameEdit()->setFocus();
}

QPushButton *ProfileEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QLineEdit *ProfileEditorDialog::nameEdit() const
{
    return m_connection->nameEdit();
}

QLineEdit *ProfileEditorDialog::urlEdit() const
{
    return m_connection->urlEdit();
}

QLabel *ProfileEditorDialog::urlMessage() const
{
    return m_connection->urlMessage();
}

QTableWidget *ProfileEditorDialog::headersTable() const
{
    return m_headers->table();
}

Profile ProfileEditorDialog::profile() const
{
    Profile p = m_original;
    m_connection->applyTo(p);
    m_headers->applyTo(p);
    m_tls->applyTo(p);
    m_network->applyTo(p);
    m_variables->applyTo(p);
    return p;
}

void ProfileEditorDialog::save()
{
    m_saveError.clear();
    validate();
    if (!m_problem.isEmpty())
        return;
    if (m_saveHandler) {
        QString error;
        if (!m_saveHandler(profile(), &error)) {
            showSaveError(error);
            return; // stay open: the edits are not lost
        }
    }
    accept();
}

void ProfileEditorDialog::showSaveError(const QString &error)
{
    m_saveError = error;
    validate();
}

void ProfileEditorDialog::validate()
{
    // The first problem, in tab order, decides whether Save is possible.
    const QString problems[] = {m_connection->validate(), m_headers->validate(), m_tls->validate(),
                                m_network->validate(), m_variables->validate()};
    m_problem.clear();
    int firstBad = -1;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const bool bad = !problems[i].isEmpty();
        if (bad && firstBad < 0) {
            firstBad = i;
            m_problem = problems[i];
        }
        // Mark the tabs that need attention, so problems on hidden pages are found. An invalid
        // colour gives the tab back the style's own text colour (it follows the theme).
        m_tabs->tabBar()->setTabTextColor(i, bad ? ProfileEditorStyle::errorColor(m_tabs->palette()) : QColor());
    }
    okButton()->setEnabled(m_problem.isEmpty());
    okButton()->setToolTip(m_problem);
    // The reason Save is disabled (or did not work), where the eye goes when Save does not respond.
    QString why;
    if (firstBad >= 0)
        why = tr("Cannot save yet (%1 tab): %2").arg(plainTabText(m_tabs->tabText(firstBad)), m_problem);
    else if (!m_saveError.isEmpty())
        why = tr("Not saved: %1").arg(m_saveError);
    ProfileEditorStyle::showMessage(m_saveProblem, why);
}

void ProfileEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    } else if (event->type() == QEvent::PaletteChange && m_saveProblem) {
        validate(); // the message colours follow a theme switch
    }
    QDialog::changeEvent(event);
}

void ProfileEditorDialog::retranslateUi()
{
    setWindowTitle(m_isNew || m_original.name.isEmpty() ? tr("New profile")
                                                        : tr("Edit profile “%1”").arg(m_original.name));
    okButton()->setText(tr("&Save"));
    m_tabs->setTabText(GeneralTab, tr("&General"));
    m_tabs->setTabText(HeadersTab, tr("&Headers"));
    m_tabs->setTabText(TlsTab, tr("T&LS"));
    m_tabs->setTabText(NetworkTab, tr("&Network"));
    m_tabs->setTabText(VariablesTab, tr("Var&iables"));
    m_connection->retranslateUi();
    m_headers->retranslateUi();
    m_tls->retranslateUi();
    m_network->retranslateUi();
    m_variables->retranslateUi();
}

void ProfileEditorDialog::setSchemaVersionRead(int version)
{
    m_headers->setSchemaVersionRead(version);
}
