// SessionTab: the protocol workbench's wiring (Frame mode, the pong policy, Drop).
#include "widgets/session/sessiontab.h"

#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/pongpolicybutton.h"
#include "core/session/session.h"

void SessionTab::wireWorkbench()
{
    // Frame mode → the tap; refusals back to the composer.
    connect(m_composer, &Composer::framesRequested, this, [this](const QList<FrameSpec> &frames) {
        QString error;
        if (!m_session->injectFrames(frames, &error))
            m_composer->reportSendError(error);
    });
    connect(m_session, &Session::injectContextChanged, this,
            [this] { m_composer->setInjectContext(m_session->injectContext()); });
    // "Turn the tap on" in Frame mode is the connection bar's toggle (it applies at the next connect).
    connect(m_composer, &Composer::tapRequested, this, [this] { m_bar->setTapEnabled(true); });
    connect(m_bar, &ConnectionBar::tapToggled, this, &SessionTab::updateFrameTap);
    connect(m_composer, &Composer::dropRequested, this, [this] {
        m_session->abort(ErrorCategory::Network,
                         tr("Dropped the TCP connection on purpose, without a Close frame (Drop TCP Connection)."));
    });
    // The pong policy stays with the session for this tab's later connections.
    m_bar->pongButton()->setPolicy(m_session->pongPolicy());
    connect(m_bar, &ConnectionBar::pongPolicyChosen, m_session, &Session::setPongPolicy);
    updateFrameTap();
}

void SessionTab::updateFrameTap()
{
    // What the running connection has (the tap may have failed to listen), else the bar's choice.
    const SessionState state = m_session->state();
    const bool idle = state == SessionState::Idle || state == SessionState::Closed;
    const bool tapped = state == SessionState::Connecting ? m_session->settings().tapEnabled : m_session->isTapActive();
    FrameSpecForm::TapState tap = FrameSpecForm::TapState::On;
    if (idle)
        tap = m_bar->isTapEnabled() ? FrameSpecForm::TapState::On : FrameSpecForm::TapState::Off;
    else if (!tapped)
        tap = m_bar->isTapEnabled() ? FrameSpecForm::TapState::NextConnection : FrameSpecForm::TapState::Off;
    m_composer->setFrameTapState(tap);
    m_composer->setInjectContext(m_session->injectContext());
}
