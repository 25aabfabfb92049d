#pragma once

#include "cli/clioptions.h"
#include "core/protocol/fragmentplan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The protocol workbench's options of wsscope-cli, read in command-line order with the other
// script options: --send-frame SPEC, --fragment N[,ping|,pong] (the next --send, --send-hex or
// --send-base64 goes as N fragments the tap writes), --pong auto|off|delay=MS, --drop, and the
// expectations --expect-close CODE[,CODE...], --expect-message REGEX [--within MS], --expect-drop.
// --wait MS pauses the script; --scenario FILE runs a saved list of such steps (ScenarioParser)
// at that point of the script. The syntax of each value is the core's (FrameSpecParser,
// FragmentPlan, PongPolicy, ScenarioParser).
class CliWorkbench
{
    Q_DECLARE_TR_FUNCTIONS(CliWorkbench)

public:
    static bool handles(const QString &name);
    // Applies one of its options; false with *error naming the option (and the field).
    bool apply(const QString &name, const QString &optionName, const QString &value, CliOptions *options, QString *error);
    // After any option: a --send* just added goes as the fragments a --fragment before it asked for.
    bool afterOption(const QString &name, CliOptions *options, QString *error);
    // After the whole command line and the profile: what is left over or needs the tap.
    bool finish(const CliOptions &options, QString *error) const;

private:
    bool appendScenario(const QString &optionName, const QString &path, CliOptions *options, QString *error);

    std::optional<FragmentPlan> m_fragment;
    QString m_fragmentOption;
};
