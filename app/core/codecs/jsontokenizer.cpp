#include "core/codecs/jsontokenizer.h"

#include "core/codecs/jsoncodec.h"
#include "core/codecs/textcodec.h"
#include "core/protocol/utf8validator.h"

// The messages keep the JsonCodec translation context: they are the words JsonCodec::validate()
// has always shown, and their translations stay valid.

namespace {

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r'; // RFC 8259 §2
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

JsonTokenizer::JsonTokenizer(QByteArrayView utf8)
    : m_in(utf8)
    , m_badUtf8(Utf8Validator::firstInvalidOffset(utf8))
{
    // RFC 8259 §8.1: a parser MAY ignore a byte order mark.
    if (m_in.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

std::optional<JsonTokenizer::Failure> JsonTokenizer::check(QByteArrayView utf8)
{
    JsonTokenizer tokenizer(utf8);
    Token token;
    while (tokenizer.next(&token)) {
    }
    return tokenizer.failure();
}

bool JsonTokenizer::fail(qsizetype offset, const QString &what)
{
    m_failure = Failure{offset, what};
    return false;
}

bool JsonTokenizer::produce(Token *token, Kind kind, qsizetype begin, qsizetype end)
{
    token->kind = kind;
    token->begin = begin;
    token->end = end;
    m_pos = end;
    return true;
}

QString JsonTokenizer::describe(qsizetype i) const
{
    if (i == m_badUtf8)
        return JsonCodec::tr("byte 0x%1, which is not valid UTF-8,")
                .arg(QString::number(quint8(at(i)), 16).toUpper().rightJustified(2, QLatin1Char('0')));
    const QString decoded = QString::fromUtf8(m_in.sliced(i, qMin<qsizetype>(4, m_in.size() - i)));
    return TextCodec::describeCharacter(TextCodec::codePointAt(decoded, 0));
}

QString JsonTokenizer::where(qsizetype offset) const
{
    int line = 0;
    int column = 0;
    TextCodec::lineColumnUtf8(m_in, offset, &line, &column);
    return JsonCodec::tr("line %1, column %2").arg(line).arg(column);
}

bool JsonTokenizer::next(Token *token)
{
    if (m_finished || m_failure)
        return false;
    const qsizetype size = m_in.size();
    while (m_pos < size && isJsonWhitespace(at(m_pos)))
        ++m_pos;
    if (m_pos >= size)
        return endOfText();
    const char c = at(m_pos);
    switch (m_state) {
    case State::Done:
        return fail(m_pos, JsonCodec::tr("unexpected %1 after the end of the JSON value; "
                                         "a JSON text holds exactly one value.")
                                   .arg(describe(m_pos)));
    case State::Colon:
        if (c != ':')
            return fail(m_pos, JsonCodec::tr("missing ':' after the key; found %1.").arg(describe(m_pos)));
        m_state = State::Value;
        return produce(token, Kind::Colon, m_pos, m_pos + 1);
    case State::CommaOrEnd: {
        const Open open = m_stack.last();
        const char close = open.bracket == '{' ? '}' : ']';
        if (c == ',') {
            m_lastComma = m_pos;
            m_state = open.bracket == '{' ? State::Key : State::Value;
            return produce(token, Kind::Comma, m_pos, m_pos + 1);
        }
        if (c == close) {
            m_stack.removeLast();
            afterValue();
            return produce(token, open.bracket == '{' ? Kind::EndObject : Kind::EndArray, m_pos, m_pos + 1);
        }
        if (c == '}' || c == ']') {
            return fail(m_pos, JsonCodec::tr("'%1' does not match the '%2' opened at %3; expected '%4'.")
                                       .arg(QString(QLatin1Char(c)), QString(QLatin1Char(open.bracket)), where(open.offset),
                                            QString(QLatin1Char(close))));
        }
        if (c == '"' || c == '{' || c == '[' || c == '-' || isDigit(c) || isWordChar(c)) {
            return fail(m_pos, open.bracket == '{' ? JsonCodec::tr("missing comma between two members of the object.")
                                                   : JsonCodec::tr("missing comma between two values of the array."));
        }
        return fail(m_pos, JsonCodec::tr("expected ',' or '%1' but found %2.").arg(QString(QLatin1Char(close)), describe(m_pos)));
    }
    case State::KeyOrEnd:
    case State::Key:
        if (c == '}') {
            if (m_state == State::Key)
                return fail(m_lastComma, JsonCodec::tr("a comma cannot come right before '}' (trailing comma)."));
            m_stack.removeLast();
            afterValue();
            return produce(token, Kind::EndObject, m_pos, m_pos + 1);
        }
        if (c == '"') {
            if (!string(token, Kind::Key))
                return false;
            m_state = State::Colon;
            return true;
        }
        if (c == '\'')
            return fail(m_pos, JsonCodec::tr("keys must be in double quotes, not single quotes."));
        if (isWordChar(c) || c == '$') {
            qsizetype end = m_pos;
            while (end < size && (isWordChar(at(end)) || at(end) == '$'))
                ++end;
            return fail(m_pos, JsonCodec::tr("the key '%1' must be in double quotes.")
                                       .arg(QString::fromLatin1(m_in.sliced(m_pos, qMin<qsizetype>(end - m_pos, 32)))));
        }
        return fail(m_pos, JsonCodec::tr("expected a key in double quotes but found %1.").arg(describe(m_pos)));
    case State::ValueOrEnd:
        if (c == ']') {
            m_stack.removeLast();
            afterValue();
            return produce(token, Kind::EndArray, m_pos, m_pos + 1);
        }
        return value(token);
    case State::Value:
        return value(token);
    }
    return false;
}

bool JsonTokenizer::endOfText()
{
    if (m_state == State::Done) {
        m_finished = true;
        return false;
    }
    if (m_stack.isEmpty())
        return fail(m_pos, JsonCodec::tr("the text is empty; JSON needs a value such as {}, [], \"text\", 42, true or null."));
    const Open &open = m_stack.last();
    return fail(m_pos, open.bracket == '{'
                               ? JsonCodec::tr("the text ends before the object opened at %1 is closed with '}'.").arg(where(open.offset))
                               : JsonCodec::tr("the text ends before the array opened at %1 is closed with ']'.").arg(where(open.offset)));
}

bool JsonTokenizer::value(Token *token)
{
    const char c = at(m_pos);
    switch (c) {
    case '{':
    case '[':
        if (m_stack.size() >= MaxDepth)
            return fail(m_pos, JsonCodec::tr("objects and arrays are nested deeper than %1 levels.").arg(MaxDepth));
        m_stack.append(Open{c, m_pos});
        m_state = c == '{' ? State::KeyOrEnd : State::ValueOrEnd;
        return produce(token, c == '{' ? Kind::BeginObject : Kind::BeginArray, m_pos, m_pos + 1);
    case '"':
        if (!string(token, Kind::String))
            return false;
        afterValue();
        return true;
    case ']':
        // In State::Value inside an array, a comma came last ("[1,]"); after '[' it is ValueOrEnd.
        if (m_state == State::Value && !m_stack.isEmpty() && m_stack.last().bracket == '[')
            return fail(m_lastComma, JsonCodec::tr("a comma cannot come right before ']' (trailing comma)."));
        break;
    case ',':
        return fail(m_pos, JsonCodec::tr("expected a value but found ','; two commas in a row leave a value out."));
    case '\'':
        return fail(m_pos, JsonCodec::tr("strings must be in double quotes, not single quotes."));
    case '/':
        return fail(m_pos, JsonCodec::tr("comments are not allowed in JSON."));
    case '+':
        return fail(m_pos, JsonCodec::tr("a number cannot start with '+'."));
    case '.':
        return fail(m_pos, JsonCodec::tr("a number must start with a digit, not '.'."));
    default:
        break;
    }
    if (c == '-' || isDigit(c)) {
        if (!number(token))
            return false;
        afterValue();
        return true;
    }
    if (isWordChar(c)) {
        if (!word(token))
            return false;
        afterValue();
        return true;
    }
    return fail(m_pos, JsonCodec::tr("expected a value (object, array, string, number, true, false or null) but found %1.")
                               .arg(describe(m_pos)));
}

bool JsonTokenizer::string(Token *token, Kind kind)
{
    const qsizetype begin = m_pos;
    qsizetype i = m_pos + 1;
    const qsizetype size = m_in.size();
    while (i < size) {
        const char c = at(i);
        if (i == m_badUtf8)
            return fail(i, JsonCodec::tr("the string holds %1.").arg(describe(i)));
        if (c == '"')
            return produce(token, kind, begin, i + 1);
        if (c == '\\') {
            if (i + 1 >= size)
                break;
            const char e = at(i + 1);
            if (e == 'u') {
                for (qsizetype k = i + 2; k < i + 6; ++k) {
                    if (k >= size || !isHexDigit(at(k)))
                        return fail(i, JsonCodec::tr("'\\u' must be followed by four hex digits."));
                }
                i += 6;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
                const QString known = QStringLiteral("\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
                if (e > ' ' && e < 0x7F) {
                    return fail(i, JsonCodec::tr("invalid escape sequence '\\%1'; JSON knows only %2.")
                                           .arg(QString(QLatin1Char(e)), known));
                }
                return fail(i, JsonCodec::tr("a backslash followed by %1 is not an escape sequence; JSON knows only %2.")
                                       .arg(describe(i + 1), known));
            }
            i += 2;
            continue;
        }
        if (quint8(c) < 0x20) {
            // RFC 8259 §7: control characters must be escaped.
            if (c == '\n' || c == '\r')
                return fail(i, JsonCodec::tr("line break inside a string; close the string with '\"' or write the line break as \\n."));
            return fail(i, JsonCodec::tr("%1 inside a string must be escaped (for example as \\u%2).")
                                   .arg(TextCodec::describeCharacter(char32_t(quint8(c))))
                                   .arg(QString::number(quint8(c), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
        }
        ++i;
    }
    return fail(begin, JsonCodec::tr("the string that starts here is not closed; a '\"' is missing."));
}

bool JsonTokenizer::number(Token *token)
{
    // RFC 8259 §6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    const qsizetype begin = m_pos;
    const qsizetype size = m_in.size();
    qsizetype i = m_pos;
    const auto digitsFrom = [&](qsizetype from) {
        qsizetype k = from;
        while (k < size && isDigit(at(k)))
            ++k;
        return k;
    };
    if (at(i) == '-') {
        ++i;
        if (i >= size || !isDigit(at(i)))
            return fail(begin, JsonCodec::tr("'-' must be followed by a digit."));
    }
    if (at(i) == '0') {
        ++i;
        if (i < size && isDigit(at(i)))
            return fail(i - 1, JsonCodec::tr("numbers cannot have leading zeros."));
    } else {
        i = digitsFrom(i);
    }
    if (i < size && at(i) == '.') {
        const qsizetype dot = i;
        i = digitsFrom(i + 1);
        if (i == dot + 1)
            return fail(dot, JsonCodec::tr("a digit must follow the decimal point."));
    }
    if (i < size && (at(i) == 'e' || at(i) == 'E')) {
        const qsizetype e = i++;
        if (i < size && (at(i) == '+' || at(i) == '-'))
            ++i;
        const qsizetype digits = i;
        i = digitsFrom(i);
        if (i == digits)
            return fail(e, JsonCodec::tr("a digit must follow the exponent '%1'.").arg(QLatin1Char(at(e))));
    }
    if (i < size && (isWordChar(at(i)) || at(i) == '.'))
        return fail(i, JsonCodec::tr("unexpected %1 in the number.").arg(describe(i)));
    return produce(token, Kind::Number, begin, i);
}

bool JsonTokenizer::word(Token *token)
{
    qsizetype end = m_pos;
    while (end < m_in.size() && isWordChar(at(end)))
        ++end;
    const QByteArrayView w = m_in.sliced(m_pos, end - m_pos);
    if (w == "true")
        return produce(token, Kind::True, m_pos, end);
    if (w == "false")
        return produce(token, Kind::False, m_pos, end);
    if (w == "null")
        return produce(token, Kind::Null, m_pos, end);
    const QString shown = QString::fromLatin1(w.first(qMin<qsizetype>(w.size(), 32)));
    const QByteArray lower = w.toByteArray().toLower();
    if (lower == "true" || lower == "false" || lower == "null")
        return fail(m_pos, JsonCodec::tr("'%1' must be written in lower case: %2.").arg(shown, QString::fromLatin1(lower)));
    return fail(m_pos, JsonCodec::tr("'%1' is not a JSON value; strings need double quotes, and the only words "
                                     "JSON knows are true, false and null.")
                               .arg(shown));
}
