#include "widgets/profiles/profileheaderspage.h"

#include "widgets/profiles/profileeditorstyle.h"
#include "core/profiles/profilevalidator.h"
#include "core/rules/headerrules.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kNameColumnWidth = 180;

} // namespace

ProfileHeadersPage::ProfileHeadersPage(QWidget *parent)
    : QWidget(parent)
{
    m_headers = new QTableWidget(0, 3, this);
    m_headers->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->resizeSection(NameColumn, kNameColumnWidth);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_addHeader = new QPushButton(this);
    m_removeHeader = new QPushButton(this);
    m_headersMessage = ProfileEditorStyle::messageLabel(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addHeader);
    buttons->addWidget(m_removeHeader);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headers, 1);
    layout->addWidget(m_headersMessage);
    layout->addLayout(buttons);

    connect(m_headers, &QTableWidget::itemChanged, this, &ProfileHeadersPage::edited);
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
    m_headers->setItem(row, ValueColumn, new QTableWidgetItem(header.value));
}

void ProfileHeadersPage::setProfile(const Profile &profile)
{
    m_headers->setRowCount(0);
    for (const HeaderEntry &h : profile.connection.headers)
        addRow(h);
    m_removeHeader->setEnabled(false);
}

void ProfileHeadersPage::applyTo(Profile &profile) const
{
    QList<HeaderEntry> &headers = profile.connection.headers;
    headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        HeaderEntry h;
        h.enabled = m_headers->item(row, EnabledColumn)->checkState() == Qt::Checked;
        h.name = m_headers->item(row, NameColumn)->text().trimmed();
        h.value = m_headers->item(row, ValueColumn)->text();
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
        const QString value = m_headers->item(row, ValueColumn)->text();
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
    m_headers->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Value")});
    m_addHeader->setText(tr("&Add header"));
    m_removeHeader->setText(tr("&Remove header"));
}
