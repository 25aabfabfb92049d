#pragma once

#include <QList>
#include <QString>

// One step of a scenario as it is written (a scenario file, a profile, the scenario panel):
// what a script does next, in the words of wsscope-cli's script options (send, send-hex,
// send-base64, send-file, ping, send-frame, pong, wait, close, drop, expect-close,
// expect-message, expect-drop). `value` is in that option's syntax; ScenarioParser reads it from
// JSON (checking it with ScenarioCompiler), ScenarioWriter writes it back, ScenarioCompiler turns
// it into the ScenarioAction a ScenarioRunner runs.
struct ScenarioStep
{
    QString action;
    QString value;      // the option's value ("" for drop and expect-drop; "1002,1007" for expect-close)
    QString fragment;   // send, send-hex, send-base64: the FragmentPlan to send it with ("" none)
    int withinMs = 0;   // expect-message: 0 none
    int line = 0;       // 1-based line of the step in its file; 0 when not read from one

    // What the step says; where it was read from (line) does not count.
    bool operator==(const ScenarioStep &o) const
    {
        return action == o.action && value == o.value && fragment == o.fragment && withinMs == o.withinMs;
    }
    bool operator!=(const ScenarioStep &o) const { return !(*this == o); }
};

// A named list of steps saved with a profile (Profile::scenarios).
struct SavedScenario
{
    QString name;
    QList<ScenarioStep> steps;

    bool operator==(const SavedScenario &o) const { return name == o.name && steps == o.steps; }
    bool operator!=(const SavedScenario &o) const { return !(*this == o); }
};
