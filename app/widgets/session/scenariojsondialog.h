#pragma once

#include "core/scenario/scenariostep.h"

#include <QDialog>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// "Edit as JSON…": the scenario's steps as the JSON a scenario file holds (ScenarioWriter), read
// back with ScenarioParser when OK is pressed. JSON that does not parse, or a step that would not
// run, keeps the dialog open with the message and its line:column, and the steps unchanged.
class ScenarioJsonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScenarioJsonDialog(const QList<ScenarioStep> &steps, QWidget *parent = nullptr);

    // Reads the editor's text; false with the message (shown too) when it is not a scenario.
    bool apply();
    QList<ScenarioStep> steps() const { return m_steps; }
    QString error() const { return m_error; }

    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<ScenarioStep> m_steps;
    QString m_error;
};
