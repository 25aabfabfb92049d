#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Insomnia's Nunjucks references in one text, as WsScope references (VariableResolver):
// `{{ _.host }}` and `{{ host }}` become `{{host}}`, `{% uuid %}` becomes `{{$uuid}}`,
// `{% now 'unix' %}` `{{$timestamp}}` and `{% now 'iso-8601' %}` `{{$isoTimestamp}}`. A reference
// with a filter or an expression (`{{ _.name | upper }}`) and any other tag (`{% response … %}`,
// `{% prompt … %}`) has no WsScope form: it stays as written and is named in `problems`.
class InsomniaTemplate
{
    Q_DECLARE_TR_FUNCTIONS(InsomniaTemplate)

public:
    struct Result
    {
        QString text;
        QStringList problems;  // translated, one per reference left as written
        QStringList variables; // the names referenced, in order, once each
    };

    static Result convert(const QString &text);

private:
    InsomniaTemplate() = delete;
};
