#include "widgets/profiles/profileconflictdialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QPushButton>

ProfileConflictDialog::ProfileConflictDialog(const QString &profileName, const QString &filePath, bool canSaveAs,
                                             QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Profile changed on disk"));
    setText(tr("“%1” was changed on disk since WsScope loaded it, perhaps by another WsScope window.")
                    .arg(profileName));
    setInformativeText(canSaveAs ? tr("Reload it and drop your changes, overwrite it with your changes, or save "
                                      "your changes as a new profile?")
                                 : tr("Reload it, or overwrite it anyway?"));
    setDetailedText(QDir::toNativeSeparators(filePath));
    m_reload = addButton(tr("&Reload"), QMessageBox::DestructiveRole);
    m_overwrite = addButton(tr("&Overwrite"), QMessageBox::AcceptRole);
    if (canSaveAs)
        m_saveAs = addButton(tr("Save &As New Profile"), QMessageBox::ActionRole);
    m_cancel = addButton(QMessageBox::Cancel);
    setDefaultButton(qobject_cast<QPushButton *>(canSaveAs ? m_saveAs : m_reload));
    setEscapeButton(m_cancel);

    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        const Choice choice = button == m_reload  ? Choice::Reload
                : button == m_overwrite          ? Choice::Overwrite
                : button == m_saveAs && m_saveAs ? Choice::SaveAs
                                                 : Choice::Cancel;
        emit chosen(choice);
    });
}

QAbstractButton *ProfileConflictDialog::choiceButton(Choice choice) const
{
    switch (choice) {
    case Choice::Reload: return m_reload;
    case Choice::Overwrite: return m_overwrite;
    case Choice::SaveAs: return m_saveAs;
    case Choice::Cancel: return m_cancel;
    }
    return nullptr;
}
