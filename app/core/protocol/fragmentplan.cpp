#include "core/protocol/fragmentplan.h"

std::optional<FragmentPlan> FragmentPlan::parse(const QString &text, QString *error)
{
    FragmentPlan plan;
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const QString countText = comma < 0 ? text : text.left(comma);
    const QString control = comma < 0 ? QString() : text.mid(comma + 1);
    bool ok = false;
    plan.count = countText.toInt(&ok);
    if (!ok || plan.count < 1 || plan.count > MaxFragments) {
        if (error)
            *error = tr("The fragment count is a number from 1 to %1, optionally followed by \",ping\" or \",pong\"; not \"%2\".")
                             .arg(MaxFragments).arg(text);
        return std::nullopt;
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

QList<FrameSpec> FragmentPlan::frames(quint8 opcode, const QByteArray &payload) const
{
    QList<FrameSpec> out;
    const qsizetype size = payload.size() / count;
    qsizetype offset = 0;
    for (int i = 0; i < count; ++i) {
        const bool last = i == count - 1;
        FrameSpec fragment;
        fragment.opcode = i == 0 ? opcode : quint8(FrameHeader::Continuation);
        fragment.fin = last;
        fragment.payload = payload.mid(offset, last ? -1 : size);
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
