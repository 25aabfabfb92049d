#pragma once

#include "core/scenario/scenariocompiler.h"
#include "core/scenario/scenariostep.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reads a scenario file: a JSON array of steps (or an object whose "steps" is that array), each
// an object with one action and its value, e.g.
//   [{"send-frame": "fin=0 opcode=text payload=frag-one"}, {"wait": 500},
//    {"send": "hello", "fragment": "5,ping"}, {"pong": "off"},
//    {"expect-close": [1002, 1007]}, {"expect-message": "^ok", "within": 1000}, {"drop": true}]
// An error says where: line:column for JSON that does not parse, the step's line and field
// otherwise. Each value is checked by ScenarioCompiler, the rules wsscope-cli's options follow;
// ScenarioWriter writes steps back in this form (a profile keeps its scenarios so too).
class ScenarioParser
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioParser)

public:
    struct Error
    {
        int line = 0;
        int column = 0;     // 0: the whole step
        QString field;      // the step's action or modifier it is about
        QString message;    // translated, names the line and the field
    };

    static constexpr qint64 MaxFileBytes = qint64(16) * 1024 * 1024;
    static constexpr int MaxWaitMs = ScenarioCompiler::MaxWaitMs;

    // Every step's action name, in the order the docs list them (send … expect-drop).
    static const QStringList &actionNames();

    static std::optional<QList<ScenarioStep>> parse(const QByteArray &json, Error *error);
    static std::optional<QList<ScenarioStep>> parseFile(const QString &path, Error *error);
    // One step object (a JSON value of a steps array). On failure returns nullopt, *why says what
    // is wrong (translated, without a place: "send-frame: opcode ...") and *field what it is about.
    // `files`: whether a send-frame's payload-file is read now (FrameSpecParser::Files).
    static std::optional<ScenarioStep> parseStep(const QJsonValue &value, QString *why, QString *field = nullptr,
                                                 FrameSpecParser::Files files = FrameSpecParser::Files::Read);
};
