#pragma once

#include "core/profiles/profile.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The profile editor's Network tab: the tap, the proxy, pings, the size limits (edited in KiB)
// and reconnecting.
class ProfileNetworkPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileNetworkPage(QWidget *parent);

    void setProfile(const Profile &profile);
    // `profile` holds the values the editor started from: a size field left as it was keeps
    // the exact byte count it came with (which need not be a whole KiB).
    void applyTo(Profile &profile) const;
    QString validate();
    void retranslateUi();

signals:
    void edited();

private:
    QLabel *m_proxyLabel = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLabel *m_proxyMessage = nullptr;
    QCheckBox *m_tap = nullptr;
    QLabel *m_tapNote = nullptr;
    QLabel *m_frameLabel = nullptr;
    QSpinBox *m_maxFrame = nullptr;
    QLabel *m_messageLabel = nullptr;
    QSpinBox *m_maxMessage = nullptr;
    QLabel *m_pingLabel = nullptr;
    QSpinBox *m_ping = nullptr;
    QGroupBox *m_reconnect = nullptr;
    QLabel *m_attemptsLabel = nullptr;
    QSpinBox *m_attempts = nullptr;
    QLabel *m_initialDelayLabel = nullptr;
    QSpinBox *m_initialDelay = nullptr;
    QLabel *m_maxDelayLabel = nullptr;
    QSpinBox *m_maxDelay = nullptr;
};
