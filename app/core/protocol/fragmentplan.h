#pragma once

#include "core/protocol/framespec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// How one message is cut into fragments by hand (RFC 6455 §5.4): N fragments of equal size (the
// last takes the remainder), optionally with a ping or a pong between every two of them (control
// frames may come between fragments). Parsed from `--fragment N[,ping|,pong]`.
struct FragmentPlan
{
    Q_DECLARE_TR_FUNCTIONS(FragmentPlan)

public:
    static constexpr int MaxFragments = 10000;

    int count = 1;
    quint8 between = 0; // FrameHeader::Ping or Pong; 0: nothing between the fragments

    static std::optional<FragmentPlan> parse(const QString &text, QString *error);
    // The frames of a text or binary message `payload` cut by this plan, masked with fresh keys.
    // A message shorter than count fragments gets empty fragments (legal, RFC 6455 §5.4).
    QList<FrameSpec> frames(quint8 opcode, const QByteArray &payload) const;
};
