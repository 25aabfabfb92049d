#pragma once

#include "core/protocol/closecodes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The story of how a connection closed (RFC 6455 §7), as a value built from plain inputs: the
// Close frame each side sent (if any), who sent first, and whether TCP ended before the closing
// handshake was complete. It says each side's code and reason, which frames were malformed, who
// closed, whether the close was clean, whether the reply echoed the code, and one translated
// sentence for the user. The payloads are parsed with ClosePayload; the codes named by CloseCodes.
//
//     CloseReport::Input in;
//     in.client = CloseReport::Frame{clientClosePayload, true};
//     in.server = CloseReport::Frame{serverClosePayload, true};
//     in.firstSender = CloseReport::Side::Client;
//     const CloseReport report(in);
//     headline(report.sentence()); for (const QString &n : report.notes()) addLine(n);
//
// Codes: a Close frame without a status code reads as 1005, a side that sent no Close frame
// before TCP ended as 1006 (RFC 6455 §7.1.5, §7.4.1); neither is ever on the wire.
class CloseReport
{
    Q_DECLARE_TR_FUNCTIONS(CloseReport)

public:
    enum class Side : quint8 { None, Client, Server };

    enum class Outcome : quint8 {
        Open,     // no Close frame yet, TCP still up
        Closing,  // one Close frame crossed, the reply is still awaited
        Clean,    // both Close frames crossed (RFC 6455 §7.1.4: the closing handshake is complete)
        NotClean, // TCP ended while a Close frame was missing
    };

    struct Frame
    {
        QByteArray payload;     // the Close frame's payload as sent: empty, or a code and a reason
        bool seenOnWire = true; // false: known from what the WebSocket library reported (tap off)
    };

    struct Input
    {
        std::optional<Frame> client; // the Close frame the client sent, if it sent one
        std::optional<Frame> server; // the Close frame the server sent, if it sent one
        // Who sent first, used when both frames are given (None counts as the client). With one
        // frame, its sender is the closer whatever this says.
        Side firstSender = Side::None;
        // TCP ended while a Close frame was still missing (no Close at all, or no reply). Ignored
        // when both frames are given: then the handshake completed and TCP's end is the normal one.
        bool connectionDropped = false;
        // The first sender waited for the reply Close, gave up, and dropped TCP (implies connectionDropped).
        bool replyTimedOut = false;
    };

    struct SideReport
    {
        bool sentClose = false;  // this side sent a Close frame
        bool seenOnWire = false; // and the wire tap recorded it
        bool hasStatus = false;  // the frame carried a status code (2 bytes or more)
        quint16 code = CloseCodes::AbnormalClosure; // the frame's code; 1005 without one; 1006 without a frame
        QString reason;          // decoded UTF-8 (invalid bytes shown as U+FFFD)
        bool malformed = false;  // 1-byte payload, a code that may not be sent, reason not UTF-8, > 125 bytes
        quint16 violationCode = 0; // what a receiver fails with for it: 1002, or 1007 for a bad reason
        QString error;           // translated, from ClosePayload
    };

    explicit CloseReport(const Input &input);

    const SideReport &client() const { return m_client; }
    const SideReport &server() const { return m_server; }
    // Who sent the first Close frame; None when no frame crossed.
    Side closer() const { return m_closer; }
    Outcome outcome() const { return m_outcome; }
    bool isClean() const { return m_outcome == Outcome::Clean; }
    bool isFinished() const { return m_outcome == Outcome::Clean || m_outcome == Outcome::NotClean; }
    // Both frames crossed and the reply carries the first frame's code (or both carry none).
    bool echoMatches() const { return m_echoMatches; }
    // The code the client application is left with (RFC 6455 §7.1.5: the code in the Close frame
    // it received): the server's code, 1005 when its frame had none, 1006 when it sent none.
    quint16 connectionCloseCode() const { return m_server.code; }

    // One translated sentence: "The client closed with 1000 (Normal closure); the server
    // answered with the same code: a clean close."
    QString sentence() const { return m_sentence; }
    // Translated explanations, each citing the RFC: 1005/1006, malformed frames, frames known
    // only from the library, a reply that did not echo the code.
    const QStringList &notes() const { return m_notes; }

private:
    static SideReport readFrame(const std::optional<Frame> &frame);
    static QString describe(const SideReport &side);
    void tell(bool timedOut);
    void explain(const SideReport &side, bool isClient);

    SideReport m_client;
    SideReport m_server;
    Side m_closer = Side::None;
    Outcome m_outcome = Outcome::Open;
    bool m_echoMatches = false;
    QString m_sentence;
    QStringList m_notes;
};
