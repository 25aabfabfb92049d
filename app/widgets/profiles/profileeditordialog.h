#pragma once

#include "core/profiles/profile.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QToolButton;

// Edits everything a Profile's ConnectionSettings holds, checking each field as the user types
// (ProfileValidator) and saying what is wrong right under it. OK stays disabled while anything
// is invalid. Saved messages are not edited here (the composer owns them); they pass through.
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Edit, Create };
    // takenNames: names of the other profiles (a new name must not collide with them).
    ProfileEditorDialog(const Profile &profile, const QStringList &takenNames, QWidget *parent = nullptr,
                        Purpose purpose = Purpose::Edit);

    Profile profile() const;
    QString problem() const { return m_problem; } // the first problem, empty when the profile can be saved

    // For tests and for callers that pre-fill fields.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLabel *urlMessage() const { return m_urlMessage; }
    QTableWidget *headersTable() const { return m_headers; }
    QPushButton *okButton() const; // labelled Save
    QLabel *saveProblemLabel() const { return m_saveProblem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum HeaderColumn { EnabledColumn, NameColumn, ValueColumn };

    QWidget *buildGeneralPage();
    QWidget *buildHeadersPage();
    QWidget *buildTlsPage();
    QWidget *buildNetworkPage();
    void addHeaderRow(const HeaderEntry &header);
    QLineEdit *fileField(QWidget *page, QToolButton **browse);
    void browseFile(QLineEdit *field, const QString &title);
    void setProfile(const Profile &profile);
    void validate();
    void retranslateUi();

    Profile m_original;
    QStringList m_takenNames;
    QString m_problem;

    QTabWidget *m_tabs = nullptr;
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

    QTableWidget *m_headers = nullptr;
    QPushButton *m_addHeader = nullptr;
    QPushButton *m_removeHeader = nullptr;
    QLabel *m_headersMessage = nullptr;

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

    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_saveProblem = nullptr; // why Save is disabled, next to it (a tooltip alone is never seen)
    bool m_isNew = false;
};
