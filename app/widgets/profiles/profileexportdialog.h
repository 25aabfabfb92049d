#pragma once

#include "core/profiles/profile.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

// "Export Profiles…": which saved profiles go into one bundle file (ProfileBundle), each with a
// check box (the current one checked at the start, or all when there is none), and whether their
// secrets go with them. Unchecked "Include secrets" names what will be left out of the selected
// profiles (secret header values, proxy and URL passwords); checked, a warning says the file will
// hold them in clear text. Export asks the flow for the file (exportRequested).
class ProfileExportDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileExportDialog(const QList<Profile> &profiles, const QString &current, QWidget *parent = nullptr);

    QStringList checkedNames() const;
    bool includeSecrets() const;
    QListWidget *list() const { return m_list; }
    QCheckBox *includeSecretsBox() const { return m_includeSecrets; }
    QLabel *secretsLabel() const { return m_secrets; }
    QPushButton *exportButton() const;

signals:
    void exportRequested(const QStringList &names, bool includeSecrets);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();

    QList<Profile> m_profiles;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QCheckBox *m_includeSecrets = nullptr;
    QLabel *m_secrets = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
