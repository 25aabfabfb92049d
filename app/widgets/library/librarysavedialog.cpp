#include "widgets/library/librarysavedialog.h"

#include "core/library/messagelibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LibrarySaveDialog::LibrarySaveDialog(const QStringList &folders, QWidget *parent)
    : QDialog(parent)
    , m_folder(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save to Message Library"));
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setToolTip(tr("A folder of the library, or a new one such as auth/login; empty for the top level"));
    m_name->setPlaceholderText(tr("Name of the message"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The library is shared by every profile."), this));
    layout->addWidget(fields);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &LibrarySaveDialog::validate);
    connect(m_folder, &QComboBox::editTextChanged, this, &LibrarySaveDialog::validate);
    m_name->setFocus();
    validate();
}

void LibrarySaveDialog::setFolder(const QString &folder)
{
    m_folder->setEditText(folder);
}

QString LibrarySaveDialog::folder() const
{
    return MessageLibrary::normalizeFolder(m_folder->currentText());
}

void LibrarySaveDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString LibrarySaveDialog::name() const
{
    return m_name->text().trimmed();
}

void LibrarySaveDialog::validate()
{
    QString problem = MessageLibrary::checkName(name());
    if (problem.isEmpty())
        problem = MessageLibrary::checkFolder(folder());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
