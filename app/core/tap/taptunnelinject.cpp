// TapTunnel: the protocol workbench's part (frames the tap writes itself, the pong policy); the
// relay itself is TapInjector's.
#include "core/tap/taptunnel.h"

#include "core/tap/tapinjector.h"

bool TapTunnel::inject(const QList<FrameSpec> &frames, QString *error)
{
    if (m_phase != Phase::Relaying || !m_out.isFraming() || !m_in.isFraming() || m_clientClosed || m_upstreamClosed) {
        if (error)
            *error = tr("The wire tap can write frames only on an open WebSocket connection.");
        return false;
    }
    m_injector->inject(frames);
    return true;
}

void TapTunnel::setPongPolicy(const PongPolicy &policy)
{
    m_pongPolicy = policy;
    if (m_injector)
        m_injector->setPongPolicy(policy);
}

FrameSpecClassifier::Context TapTunnel::injectContext() const
{
    return m_injector ? m_injector->nextContext() : FrameSpecClassifier::Context();
}
