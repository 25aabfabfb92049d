#pragma once

#include "core/protocol/framespec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// How one message is cut into fragments by hand (RFC 6455 §5.4), optionally with a ping or a
// pong between every two of them (control frames may come between fragments). Parsed from
// `--fragment N[,ping|,pong]` (N fragments of equal size, the last takes the remainder) or
// `--fragment S1+S2+...[,ping|,pong]` (fragments of exactly these byte sizes, which must add up
// to the message's length: checkSizes()).
struct FragmentPlan
{
    Q_DECLARE_TR_FUNCTIONS(FragmentPlan)

public:
    static constexpr int MaxFragments = 10000;

    int count = 1;
    QList<qsizetype> sizes; // given sizes (count of them); empty: count fragments of equal size
    quint8 between = 0;     // FrameHeader::Ping or Pong; 0: nothing between the fragments

    static std::optional<FragmentPlan> parse(const QString &text, QString *error);
    // Empty when this plan can cut a message of payloadSize bytes; otherwise why not (given
    // sizes that do not add up to it). An equal-size plan fits any message.
    QString checkSizes(qsizetype payloadSize) const;
    // The frames of a text or binary message `payload` cut by this plan, masked with fresh keys.
    // A message shorter than count fragments gets empty fragments (legal, RFC 6455 §5.4). With
    // given sizes that checkSizes() refuses, the last fragment takes whatever is left.
    QList<FrameSpec> frames(quint8 opcode, const QByteArray &payload) const;
};
