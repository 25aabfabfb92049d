#pragma once

#include "core/protocol/framespec.h"
#include "core/scenario/expectation.h"
#include "core/tap/pongpolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One compiled step of a script: what ScenarioRunner does on a Session, with every value already
// read and checked (ScenarioCompiler). wsscope-cli's script options and scenario steps (from a
// file or a profile) become the same actions, one per option or step.
struct ScenarioAction
{
    enum class Kind { Text, Binary, Ping, File, Frames, Pong, Drop, Expect, Wait, Close };

    Kind kind = Kind::Text;
    QString text;            // Kind::Text; Kind::File: the path, read only when the send is due;
                             // Kind::Close: the reason; Kind::Drop: the Error event it logs
    QByteArray data;         // Kind::Binary payload, Kind::Ping payload
    QList<FrameSpec> frames; // Kind::Frames: written by the tap (send-frame, fragment)
    PongPolicy pong;         // Kind::Pong
    Expectation expectation; // Kind::Expect
    int waitMs = 0;          // Kind::Wait
    quint16 closeCode = 0;   // Kind::Close

    // Whether it needs the wire tap (hand-made frames; a pong policy other than auto).
    bool needsTap() const
    {
        return kind == Kind::Frames || (kind == Kind::Pong && pong.mode != PongPolicy::Mode::Auto);
    }
};
