#include "cli/clitally.h"

#include "core/log/logrules.h"
#include "core/protocol/closecodes.h"

#include <QLocale>

namespace {

constexpr int NotHttp = 0;

QString bytesText(quint64 bytes)
{
    return QLocale::c().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

void CliTally::note(const Event &event)
{
    const int side = event.dir == Direction::Out ? 0 : 1;
    switch (event.kind) {
    case EventKind::Error:
        if (event.detail) {
            m_errorSeen = true;
            m_lastErrorText = event.detail->text;
            if (event.detail->errorCategory == ErrorCategory::Timeout)
                m_timeoutSeen = true;
            else if (event.detail->errorCategory == ErrorCategory::Protocol)
                m_protocolViolation = true;
        }
        break;
    case EventKind::HandshakeResponse:
        if (event.detail && m_refusedStatus == 0 && event.detail->http.statusCode != HttpMessage::SwitchingProtocols
            && event.detail->http.statusCode != NotHttp) {
            m_refusedStatus = event.detail->http.statusCode;
            m_refusedReason = QString::fromLatin1(event.detail->http.reasonPhrase);
        }
        break;
    case EventKind::Close:
        if (event.detail) {
            const EventDetail &d = *event.detail;
            m_closeSeen = true;
            m_closeCode = d.closeCode;
            const QString initiator = d.closeInitiator == CloseInitiator::Client ? tr("by the client")
                    : d.closeInitiator == CloseInitiator::Server                 ? tr("by the server")
                                                                                 : tr("by neither side");
            // Only what is known: tap off, nothing saw whether the closing handshake completed.
            const QString clean = !d.closeCleanKnown ? tr("clean unknown (tap off)")
                    : d.closeClean                   ? tr("clean")
                                                     : tr("not clean");
            m_closeText = tr("close %1 %2, %3").arg(CloseCodes::label(d.closeCode), initiator, clean);
        }
        break;
    case EventKind::Frame:
        if (event.dir == Direction::None)
            break;
        if (event.frame.headerKnown()) {
            m_framesKnown = true;
            ++m_frames;
        }
        // Tap off, QWebSocket reports whole messages; tap on, the frame that ends one says so.
        if (const LogRules::Message message = LogRules::messageOf(event); message.valid) {
            ++m_messages[side];
            m_messageBytes[side] += quint64(message.length);
        }
        break;
    default:
        break;
    }
}

QString CliTally::connectFailureText() const
{
    if (m_refusedStatus != 0)
        return tr("Handshake refused: %1 %2").arg(m_refusedStatus).arg(m_refusedReason);
    if (m_errorSeen)
        return tr("Could not connect: %1").arg(m_lastErrorText);
    return tr("Could not connect.");
}

QString CliTally::closedText() const
{
    return m_closeSeen ? tr("Connection closed with %1.").arg(CloseCodes::label(m_closeCode)) : QString();
}

QString CliTally::summaryLine(qint64 openMs) const
{
    const quint64 *messages = m_messages;
    const quint64 *bytes = m_messageBytes;
    const double seconds = double(openMs) / 1000.0;
    const double rate = openMs > 0 ? double(messages[0] + messages[1]) / seconds : 0.0;
    QString line = tr("summary: sent %1 messages (%2), received %3 messages (%4)")
                           .arg(messages[0])
                           .arg(bytesText(bytes[0]))
                           .arg(messages[1])
                           .arg(bytesText(bytes[1]));
    if (m_framesKnown)
        line += tr(", %1 frames").arg(m_frames);
    line += tr(", open %1 s, %2 messages/s, %3")
                    .arg(QLocale::c().toString(seconds, 'f', 3), QLocale::c().toString(rate, 'f', 1),
                         m_closeSeen ? m_closeText : tr("no close"));
    return line;
}
