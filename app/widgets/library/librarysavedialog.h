#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "Save to library…": the folder (one of the library's, or a new one typed in; empty is the top
// level) and the name of the message. OK is enabled while MessageLibrary accepts both; the
// reason why not is shown under the fields.
class LibrarySaveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LibrarySaveDialog(const QStringList &folders, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const;
    void setName(const QString &name);
    QString name() const;

    QComboBox *folderBox() const { return m_folder; }
    QLineEdit *nameEdit() const { return m_name; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QComboBox *m_folder = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
