#pragma once

#include "core/profiles/profile.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

// The profile editor's TLS tab: peer verification, extra CA certificates and the client
// certificate and key (PEM files, checked to exist and to come in pairs).
class ProfileTlsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileTlsPage(QWidget *parent);

    void setProfile(const Profile &profile);
    void applyTo(Profile &profile) const;
    QString validate();
    void retranslateUi();

signals:
    void edited();

private:
    QLineEdit *fileField(QToolButton **browse);
    void browseFile(QLineEdit *field, const QString &title);

    QCheckBox *m_verifyPeer = nullptr;
    QCheckBox *m_ignoreErrors = nullptr;
    QLabel *m_caLabel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QToolButton *m_caBrowse = nullptr;
    QLabel *m_certLabel = nullptr;
    QLineEdit *m_certFile = nullptr;
    QToolButton *m_certBrowse = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QToolButton *m_keyBrowse = nullptr;
    QLabel *m_tlsMessage = nullptr;
    QLabel *m_tlsNote = nullptr;
};
