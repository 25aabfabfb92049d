#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Limits of control frames (Close, Ping, Pong) shared by every sender and UI, and the one check
// of a control-frame payload the session, the command line and the composer call.
class ControlFrame
{
    Q_DECLARE_TR_FUNCTIONS(ControlFrame)

public:
    // RFC 6455 §5.5: "All control frames MUST have a payload length of 125 bytes or less".
    static constexpr int MaxPayloadBytes = 125;
    // RFC 6455 §5.5.1: a Close body starts with a 2-byte status code.
    static constexpr int CloseCodeBytes = 2;

    // Empty when `payload` fits a control frame, else the translated reason why not (with its size).
    static QString checkPayload(QByteArrayView payload);
};
