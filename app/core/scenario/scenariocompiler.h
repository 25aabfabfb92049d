#pragma once

#include "core/protocol/fragmentplan.h"
#include "core/protocol/framespecparser.h"
#include "core/scenario/scenarioaction.h"
#include "core/scenario/scenariostep.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Turns a script step into the ScenarioAction that runs it: one function per step kind, called by
// wsscope-cli for its options and by compile() for scenario steps (a file, a profile, the
// scenario panel), so both read every value with the same rules and the same messages. `name` is
// how the caller spells the step ("--expect-close" on the command line, "expect-close" in a
// scenario): each message starts with it or names it. Each returns nullopt with *error otherwise.
class ScenarioCompiler
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioCompiler)

public:
    using Result = std::optional<ScenarioAction>;

    static constexpr int MaxWaitMs = 24 * 60 * 60 * 1000;

    static Result sendText(const QString &name, const QString &text, QString *error);
    static Result sendHex(const QString &name, const QString &hex, QString *error);
    static Result sendBase64(const QString &name, const QString &base64, QString *error);
    // The file is read when the send is due (the caller may check it is readable now).
    static Result sendFile(const QString &name, const QString &path, QString *error);
    static Result ping(const QString &name, const QString &payload, QString *error);
    static Result sendFrame(const QString &name, const QString &spec, QString *error,
                            FrameSpecParser::Files files = FrameSpecParser::Files::Read); // FrameSpecParser
    static Result pong(const QString &name, const QString &policy, QString *error);         // PongPolicy
    static Result drop(const QString &name);
    static Result wait(const QString &name, const QString &ms, QString *error);             // 0..MaxWaitMs
    static Result close(const QString &name, const QString &codeAndReason, QString *error); // "CODE[:REASON]"
    static Result expectClose(const QString &name, const QString &codes, QString *error);   // "1002,1007"
    static Result expectMessage(const QString &name, const QString &pattern, int withinMs, QString *error);
    static Result expectDrop();

    // A Text or Binary action becomes the Frames of `plan` (the tap writes them); `name` is the
    // fragment option's or field's name. False with *error when the plan's sizes do not fit.
    static bool fragment(const QString &name, const FragmentPlan &plan, ScenarioAction *action, QString *error);

    // A scenario step (its action's name as the step's name). *field, when given, is set to what
    // the error is about: the action, or "fragment".
    // With Files::Defer a send-frame's payload-file is not read (see FrameSpecParser::Files): for
    // checking what a profile holds; compile again with Read to run it.
    static Result compile(const ScenarioStep &step, QString *error, QString *field = nullptr,
                          FrameSpecParser::Files files = FrameSpecParser::Files::Read);
    // Every step, one action each, in order; nullopt at the first that does not compile (*index its position).
    static std::optional<QList<ScenarioAction>> compile(const QList<ScenarioStep> &steps, QString *error, int *index = nullptr);

private:
    ScenarioCompiler() = delete;
};
