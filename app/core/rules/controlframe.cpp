#include "core/rules/controlframe.h"

QString ControlFrame::checkPayload(QByteArrayView payload)
{
    if (payload.size() <= MaxPayloadBytes)
        return QString();
    return tr("The payload is %1 bytes; a control frame (ping, pong or close) carries at most %2 bytes (RFC 6455 §5.5).")
            .arg(payload.size())
            .arg(MaxPayloadBytes);
}
