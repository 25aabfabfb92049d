#include "widgets/profiles/profileheaderspage.h"

#include "widgets/profiles/profileeditorstyle.h"
#include "core/profiles/profileserializer.h"
#include "core/profiles/profilevalidator.h"
#include "core/rules/headerrules.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kNameColumnWidth = 180;
constexpr int kValueRole = Qt::UserRole; // a value item's real value (its text may be the mask)
const QString kMask = QStringLiteral("••••••••");

// Profiles whose suggested secrets were answered this session: the offer comes once.
QSet<QString> &answeredOffers()
{
    static QSet<QString> answered;
    return answered;
}

} // namespace

ProfileHeadersPage::ProfileHeadersPage(QWidget *parent)
    : QWidget(parent)
{
    m_headers = new QTableWidget(0, 4, this);
    m_headers->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_headers->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->resizeSection(NameColumn, kNameColumnWidth);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_addHeader = new QPushButton(this);
    m_removeHeader = new QPushButton(this);
    m_reveal = new QPushButton(this);
    m_reveal->setCheckable(true);
    m_headersMessage = ProfileEditorStyle::messageLabel(this);

    m_offer = new QWidget(this);
    m_offerText = new QLabel(m_offer);
    m_offerText->setWordWrap(true);
    m_markSecret = new QPushButton(m_offer);
    m_keepPlain = new QPushButton(m_offer);
    auto *offer = new QHBoxLayout(m_offer);
    offer->setContentsMargins(0, 0, 0, 0);
    offer->addWidget(m_offerText, 1);
    offer->addWidget(m_markSecret);
    offer->addWidget(m_keepPlain);
    m_offer->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addHeader);
    buttons->addWidget(m_removeHeader);
    buttons->addStretch(1);
    buttons->addWidget(m_reveal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_offer);
    layout->addWidget(m_headers, 1);
    layout->addWidget(m_headersMessage);
    layout->addLayout(buttons);

    connect(m_headers, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        onItemChanged(item->row(), item->column());
        emit edited();
    });
    connect(m_reveal, &QPushButton::toggled, this, [this] {
        for (int row = 0; row < m_headers->rowCount(); ++row)
            showValue(row);
    });
    connect(m_markSecret, &QPushButton::clicked, this, &ProfileHeadersPage::markSuggested);
    connect(m_keepPlain, &QPushButton::clicked, this, [this] {
        answeredOffers().insert(m_profileName);
        m_offer->hide();
    });
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        addRow(HeaderEntry{});
        const int row = m_headers->rowCount() - 1;
        m_headers->setCurrentCell(row, NameColumn);
        m_headers->editItem(m_headers->item(row, NameColumn));
        emit edited();
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row >= 0)
            m_headers->removeRow(row);
        emit edited();
    });
    connect(m_headers, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeHeader->setEnabled(row >= 0); });
}

void ProfileHeadersPage::addRow(const HeaderEntry &header)
{
    const QSignalBlocker blocker(m_headers);
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    auto *enabled = new QTableWidgetItem;
    enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    enabled->setCheckState(header.enabled ? Qt::Checked : Qt::Unchecked);
    m_headers->setItem(row, EnabledColumn, enabled);
    m_headers->setItem(row, NameColumn, new QTableWidgetItem(header.name));
    auto *value = new QTableWidgetItem;
    value->setData(kValueRole, header.value);
    m_headers->setItem(row, ValueColumn, value);
    auto *secret = new QTableWidgetItem;
    secret->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    secret->setCheckState(header.secret ? Qt::Checked : Qt::Unchecked);
    m_headers->setItem(row, SecretColumn, secret);
    showValue(row);
}

QString ProfileHeadersPage::valueAt(int row) const
{
    return m_headers->item(row, ValueColumn)->data(kValueRole).toString();
}

bool ProfileHeadersPage::isSecretRow(int row) const
{
    const QTableWidgetItem *secret = m_headers->item(row, SecretColumn);
    return secret && secret->checkState() == Qt::Checked;
}

void ProfileHeadersPage::showValue(int row)
{
    QTableWidgetItem *value = m_headers->item(row, ValueColumn);
    if (!value)
        return;
    const QSignalBlocker blocker(m_headers);
    const bool masked = isSecretRow(row) && !m_reveal->isChecked() && !valueAt(row).isEmpty();
    value->setText(masked ? kMask : valueAt(row));
    // A masked value cannot be edited (its text is not the value): reveal it first.
    value->setFlags(masked ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable)
                           : (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable));
    value->setToolTip(masked ? tr("A secret: kept in the keychain, not in the profile file. \"%1\" shows it.")
                                       .arg(m_reveal->text().remove(QLatin1Char('&')))
                             : QString());
}

void ProfileHeadersPage::onItemChanged(int row, int column)
{
    if (column == ValueColumn) {
        QTableWidgetItem *value = m_headers->item(row, ValueColumn);
        const QSignalBlocker blocker(m_headers);
        value->setData(kValueRole, value->text());
        showValue(row); // a secret just typed is masked at once
    } else if (column == SecretColumn) {
        showValue(row);
    }
    if (column == NameColumn || column == SecretColumn)
        updateOffer();
}

void ProfileHeadersPage::setSchemaVersionRead(int version)
{
    m_schemaRead = version;
    updateOffer();
}

void ProfileHeadersPage::updateOffer()
{
    Profile current;
    applyTo(current);
    m_suggested = ProfileSerializer::suggestedSecrets(current);
    const bool offer = !m_suggested.isEmpty() && m_schemaRead < 2 && !answeredOffers().contains(m_profileName);
    if (offer)
        m_offerText->setText(tr("Mark %1 as secret? Its value is stored in the profile file in plain text; a secret "
                                "is kept in the keychain.", nullptr, int(m_suggested.size()))
                                     .arg(m_suggested.join(tr(", "))));
    m_offer->setVisible(offer);
}

void ProfileHeadersPage::markSuggested()
{
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        if (m_suggested.contains(m_headers->item(row, NameColumn)->text().trimmed(), Qt::CaseInsensitive))
            m_headers->item(row, SecretColumn)->setCheckState(Qt::Checked); // itemChanged: masks it
    }
    answeredOffers().insert(m_profileName);
    m_offer->hide();
    emit edited();
}

void ProfileHeadersPage::setProfile(const Profile &profile)
{
    m_headers->setRowCount(0);
    m_profileName = profile.name;
    for (const HeaderEntry &h : profile.connection.headers)
        addRow(h);
    m_removeHeader->setEnabled(false);
    updateOffer();
}

void ProfileHeadersPage::applyTo(Profile &profile) const
{
    QList<HeaderEntry> &headers = profile.connection.headers;
    headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        HeaderEntry h;
        h.enabled = m_headers->item(row, EnabledColumn)->checkState() == Qt::Checked;
        h.name = m_headers->item(row, NameColumn)->text().trimmed();
        h.value = valueAt(row);
        h.secret = isSecretRow(row);
        if (h.name.isEmpty() && h.value.isEmpty())
            continue; // an untouched new row is not a header
        headers.append(h);
    }
}

QString ProfileHeadersPage::validate()
{
    QString headers;
    for (int row = 0; row < m_headers->rowCount() && headers.isEmpty(); ++row) {
        const QString hname = m_headers->item(row, NameColumn)->text().trimmed();
        const QString value = valueAt(row);
        if (hname.isEmpty() && value.isEmpty())
            continue;
        headers = HeaderRules::checkHeader(hname, value);
        if (!headers.isEmpty())
            headers = tr("Row %1: %2").arg(row + 1).arg(headers);
    }
    ProfileEditorStyle::showMessage(m_headersMessage, headers);
    return headers;
}

void ProfileHeadersPage::retranslateUi()
{
    m_headers->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Value"), tr("Secret")});
    m_addHeader->setText(tr("&Add header"));
    m_removeHeader->setText(tr("&Remove header"));
    m_reveal->setText(tr("S&how secret values"));
    m_markSecret->setText(tr("Mark as secret"));
    m_keepPlain->setText(tr("Keep in the file"));
    for (int row = 0; row < m_headers->rowCount(); ++row)
        showValue(row);
    updateOffer();
}
