#include "widgets/profiles/profileexportdialog.h"

#include "core/import/profilebundle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int kMinimumWidth = 480;

} // namespace

ProfileExportDialog::ProfileExportDialog(const QList<Profile> &profiles, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setUniformItemSizes(true);
    const bool hasCurrent = !current.isEmpty();
    for (const Profile &profile : std::as_const(m_profiles)) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(!hasCurrent || profile.name == current ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(profile.connection.url);
    }
    m_includeSecrets = new QCheckBox(this);
    m_secrets = new QLabel(this);
    m_secrets->setWordWrap(true);
    m_secrets->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_includeSecrets);
    layout->addWidget(m_secrets);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::itemChanged, this, &ProfileExportDialog::update);
    connect(m_includeSecrets, &QCheckBox::toggled, this, &ProfileExportDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QStringList names = checkedNames();
        if (names.isEmpty())
            return;
        emit exportRequested(names, includeSecrets());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(kMinimumWidth);
}

QStringList ProfileExportDialog::checkedNames() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            names.append(m_list->item(row)->text());
    }
    return names;
}

bool ProfileExportDialog::includeSecrets() const
{
    return m_includeSecrets->isChecked();
}

QPushButton *ProfileExportDialog::exportButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ProfileExportDialog::update()
{
    const QStringList names = checkedNames();
    exportButton()->setEnabled(!names.isEmpty());
    QStringList secrets;
    for (const Profile &profile : std::as_const(m_profiles)) {
        if (names.contains(profile.name))
            ProfileBundle::withoutSecrets(profile, &secrets);
    }
    for (QString &secret : secrets) {
        if (secret == QLatin1String(ProfileBundle::ProxyPassword))
            secret = tr("the proxy password");
        else if (secret == QLatin1String(ProfileBundle::UrlPassword))
            secret = tr("the URL password");
    }
    if (secrets.isEmpty())
        m_secrets->setText(tr("The selected profiles hold no secret values."));
    else if (includeSecrets())
        m_secrets->setText(tr("⚠ The file will hold %1 in clear text: anyone who gets it can use them. Keep it private.")
                                   .arg(secrets.join(QStringLiteral(", "))));
    else
        m_secrets->setText(tr("Left out of the file (it says so): %1. Whoever imports it fills them in.")
                                   .arg(secrets.join(QStringLiteral(", "))));
}

void ProfileExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Profiles"));
    m_intro->setText(tr("Choose the profiles to write into one file. WsScope and wsscope-cli --import read it back."));
    m_list->setAccessibleName(tr("Profiles to export"));
    m_includeSecrets->setText(tr("Include &secrets (tokens, cookies, passwords)"));
    exportButton()->setText(tr("&Export…"));
    update();
}
