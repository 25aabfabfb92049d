#pragma once

#include "core/profiles/profile.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QWidget;

// The profile editor's Headers tab: extra handshake headers in a table (on, name, value,
// secret), each row checked as edited. A secret value is shown as •••• until "Show secret
// values" reveals it (the real value rides in the value item's UserRole). A profile whose plain
// headers look like credentials (ProfileSerializer::suggestedSecrets: typically one read from a
// schema 1 file) gets a line offering to mark them, once per profile and session.
class ProfileHeadersPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileHeadersPage(QWidget *parent);

    void setProfile(const Profile &profile);
    void applyTo(Profile &profile) const;
    // Shows the first bad row under the table and returns it (empty when all rows are fine).
    QString validate();
    void retranslateUi();
    // The schema version the profile's file had (ProfileStore::schemaVersionRead); 2 or later:
    // its plain headers were left plain on purpose, and no marking is offered. 0: unknown.
    void setSchemaVersionRead(int version);

    QTableWidget *table() const { return m_headers; }

signals:
    void edited();

private:
    enum HeaderColumn { EnabledColumn, NameColumn, ValueColumn, SecretColumn };

    void addRow(const HeaderEntry &header);
    QString valueAt(int row) const;
    bool isSecretRow(int row) const;
    void showValue(int row);
    void onItemChanged(int row, int column);
    void updateOffer();
    void markSuggested();

    QTableWidget *m_headers = nullptr;
    QPushButton *m_addHeader = nullptr;
    QPushButton *m_removeHeader = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_headersMessage = nullptr;
    QWidget *m_offer = nullptr;
    QLabel *m_offerText = nullptr;
    QPushButton *m_markSecret = nullptr;
    QPushButton *m_keepPlain = nullptr;
    QString m_profileName;
    QStringList m_suggested;
    int m_schemaRead = 0;
};
