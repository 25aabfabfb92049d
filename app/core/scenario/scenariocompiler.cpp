#include "core/scenario/scenariocompiler.h"

#include "core/codecs/base64codec.h"
#include "core/codecs/hexcodec.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/framespecparser.h"
#include "core/rules/controlframe.h"
#include "core/rules/textrules.h"

#include <QRegularExpression>
#include <QStringList>

#include <limits>

namespace {

ScenarioCompiler::Result fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return std::nullopt;
}

ScenarioAction actionOf(ScenarioAction::Kind kind)
{
    ScenarioAction action;
    action.kind = kind;
    return action;
}

ScenarioAction expectationAction(const Expectation &expectation)
{
    ScenarioAction action = actionOf(ScenarioAction::Kind::Expect);
    action.expectation = expectation;
    return action;
}

} // namespace

ScenarioCompiler::Result ScenarioCompiler::sendText(const QString &name, const QString &text, QString *error)
{
    if (const QString why = TextRules::checkEncodableAsUtf8(text); !why.isEmpty())
        return fail(error, tr("%1: %2").arg(name, why));
    ScenarioAction action = actionOf(ScenarioAction::Kind::Text);
    action.text = text;
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::sendHex(const QString &name, const QString &hex, QString *error)
{
    CodecError codecError;
    const std::optional<QByteArray> bytes = HexCodec::decode(hex, &codecError);
    if (!bytes)
        return fail(error, tr("%1: %2").arg(name, codecError.message));
    ScenarioAction action = actionOf(ScenarioAction::Kind::Binary);
    action.data = *bytes;
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::sendBase64(const QString &name, const QString &base64, QString *error)
{
    CodecError codecError;
    const std::optional<QByteArray> bytes = Base64Codec::decode(base64, &codecError);
    if (!bytes)
        return fail(error, tr("%1: %2").arg(name, codecError.message));
    ScenarioAction action = actionOf(ScenarioAction::Kind::Binary);
    action.data = *bytes;
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::sendFile(const QString &name, const QString &path, QString *error)
{
    if (path.isEmpty())
        return fail(error, tr("%1 needs a file name.").arg(name));
    ScenarioAction action = actionOf(ScenarioAction::Kind::File);
    action.text = path;
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::ping(const QString &name, const QString &payload, QString *error)
{
    const QByteArray bytes = payload.toUtf8();
    // Counted in UTF-8, the bytes that go on the wire.
    if (const QString why = ControlFrame::checkPayload(bytes); !why.isEmpty())
        return fail(error, tr("%1: %2").arg(name, why));
    ScenarioAction action = actionOf(ScenarioAction::Kind::Ping);
    action.data = bytes;
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::sendFrame(const QString &name, const QString &spec, QString *error,
                                                     FrameSpecParser::Files files)
{
    FrameSpecParser::Error why;
    const std::optional<FrameSpec> frame = FrameSpecParser::parse(spec, &why, files);
    if (!frame)
        return fail(error, tr("%1: %2").arg(name, why.message));
    ScenarioAction action = actionOf(ScenarioAction::Kind::Frames);
    action.frames = {*frame};
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::pong(const QString &name, const QString &policy, QString *error)
{
    QString why;
    const std::optional<PongPolicy> parsed = PongPolicy::parse(policy, &why);
    if (!parsed)
        return fail(error, tr("%1: %2").arg(name, why));
    ScenarioAction action = actionOf(ScenarioAction::Kind::Pong);
    action.pong = *parsed;
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::drop(const QString &name)
{
    ScenarioAction action = actionOf(ScenarioAction::Kind::Drop);
    action.text = tr("Dropped the TCP connection without a Close frame (%1).").arg(name);
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::wait(const QString &name, const QString &ms, QString *error)
{
    bool ok = false;
    const int value = ms.toInt(&ok);
    if (!ok || value < 0 || value > MaxWaitMs)
        return fail(error, tr("%1 needs milliseconds, a whole number from 0 to %2, not \"%3\".").arg(name).arg(MaxWaitMs).arg(ms));
    ScenarioAction action = actionOf(ScenarioAction::Kind::Wait);
    action.waitMs = value;
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::close(const QString &name, const QString &codeAndReason, QString *error)
{
    const qsizetype colon = codeAndReason.indexOf(QLatin1Char(':'));
    bool ok = false;
    const uint code = (colon < 0 ? codeAndReason : codeAndReason.left(colon)).toUInt(&ok);
    if (!ok || code > std::numeric_limits<quint16>::max())
        return fail(error, tr("%1 takes \"CODE[:REASON]\" with a numeric close code, not \"%2\".").arg(name, codeAndReason));
    const QString reason = colon < 0 ? QString() : codeAndReason.mid(colon + 1);
    if (const QString why = CloseCodes::checkOutgoing(quint16(code), reason); !why.isEmpty())
        return fail(error, tr("%1: %2").arg(name, why));
    ScenarioAction action = actionOf(ScenarioAction::Kind::Close);
    action.closeCode = quint16(code);
    action.text = reason;
    return action;
}

ScenarioCompiler::Result ScenarioCompiler::expectClose(const QString &name, const QString &codes, QString *error)
{
    QList<quint16> list;
    for (const QString &part : codes.split(QLatin1Char(','))) {
        bool ok = false;
        const uint code = part.trimmed().toUInt(&ok);
        if (!ok || code > std::numeric_limits<quint16>::max())
            return fail(error, tr("%1 needs close codes separated by commas (e.g. 1002,1007), not \"%2\".").arg(name, codes));
        list << quint16(code);
    }
    return expectationAction(Expectation::close(list));
}

ScenarioCompiler::Result ScenarioCompiler::expectMessage(const QString &name, const QString &pattern, int withinMs, QString *error)
{
    const QRegularExpression regex(pattern);
    if (!regex.isValid())
        return fail(error, tr("%1: \"%2\" is not a valid regular expression: %3").arg(name, pattern, regex.errorString()));
    if (withinMs < 0 || withinMs > MaxWaitMs)
        return fail(error, tr("%1: within takes milliseconds, a whole number from 1 to %2.").arg(name).arg(MaxWaitMs));
    return expectationAction(Expectation::message(regex, withinMs));
}

ScenarioCompiler::Result ScenarioCompiler::expectDrop()
{
    return expectationAction(Expectation::drop());
}

bool ScenarioCompiler::fragment(const QString &name, const FragmentPlan &plan, ScenarioAction *action, QString *error)
{
    const bool text = action->kind == ScenarioAction::Kind::Text;
    const QByteArray payload = text ? action->text.toUtf8() : action->data;
    if (const QString why = plan.checkSizes(payload.size()); !why.isEmpty()) {
        if (error)
            *error = tr("%1: %2").arg(name, why);
        return false;
    }
    action->frames = plan.frames(text ? FrameHeader::Text : FrameHeader::Binary, payload);
    action->kind = ScenarioAction::Kind::Frames;
    return true;
}

ScenarioCompiler::Result ScenarioCompiler::compile(const ScenarioStep &step, QString *error, QString *field,
                                                   FrameSpecParser::Files files)
{
    const QString &name = step.action;
    if (field)
        *field = name;
    Result action;
    if (name == QLatin1String("send"))
        action = sendText(name, step.value, error);
    else if (name == QLatin1String("send-hex"))
        action = sendHex(name, step.value, error);
    else if (name == QLatin1String("send-base64"))
        action = sendBase64(name, step.value, error);
    else if (name == QLatin1String("send-file"))
        action = sendFile(name, step.value, error);
    else if (name == QLatin1String("ping"))
        action = ping(name, step.value, error);
    else if (name == QLatin1String("send-frame"))
        action = sendFrame(name, step.value, error, files);
    else if (name == QLatin1String("pong"))
        action = pong(name, step.value, error);
    else if (name == QLatin1String("drop"))
        action = drop(name);
    else if (name == QLatin1String("wait"))
        action = wait(name, step.value, error);
    else if (name == QLatin1String("close"))
        action = close(name, step.value, error);
    else if (name == QLatin1String("expect-close"))
        action = expectClose(name, step.value, error);
    else if (name == QLatin1String("expect-message"))
        action = expectMessage(name, step.value, step.withinMs, error);
    else if (name == QLatin1String("expect-drop"))
        action = expectDrop();
    else
        return fail(error, tr("\"%1\" is not a step.").arg(name));
    if (!action)
        return std::nullopt;
    if (step.withinMs != 0 && name != QLatin1String("expect-message")) {
        if (field)
            *field = QStringLiteral("within");
        return fail(error, tr("within belongs to an expect-message step."));
    }
    if (!step.fragment.isEmpty()) {
        if (field)
            *field = QStringLiteral("fragment");
        if (action->kind != ScenarioAction::Kind::Text && action->kind != ScenarioAction::Kind::Binary)
            return fail(error, tr("fragment belongs to a send, send-hex or send-base64 step."));
        QString why;
        const std::optional<FragmentPlan> plan = FragmentPlan::parse(step.fragment, &why);
        if (!plan)
            return fail(error, tr("fragment: %1").arg(why));
        if (!fragment(QStringLiteral("fragment"), *plan, &*action, error))
            return std::nullopt;
    }
    return action;
}

std::optional<QList<ScenarioAction>> ScenarioCompiler::compile(const QList<ScenarioStep> &steps, QString *error, int *index)
{
    QList<ScenarioAction> actions;
    actions.reserve(steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        Result action = compile(steps.at(i), error);
        if (!action) {
            if (index)
                *index = int(i);
            return std::nullopt;
        }
        actions.append(*action);
    }
    return actions;
}
