#include "core/protocol/closereport.h"

#include "core/protocol/closepayload.h"

namespace {

// A status code takes the first 2 bytes of a Close payload (RFC 6455 §5.5.1).
constexpr qsizetype StatusCodeBytes = 2;

} // namespace

CloseReport::CloseReport(const Input &input)
    : m_client(readFrame(input.client))
    , m_server(readFrame(input.server))
{
    if (m_client.sentClose && m_server.sentClose)
        m_closer = input.firstSender == Side::Server ? Side::Server : Side::Client;
    else if (m_client.sentClose)
        m_closer = Side::Client;
    else if (m_server.sentClose)
        m_closer = Side::Server;

    const bool dropped = input.connectionDropped || input.replyTimedOut;
    if (m_client.sentClose && m_server.sentClose)
        m_outcome = Outcome::Clean; // §7.1.4: both frames crossed, the handshake is complete
    else if (dropped)
        m_outcome = Outcome::NotClean;
    else if (m_closer != Side::None)
        m_outcome = Outcome::Closing;
    else
        m_outcome = Outcome::Open;

    // A side without a frame keeps SideReport's 1006 (§7.1.5); while the connection is still up
    // that is a placeholder, the story says no code has come yet.
    m_echoMatches = m_outcome == Outcome::Clean && m_client.hasStatus == m_server.hasStatus
                    && m_client.code == m_server.code;

    tell(input.replyTimedOut);
    const bool clientFirst = m_closer != Side::Server;
    explain(clientFirst ? m_client : m_server, clientFirst);
    explain(clientFirst ? m_server : m_client, !clientFirst);
    if (m_outcome == Outcome::Clean && !m_echoMatches) {
        m_notes << tr("The reply carries a different code than the first Close frame; an endpoint typically echoes "
                      "the code it received (RFC 6455 §5.5.1).");
    }
}

CloseReport::SideReport CloseReport::readFrame(const std::optional<Frame> &frame)
{
    SideReport side;
    if (!frame)
        return side;
    const ClosePayload parsed = ClosePayload::parse(frame->payload);
    side.sentClose = true;
    side.seenOnWire = frame->seenOnWire;
    side.hasStatus = frame->payload.size() >= StatusCodeBytes;
    side.code = parsed.code; // 1005 for an empty (or 1-byte) payload, §7.1.5
    side.reason = parsed.reason;
    side.malformed = !parsed.valid;
    side.violationCode = parsed.violationCode;
    side.error = parsed.error;
    return side;
}

QString CloseReport::describe(const SideReport &side)
{
    if (side.malformed)
        return tr("a malformed Close frame");
    if (!side.hasStatus)
        return tr("a Close frame without a status code (1005)");
    if (side.reason.isEmpty())
        return CloseCodes::label(side.code);
    return tr("%1, reason \"%2\"").arg(CloseCodes::label(side.code), side.reason);
}

void CloseReport::tell(bool timedOut)
{
    const bool clientFirst = m_closer == Side::Client;
    const SideReport &first = clientFirst ? m_client : m_server;
    const SideReport &reply = clientFirst ? m_server : m_client;
    switch (m_outcome) {
    case Outcome::Open:
        m_sentence = tr("No Close frame has crossed yet; the connection is open.");
        return;
    case Outcome::Closing:
        m_sentence = clientFirst ? tr("The client closed with %1; the server has not answered yet.").arg(describe(first))
                                 : tr("The server closed with %1; the client has not answered yet.").arg(describe(first));
        return;
    case Outcome::Clean:
        if (m_echoMatches) {
            m_sentence = clientFirst
                                 ? tr("The client closed with %1; the server answered with the same code: a clean close.")
                                           .arg(describe(first))
                                 : tr("The server closed with %1; the client answered with the same code: a clean close.")
                                           .arg(describe(first));
        } else {
            m_sentence = clientFirst ? tr("The client closed with %1; the server answered with %2: a clean close.")
                                               .arg(describe(first), describe(reply))
                                     : tr("The server closed with %1; the client answered with %2: a clean close.")
                                               .arg(describe(first), describe(reply));
        }
        return;
    case Outcome::NotClean:
        if (m_closer == Side::None) {
            m_sentence = tr("The connection ended without a Close frame from either side, so both codes read as 1006 "
                            "(Abnormal closure): not a clean close.");
        } else if (timedOut) {
            m_sentence = clientFirst ? tr("The client closed with %1; the server's Close frame did not come in time, so "
                                          "the client dropped the connection (1006): not a clean close.")
                                               .arg(describe(first))
                                     : tr("The server closed with %1; the client's Close frame did not come in time, so "
                                          "the server dropped the connection (1006): not a clean close.")
                                               .arg(describe(first));
        } else {
            m_sentence = clientFirst ? tr("The client closed with %1; the connection ended before the server answered "
                                          "(1006): not a clean close.")
                                               .arg(describe(first))
                                     : tr("The server closed with %1; the connection ended before the client answered "
                                          "(1006): not a clean close.")
                                               .arg(describe(first));
        }
        return;
    }
}

void CloseReport::explain(const SideReport &side, bool isClient)
{
    if (!side.sentClose) {
        if (isFinished()) {
            m_notes << (isClient ? tr("No Close frame came from the client before the connection ended, so its code "
                                      "reads as 1006 (RFC 6455 §7.1.5, §7.4.1).")
                                 : tr("No Close frame came from the server before the connection ended, so its code "
                                      "reads as 1006 (RFC 6455 §7.1.5, §7.4.1)."));
        }
        return;
    }
    if (side.malformed) {
        m_notes << (isClient ? tr("The client's Close frame is malformed: %1").arg(side.error)
                             : tr("The server's Close frame is malformed: %1").arg(side.error));
    } else if (!side.hasStatus) {
        m_notes << (isClient ? tr("The client's Close frame carried no status code, so its code reads as 1005 "
                                  "(RFC 6455 §7.1.5).")
                             : tr("The server's Close frame carried no status code, so its code reads as 1005 "
                                  "(RFC 6455 §7.1.5)."));
    }
    if (!side.seenOnWire) {
        m_notes << (isClient ? tr("The client's Close frame was not seen on the wire (the wire tap was off); it is "
                                  "shown as the WebSocket library reported it.")
                             : tr("The server's Close frame was not seen on the wire (the wire tap was off); it is "
                                  "shown as the WebSocket library reported it."));
    }
}
