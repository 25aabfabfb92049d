#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include <optional>

// What the tap does with the pongs QWebSocket writes automatically for the server's pings
// (RFC 6455 §5.5.2): let them through, withhold them (to test a server's ping timeout), or hold
// each back for delayMs before it goes upstream, or answer with another payload (the tap withholds
// QWebSocket's pong and writes its own). Parsed from `--pong auto|off|delay=MS|payload=TEXT`.
struct PongPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PongPolicy)

public:
    enum class Mode { Auto, Withhold, Delay, Replace };
    Mode mode = Mode::Auto;
    int delayMs = 0;    // Mode::Delay
    QByteArray payload; // Mode::Replace: at most 125 bytes (RFC 6455 §5.5)

    static constexpr int MaxDelayMs = 24 * 60 * 60 * 1000;

    // "auto", "off", "delay=MS" (1 <= MS <= MaxDelayMs), "payload=TEXT" (UTF-8, at most 125
    // bytes). nullopt with *error otherwise.
    static std::optional<PongPolicy> parse(const QString &text, QString *error);
    // The same words back ("auto", "off", "delay=3000", "payload=x"): a protocol token, not translated.
    QString toString() const;
    bool operator==(const PongPolicy &other) const
    {
        return mode == other.mode && delayMs == other.delayMs && payload == other.payload;
    }
};
