#pragma once

#include "core/rules/controlframe.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The WebSocket close-code catalogue: RFC 6455 §7.4 plus the IANA "WebSocket Close Code
// Number Registry" (1012–1014 were registered after the RFC). Answers what a code is called,
// what it means, and whether it may be sent or received in a Close frame.
class CloseCodes
{
    Q_DECLARE_TR_FUNCTIONS(CloseCodes)

public:
    enum Code : quint16 {
        NormalClosure = 1000,
        GoingAway = 1001,
        ProtocolError = 1002,
        UnsupportedData = 1003,
        Reserved1004 = 1004,
        NoStatusReceived = 1005,
        AbnormalClosure = 1006,
        InvalidFramePayloadData = 1007,
        PolicyViolation = 1008,
        MessageTooBig = 1009,
        MandatoryExtension = 1010,
        InternalError = 1011,
        ServiceRestart = 1012,
        TryAgainLater = 1013,
        BadGateway = 1014,
        TlsHandshake = 1015
    };

    // RFC 6455 §5.5: a control frame's payload is at most 125 bytes, 2 of them the code.
    static constexpr int MaxReasonBytes = ControlFrame::MaxPayloadBytes - ControlFrame::CloseCodeBytes;
    // RFC 6455 §7.4.2: 3000–3999 are registered with IANA, 4000–4999 are for private use; both
    // are for applications. Nothing above 4999 is a close code.
    static constexpr quint16 FirstApplicationCode = 3000;
    static constexpr quint16 LastCode = 4999;

    // Translated short name ("Normal closure"); codes without a name of their own get the
    // name of their range (RFC 6455 §7.4.2).
    static QString name(quint16 code);
    // The same name untranslated ("Normal closure" in every UI language): for files and scripts
    // (the JSONL `code_name`), which must not change with the user's language.
    static QString englishName(quint16 code);
    // One translated line saying what the code means in plain words.
    static QString meaning(quint16 code);
    // Whether an endpoint may put the code in a Close frame it sends: 1000–1003, 1007–1014, 3000–4999.
    static bool maySend(quint16 code);
    // Whether a received Close frame may carry the code; anything else is a protocol error (1002).
    static bool mayAppearOnWire(quint16 code);
    // Translated reason why the code may not be sent; empty if maySend(code).
    static QString whyNotSendable(quint16 code);
    // The one rule for a Close frame we send, used by the session, the command line and the
    // Close… dialog: the code may be sent (maySend), the reason has no lone UTF-16 surrogate
    // (it must become UTF-8, §5.5.1) and is at most MaxReasonBytes in UTF-8 (§5.5). Empty when
    // the Close can be sent, else the translated reason why not (the first problem found).
    static QString checkOutgoing(quint16 code, const QString &reason);
    // "1000 (Normal closure)": how logs and dialogs show a code.
    static QString label(quint16 code);

    struct Entry
    {
        quint16 code;
        QString name;
        QString meaning;
    };
    // The named codes a user may send (for the Close… dialog), in ascending order.
    static QList<Entry> sendableNamed();

private:
    // The English source text of name(), marked for lupdate with QT_TRANSLATE_NOOP.
    static const char *sourceName(quint16 code);
};
