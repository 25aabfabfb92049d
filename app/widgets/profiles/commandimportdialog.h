#pragma once

#include "core/import/commandlineimporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// "Import from Command Line…": paste a wscat, websocat or curl command; as it is typed, the
// dialog previews what the profile will hold and names what it leaves out
// (CommandLineImporter). Continue hands the profile to the profile editor, where it is checked
// and named like any new profile before it is saved.
class CommandImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CommandImportDialog(QWidget *parent = nullptr);

    const CommandLineImporter::Result &result() const { return m_result; }
    QPlainTextEdit *commandEdit() const { return m_command; }
    QLabel *previewLabel() const { return m_preview; }
    QPushButton *continueButton() const;

signals:
    void profileChosen(const Profile &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reparse();
    void retranslateUi();

    QPlainTextEdit *m_command = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    CommandLineImporter::Result m_result;
};
