#include "core/scenario/scenarioparser.h"

#include "core/codecs/jsontokenizer.h"
#include "core/codecs/textcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <limits>

namespace {

const QStringList &actions()
{
    static const QStringList names = {
            QStringLiteral("send"),         QStringLiteral("send-hex"),       QStringLiteral("send-base64"),
            QStringLiteral("send-file"),    QStringLiteral("ping"),           QStringLiteral("send-frame"),
            QStringLiteral("pong"),         QStringLiteral("wait"),           QStringLiteral("close"),
            QStringLiteral("drop"),         QStringLiteral("expect-close"),   QStringLiteral("expect-message"),
            QStringLiteral("expect-drop"),
    };
    return names;
}

// The 1-based line of each step object (a direct element of the steps array).
QList<int> stepLines(const QByteArray &json, bool stepsInObject)
{
    QList<int> lines;
    JsonTokenizer tokenizer(json);
    JsonTokenizer::Token token;
    const int stepDepth = stepsInObject ? 3 : 2;
    while (tokenizer.next(&token)) {
        if (token.kind == JsonTokenizer::Kind::BeginObject && tokenizer.depth() == stepDepth) {
            int line = 0;
            int column = 0;
            TextCodec::lineColumnUtf8(json, token.begin, &line, &column);
            lines << line;
        }
    }
    return lines;
}

} // namespace

const QStringList &ScenarioParser::actionNames()
{
    return actions();
}

std::optional<QList<ScenarioStep>> ScenarioParser::parseFile(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error{0, 0, QString(), tr("Cannot read the scenario \"%1\": %2").arg(path, file.errorString())};
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        if (error)
            *error = Error{0, 0, QString(), tr("The scenario \"%1\" has %2 bytes; at most %3 are read.").arg(path).arg(file.size()).arg(MaxFileBytes)};
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

std::optional<QList<ScenarioStep>> ScenarioParser::parse(const QByteArray &json, Error *error)
{
    if (const std::optional<JsonTokenizer::Failure> failure = JsonTokenizer::check(json)) {
        const CodecError at = TextCodec::errorAtUtf8(json, failure->offset, failure->what);
        if (error)
            *error = Error{at.line, at.column, QString(), tr("The scenario is not JSON: %1").arg(at.message)};
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QJsonArray steps;
    bool inObject = false;
    if (document.isArray()) {
        steps = document.array();
    } else if (document.isObject() && document.object().value(QStringLiteral("steps")).isArray()) {
        steps = document.object().value(QStringLiteral("steps")).toArray();
        inObject = true;
    } else {
        if (error)
            *error = Error{1, 1, QString(), tr("A scenario is a JSON array of steps, or an object with a \"steps\" array.")};
        return std::nullopt;
    }
    const QList<int> lines = stepLines(json, inObject);

    QList<ScenarioStep> out;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const int line = i < lines.size() ? lines.at(i) : 0;
        QString why;
        QString field;
        std::optional<ScenarioStep> step = parseStep(steps.at(i), &why, &field);
        if (!step) {
            if (error)
                *error = Error{line, 0, field, tr("Line %1, step %2: %3").arg(line).arg(i + 1).arg(why)};
            return std::nullopt;
        }
        step->line = line;
        out.append(*step);
    }
    return out;
}

std::optional<ScenarioStep> ScenarioParser::parseStep(const QJsonValue &json, QString *why, QString *field,
                                                      FrameSpecParser::Files files)
{
    const auto fail = [&](const QString &about, const QString &text) -> std::optional<ScenarioStep> {
        if (why)
            *why = text;
        if (field)
            *field = about;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(QString(), tr("a step is an object such as {\"send\": \"hello\"}."));
    const QJsonObject object = json.toObject();
    QStringList found;
    for (const QString &key : object.keys()) {
        if (actions().contains(key))
            found << key;
        else if (key != QLatin1String("within") && key != QLatin1String("fragment"))
            return fail(key, tr("\"%1\" is not a step: use %2.").arg(key, actions().join(QStringLiteral(", "))));
    }
    if (found.size() != 1)
        return fail(found.value(1), tr("a step has exactly one action (%1).").arg(found.isEmpty() ? tr("none given") : found.join(QStringLiteral(", "))));
    ScenarioStep step;
    step.action = found.first();
    const QString &name = step.action;
    const QJsonValue value = object.value(name);

    // The JSON shape of each value; what the value says is the compiler's to check.
    if (name == QLatin1String("wait")) {
        if (!value.isDouble() || value.toDouble() != double(value.toInt(-1)))
            return fail(name, tr("%1: wait takes milliseconds, a whole number from 0 to %2.").arg(name).arg(MaxWaitMs));
        step.value = QString::number(value.toInt());
    } else if (name == QLatin1String("drop") || name == QLatin1String("expect-drop")) {
        if (value != QJsonValue(true))
            return fail(name, tr("%1: %1 takes true.").arg(name));
    } else if (name == QLatin1String("expect-close")) {
        const QJsonArray codes = value.isArray() ? value.toArray() : QJsonArray{value};
        QStringList list;
        for (const QJsonValue &code : codes) {
            const int n = code.toInt(-1);
            if (!code.isDouble() || n < 0 || n > std::numeric_limits<quint16>::max() || code.toDouble() != double(n))
                return fail(name, tr("%1: expect-close takes a close code or a list of them.").arg(name));
            list << QString::number(n);
        }
        if (list.isEmpty())
            return fail(name, tr("%1: expect-close takes a close code or a list of them.").arg(name));
        step.value = list.join(QLatin1Char(','));
    } else if (!value.isString()) {
        return fail(name, tr("%1 takes a string.").arg(name));
    } else {
        step.value = value.toString();
    }

    if (object.contains(QStringLiteral("within"))) {
        const QJsonValue within = object.value(QStringLiteral("within"));
        if (name != QLatin1String("expect-message"))
            return fail(QStringLiteral("within"), tr("within belongs to an expect-message step."));
        step.withinMs = within.toInt(-1);
        if (!within.isDouble() || step.withinMs < 1 || step.withinMs > MaxWaitMs || within.toDouble() != double(step.withinMs))
            return fail(QStringLiteral("within"), tr("within takes milliseconds, a whole number from 1 to %1.").arg(MaxWaitMs));
    }
    if (object.contains(QStringLiteral("fragment"))) {
        const QJsonValue fragment = object.value(QStringLiteral("fragment"));
        if (name != QLatin1String("send") && name != QLatin1String("send-hex") && name != QLatin1String("send-base64"))
            return fail(QStringLiteral("fragment"), tr("fragment belongs to a send, send-hex or send-base64 step."));
        if (!fragment.isDouble() && !fragment.isString())
            return fail(QStringLiteral("fragment"), tr("fragment takes a count such as 3 or sizes such as \"3+5+2\"."));
        step.fragment = fragment.isDouble() ? QString::number(fragment.toInt()) : fragment.toString();
    }

    QString problem;
    QString about;
    if (!ScenarioCompiler::compile(step, &problem, &about, files))
        return fail(about, problem);
    return step;
}
