#include "widgets/session/controlframebar.h"

#include "widgets/detail/statuscolors.h"
#include "widgets/session/closedialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace {

constexpr int PingPayloadWidthChars = 20;

} // namespace

ControlFrameBar::ControlFrameBar(QWidget *parent)
    : QWidget(parent)
    , m_pingPayload(new QLineEdit(this))
    , m_ping(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    m_pingPayload->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * PingPayloadWidthChars);
    m_pingPayload->setClearButtonEnabled(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pingPayload);
    layout->addWidget(m_ping);
    layout->addWidget(m_close);

    connect(m_ping, &QToolButton::clicked, this, &ControlFrameBar::ping);
    connect(m_pingPayload, &QLineEdit::textChanged, this, &ControlFrameBar::updateState);
    connect(m_pingPayload, &QLineEdit::returnPressed, this, &ControlFrameBar::ping);
    connect(m_close, &QToolButton::clicked, this, &ControlFrameBar::openCloseDialog);

    retranslateUi();
}

CloseDialog *ControlFrameBar::closeDialog() const
{
    return m_closeDialog.data();
}

void ControlFrameBar::setSessionState(SessionState state)
{
    m_state = state;
    updateState();
}

void ControlFrameBar::updateState()
{
    const QString payloadProblem = ControlFrame::checkPayload(m_pingPayload->text().toUtf8());
    QString why = payloadProblem;
    if (why.isEmpty() && m_state != SessionState::Open)
        why = tr("Ping needs an open connection.");
    m_ping->setEnabled(why.isEmpty());
    m_ping->setToolTip(why.isEmpty() ? tr("Send a ping with the payload on the left (Ctrl+P)") : why);
    StatusColors::setColor(m_pingPayload, QPalette::Text, payloadProblem.isEmpty() ? QColor() : StatusColors::bad(palette()));
    m_close->setEnabled(m_state == SessionState::Open);
}

void ControlFrameBar::ping()
{
    if (!m_ping->isEnabled())
        return;
    emit pingRequested(m_pingPayload->text().toUtf8());
}

void ControlFrameBar::openCloseDialog()
{
    if (m_state != SessionState::Open || m_closeDialog)
        return;
    m_closeDialog = new CloseDialog(this);
    m_closeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_closeDialog, &CloseDialog::accepted, this, [this] {
        if (m_closeDialog)
            emit closeRequested(m_closeDialog->code(), m_closeDialog->reason());
    });
    // open(), not exec(): window-modal without a nested event loop.
    m_closeDialog->open();
}

void ControlFrameBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateState(); // the error colour follows the theme
    QWidget::changeEvent(event);
}

void ControlFrameBar::retranslateUi()
{
    m_pingPayload->setPlaceholderText(tr("ping payload"));
    m_pingPayload->setAccessibleName(tr("Ping payload"));
    m_pingPayload->setToolTip(tr("Optional ping payload, at most %1 bytes").arg(MaxPingBytes));
    m_ping->setText(tr("Ping"));
    m_ping->setAccessibleName(tr("Send a ping"));
    m_close->setText(tr("Close…"));
    m_close->setToolTip(tr("Close the connection with a code and reason"));
    m_close->setAccessibleName(tr("Close the connection"));
    updateState();
}
