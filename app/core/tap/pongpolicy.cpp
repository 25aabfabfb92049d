#include "core/tap/pongpolicy.h"

#include "core/rules/controlframe.h"

std::optional<PongPolicy> PongPolicy::parse(const QString &text, QString *error)
{
    if (text == QLatin1String("auto"))
        return PongPolicy{Mode::Auto, 0, {}};
    if (text == QLatin1String("off"))
        return PongPolicy{Mode::Withhold, 0, {}};
    if (text.startsWith(QLatin1String("payload="))) {
        const QByteArray payload = text.mid(8).toUtf8();
        const QString why = ControlFrame::checkPayload(payload);
        if (why.isEmpty())
            return PongPolicy{Mode::Replace, 0, payload};
        if (error)
            *error = tr("pong payload: %1").arg(why);
        return std::nullopt;
    }
    if (text.startsWith(QLatin1String("delay="))) {
        bool ok = false;
        const int ms = text.mid(6).toInt(&ok);
        if (ok && ms >= 1 && ms <= MaxDelayMs)
            return PongPolicy{Mode::Delay, ms, {}};
    }
    if (error)
        *error = tr("The pong policy is auto, off, delay=MS (MS from 1 to %1) or payload=TEXT, not \"%2\".").arg(MaxDelayMs).arg(text);
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
    case Mode::Replace:
        return QStringLiteral("payload=") + QString::fromUtf8(payload);
    }
    return {};
}
