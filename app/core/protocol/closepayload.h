#pragma once

#include "core/protocol/closecodes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The body of a Close frame (RFC 6455 §5.5.1): nothing, or a 2-byte big-endian status code
// followed by a UTF-8 reason. parse() reads what a peer sent and says how it breaks the rules;
// build() makes what we send and refuses what the rules forbid.
struct ClosePayload
{
    Q_DECLARE_TR_FUNCTIONS(ClosePayload)

public:
    // RFC 6455 §5.5: control frame payloads are at most 125 bytes, 2 of them the code.
    static constexpr int MaxPayloadSize = ControlFrame::MaxPayloadBytes;
    static constexpr int MaxReasonSize = CloseCodes::MaxReasonBytes;

    quint16 code = CloseCodes::NoStatusReceived; // when the payload is empty ("no status received", §7.1.5)
    QString reason;            // decoded UTF-8 (invalid bytes shown as U+FFFD)
    bool valid = true;
    quint16 violationCode = 0; // 1002 (1-byte or over-long payload, or a code that may not
                               // appear on the wire), 1007 (reason not UTF-8, §8.1)
    QString error;             // translated, specific

    static ClosePayload parse(QByteArrayView payload);
    // The payload to send; nullopt with *error when CloseCodes::checkOutgoing refuses the code
    // or the reason.
    static std::optional<QByteArray> build(quint16 code, const QString &reason, QString *error);
};
