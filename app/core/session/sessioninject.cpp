// Session: the protocol workbench's part (frames the tap writes itself, the pong policy).
#include "core/session/session.h"

#include "core/protocol/framespec.h"

bool Session::injectFrames(const QList<FrameSpec> &frames, QString *error)
{
    const bool up = m_state == SessionState::Open || m_state == SessionState::Closing;
    if (!up)
        return refuse(error, tr("Not connected: the session is %1.").arg(stateName(m_state)));
    TapTunnel *tunnel = m_attempt.tapActive ? m_attempt.tunnel.data() : nullptr;
    if (!tunnel)
        return refuse(error, tr("Writing frames by hand needs the wire tap; this connection runs without it."));
    QString problem;
    if (!tunnel->inject(frames, &problem))
        return refuse(error, problem);
    noteInjectContext();
    return true;
}

FrameSpecClassifier::Context Session::injectContext() const
{
    const bool up = m_state == SessionState::Open || m_state == SessionState::Closing;
    const TapTunnel *tunnel = up && m_attempt.tapActive ? m_attempt.tunnel.data() : nullptr;
    return tunnel ? tunnel->injectContext() : FrameSpecClassifier::Context();
}

void Session::noteInjectContext()
{
    const FrameSpecClassifier::Context now = injectContext();
    if (now.insideMessage == m_injectContext.insideMessage && now.closeSent == m_injectContext.closeSent)
        return;
    m_injectContext = now;
    emit injectContextChanged();
}

void Session::setPongPolicy(const PongPolicy &policy)
{
    m_pongPolicy = policy;
    if (m_attempt.tunnel)
        m_attempt.tunnel->setPongPolicy(policy);
}

void Session::logEvent(const Event &event)
{
    appendEvent(event);
}
