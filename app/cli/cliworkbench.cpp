#include "cli/cliworkbench.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/protocol/framespecparser.h"
#include "core/session/scenarioparser.h"

#include <QRegularExpression>
#include <QStringList>

#include <limits>

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

bool CliWorkbench::handles(const QString &name)
{
    static const QStringList names = {QStringLiteral("send-frame"), QStringLiteral("fragment"), QStringLiteral("pong"),
                                      QStringLiteral("drop"), QStringLiteral("expect-close"), QStringLiteral("expect-message"),
                                      QStringLiteral("within"), QStringLiteral("expect-drop"), QStringLiteral("wait"),
                                      QStringLiteral("scenario")};
    return names.contains(name);
}

bool CliWorkbench::apply(const QString &name, const QString &optionName, const QString &value, CliOptions *options, QString *error)
{
    if (m_fragment && name != QLatin1String("fragment"))
        return fail(error, tr("%1 applies to the next --send, --send-hex or --send-base64, not to %2.").arg(m_fragmentOption, optionName));
    CliAction action;
    if (name == QLatin1String("send-frame")) {
        FrameSpecParser::Error why;
        const std::optional<FrameSpec> spec = FrameSpecParser::parse(value, &why);
        if (!spec)
            return fail(error, tr("%1: %2").arg(optionName, why.message));
        action.kind = CliAction::Kind::Frames;
        action.frames = {*spec};
    } else if (name == QLatin1String("fragment")) {
        if (m_fragment)
            return fail(error, tr("%1 is given twice before a --send.").arg(optionName));
        QString why;
        m_fragment = FragmentPlan::parse(value, &why);
        if (!m_fragment)
            return fail(error, tr("%1: %2").arg(optionName, why));
        m_fragmentOption = optionName;
        return true;
    } else if (name == QLatin1String("pong")) {
        QString why;
        const std::optional<PongPolicy> policy = PongPolicy::parse(value, &why);
        if (!policy)
            return fail(error, tr("%1: %2").arg(optionName, why));
        action.kind = CliAction::Kind::Pong;
        action.pong = *policy;
    } else if (name == QLatin1String("drop")) {
        action.kind = CliAction::Kind::Drop;
    } else if (name == QLatin1String("expect-close")) {
        QList<quint16> codes;
        for (const QString &part : value.split(QLatin1Char(','))) {
            bool ok = false;
            const uint code = part.trimmed().toUInt(&ok);
            if (!ok || code > std::numeric_limits<quint16>::max())
                return fail(error, tr("%1 needs close codes separated by commas (e.g. 1002,1007), not \"%2\".").arg(optionName, value));
            codes << quint16(code);
        }
        action.kind = CliAction::Kind::Expect;
        options->expectations.append(Expectation::close(codes));
        action.expectation = int(options->expectations.size() - 1);
    } else if (name == QLatin1String("expect-message")) {
        const QRegularExpression pattern(value);
        if (!pattern.isValid())
            return fail(error, tr("%1: \"%2\" is not a valid regular expression: %3").arg(optionName, value, pattern.errorString()));
        action.kind = CliAction::Kind::Expect;
        options->expectations.append(Expectation::message(pattern));
        action.expectation = int(options->expectations.size() - 1);
    } else if (name == QLatin1String("within")) {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (!ok || ms < 1)
            return fail(error, tr("%1 needs a whole number of milliseconds of at least 1, not \"%2\".").arg(optionName, value));
        if (options->actions.isEmpty() || options->actions.last().kind != CliAction::Kind::Expect
            || options->expectations.at(options->actions.last().expectation).kind() != Expectation::Kind::Message)
            return fail(error, tr("%1 follows an --expect-message.").arg(optionName));
        options->expectations[options->actions.last().expectation].setWithinMs(ms);
        return true;
    } else if (name == QLatin1String("wait")) {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (!ok || ms < 0 || ms > ScenarioParser::MaxWaitMs)
            return fail(error, tr("%1 needs milliseconds, a whole number from 0 to %2, not \"%3\".").arg(optionName).arg(ScenarioParser::MaxWaitMs).arg(value));
        action.kind = CliAction::Kind::Wait;
        action.waitMs = ms;
    } else if (name == QLatin1String("scenario")) {
        return appendScenario(optionName, value, options, error);
    } else if (name == QLatin1String("expect-drop")) {
        action.kind = CliAction::Kind::Expect;
        options->expectations.append(Expectation::drop());
        action.expectation = int(options->expectations.size() - 1);
    }
    options->actions.append(action);
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
    CliAction &last = options->actions.last();
    const bool text = last.kind == CliAction::Kind::Text;
    const QByteArray payload = text ? last.text.toUtf8() : last.data;
    last.frames = m_fragment->frames(text ? FrameHeader::Text : FrameHeader::Binary, payload);
    last.kind = CliAction::Kind::Frames;
    m_fragment.reset();
    return true;
}

bool CliWorkbench::finish(const CliOptions &options, QString *error) const
{
    if (m_fragment)
        return fail(error, tr("%1 needs a --send, --send-hex or --send-base64 after it.").arg(m_fragmentOption));
    if (options.settings.tapEnabled)
        return true;
    for (const CliAction &action : options.actions) {
        if (action.kind == CliAction::Kind::Frames)
            return fail(error, tr("--send-frame and --fragment need the wire tap: the tap writes those frames itself; remove --no-tap."));
        if (action.kind == CliAction::Kind::Pong && action.pong.mode != PongPolicy::Mode::Auto)
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
    // Each value was checked by the core function that reads it; here it becomes an action.
    for (const ScenarioStep &step : *steps) {
        CliAction action;
        const QString &name = step.action;
        if (name == QLatin1String("send")) {
            action = CliAction(CliAction::Kind::Text, step.value, {});
        } else if (name == QLatin1String("send-hex") || name == QLatin1String("send-base64")) {
            CodecError unused;
            const std::optional<QByteArray> bytes = name == QLatin1String("send-hex") ? HexCodec::decode(step.value, &unused)
                                                                                      : Base64Codec::decode(step.value, &unused);
            action = CliAction(CliAction::Kind::Binary, {}, bytes.value_or(QByteArray()));
        } else if (name == QLatin1String("send-file")) {
            action = CliAction(CliAction::Kind::File, step.value, {});
        } else if (name == QLatin1String("ping")) {
            action = CliAction(CliAction::Kind::Ping, {}, step.value.toUtf8());
        } else if (name == QLatin1String("close")) {
            const qsizetype colon = step.value.indexOf(QLatin1Char(':'));
            action.kind = CliAction::Kind::Close;
            action.closeCode = quint16((colon < 0 ? step.value : step.value.left(colon)).toUInt());
            action.text = colon < 0 ? QString() : step.value.mid(colon + 1);
        } else {
            // The rest reads exactly as the command-line options of the same names.
            if (!apply(name, QStringLiteral("--") + name, step.value, options, error))
                return false;
            if (step.withinMs > 0 && !apply(QStringLiteral("within"), QStringLiteral("--within"), QString::number(step.withinMs), options, error))
                return false;
            continue;
        }
        if (!step.fragment.isEmpty()) {
            const std::optional<FragmentPlan> plan = FragmentPlan::parse(step.fragment, nullptr);
            const bool text = action.kind == CliAction::Kind::Text;
            action.frames = plan->frames(text ? FrameHeader::Text : FrameHeader::Binary, text ? action.text.toUtf8() : action.data);
            action.kind = CliAction::Kind::Frames;
        }
        options->actions.append(action);
    }
    return true;
}
