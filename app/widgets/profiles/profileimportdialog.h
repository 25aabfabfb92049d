#pragma once

#include "core/import/importedprofile.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// "Import Profiles…": what a file (ProfileImport) will become before anything is saved. One row
// per profile with the name it will get (a taken name becomes "Name (2)", never replaced), its
// URL and how many headers and saved messages it has; under it, each thing the importer could
// not carry over; below the list, the parts of the file that gave no profile. Import hands the
// profiles on (importRequested), Cancel creates nothing. A file that cannot be imported shows
// why, with Import disabled.
class ProfileImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `taken`: the names already saved, so the preview shows the names the profiles will get.
    ProfileImportDialog(const QString &path, const ProfileImportResult &result, const QStringList &taken,
                        QWidget *parent = nullptr);

    const QList<ImportedProfile> &profiles() const { return m_profiles; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *skippedLabel() const { return m_skipped; }
    QPushButton *importButton() const;
    // Every line of the preview (rows and their not-mapped lines, then the skipped ones), for
    // tests and screen readers.
    QStringList previewLines() const;

signals:
    void importRequested(const QList<ImportedProfile> &profiles);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QString m_path;
    ProfileImportResult m_result;
    QList<ImportedProfile> m_profiles; // with the names they will be saved under
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_skipped = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
