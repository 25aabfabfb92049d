#pragma once

#include "core/protocol/framespec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Says whether a FrameSpec is a legal client frame (RFC 6455) or a deliberate violation, with the
// section it breaks and the close code a strict server answers it with (RFC 6455 §7.4.1). The
// rules are the FrameDecoder's own (the frame is encoded and decoded as a server would), so the
// tap's judgement of what it sees and of what it is asked to send cannot disagree; what only a
// spec can get wrong (a declared length that differs from the payload) is added here.
class FrameSpecClassifier
{
    Q_DECLARE_TR_FUNCTIONS(FrameSpecClassifier)

public:
    // Where on the client's stream the frame would go.
    struct Context
    {
        bool insideMessage = false; // between the fragments of a data message (RFC 6455 §5.4)
        bool closeSent = false;     // after the client's Close frame (RFC 6455 §5.5.1)
    };

    struct Finding
    {
        QString section;     // "§5.2"
        quint16 closeCode;   // what a strict server answers; 0 when no code follows from it
        QString text;        // translated
    };

    struct Verdict
    {
        QList<Finding> findings; // empty: legal
        bool isLegal() const { return findings.isEmpty(); }
        // The first finding's close code (the one a server that stops at the first error sends).
        quint16 closeCode() const;
        // One line: "legal" or the findings, each with its section and close code (translated).
        QString summary() const;
    };

    static Verdict classify(const FrameSpec &spec, const Context &context);
    static Verdict classify(const FrameSpec &spec); // at the start of a message, before any Close
    // Where the stream is after `spec` went out at `context`, for the frames of the same writer
    // (the tap's own, or a list a form builds): a text or binary frame, or a continuation inside
    // a message, starts or ends a message by its FIN bit (RFC 6455 §5.4); a Close ends sending
    // (RFC 6455 §5.5.1).
    static Context after(const Context &context, const FrameSpec &spec);
};
