#pragma once

#include "core/log/event.h"
#include "core/tap/taptunnel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// How one connection attempt ended, decided from facts alone (no sockets, no timers): the
// tap's summary of the Close frames that crossed the wire when the tap saw the connection,
// otherwise what QWebSocket said. The Session turns the verdict into the attempt's Close event.
class CloseVerdict
{
    Q_DECLARE_TR_FUNCTIONS(CloseVerdict)

public:
    // What the Session knows when the attempt is over.
    struct Facts
    {
        bool tapActive = false;              // the attempt went through the tap
        bool tunnelSeen = false;             // ...and a tunnel of it reached the tap
        TapTunnel::CloseSummary tunnel;      // that tunnel's final summary (tunnelSeen)
        bool wasOpen = false;                // QWebSocket reported the connection open
        quint16 sentCloseCode = 0;           // the Close we asked QWebSocket to send; 0 none
        QString sentCloseReason;
        bool serverClosedFirst = false;      // tap off: QWebSocket went to Closing before we closed
        quint16 socketCloseCode = 0;         // tap off: QWebSocket::closeCode()
        QString socketCloseReason;           // tap off: QWebSocket::closeReason()
    };

    quint16 code = 0;
    QString reason;
    CloseInitiator initiator = CloseInitiator::None;
    bool clean = false;
    // Whether `clean` is a fact. Tap off, a Close frame crossed (ours or the server's) but nothing
    // saw whether the other side's Close answered it (QWebSocket answers a server's Close without
    // a signal): clean is then unknown, and reported as false with cleanKnown false.
    bool cleanKnown = true;
    QString text;                            // translated note; empty when the code says it all
    Direction dir = Direction::None;         // who sent the Close frame the verdict rests on
    FrameFields frame;                       // that frame, when the tap saw it
    QByteArray payload;

    static CloseVerdict decide(const Facts &facts);

private:
    static CloseVerdict fromWire(const TapTunnel::CloseSummary &summary);
    static CloseVerdict fromQWebSocket(const Facts &facts);
};
