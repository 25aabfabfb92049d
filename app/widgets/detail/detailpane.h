#pragma once

#include "widgets/detail/frameview.h"
#include "core/log/event.h"

#include <QList>
#include <QTabWidget>

class CloseView;
class FrameView;
class HandshakeView;
class PayloadView;

// The detail pane under the frame log: Payload | Frame | Handshake | Close for the selected row.
// It only takes Event values; the session tab passes the selected event and the events of the
// current connection. Tabs with nothing to show are disabled; selecting a row brings up the most
// useful tab (a handshake row → Handshake, a close → Close, data → Payload, or Frame when the
// user is reading frame headers).
class DetailPane : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { PayloadTab = 0, FrameTab = 1, HandshakeTab = 2, CloseTab = 3 };

    explicit DetailPane(QWidget *parent = nullptr);

    // source: whether the event's connection went through the wire tap (see FrameView).
    void setEvent(const Event &event);
    const Event &event() const { return m_event; }
    // The close story of the current connection (Close frames, the final Close event, State events).
    void setCloseStory(const QList<Event> &connectionEvents);
    void setHandshake(const Event &request, const Event &response);
    // The upstream TLS details (a Tls event); a default Event hides them.
    void setTls(const Event &tls);
    // All of the above from the events of one connection, in log order.
    void setConnectionEvents(const QList<Event> &connectionEvents);
    void clear();

    // The tab a freshly selected event is best read in, given the tab shown now.
    Tab preferredTab(const Event &event, Tab current) const;

    PayloadView *payloadView() const { return m_payload; }
    FrameView *frameView() const { return m_frame; }
    HandshakeView *handshakeView() const { return m_handshake; }
    CloseView *closeView() const { return m_close; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTabStates();

    Event m_event;
    Event m_request;
    Event m_response;
    PayloadView *m_payload = nullptr;
    FrameView *m_frame = nullptr;
    HandshakeView *m_handshake = nullptr;
    CloseView *m_close = nullptr;
};
