#include "core/import/insomniatemplate.h"

#include "core/variables/variableresolver.h"

#include <QRegularExpression>

namespace {

QString convertTag(const QString &inner, const QString &whole, InsomniaTemplate::Result *result)
{
    static const QRegularExpression tagPattern(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(.*?)\\s*$"));
    const QRegularExpressionMatch match = tagPattern.match(inner);
    const QString tag = match.captured(1);
    QString argument = match.captured(2);
    argument.remove(QLatin1Char('\'')).remove(QLatin1Char('"'));
    if (tag == QLatin1String("uuid"))
        return QStringLiteral("{{$uuid}}");
    if (tag == QLatin1String("now") && argument == QLatin1String("unix"))
        return QStringLiteral("{{$timestamp}}");
    if (tag == QLatin1String("now") && (argument == QLatin1String("iso-8601") || argument.isEmpty()))
        return QStringLiteral("{{$isoTimestamp}}");
    result->problems.append(
            InsomniaTemplate::tr("“%1” is an Insomnia tag WsScope has no equivalent for; it is left as written.").arg(whole));
    return whole;
}

QString convertReference(const QString &inner, const QString &whole, InsomniaTemplate::Result *result)
{
    QString name = inner.trimmed();
    if (name.startsWith(QLatin1String("_.")))
        name = name.mid(2);
    if (!VariableResolver::isValidName(name)) {
        result->problems.append(InsomniaTemplate::tr("“%1” uses a filter or an expression WsScope cannot convert; it is "
                                                     "left as written.")
                                        .arg(whole));
        return whole;
    }
    if (!result->variables.contains(name))
        result->variables.append(name);
    return QStringLiteral("{{%1}}").arg(name);
}

} // namespace

InsomniaTemplate::Result InsomniaTemplate::convert(const QString &text)
{
    Result result;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype reference = text.indexOf(QLatin1String("{{"), i);
        const qsizetype tag = text.indexOf(QLatin1String("{%"), i);
        qsizetype start = reference;
        if (start < 0 || (tag >= 0 && tag < start))
            start = tag;
        if (start < 0)
            break;
        const bool isTag = start == tag;
        const qsizetype end = text.indexOf(isTag ? QLatin1String("%}") : QLatin1String("}}"), start + 2);
        if (end < 0)
            break; // an unclosed "{{" is text
        result.text += text.mid(i, start - i);
        const QString whole = text.mid(start, end + 2 - start);
        const QString inner = text.mid(start + 2, end - start - 2);
        result.text += isTag ? convertTag(inner, whole, &result) : convertReference(inner, whole, &result);
        i = end + 2;
    }
    result.text += text.mid(i);
    return result;
}
