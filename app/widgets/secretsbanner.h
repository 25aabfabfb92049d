#pragma once

#include <QFrame>

#include <functional>

class ProfileStore;
class QLabel;
class QPushButton;
class QToolButton;

// The bar above the session tabs while secrets are kept in memory only (no keychain:
// ProfileStore::secretsAvailability() is Unavailable): it says why, and offers to keep the
// current profile's secrets in its file instead (Profile::secretsInFile), after a warning.
class SecretsBanner : public QFrame
{
    Q_OBJECT

public:
    SecretsBanner(ProfileStore *store, QWidget *parent);

    // Which profile "Keep in the profile file instead…" is about (the current tab's; empty: none).
    void setCurrentProfileSource(std::function<QString()> source) { m_currentProfile = std::move(source); }
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void keepInFile();

    ProfileStore *m_store = nullptr;
    std::function<QString()> m_currentProfile;
    QLabel *m_text = nullptr;
    QPushButton *m_keepInFile = nullptr;
    QToolButton *m_dismiss = nullptr;
    bool m_dismissed = false;
};
