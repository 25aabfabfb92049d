#pragma once

#include "core/scenario/scenariostep.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Writes scenario steps as the JSON ScenarioParser reads ({"wait": 500}, {"expect-close":
// [1002, 1007]}, {"send": "hi", "fragment": "3+5+2"}), so what the scenario panel edits can be
// saved to a profile or a file and read back as the same steps.
class ScenarioWriter
{
public:
    static QJsonObject toJson(const ScenarioStep &step);
    static QJsonArray toJson(const QList<ScenarioStep> &steps);
    // A scenario file: the steps as a pretty-printed array, one step per line.
    static QByteArray toFile(const QList<ScenarioStep> &steps);

private:
    ScenarioWriter() = delete;
};
