#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What the tap does with the pongs QWebSocket writes automatically for the server's pings
// (RFC 6455 §5.5.2): let them through, withhold them (to test a server's ping timeout), or hold
// each back for delayMs before it goes upstream. Parsed from `--pong auto|off|delay=MS`.
struct PongPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PongPolicy)

public:
    enum class Mode { Auto, Withhold, Delay };
    Mode mode = Mode::Auto;
    int delayMs = 0; // Mode::Delay

    static constexpr int MaxDelayMs = 24 * 60 * 60 * 1000;

    // "auto", "off", "delay=MS" (1 <= MS <= MaxDelayMs). nullopt with *error otherwise.
    static std::optional<PongPolicy> parse(const QString &text, QString *error);
    // The same words back ("auto", "off", "delay=3000"): a protocol token, not translated.
    QString toString() const;
    bool operator==(const PongPolicy &other) const { return mode == other.mode && delayMs == other.delayMs; }
};
