#pragma once

#include "core/profiles/profile.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// The profile editor's Headers tab: extra handshake headers in a table (on, name, value),
// each row checked as edited.
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

    QTableWidget *table() const { return m_headers; }

signals:
    void edited();

private:
    enum HeaderColumn { EnabledColumn, NameColumn, ValueColumn };

    void addRow(const HeaderEntry &header);

    QTableWidget *m_headers = nullptr;
    QPushButton *m_addHeader = nullptr;
    QPushButton *m_removeHeader = nullptr;
    QLabel *m_headersMessage = nullptr;
};
