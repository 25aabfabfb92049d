#pragma once

#include "core/profiles/profile.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class ProfileConnectionPage;
class ProfileHeadersPage;
class ProfileNetworkPage;
class ProfileTlsPage;
class ProfileVariablesPage;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

// Edits everything a Profile's ConnectionSettings holds, one tab per page (General, Headers,
// TLS, Network), and the profile's own variables (Variables), checking each field as the user types (ProfileValidator) and saying what is
// wrong right under it. Save stays disabled while anything is invalid. Saved messages are not
// edited here (the composer owns them); they pass through.
//
// With a save handler, Save calls it and the dialog closes only when it succeeded; otherwise
// its error is shown next to Save and the edits stay, so a full disk or a conflict with another
// window never throws the user's work away.
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Edit, Create };
    // Returns false with *error set when the profile could not be saved.
    using SaveHandler = std::function<bool(const Profile &profile, QString *error)>;
    // The schema the profile's file had: one older than 2 offers to mark credential headers secret.
    void setSchemaVersionRead(int version);

    // takenNames: names of the other profiles (a new name must not collide with them).
    ProfileEditorDialog(const Profile &profile, const QStringList &takenNames, QWidget *parent = nullptr,
                        Purpose purpose = Purpose::Edit);

    Profile profile() const;
    QString problem() const { return m_problem; } // the first problem, empty when the profile can be saved

    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    // Shows why saving failed next to Save (empty: hides it); cleared by the next edit.
    void showSaveError(const QString &error);
    QString saveError() const { return m_saveError; }

    // For tests and for callers that pre-fill fields.
    QLineEdit *nameEdit() const;
    QLineEdit *urlEdit() const;
    QLabel *urlMessage() const;
    QTableWidget *headersTable() const;
    QPushButton *okButton() const; // labelled Save
    QLabel *saveProblemLabel() const { return m_saveProblem; }
    QTabWidget *pages() const { return m_tabs; }
    ProfileVariablesPage *variablesPage() const { return m_variables; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void validate();
    void retranslateUi();

    Profile m_original;
    QString m_problem;
    QString m_saveError;
    SaveHandler m_saveHandler;

    QTabWidget *m_tabs = nullptr;
    ProfileConnectionPage *m_connection = nullptr;
    ProfileHeadersPage *m_headers = nullptr;
    ProfileTlsPage *m_tls = nullptr;
    ProfileNetworkPage *m_network = nullptr;
    ProfileVariablesPage *m_variables = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_saveProblem = nullptr; // why Save is disabled or failed, next to it (a tooltip alone is never seen)
    bool m_isNew = false;
};
