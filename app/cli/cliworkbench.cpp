#include "cli/cliworkbench.h"

#include "core/scenario/scenariocompiler.h"
#include "core/scenario/scenarioparser.h"

#include <QStringList>

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

QString quoted(const QStringList &names)
{
    QStringList list;
    for (const QString &n : names)
        list << QLatin1Char('"') + n + QLatin1Char('"');
    return list.join(QStringLiteral(", "));
}

} // namespace

bool CliWorkbench::handles(const QString &name)
{
    static const QStringList names = {QStringLiteral("send-frame"), QStringLiteral("fragment"), QStringLiteral("pong"),
                                      QStringLiteral("drop"), QStringLiteral("expect-close"), QStringLiteral("expect-message"),
                                      QStringLiteral("within"), QStringLiteral("expect-drop"), QStringLiteral("wait"),
                                      QStringLiteral("scenario"), QStringLiteral("scenario-name")};
    return names.contains(name);
}

bool CliWorkbench::apply(const QString &name, const QString &optionName, const QString &value, CliOptions *options, QString *error)
{
    if (m_fragment && name != QLatin1String("fragment"))
        return fail(error, tr("%1 applies to the next --send, --send-hex or --send-base64, not to %2.").arg(m_fragmentOption, optionName));
    QString why;
    ScenarioCompiler::Result action;
    if (name == QLatin1String("send-frame")) {
        action = ScenarioCompiler::sendFrame(optionName, value, &why);
    } else if (name == QLatin1String("fragment")) {
        if (m_fragment)
            return fail(error, tr("%1 is given twice before a --send.").arg(optionName));
        m_fragment = FragmentPlan::parse(value, &why);
        if (!m_fragment)
            return fail(error, tr("%1: %2").arg(optionName, why));
        m_fragmentOption = optionName;
        return true;
    } else if (name == QLatin1String("pong")) {
        action = ScenarioCompiler::pong(optionName, value, &why);
    } else if (name == QLatin1String("drop")) {
        action = ScenarioCompiler::drop(optionName);
    } else if (name == QLatin1String("expect-close")) {
        action = ScenarioCompiler::expectClose(optionName, value, &why);
    } else if (name == QLatin1String("expect-message")) {
        action = ScenarioCompiler::expectMessage(optionName, value, 0, &why);
    } else if (name == QLatin1String("within")) {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (!ok || ms < 1)
            return fail(error, tr("%1 needs a whole number of milliseconds of at least 1, not \"%2\".").arg(optionName, value));
        const bool afterNamed = !m_named.isEmpty() && m_named.last().position == options->actions.size();
        if (afterNamed || options->actions.isEmpty() || options->actions.last().kind != ScenarioAction::Kind::Expect
            || options->actions.last().expectation.kind() != Expectation::Kind::Message)
            return fail(error, tr("%1 follows an --expect-message.").arg(optionName));
        options->actions.last().expectation.setWithinMs(ms);
        return true;
    } else if (name == QLatin1String("wait")) {
        action = ScenarioCompiler::wait(optionName, value, &why);
    } else if (name == QLatin1String("scenario")) {
        return appendScenario(optionName, value, options, error);
    } else if (name == QLatin1String("scenario-name")) {
        if (value.trimmed().isEmpty())
            return fail(error, tr("%1 needs the name of a scenario saved with the --profile.").arg(optionName));
        m_named.append(NamedScenario{optionName, value, options->actions.size()});
        return true;
    } else if (name == QLatin1String("expect-drop")) {
        action = ScenarioCompiler::expectDrop();
    }
    if (!action)
        return fail(error, why);
    options->actions.append(*action);
    return true;
}

bool CliWorkbench::afterOption(const QString &name, CliOptions *options, QString *error)
{
    if (!m_fragment)
        return true;
    if (name == QLatin1String("fragment"))
        return true;
    const bool send = name == QLatin1String("send") || name == QLatin1String("send-hex") || name == QLatin1String("send-base64");
    const bool script = send || name == QLatin1String("send-file") || name == QLatin1String("ping");
    if (!script)
        return true; // connection and output options may come in between
    if (!send)
        return fail(error, tr("%1 applies to the next --send, --send-hex or --send-base64, not to --%2.").arg(m_fragmentOption, name));
    if (!ScenarioCompiler::fragment(m_fragmentOption, *m_fragment, &options->actions.last(), error))
        return false;
    m_fragment.reset();
    return true;
}

bool CliWorkbench::insertProfileScenarios(const Profile &profile, CliOptions *options, QString *error)
{
    // From the last to the first, so the positions of the earlier ones stay right.
    for (qsizetype n = m_named.size() - 1; n >= 0; --n) {
        const NamedScenario &named = m_named.at(n);
        const SavedScenario *found = nullptr;
        QStringList names;
        for (const SavedScenario &scenario : profile.scenarios) {
            names << scenario.name;
            if (scenario.name == named.name)
                found = &scenario;
        }
        if (!found) {
            const QString saved = names.isEmpty() ? tr("it has no saved scenarios.") : tr("its scenarios are %1.").arg(quoted(names));
            return fail(error, tr("%1: profile \"%2\" has no scenario named \"%3\"; %4").arg(named.optionName, profile.name, named.name, saved));
        }
        QString why;
        int index = 0;
        const std::optional<QList<ScenarioAction>> actions = ScenarioCompiler::compile(found->steps, &why, &index);
        if (!actions)
            return fail(error, tr("%1 \"%2\", step %3: %4").arg(named.optionName, named.name).arg(index + 1).arg(why));
        for (qsizetype i = actions->size() - 1; i >= 0; --i)
            options->actions.insert(named.position, actions->at(i));
    }
    m_named.clear();
    return true;
}

bool CliWorkbench::finish(const CliOptions &options, QString *error) const
{
    if (m_fragment)
        return fail(error, tr("%1 needs a --send, --send-hex or --send-base64 after it.").arg(m_fragmentOption));
    if (!m_named.isEmpty())
        return fail(error, tr("%1 \"%2\" runs a scenario saved with a profile: give --profile NAME too.").arg(m_named.first().optionName, m_named.first().name));
    if (options.settings.tapEnabled)
        return true;
    for (const ScenarioAction &action : options.actions) {
        if (action.kind == ScenarioAction::Kind::Frames)
            return fail(error, tr("--send-frame and --fragment need the wire tap: the tap writes those frames itself; remove --no-tap."));
        if (action.kind == ScenarioAction::Kind::Pong && action.pong.mode != PongPolicy::Mode::Auto)
            return fail(error, tr("--pong needs the wire tap: it keeps QWebSocket's pongs back; remove --no-tap."));
    }
    return true;
}

bool CliWorkbench::appendScenario(const QString &optionName, const QString &path, CliOptions *options, QString *error)
{
    ScenarioParser::Error why;
    const std::optional<QList<ScenarioStep>> steps = ScenarioParser::parseFile(path, &why);
    if (!steps)
        return fail(error, tr("%1 %2: %3").arg(optionName, path, why.message));
    // Each step was checked by the parser through the same compiler; here it becomes an action.
    QString problem;
    int index = 0;
    const std::optional<QList<ScenarioAction>> actions = ScenarioCompiler::compile(*steps, &problem, &index);
    if (!actions)
        return fail(error, tr("%1 %2: step %3: %4").arg(optionName, path).arg(index + 1).arg(problem));
    options->actions.append(*actions);
    return true;
}
