#pragma once

#include "core/protocol/closecodes.h"
#include "core/scenario/scenarioaction.h"
#include "core/session/connectionsettings.h"

#include <QByteArray>
#include <QList>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// Everything wsscope-cli was asked to do, validated by CliParser.
struct CliOptions
{
    enum class Format { Auto, Text, Jsonl };

    ConnectionSettings settings;
    // The send script in command-line order (with --scenario and --scenario-name steps where
    // they were given), run by a ScenarioRunner once the connection is open.
    QList<ScenarioAction> actions;
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
    // --env NAME (empty: the environment the desktop app has active; "-": none) and
    // --set name=value, resolved over the URL, headers, subprotocols, origin, proxy and --send text.
    QString environment;
    QHash<QString, QString> variables;
    // --import FILE; --export NAME... --out FILE [--include-secrets] (CliProfileFiles).
    QString importFile;
    QStringList exportNames;
    QString exportFile;
    bool includeSecrets = false;
    // Non-fatal notes for stderr (e.g. TLS verification switched off), printed before connecting.
    QStringList warnings;

    // Without --wait-messages or --idle, the CLI waits this long after the last received frame
    // (replies to the sends) before it closes.
    static constexpr int DefaultGraceMs = 500;
};
