#include "widgets/profiles/profileimportdialog.h"

#include "core/import/profileimport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kMinimumWidth = 720;
constexpr int kMinimumHeight = 360;

enum Column { NameColumn, UrlColumn, HeadersColumn, MessagesColumn, ColumnCount };

} // namespace

ProfileImportDialog::ProfileImportDialog(const QString &path, const ProfileImportResult &result, const QStringList &taken,
                                         QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_result(result)
    , m_profiles(result.profiles)
{
    ProfileImport::assignFreeNames(&m_profiles, taken);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_skipped = new QLabel(this);
    m_skipped->setWordWrap(true);
    m_skipped->setTextFormat(Qt::PlainText);
    m_skipped->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_skipped);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_result.ok)
            return;
        emit importRequested(m_profiles);
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    importButton()->setEnabled(m_result.ok);
    retranslateUi();
    setMinimumSize(kMinimumWidth, kMinimumHeight);
}

QPushButton *ProfileImportDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList ProfileImportDialog::previewLines() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_tree->topLevelItem(i);
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(row->text(column));
        lines.append(cells.join(QLatin1Char('\t')));
        for (int j = 0; j < row->childCount(); ++j)
            lines.append(QLatin1Char('\t') + row->child(j)->text(NameColumn));
    }
    if (!m_skipped->text().isEmpty())
        lines.append(m_skipped->text().split(QLatin1Char('\n')));
    return lines;
}

void ProfileImportDialog::fill()
{
    m_tree->clear();
    for (const ImportedProfile &imported : std::as_const(m_profiles)) {
        const Profile &p = imported.profile;
        auto *row = new QTreeWidgetItem(m_tree);
        row->setText(NameColumn, p.name);
        row->setText(UrlColumn, p.connection.url);
        row->setToolTip(UrlColumn, p.connection.url);
        row->setText(HeadersColumn, tr("%n header(s)", nullptr, int(p.connection.headers.size())));
        row->setText(MessagesColumn, tr("%n message(s)", nullptr, int(p.savedMessages.size())));
        for (const QString &line : imported.notMapped) {
            auto *child = new QTreeWidgetItem(row);
            child->setText(NameColumn, tr("Not imported: %1").arg(line));
            child->setToolTip(NameColumn, line);
            child->setFirstColumnSpanned(true);
        }
        row->setExpanded(true);
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (column != UrlColumn)
            m_tree->resizeColumnToContents(column);
    }

    const QString file = QDir::toNativeSeparators(m_path);
    if (!m_result.ok) {
        m_summary->setText(tr("“%1” cannot be imported: %2").arg(file, m_result.error));
    } else {
        m_summary->setText(tr("From “%1” (%2), %n profile(s) will be created. Saved profiles are never replaced: a "
                              "name already taken gets a number.",
                              nullptr, int(m_profiles.size()))
                                   .arg(file, ProfileImport::formatName(m_result.format)));
    }
    QStringList skipped;
    for (const QString &line : std::as_const(m_result.skipped))
        skipped.append(tr("Skipped: %1").arg(line));
    m_skipped->setText(skipped.join(QLatin1Char('\n')));
    m_skipped->setVisible(!skipped.isEmpty());
    m_tree->setVisible(m_result.ok);
}

void ProfileImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Profiles"));
    m_tree->setHeaderLabels({tr("Name"), tr("URL"), tr("Headers"), tr("Messages")});
    m_tree->setAccessibleName(tr("Profiles to import"));
    importButton()->setText(tr("&Import"));
    fill();
}
