#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One step of a scenario: what a script does next, in the words of wsscope-cli's script options
// (send, send-hex, send-base64, send-file, ping, send-frame, fragment, pong, wait, close, drop,
// expect-close, expect-message, expect-drop). `value` is in that option's syntax, already
// checked by the core function that reads it (FrameSpecParser, FragmentPlan, PongPolicy, ...).
struct ScenarioStep
{
    QString action;
    QString value;      // the option's value ("" for drop and expect-drop)
    QString fragment;   // send, send-hex, send-base64: the FragmentPlan to send it with ("" none)
    int withinMs = 0;   // expect-message
    int line = 0;       // 1-based line of the step in the file
};

// Reads a scenario file: a JSON array of steps (or an object whose "steps" is that array), each
// an object with one action and its value, e.g.
//   [{"send-frame": "fin=0 opcode=text payload=frag-one"}, {"wait": 500},
//    {"send": "hello", "fragment": "5,ping"}, {"pong": "off"},
//    {"expect-close": [1002, 1007]}, {"expect-message": "^ok", "within": 1000}, {"drop": true}]
// An error says where: line:column for JSON that does not parse, the step's line and field
// otherwise.
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
    static constexpr int MaxWaitMs = 24 * 60 * 60 * 1000;

    static std::optional<QList<ScenarioStep>> parse(const QByteArray &json, Error *error);
    static std::optional<QList<ScenarioStep>> parseFile(const QString &path, Error *error);
};
