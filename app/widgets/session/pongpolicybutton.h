#pragma once

#include "core/tap/pongpolicy.h"

#include <QToolButton>

class QAction;
class QLabel;
class QLineEdit;
class QSpinBox;

// The connection bar's pong policy: what the wire tap does with the pongs QWebSocket writes for
// the server's pings — answer automatically, withhold them (a server's ping timeout), delay each
// by N ms, or answer with another payload. A tool button with a menu; the button reads
// "Pong: auto" or the policy in force ("Pong: withheld"). Every choice is read by
// PongPolicy::parse, so the rules (delay range, 125-byte payload) are the core's; a refused one
// is shown in the menu and changes nothing. Needs the tap: disabled, saying so, when it is off.
class PongPolicyButton : public QToolButton
{
    Q_OBJECT

public:
    explicit PongPolicyButton(QWidget *parent = nullptr);

    PongPolicy policy() const { return m_policy; }
    // Shows `policy` without announcing it (the session's own).
    void setPolicy(const PongPolicy &policy);
    // Whether the policy can apply: the tap is on for the running or the next connection.
    void setTapAvailable(bool available);

    // Applies "auto", "off", "delay=MS" or "payload=TEXT" as if chosen in the menu; false with
    // the parser's message (also shown in the menu) when refused.
    bool applyText(const QString &text, QString *error = nullptr);

    QAction *autoAction() const { return m_auto; }
    QAction *withholdAction() const { return m_withhold; }
    QSpinBox *delayBox() const { return m_delay; }
    QAction *delayAction() const { return m_applyDelay; }
    QLineEdit *payloadEdit() const { return m_payload; }
    QAction *payloadAction() const { return m_applyPayload; }
    QLabel *problemLabel() const { return m_problem; }

signals:
    // The user chose a policy (already checked by PongPolicy::parse).
    void policyChosen(const PongPolicy &policy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PongPolicy m_policy;
    bool m_tapAvailable = true;
    QAction *m_auto = nullptr;
    QAction *m_withhold = nullptr;
    QSpinBox *m_delay = nullptr;
    QAction *m_applyDelay = nullptr;
    QLineEdit *m_payload = nullptr;
    QAction *m_applyPayload = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_delayLabel = nullptr;
    QLabel *m_payloadLabel = nullptr;
};
