#pragma once

#include "core/profiles/profile.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

// The profile editor's General tab: name, URL, subprotocols, origin and handshake timeout,
// each checked as typed (ProfileValidator) with its problem right under it.
class ProfileConnectionPage : public QWidget
{
    Q_OBJECT

public:
    // takenNames: names of the other profiles (the name must not collide with them).
    ProfileConnectionPage(const QStringList &takenNames, QWidget *parent);

    void setProfile(const Profile &profile);
    void applyTo(Profile &profile) const;
    // Shows each field's problem under it; returns the first one (empty when all is well).
    QString validate();
    void retranslateUi();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLabel *urlMessage() const { return m_urlMessage; }

signals:
    void edited();

private:
    QStringList m_takenNames;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlMessage = nullptr;
    QLabel *m_originLabel = nullptr;
    QLineEdit *m_origin = nullptr;
    QLabel *m_originMessage = nullptr;
    QLabel *m_protocolsLabel = nullptr;
    QLineEdit *m_protocols = nullptr;
    QLabel *m_protocolsMessage = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
};
