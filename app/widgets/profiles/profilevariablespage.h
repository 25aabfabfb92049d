#pragma once

#include "core/profiles/profile.h"

#include <QWidget>

class QLabel;
class VariablesTable;

// The profile editor's Variables tab: the profile's own variables (Profile::variables), which
// override the globals and the chosen environment's when this profile connects.
class ProfileVariablesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileVariablesPage(QWidget *parent);

    void setProfile(const Profile &profile);
    void applyTo(Profile &profile) const;
    // Empty when the variables can be saved, else the first problem (a bad or duplicate name).
    QString validate();
    void retranslateUi();

    VariablesTable *variablesTable() const { return m_variables; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void edited();

private:
    QLabel *m_intro = nullptr;
    VariablesTable *m_variables = nullptr;
    QLabel *m_message = nullptr;
};
