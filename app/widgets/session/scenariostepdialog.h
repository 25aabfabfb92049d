#pragma once

#include "core/scenario/scenariostep.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edits one scenario step: its action, its value in the words of wsscope-cli's option, and the
// fragment plan (send steps) or the within-time (expect-message). Checked as typed by
// ScenarioCompiler (files named by a step are read when it runs): OK stays disabled while the
// step would not run, and the line under it names the field that is wrong.
class ScenarioStepDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScenarioStepDialog(const ScenarioStep &step, QWidget *parent = nullptr);

    ScenarioStep step() const;
    // Empty when the step is valid, else why not (names the field, e.g. "send-frame: opcode …").
    QString error() const { return m_error; }
    // The field the error is about: the action, "fragment" or "within"; empty when valid.
    QString errorField() const { return m_errorField; }

    // A step in the panel's words: the action and its value ("wait" "500 ms", "expect-close" "1002, 1007").
    static QString valueText(const ScenarioStep &step);
    // What the value of that action looks like (a hint under the line edit).
    static QString hint(const QString &action);

    QComboBox *actionCombo() const { return m_action; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *fragmentEdit() const { return m_fragment; }
    QSpinBox *withinBox() const { return m_within; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void onActionChanged();
    void validate();
    void fitHeight();

    QComboBox *m_action = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_fragmentLabel = nullptr;
    QLineEdit *m_fragment = nullptr;
    QLabel *m_withinLabel = nullptr;
    QSpinBox *m_within = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_error;
    QString m_errorField;
};
