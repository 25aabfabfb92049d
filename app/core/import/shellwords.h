#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

// Splits a pasted command line into words as a POSIX shell would, without running anything:
// 'single quotes' (literal), "double quotes" (\" \\ \$ \` and a backslash-newline are escapes),
// $'ANSI-C quotes' (\n \t \r \\ \' \" \xHH, as "Copy as cURL (bash)" writes them), a backslash
// outside quotes, and backslash-newline continuations. Variables and substitutions are kept as
// written: a command line is data here, not a script.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)

public:
    struct Result
    {
        bool ok = true;
        QStringList words;
        QString error;          // translated, names the column
        qsizetype column = -1;  // 1-based column of the problem on its line
        qsizetype line = -1;    // 1-based
    };

    static Result split(QStringView commandLine);

private:
    ShellWords() = delete;
};
