#include "widgets/detail/detailpane.h"

#include "widgets/detail/closeview.h"
#include "widgets/detail/frameview.h"
#include "widgets/detail/handshakeview.h"
#include "widgets/detail/payloadview.h"

#include "core/protocol/frameheader.h"

#include <QEvent>

namespace {

bool isCloseRow(const Event &e)
{
    return e.kind == EventKind::Close || (e.kind == EventKind::Frame && e.frame.opcode == FrameHeader::Close)
            || (e.kind == EventKind::State && e.detail && e.detail->state == SessionState::Closed);
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QTabWidget(parent)
    , m_payload(new PayloadView(this))
    , m_frame(new FrameView(this))
    , m_handshake(new HandshakeView(this))
    , m_close(new CloseView(this))
{
    insertTab(PayloadTab, m_payload, QString());
    insertTab(FrameTab, m_frame, QString());
    insertTab(HandshakeTab, m_handshake, QString());
    insertTab(CloseTab, m_close, QString());
    setDocumentMode(true);
    retranslateUi();
    updateTabStates();
}

DetailPane::Tab DetailPane::preferredTab(const Event &e, Tab current) const
{
    switch (e.kind) {
    case EventKind::HandshakeRequest:
    case EventKind::HandshakeResponse:
    case EventKind::Tls:
        return HandshakeTab;
    case EventKind::Error:
        if (e.detail && (e.detail->errorCategory == ErrorCategory::Handshake || e.detail->errorCategory == ErrorCategory::Tls)
            && m_handshake->hasHandshake())
            return HandshakeTab;
        return PayloadTab;
    default:
        break;
    }
    if (isCloseRow(e) && m_close->hasStory())
        return CloseTab;
    // Someone reading frame headers keeps reading frame headers from row to row.
    if (current == FrameTab && FrameView::carriesFrameHeader(e))
        return FrameTab;
    return PayloadTab;
}

void DetailPane::setEvent(const Event &event)
{
    const Tab current = Tab(currentIndex());
    m_event = event;
    m_payload->setEvent(event);
    m_frame->setEvent(event);
    if (event.kind == EventKind::HandshakeRequest && event.detail) {
        m_request = event;
        if (m_response.seq != 0 && m_response.seq < event.seq)
            m_response = Event(); // a newer attempt: the old response belongs to the previous one
        m_handshake->setHandshake(m_request, m_response);
    } else if (event.kind == EventKind::HandshakeResponse && event.detail) {
        m_response = event;
        if (m_request.seq > event.seq)
            m_request = Event();
        m_handshake->setHandshake(m_request, m_response);
    } else if (event.kind == EventKind::Tls && event.detail) {
        m_handshake->setTls(event);
    }
    updateTabStates();
    setCurrentIndex(preferredTab(event, current));
}

void DetailPane::setCloseStory(const QList<Event> &connectionEvents)
{
    m_close->setConnectionEvents(connectionEvents);
    updateTabStates();
}

void DetailPane::setHandshake(const Event &request, const Event &response)
{
    m_request = request;
    m_response = response;
    m_handshake->setHandshake(request, response);
    updateTabStates();
}

void DetailPane::setTls(const Event &tls)
{
    m_handshake->setTls(tls);
}

void DetailPane::setConnectionEvents(const QList<Event> &connectionEvents)
{
    Event request;
    Event response;
    Event tls;
    for (const Event &e : connectionEvents) {
        if (e.kind == EventKind::HandshakeRequest)
            request = e;
        else if (e.kind == EventKind::HandshakeResponse)
            response = e;
        else if (e.kind == EventKind::Tls)
            tls = e;
    }
    m_handshake->setTls(tls);
    setHandshake(request, response);
    setCloseStory(connectionEvents);
}

void DetailPane::clear()
{
    m_event = Event();
    m_request = Event();
    m_response = Event();
    m_payload->clear();
    m_frame->clear();
    m_handshake->clear();
    m_close->clear();
    updateTabStates();
    setCurrentIndex(PayloadTab);
}

void DetailPane::updateTabStates()
{
    setTabEnabled(FrameTab, m_frame->hasFrame());
    setTabEnabled(HandshakeTab, m_handshake->hasHandshake());
    setTabEnabled(CloseTab, m_close->hasStory());
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void DetailPane::retranslateUi()
{
    setTabText(PayloadTab, tr("Payload"));
    setTabText(FrameTab, tr("Frame"));
    setTabText(HandshakeTab, tr("Handshake"));
    setTabText(CloseTab, tr("Close"));
    setTabToolTip(PayloadTab, tr("The selected row's payload as text, JSON or hex"));
    setTabToolTip(FrameTab, tr("The selected frame's header, field by field"));
    setTabToolTip(HandshakeTab, tr("The opening handshake of this connection"));
    setTabToolTip(CloseTab, tr("How this connection closed"));
    setAccessibleName(tr("Details of the selected row"));
}
