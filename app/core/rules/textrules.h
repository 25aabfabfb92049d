#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Rules for text that leaves as UTF-8: a text message (RFC 6455 §5.6) and a close reason
// (§5.5.1) are UTF-8, and a QString holding an unpaired UTF-16 surrogate has no UTF-8 form
// (RFC 3629 §3). QString::toUtf8() would silently put U+FFFD in its place, so the peer would
// get something else than what the user typed: every sender checks this first.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    // UTF-16 index of the first surrogate without its other half, or -1 when there is none.
    static qsizetype firstLoneSurrogate(QStringView text);
    // Empty when the text can be written as UTF-8; otherwise one translated sentence naming
    // the line, the column and the code unit ("Line 1, column 3: U+D800 is half of …").
    static QString checkEncodableAsUtf8(QStringView text);

private:
    TextRules() = delete;
};
