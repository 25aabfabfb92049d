#pragma once

#include <QByteArrayView>
#include <QCoreApplication>

class QTreeWidget;

// Fills a QTreeWidget with a JSON text that JsonCodec::validate() has accepted, keeping the
// text as written: members in their order (QJsonObject would sort them), numbers spelled as
// sent. Column 0 is the key or [index], column 1 the value (or a member/element count),
// column 2 the type. Stops after maxNodes items so a huge document stays responsive.
class JsonTreeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(JsonTreeBuilder)

public:
    struct Result
    {
        int nodes = 0;
        bool truncated = false; // maxNodes was reached; the rest is not shown
        bool ok = true;         // false if the text was not valid JSON after all
    };

    static Result build(QByteArrayView utf8, QTreeWidget *tree, int maxNodes);
};
