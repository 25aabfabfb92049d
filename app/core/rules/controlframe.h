#pragma once

// Limits of control frames (Close, Ping, Pong) shared by every sender and UI.
struct ControlFrame
{
    // RFC 6455 §5.5: "All control frames MUST have a payload length of 125 bytes or less".
    static constexpr int MaxPayloadBytes = 125;
    // RFC 6455 §5.5.1: a Close body starts with a 2-byte status code.
    static constexpr int CloseCodeBytes = 2;
};
