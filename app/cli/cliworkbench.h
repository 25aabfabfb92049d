#pragma once

#include "cli/clioptions.h"
#include "core/profiles/profile.h"
#include "core/protocol/fragmentplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The protocol workbench's options of wsscope-cli, read in command-line order with the other
// script options: --send-frame SPEC, --fragment N[,ping|,pong] or S1+S2+...[,ping|,pong] (the
// next --send, --send-hex or --send-base64 goes as those fragments, written by the tap),
// --pong auto|off|delay=MS|payload=TEXT, --drop, and the expectations --expect-close
// CODE[,CODE...], --expect-message REGEX [--within MS], --expect-drop. --wait MS pauses the
// script; --scenario FILE runs a saved list of such steps (ScenarioParser) at that point of the
// script, --scenario-name NAME one saved with the --profile. Every value becomes its
// ScenarioAction through ScenarioCompiler, the function a scenario step of that kind goes through.
class CliWorkbench
{
    Q_DECLARE_TR_FUNCTIONS(CliWorkbench)

public:
    static bool handles(const QString &name);
    // Applies one of its options; false with *error naming the option (and the field).
    bool apply(const QString &name, const QString &optionName, const QString &value, CliOptions *options, QString *error);
    // After any option: a --send* just added goes as the fragments a --fragment before it asked for.
    bool afterOption(const QString &name, CliOptions *options, QString *error);
    // Once the --profile is loaded: its scenarios named by --scenario-name go where those were
    // given. False with *error naming the scenario (and the saved ones) when it has none of that name.
    bool insertProfileScenarios(const Profile &profile, CliOptions *options, QString *error);
    // After the whole command line and the profile: what is left over or needs the tap.
    bool finish(const CliOptions &options, QString *error) const;

private:
    bool appendScenario(const QString &optionName, const QString &path, CliOptions *options, QString *error);

    // A --scenario-name waiting for the profile: the script position it goes to.
    struct NamedScenario
    {
        QString optionName;
        QString name;
        qsizetype position = 0;
    };

    std::optional<FragmentPlan> m_fragment;
    QString m_fragmentOption;
    QList<NamedScenario> m_named;
};
