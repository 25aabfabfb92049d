#include "core/tap/pongpolicy.h"

std::optional<PongPolicy> PongPolicy::parse(const QString &text, QString *error)
{
    if (text == QLatin1String("auto"))
        return PongPolicy{Mode::Auto, 0};
    if (text == QLatin1String("off"))
        return PongPolicy{Mode::Withhold, 0};
    if (text.startsWith(QLatin1String("delay="))) {
        bool ok = false;
        const int ms = text.mid(6).toInt(&ok);
        if (ok && ms >= 1 && ms <= MaxDelayMs)
            return PongPolicy{Mode::Delay, ms};
    }
    if (error)
        *error = tr("The pong policy is auto, off or delay=MS (MS from 1 to %1), not \"%2\".").arg(MaxDelayMs).arg(text);
    return std::nullopt;
}

QString PongPolicy::toString() const
{
    switch (mode) {
    case Mode::Auto:
        return QStringLiteral("auto");
    case Mode::Withhold:
        return QStringLiteral("off");
    case Mode::Delay:
        return QStringLiteral("delay=%1").arg(delayMs);
    }
    return {};
}
