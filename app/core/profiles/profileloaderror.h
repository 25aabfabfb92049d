#pragma once

#include <QString>

// Why one profile file was not loaded. The file itself is left untouched on disk.
struct ProfileLoadError
{
    QString fileName;  // the file's name inside the profiles directory, e.g. "prod-chat.json"
    int line = 0;      // 1-based; 0 when the problem is not at one place in the text
    int column = 0;    // 1-based, in characters; 0 with line
    QString message;   // translated, specific

    // "prod-chat.json:3:14: unterminated string" — the form compilers use, so editors can jump to it.
    QString toString() const
    {
        if (line > 0)
            return fileName + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column)
                    + QStringLiteral(": ") + message;
        return fileName + QStringLiteral(": ") + message;
    }
};
