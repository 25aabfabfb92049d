// Session: the send API (text, binary, ping, close) and back-pressure on QWebSocket's sends.
#include "core/session/session.h"

#include "core/log/eventfactory.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"
#include "core/rules/controlframe.h"
#include "core/rules/textrules.h"

#include <QFile>
#include <QWebSocket>

#include <memory>

bool Session::checkOpen(QString *error) const
{
    if (m_state == SessionState::Open && m_socket)
        return true;
    if (error)
        *error = tr("Not connected: the session is %1.").arg(stateName(m_state));
    return false;
}

void Session::logUntappedSend(Event event)
{
    // With the tap on, the tap logs the frame as it crosses the wire.
    if (!m_attempt.tapActive)
        appendEvent(std::move(event));
}

bool Session::sendText(const QString &text, QString *error)
{
    QString problem;
    if (!checkOpen(&problem))
        return refuse(error, problem);
    if (const QString why = TextRules::checkEncodableAsUtf8(text); !why.isEmpty())
        return refuse(error, why);
    m_socket->sendTextMessage(text);
    updateBackPressure();
    logUntappedSend(EventFactory::untappedFrame(Direction::Out, FrameHeader::Text, text.toUtf8()));
    return true;
}

bool Session::sendBinary(const QByteArray &data, QString *error)
{
    QString problem;
    if (!checkOpen(&problem))
        return refuse(error, problem);
    m_socket->sendBinaryMessage(data);
    updateBackPressure();
    logUntappedSend(EventFactory::untappedFrame(Direction::Out, FrameHeader::Binary, data));
    return true;
}

bool Session::sendFile(const QString &path, QString *error)
{
    QString problem;
    if (!checkOpen(&problem))
        return refuse(error, problem);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return refuse(error, tr("Cannot read \"%1\": %2").arg(path, file->errorString()));
    TapTunnel *tunnel = m_attempt.tapActive ? m_attempt.tunnel.data() : nullptr;
    if (tunnel && tunnel->isSendingFile())
        return refuse(error, tr("A file is still being sent; send the next one once it is out."));
    if (tunnel) {
        const qint64 size = file->size();
        if (!tunnel->sendFile(file.release(), size, &problem))
            return refuse(error, problem);
        return true;
    }
    // Tap off: QWebSocket takes the message only whole.
    if (!sendBinary(file->readAll(), error))
        return false;
    emit fileSent(true, QString());
    return true;
}

bool Session::isSendingFile() const
{
    return m_attempt.tunnel && m_attempt.tunnel->isSendingFile();
}

bool Session::ping(const QByteArray &payload, QString *error)
{
    QString problem;
    if (!checkOpen(&problem))
        return refuse(error, problem);
    if (const QString why = ControlFrame::checkPayload(payload); !why.isEmpty())
        return refuse(error, why);
    m_socket->ping(payload);
    updateBackPressure();
    logUntappedSend(EventFactory::untappedFrame(Direction::Out, FrameHeader::Ping, payload));
    return true;
}

bool Session::close(quint16 code, const QString &reason, QString *error)
{
    QString problem;
    if (!checkOpen(&problem))
        return refuse(error, problem);
    if (const QString why = CloseCodes::checkOutgoing(code, reason); !why.isEmpty())
        return refuse(error, why);
    m_userClosed = true;
    m_attempt.sentCloseCode = code;
    m_attempt.sentCloseReason = reason;
    setState(SessionState::Closing, tr("Closing with %1").arg(CloseCodes::label(code)));
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    return true;
}

qint64 Session::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void Session::updateBackPressure()
{
    // Two marks, not one, so a peer reading at about our rate does not toggle the state per frame.
    const qint64 queued = bytesToWrite();
    if (!m_attempt.backedUp && queued > SendHighWaterBytes) {
        m_attempt.backedUp = true;
        emit sendBackedUp(true);
    } else if (m_attempt.backedUp && queued < SendLowWaterBytes) {
        m_attempt.backedUp = false;
        emit sendBackedUp(false);
    }
}

void Session::clearBackPressure()
{
    // The socket is gone with its queue: nothing is waiting any more.
    if (std::exchange(m_attempt.backedUp, false))
        emit sendBackedUp(false);
}
