#pragma once

#include "core/protocol/closecodes.h"
#include "core/protocol/framespec.h"
#include "core/session/connectionsettings.h"
#include "core/session/expectation.h"
#include "core/tap/pongpolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One step of the send script, in command-line order.
struct CliAction
{
    enum class Kind { Text, Binary, Ping, File, Frames, Pong, Drop, Expect, Wait, Close };
    CliAction() = default;
    CliAction(Kind k, const QString &t, const QByteArray &d) : kind(k), text(t), data(d) {}
    Kind kind = Kind::Text;
    QString text;       // Kind::Text; Kind::File: the path, read only when the send is due
    QByteArray data;    // Kind::Binary payload, Kind::Ping payload
    QList<FrameSpec> frames; // Kind::Frames: written by the tap (--send-frame, --fragment)
    PongPolicy pong;         // Kind::Pong
    int expectation = -1;    // Kind::Expect: index into CliOptions::expectations
    int waitMs = 0;          // Kind::Wait
    quint16 closeCode = 0;   // Kind::Close (a scenario's close step; text holds the reason)
};

// Everything wsscope-cli was asked to do, validated by CliParser.
struct CliOptions
{
    enum class Format { Auto, Text, Jsonl };

    ConnectionSettings settings;
    QList<CliAction> actions;
    QList<Expectation> expectations; // checked as the run goes (CliAction::Kind::Expect starts each)
    int waitMessages = 0;            // 0: do not wait for messages
    int idleMs = 0;                  // 0: not given
    quint16 closeCode = CloseCodes::NormalClosure;
    QString closeReason;
    int timeoutMs = 10000;
    Format format = Format::Auto;
    QString harFile;
    // --record FILE: every event as its JSONL line, streamed to FILE as it is logged.
    QString recordFile;
    bool summary = false;
    // Write and flush each output line at once (--flush, or stdout is a terminal); otherwise the
    // lines of one event-loop pass are written together.
    bool flushEachLine = false;

    bool help = false;
    bool version = false;
    std::optional<QByteArray> acceptFor;

    // --profile NAME: settings come from that saved profile, the command line overrides/extends them.
    QString profileName;
    // --profiles-dir DIR; empty: ProfileStore::defaultDirectory(), the folder the desktop app uses.
    QString profilesDir;
    bool listProfiles = false;
    // Non-fatal notes for stderr (e.g. TLS verification switched off), printed before connecting.
    QStringList warnings;

    // Without --wait-messages or --idle, the CLI waits this long after the last received frame
    // (replies to the sends) before it closes.
    static constexpr int DefaultGraceMs = 500;
};
