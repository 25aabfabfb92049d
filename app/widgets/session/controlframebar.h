#pragma once

#include "core/log/event.h"
#include "core/rules/controlframe.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QWidget>

class CloseDialog;
class QLineEdit;
class QToolButton;

// The composer's control-frame actions (RFC 6455 §5.5): a ping with an optional payload of at
// most 125 bytes, and Close…, which asks for a code and reason in a CloseDialog. Both need an
// open connection; they ask for the frame through signals and never talk to the session.
class ControlFrameBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxPingBytes = ControlFrame::MaxPayloadBytes;

    explicit ControlFrameBar(QWidget *parent = nullptr);

    void setSessionState(SessionState state);

    QLineEdit *pingPayloadEdit() const { return m_pingPayload; }
    QToolButton *pingButton() const { return m_ping; }
    QToolButton *closeButton() const { return m_close; }
    // The Close… dialog while it is open, else nullptr.
    CloseDialog *closeDialog() const;

public slots:
    void ping();
    void openCloseDialog();

signals:
    void pingRequested(const QByteArray &payload);
    void closeRequested(quint16 code, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    SessionState m_state = SessionState::Idle;
    QLineEdit *m_pingPayload = nullptr;
    QToolButton *m_ping = nullptr;
    QToolButton *m_close = nullptr;
    QPointer<CloseDialog> m_closeDialog;
};
