#pragma once

#include <QMessageBox>

class QAbstractButton;

// Asked when a profile's file changed on disk (another WsScope window saved it, or it was edited
// by hand) since it was loaded and the user is about to overwrite it: reload what is on disk
// (dropping these edits), overwrite it anyway, or save these edits as a new profile. Shown with
// open(), never exec(); the answer comes through chosen().
class ProfileConflictDialog : public QMessageBox
{
    Q_OBJECT

public:
    enum class Choice { Reload, Overwrite, SaveAs, Cancel };

    // canSaveAs: false when there is no edit to keep (a rename), so the choice is not offered.
    ProfileConflictDialog(const QString &profileName, const QString &filePath, bool canSaveAs, QWidget *parent);

    // The button for a choice (nullptr for SaveAs when it is not offered); tests click these.
    QAbstractButton *choiceButton(Choice choice) const;

signals:
    void chosen(ProfileConflictDialog::Choice choice);

private:
    QAbstractButton *m_reload = nullptr;
    QAbstractButton *m_overwrite = nullptr;
    QAbstractButton *m_saveAs = nullptr;
    QAbstractButton *m_cancel = nullptr;
};
