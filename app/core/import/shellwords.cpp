#include "core/import/shellwords.h"

namespace {

constexpr int HexEscapeDigits = 2;

struct Position
{
    qsizetype line = 1;
    qsizetype column = 1;
};

Position positionOf(QStringView text, qsizetype index)
{
    Position p;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        if (text[i] == u'\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

} // namespace

ShellWords::Result ShellWords::split(QStringView text)
{
    Result result;
    QString word;
    bool inWord = false;
    const auto fail = [&](qsizetype at, const QString &why) {
        const Position p = positionOf(text, at);
        result.ok = false;
        result.line = p.line;
        result.column = p.column;
        result.error = tr("Line %1, column %2: %3").arg(p.line).arg(p.column).arg(why);
        result.words.clear();
        return result;
    };
    const auto endWord = [&] {
        if (inWord)
            result.words.append(word);
        word.clear();
        inWord = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            if (i + 1 >= text.size())
                return fail(i, tr("the line ends with a backslash that escapes nothing."));
            if (text[i + 1] == u'\n' || (text[i + 1] == u'\r' && i + 2 < text.size() && text[i + 2] == u'\n')) {
                i += text[i + 1] == u'\r' ? 2 : 1; // a continuation joins the lines
                continue;
            }
            word += text[++i];
            inWord = true;
        } else if (c == u'\'') {
            const qsizetype close = text.indexOf(u'\'', i + 1);
            if (close < 0)
                return fail(i, tr("the single quote opened here is never closed."));
            word += text.mid(i + 1, close - i - 1);
            inWord = true;
            i = close;
        } else if (c == u'$' && i + 1 < text.size() && text[i + 1] == u'\'') {
            qsizetype j = i + 2;
            for (; j < text.size() && text[j] != u'\''; ++j) {
                if (text[j] != u'\\' || j + 1 >= text.size()) {
                    word += text[j];
                    continue;
                }
                const QChar e = text[++j];
                switch (e.unicode()) {
                case u'n': word += u'\n'; break;
                case u't': word += u'\t'; break;
                case u'r': word += u'\r'; break;
                case u'x': {
                    bool ok = false;
                    const uint code = text.mid(j + 1, HexEscapeDigits).toUInt(&ok, 16);
                    if (!ok)
                        return fail(j - 1, tr("\\x must be followed by two hex digits."));
                    word += QChar(char16_t(code));
                    j += HexEscapeDigits;
                    break;
                }
                default: word += e; break; // \\ \' \" and the rest: the character itself
                }
            }
            if (j >= text.size())
                return fail(i, tr("the $' quote opened here is never closed."));
            inWord = true;
            i = j;
        } else if (c == u'"') {
            qsizetype j = i + 1;
            for (; j < text.size() && text[j] != u'"'; ++j) {
                if (text[j] == u'\\' && j + 1 < text.size()) {
                    const QChar e = text[j + 1];
                    if (e == u'"' || e == u'\\' || e == u'$' || e == u'`') {
                        word += e;
                        ++j;
                        continue;
                    }
                    if (e == u'\n') {
                        ++j;
                        continue;
                    }
                }
                word += text[j];
            }
            if (j >= text.size())
                return fail(i, tr("the double quote opened here is never closed."));
            inWord = true;
            i = j;
        } else if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            endWord();
        } else {
            word += c;
            inWord = true;
        }
    }
    endWord();
    return result;
}
