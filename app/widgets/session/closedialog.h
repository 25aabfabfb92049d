#pragma once

#include "core/protocol/closecodes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The Close… dialog: a close code to send (the named codes a client may send, or a custom one,
// e.g. 3000–4999 for applications) and a reason with a live UTF-8 byte counter. Codes that may
// not be sent (RFC 6455 §7.4.1: 1004–1006, 1015, below 1000, 5000 and up) and reasons over 123
// bytes (§5.5: a control frame's payload is at most 125 bytes, 2 of them the code) are refused
// with the reason shown (CloseCodes::checkOutgoing, the rule the session applies), and OK stays
// disabled until the choice is valid.
class CloseDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxReasonBytes = CloseCodes::MaxReasonBytes;

    explicit CloseDialog(QWidget *parent = nullptr);

    // Selects a named code, or switches to "Custom" with that number.
    void setCode(quint16 code);
    // Switches to "Custom" with whatever the user would have typed (validated like typing).
    void setCustomCodeText(const QString &text);
    void setReason(const QString &reason);

    // Valid only when isValid().
    quint16 code() const;
    QString reason() const;
    bool isValid() const { return m_errorText.isEmpty(); }
    // Why the current choice cannot be sent (translated), empty when it can.
    QString errorText() const { return m_errorText; }
    // "3 / 123 bytes"
    QString byteCounterText() const;

    QComboBox *codeCombo() const { return m_codeCombo; }
    QLineEdit *customCodeEdit() const { return m_customCode; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const;
    QLabel *messageLabel() const { return m_message; }
    QLabel *meaningLabel() const { return m_meaning; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void fillCodes();
    void validate();
    void fitHeight();
    bool isCustom() const;

    QComboBox *m_codeCombo = nullptr;
    QLineEdit *m_customCode = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_customLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_meaning = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_errorText;
    int m_reasonBytes = 0;
};
