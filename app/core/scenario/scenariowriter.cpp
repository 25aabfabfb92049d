#include "core/scenario/scenariowriter.h"

#include <QJsonDocument>
#include <QStringList>

QJsonObject ScenarioWriter::toJson(const ScenarioStep &step)
{
    QJsonObject object;
    const QString &name = step.action;
    if (name == QLatin1String("wait")) {
        object.insert(name, step.value.toInt());
    } else if (name == QLatin1String("drop") || name == QLatin1String("expect-drop")) {
        object.insert(name, true);
    } else if (name == QLatin1String("expect-close")) {
        QJsonArray codes;
        for (const QString &code : step.value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            codes.append(code.trimmed().toInt());
        object.insert(name, codes);
    } else {
        object.insert(name, step.value);
    }
    if (step.withinMs > 0)
        object.insert(QStringLiteral("within"), step.withinMs);
    if (!step.fragment.isEmpty())
        object.insert(QStringLiteral("fragment"), step.fragment);
    return object;
}

QJsonArray ScenarioWriter::toJson(const QList<ScenarioStep> &steps)
{
    QJsonArray array;
    for (const ScenarioStep &step : steps)
        array.append(toJson(step));
    return array;
}

QByteArray ScenarioWriter::toFile(const QList<ScenarioStep> &steps)
{
    if (steps.isEmpty())
        return QByteArrayLiteral("[]\n");
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < steps.size(); ++i) {
        out += "  " + QJsonDocument(toJson(steps.at(i))).toJson(QJsonDocument::Compact);
        out += i + 1 < steps.size() ? ",\n" : "\n";
    }
    out += "]\n";
    return out;
}
