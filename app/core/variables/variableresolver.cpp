#include "core/variables/variableresolver.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace {

constexpr QLatin1String Open("{{");
constexpr QLatin1String Close("}}");
constexpr QChar BuiltInMark = u'$';
const QString ChainArrow = QStringLiteral(" → ");

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.';
}

} // namespace

bool VariableResolver::isValidName(QStringView name)
{
    if (name.isEmpty() || !isNameStart(name.front()))
        return false;
    for (const QChar c : name) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

void VariableResolver::addScope(const QHash<QString, QString> &variables)
{
    m_scopes.append(variables);
}

VariableResolver::Reference VariableResolver::nextReference(QStringView text, qsizetype from)
{
    for (qsizetype open = text.indexOf(Open, from); open >= 0; open = text.indexOf(Open, open + 1)) {
        const qsizetype close = text.indexOf(Close, open + Open.size());
        if (close < 0)
            return {};
        QStringView inner = text.mid(open + Open.size(), close - open - Open.size()).trimmed();
        const bool builtIn = inner.startsWith(BuiltInMark);
        const QStringView name = builtIn ? inner.mid(1) : inner;
        if (isValidName(name))
            return Reference{open, close + Close.size(), inner.toString()};
    }
    return {};
}

bool VariableResolver::hasReferences(QStringView text)
{
    return text.contains(Open) && nextReference(text, 0).start >= 0;
}

QStringList VariableResolver::referencedNames(QStringView text)
{
    QStringList names;
    for (Reference r = nextReference(text, 0); r.start >= 0; r = nextReference(text, r.end)) {
        if (!names.contains(r.name))
            names.append(r.name);
    }
    return names;
}

const QString *VariableResolver::lookup(const QString &name) const
{
    for (auto scope = m_scopes.crbegin(); scope != m_scopes.crend(); ++scope) {
        const auto it = scope->constFind(name);
        if (it != scope->constEnd())
            return &it.value();
    }
    return nullptr;
}

bool VariableResolver::builtIn(const QString &name, QString &value) const
{
    const qint64 nowMs = m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
    if (name == QLatin1String("$timestamp")) {
        value = QString::number(nowMs / 1000);
    } else if (name == QLatin1String("$isoTimestamp")) {
        value = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs);
    } else if (name == QLatin1String("$uuid")) {
        value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else if (name == QLatin1String("$randomInt")) {
        const quint32 bound = RandomIntMax + 1;
        value = QString::number(m_random ? m_random(bound) : QRandomGenerator::global()->bounded(bound));
    } else {
        return false;
    }
    return true;
}

bool VariableResolver::resolveInto(QStringView text, QStringList &chain, QString &out, Result &failure) const
{
    qsizetype done = 0;
    for (Reference r = nextReference(text, 0); r.start >= 0; r = nextReference(text, r.end)) {
        out += text.mid(done, r.start - done);
        done = r.end;
        QString value;
        if (r.name.startsWith(BuiltInMark)) {
            if (!builtIn(r.name, value)) {
                failure.variable = r.name;
                failure.error = tr("{{%1}} is not a built-in variable; the built-ins are {{$timestamp}}, "
                                   "{{$isoTimestamp}}, {{$uuid}} and {{$randomInt}}.")
                                        .arg(r.name);
                return false;
            }
            out += value;
            continue;
        }
        if (chain.contains(r.name)) {
            failure.variable = r.name;
            failure.error = tr("The variable “%1” refers back to itself: %2.")
                                    .arg(r.name, (chain + QStringList{r.name}).mid(chain.indexOf(r.name)).join(ChainArrow));
            return false;
        }
        const QString *defined = lookup(r.name);
        if (!defined) {
            failure.variable = r.name;
            failure.error = chain.isEmpty()
                    ? tr("The variable “%1” is not defined in the chosen environment.").arg(r.name)
                    : tr("The variable “%1” (used by “%2”) is not defined in the chosen environment.")
                              .arg(r.name, chain.constLast());
            return false;
        }
        if (chain.size() + 1 >= MaxDepth) {
            failure.variable = r.name;
            failure.error = tr("The variable “%1” nests more than %2 levels deep: %3.")
                                    .arg(r.name)
                                    .arg(MaxDepth)
                                    .arg((chain + QStringList{r.name}).join(ChainArrow));
            return false;
        }
        chain.append(r.name);
        const bool ok = resolveInto(*defined, chain, out, failure);
        chain.removeLast();
        if (!ok)
            return false;
    }
    out += text.mid(done);
    return true;
}

VariableResolver::Result VariableResolver::resolve(QStringView text) const
{
    Result result;
    if (!text.contains(Open)) {
        result.text = text.toString();
        return result;
    }
    QStringList chain;
    QString out;
    out.reserve(text.size());
    Result failure;
    if (!resolveInto(text, chain, out, failure)) {
        failure.ok = false;
        failure.text = out;
        return failure;
    }
    result.text = out;
    return result;
}
