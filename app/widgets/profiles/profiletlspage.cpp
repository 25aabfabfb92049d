#include "widgets/profiles/profiletlspage.h"

#include "core/session/settingsvalidator.h"

#include "widgets/profiles/profileeditorstyle.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

ProfileTlsPage::ProfileTlsPage(QWidget *parent)
    : QWidget(parent)
{
    m_verifyPeer = new QCheckBox(this);
    m_ignoreErrors = new QCheckBox(this);
    m_caFile = fileField(&m_caBrowse);
    m_certFile = fileField(&m_certBrowse);
    m_keyFile = fileField(&m_keyBrowse);
    m_caLabel = ProfileEditorStyle::buddyLabel(this, m_caFile);
    m_certLabel = ProfileEditorStyle::buddyLabel(this, m_certFile);
    m_keyLabel = ProfileEditorStyle::buddyLabel(this, m_keyFile);
    m_tlsMessage = ProfileEditorStyle::messageLabel(this);
    m_tlsNote = ProfileEditorStyle::noteLabel(this);

    const auto row = [](QLineEdit *edit, QToolButton *button) {
        auto *h = new QHBoxLayout;
        h->addWidget(edit, 1);
        h->addWidget(button);
        return h;
    };
    auto *form = new QFormLayout(this);
    form->addRow(m_tlsNote);
    form->addRow(m_verifyPeer);
    form->addRow(m_caLabel, row(m_caFile, m_caBrowse));
    form->addRow(m_certLabel, row(m_certFile, m_certBrowse));
    form->addRow(m_keyLabel, row(m_keyFile, m_keyBrowse));
    form->addRow(m_ignoreErrors);
    form->addRow(m_tlsMessage);
    ProfileEditorStyle::setTabOrder({m_verifyPeer, m_caFile, m_caBrowse, m_certFile, m_certBrowse, m_keyFile, m_keyBrowse,
                                     m_ignoreErrors});

    connect(m_caBrowse, &QToolButton::clicked, this, [this] { browseFile(m_caFile, tr("CA certificates")); });
    connect(m_certBrowse, &QToolButton::clicked, this, [this] { browseFile(m_certFile, tr("Client certificate")); });
    connect(m_keyBrowse, &QToolButton::clicked, this, [this] { browseFile(m_keyFile, tr("Client key")); });
    connect(m_ignoreErrors, &QCheckBox::toggled, this, &ProfileTlsPage::edited);
    connect(m_verifyPeer, &QCheckBox::toggled, this, &ProfileTlsPage::edited);
}

QLineEdit *ProfileTlsPage::fileField(QToolButton **browse)
{
    auto *edit = new QLineEdit(this);
    edit->setClearButtonEnabled(true);
    *browse = new QToolButton(this);
    (*browse)->setText(QStringLiteral("…"));
    connect(edit, &QLineEdit::textChanged, this, &ProfileTlsPage::edited);
    return edit;
}

void ProfileTlsPage::browseFile(QLineEdit *field, const QString &title)
{
    const QString start = field->text().isEmpty() ? QString() : QFileInfo(field->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, title, start,
                                                      tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!file.isEmpty())
        field->setText(file);
}

void ProfileTlsPage::setProfile(const Profile &profile)
{
    const TlsSettings &tls = profile.connection.tls;
    m_verifyPeer->setChecked(tls.verifyPeer);
    m_ignoreErrors->setChecked(tls.ignoreErrors);
    m_caFile->setText(tls.caFile);
    m_certFile->setText(tls.clientCertificateFile);
    m_keyFile->setText(tls.clientKeyFile);
}

void ProfileTlsPage::applyTo(Profile &profile) const
{
    TlsSettings &tls = profile.connection.tls;
    tls.verifyPeer = m_verifyPeer->isChecked();
    tls.ignoreErrors = m_ignoreErrors->isChecked();
    tls.caFile = m_caFile->text().trimmed();
    tls.clientCertificateFile = m_certFile->text().trimmed();
    tls.clientKeyFile = m_keyFile->text().trimmed();
}

QString ProfileTlsPage::validate()
{
    QString tls;
    for (QLineEdit *file : {m_caFile, m_certFile, m_keyFile}) {
        const QString path = file->text().trimmed();
        if (tls.isEmpty() && !path.isEmpty() && !QFileInfo(path).isFile())
            tls = tr("%1 does not exist or is not a file.").arg(path);
    }
    if (tls.isEmpty())
        tls = SettingsValidator::checkClientCertificate(m_certFile->text().trimmed(), m_keyFile->text().trimmed());
    ProfileEditorStyle::showMessage(m_tlsMessage, tls);
    return tls;
}

void ProfileTlsPage::retranslateUi()
{
    m_tlsNote->setText(tr("Used for wss:// URLs. Certificate and key files are PEM; the key must not be encrypted."));
    m_verifyPeer->setText(tr("&Verify the server certificate"));
    m_caLabel->setText(tr("Extra &CA certificates:"));
    m_certLabel->setText(tr("Client c&ertificate:"));
    m_keyLabel->setText(tr("Client &key:"));
    m_ignoreErrors->setText(tr("&Ignore certificate errors (each ignored error is still logged)"));
    for (QToolButton *b : {m_caBrowse, m_certBrowse, m_keyBrowse}) {
        b->setToolTip(tr("Choose a file…"));
        b->setAccessibleName(tr("Choose a file"));
    }
}
