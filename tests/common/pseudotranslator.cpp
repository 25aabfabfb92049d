#include "pseudotranslator.h"

#include <QCoreApplication>

PseudoTranslator::PseudoTranslator()
{
    QCoreApplication::installTranslator(this);
}

PseudoTranslator::~PseudoTranslator()
{
    QCoreApplication::removeTranslator(this);
}

bool PseudoTranslator::isEmpty() const
{
    return false;
}

QString PseudoTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    Q_UNUSED(context);
    Q_UNUSED(disambiguation);
    Q_UNUSED(n);
    if (!sourceText || !*sourceText)
        return QString();
    return wrapped(QString::fromUtf8(sourceText));
}

QString PseudoTranslator::wrapped(const QString &sourceText)
{
    return QStringLiteral("[[") + sourceText + QStringLiteral("]]");
}
