#include "core/protocol/fragmentplan.h"

#include <QStringList>

#include <limits>

namespace {

// The byte sizes of "3+5+2"; nullopt when a part is not a whole number >= 0.
std::optional<QList<qsizetype>> parseSizes(const QString &text)
{
    QList<qsizetype> sizes;
    const QStringList parts = text.split(QLatin1Char('+'));
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 size = part.toLongLong(&ok);
        if (!ok || size < 0 || part.startsWith(QLatin1Char('+')) || part.startsWith(QLatin1Char('-')))
            return std::nullopt;
        sizes << qsizetype(size);
    }
    return sizes;
}

} // namespace

std::optional<FragmentPlan> FragmentPlan::parse(const QString &text, QString *error)
{
    FragmentPlan plan;
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const QString countText = comma < 0 ? text : text.left(comma);
    const QString control = comma < 0 ? QString() : text.mid(comma + 1);
    if (countText.contains(QLatin1Char('+'))) {
        const std::optional<QList<qsizetype>> sizes = parseSizes(countText);
        if (!sizes || sizes->size() > MaxFragments) {
            if (error)
                *error = tr("Fragment sizes are byte counts joined by \"+\" (e.g. 3+5+2, at most %1 of them), optionally "
                            "followed by \",ping\" or \",pong\"; not \"%2\".")
                                 .arg(MaxFragments).arg(text);
            return std::nullopt;
        }
        plan.sizes = *sizes;
        plan.count = int(sizes->size());
    } else {
        bool ok = false;
        plan.count = countText.toInt(&ok);
        if (!ok || plan.count < 1 || plan.count > MaxFragments) {
            if (error)
                *error = tr("The fragment count is a number from 1 to %1, or sizes such as 3+5+2, optionally followed by "
                            "\",ping\" or \",pong\"; not \"%2\".")
                                 .arg(MaxFragments).arg(text);
            return std::nullopt;
        }
    }
    if (control == QLatin1String("ping")) {
        plan.between = FrameHeader::Ping;
    } else if (control == QLatin1String("pong")) {
        plan.between = FrameHeader::Pong;
    } else if (comma >= 0) {
        if (error)
            *error = tr("Between fragments goes \"ping\" or \"pong\", not \"%1\".").arg(control);
        return std::nullopt;
    }
    return plan;
}

QString FragmentPlan::checkSizes(qsizetype payloadSize) const
{
    if (sizes.isEmpty())
        return {};
    qint64 total = 0;
    QStringList parts;
    for (const qsizetype size : sizes) {
        total += size;
        parts << QString::number(size);
    }
    if (total == payloadSize)
        return {};
    return tr("the sizes %1 add up to %n byte(s), but the message has %2 bytes; give sizes that add up to its length.",
              nullptr, int(qMin<qint64>(total, std::numeric_limits<int>::max())))
            .arg(parts.join(QLatin1Char('+')))
            .arg(payloadSize);
}

QList<FrameSpec> FragmentPlan::frames(quint8 opcode, const QByteArray &payload) const
{
    QList<FrameSpec> out;
    const qsizetype equalSize = payload.size() / count;
    qsizetype offset = 0;
    for (int i = 0; i < count; ++i) {
        const bool last = i == count - 1;
        const qsizetype size = sizes.isEmpty() ? equalSize : sizes.at(i);
        FrameSpec fragment;
        fragment.opcode = i == 0 ? opcode : quint8(FrameHeader::Continuation);
        fragment.fin = last;
        fragment.payload = payload.mid(qMin(offset, payload.size()), last ? -1 : size);
        offset += size;
        out.append(fragment);
        if (!last && between != 0) {
            FrameSpec control;
            control.opcode = between;
            control.payload = QByteArray::number(i + 1);
            out.append(control);
        }
    }
    return out;
}
