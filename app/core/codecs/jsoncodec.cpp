#include "core/codecs/jsoncodec.h"

#include "core/protocol/utf8validator.h"

#include <QList>

namespace {

enum class TokenKind : quint8 { BeginObject, EndObject, BeginArray, EndArray, Colon, Comma, Scalar };

struct Token
{
    TokenKind kind;
    qsizetype begin; // byte range in the input
    qsizetype end;
};

struct Failure
{
    qsizetype offset;
    QString what;
};

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

// One pass over the text: RFC 8259 grammar with an explicit stack (no recursion, so no stack
// overflow on deep input), recording the tokens for the formatters.
class Parser
{
public:
    Parser(QByteArrayView in, QList<Token> *tokens)
        : m_in(in)
        , m_tokens(tokens)
        , m_badUtf8(Utf8Validator::firstInvalidOffset(in))
    {
    }

    std::optional<Failure> run();

private:
    enum class State : quint8 { Value, ValueOrEnd, Key, KeyOrEnd, Colon, CommaOrEnd, Done };
    struct Open
    {
        char bracket;
        qsizetype offset;
    };

    char at(qsizetype i) const { return m_in[i]; }
    void addToken(TokenKind kind, qsizetype begin, qsizetype end)
    {
        if (m_tokens)
            m_tokens->append(Token{kind, begin, end});
    }
    void afterValue() { m_state = m_stack.isEmpty() ? State::Done : State::CommaOrEnd; }
    QString describe(qsizetype i) const;
    QString where(qsizetype offset) const;
    std::optional<Failure> value();
    std::optional<Failure> string();
    std::optional<Failure> number();
    std::optional<Failure> word();
    std::optional<Failure> endOfText() const;

    QByteArrayView m_in;
    QList<Token> *m_tokens;
    qint64 m_badUtf8;
    qsizetype m_pos = 0;
    qsizetype m_lastComma = -1;
    State m_state = State::Value;
    QList<Open> m_stack;
};

QString Parser::describe(qsizetype i) const
{
    if (i == m_badUtf8)
        return JsonCodec::tr("byte 0x%1, which is not valid UTF-8,")
                .arg(QString::number(quint8(at(i)), 16).toUpper().rightJustified(2, QLatin1Char('0')));
    const QString decoded = QString::fromUtf8(m_in.sliced(i, qMin<qsizetype>(4, m_in.size() - i)));
    return TextCodec::describeCharacter(TextCodec::codePointAt(decoded, 0));
}

QString Parser::where(qsizetype offset) const
{
    int line = 0;
    int column = 0;
    TextCodec::lineColumnUtf8(m_in, offset, &line, &column);
    return JsonCodec::tr("line %1, column %2").arg(line).arg(column);
}

std::optional<Failure> Parser::run()
{
    // RFC 8259 §8.1: a parser MAY ignore a byte order mark.
    if (m_in.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    const qsizetype size = m_in.size();
    while (true) {
        while (m_pos < size && isJsonWhitespace(at(m_pos)))
            ++m_pos;
        if (m_pos >= size)
            return endOfText();
        const char c = at(m_pos);
        switch (m_state) {
        case State::Done:
            return Failure{m_pos, JsonCodec::tr("unexpected %1 after the end of the JSON value; "
                                                "a JSON text holds exactly one value.")
                                          .arg(describe(m_pos))};
        case State::Colon:
            if (c != ':')
                return Failure{m_pos, JsonCodec::tr("missing ':' after the key; found %1.").arg(describe(m_pos))};
            addToken(TokenKind::Colon, m_pos, m_pos + 1);
            ++m_pos;
            m_state = State::Value;
            break;
        case State::CommaOrEnd: {
            const Open open = m_stack.last();
            const char close = open.bracket == '{' ? '}' : ']';
            if (c == ',') {
                addToken(TokenKind::Comma, m_pos, m_pos + 1);
                m_lastComma = m_pos++;
                m_state = open.bracket == '{' ? State::Key : State::Value;
            } else if (c == close) {
                addToken(open.bracket == '{' ? TokenKind::EndObject : TokenKind::EndArray, m_pos, m_pos + 1);
                ++m_pos;
                m_stack.removeLast();
                afterValue();
            } else if (c == '}' || c == ']') {
                return Failure{m_pos, JsonCodec::tr("'%1' does not match the '%2' opened at %3; expected '%4'.")
                                              .arg(QString(QLatin1Char(c)), QString(QLatin1Char(open.bracket)), where(open.offset),
                                                   QString(QLatin1Char(close)))};
            } else if (c == '"' || c == '{' || c == '[' || c == '-' || isDigit(c) || isWordChar(c)) {
                return Failure{m_pos, open.bracket == '{'
                                       ? JsonCodec::tr("missing comma between two members of the object.")
                                       : JsonCodec::tr("missing comma between two values of the array.")};
            } else {
                return Failure{m_pos, JsonCodec::tr("expected ',' or '%1' but found %2.")
                                              .arg(QString(QLatin1Char(close)), describe(m_pos))};
            }
            break;
        }
        case State::KeyOrEnd:
        case State::Key:
            if (c == '}') {
                if (m_state == State::Key)
                    return Failure{m_lastComma, JsonCodec::tr("a comma cannot come right before '}' (trailing comma).")};
                addToken(TokenKind::EndObject, m_pos, m_pos + 1);
                ++m_pos;
                m_stack.removeLast();
                afterValue();
            } else if (c == '"') {
                if (auto failure = string())
                    return failure;
                m_state = State::Colon;
            } else if (c == '\'') {
                return Failure{m_pos, JsonCodec::tr("keys must be in double quotes, not single quotes.")};
            } else if (isWordChar(c) || c == '$') {
                qsizetype end = m_pos;
                while (end < size && (isWordChar(at(end)) || at(end) == '$'))
                    ++end;
                return Failure{m_pos, JsonCodec::tr("the key '%1' must be in double quotes.")
                                              .arg(QString::fromLatin1(m_in.sliced(m_pos, qMin<qsizetype>(end - m_pos, 32))))};
            } else {
                return Failure{m_pos, JsonCodec::tr("expected a key in double quotes but found %1.").arg(describe(m_pos))};
            }
            break;
        case State::ValueOrEnd:
            if (c == ']') {
                addToken(TokenKind::EndArray, m_pos, m_pos + 1);
                ++m_pos;
                m_stack.removeLast();
                afterValue();
                break;
            }
            if (auto failure = value())
                return failure;
            break;
        case State::Value:
            if (auto failure = value())
                return failure;
            break;
        }
    }
}

std::optional<Failure> Parser::endOfText() const
{
    if (m_state == State::Done)
        return std::nullopt;
    if (m_stack.isEmpty())
        return Failure{m_pos, JsonCodec::tr("the text is empty; JSON needs a value such as {}, [], \"text\", 42, true or null.")};
    const Open &open = m_stack.last();
    return Failure{m_pos, open.bracket == '{'
                           ? JsonCodec::tr("the text ends before the object opened at %1 is closed with '}'.").arg(where(open.offset))
                           : JsonCodec::tr("the text ends before the array opened at %1 is closed with ']'.").arg(where(open.offset))};
}

std::optional<Failure> Parser::value()
{
    const char c = at(m_pos);
    switch (c) {
    case '{':
    case '[':
        if (m_stack.size() >= JsonCodec::MaxDepth)
            return Failure{m_pos, JsonCodec::tr("objects and arrays are nested deeper than %1 levels.").arg(JsonCodec::MaxDepth)};
        m_stack.append(Open{c, m_pos});
        addToken(c == '{' ? TokenKind::BeginObject : TokenKind::BeginArray, m_pos, m_pos + 1);
        ++m_pos;
        m_state = c == '{' ? State::KeyOrEnd : State::ValueOrEnd;
        return std::nullopt;
    case '"':
        if (auto failure = string())
            return failure;
        afterValue();
        return std::nullopt;
    case ']':
        // In State::Value inside an array, a comma came last ("[1,]"); after '[' it is ValueOrEnd.
        if (m_state == State::Value && !m_stack.isEmpty() && m_stack.last().bracket == '[')
            return Failure{m_lastComma, JsonCodec::tr("a comma cannot come right before ']' (trailing comma).")};
        break;
    case ',':
        return Failure{m_pos, JsonCodec::tr("expected a value but found ','; two commas in a row leave a value out.")};
    case '\'':
        return Failure{m_pos, JsonCodec::tr("strings must be in double quotes, not single quotes.")};
    case '/':
        return Failure{m_pos, JsonCodec::tr("comments are not allowed in JSON.")};
    case '+':
        return Failure{m_pos, JsonCodec::tr("a number cannot start with '+'.")};
    case '.':
        return Failure{m_pos, JsonCodec::tr("a number must start with a digit, not '.'.")};
    default:
        break;
    }
    if (c == '-' || isDigit(c)) {
        if (auto failure = number())
            return failure;
        afterValue();
        return std::nullopt;
    }
    if (isWordChar(c)) {
        if (auto failure = word())
            return failure;
        afterValue();
        return std::nullopt;
    }
    return Failure{m_pos, JsonCodec::tr("expected a value (object, array, string, number, true, false or null) but found %1.")
                                  .arg(describe(m_pos))};
}

std::optional<Failure> Parser::string()
{
    const qsizetype begin = m_pos;
    qsizetype i = m_pos + 1;
    const qsizetype size = m_in.size();
    while (i < size) {
        const char c = at(i);
        if (i == m_badUtf8)
            return Failure{i, JsonCodec::tr("the string holds %1.").arg(describe(i))};
        if (c == '"') {
            addToken(TokenKind::Scalar, begin, i + 1);
            m_pos = i + 1;
            return std::nullopt;
        }
        if (c == '\\') {
            if (i + 1 >= size)
                break;
            const char e = at(i + 1);
            if (e == 'u') {
                for (qsizetype k = i + 2; k < i + 6; ++k) {
                    if (k >= size || !isHexDigit(at(k)))
                        return Failure{i, JsonCodec::tr("'\\u' must be followed by four hex digits.")};
                }
                i += 6;
                continue;
            }
            if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
                const QString known = QStringLiteral("\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
                if (e > ' ' && e < 0x7F) {
                    return Failure{i, JsonCodec::tr("invalid escape sequence '\\%1'; JSON knows only %2.")
                                              .arg(QString(QLatin1Char(e)), known)};
                }
                return Failure{i, JsonCodec::tr("a backslash followed by %1 is not an escape sequence; JSON knows only %2.")
                                          .arg(describe(i + 1), known)};
            }
            i += 2;
            continue;
        }
        if (quint8(c) < 0x20) {
            // RFC 8259 §7: control characters must be escaped.
            if (c == '\n' || c == '\r')
                return Failure{i, JsonCodec::tr("line break inside a string; close the string with '\"' or write the line break as \\n.")};
            return Failure{i, JsonCodec::tr("%1 inside a string must be escaped (for example as \\u%2).")
                                      .arg(TextCodec::describeCharacter(char32_t(quint8(c))))
                                      .arg(QString::number(quint8(c), 16).toUpper().rightJustified(4, QLatin1Char('0')))};
        }
        ++i;
    }
    return Failure{begin, JsonCodec::tr("the string that starts here is not closed; a '\"' is missing.")};
}

std::optional<Failure> Parser::number()
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
            return Failure{begin, JsonCodec::tr("'-' must be followed by a digit.")};
    }
    if (at(i) == '0') {
        ++i;
        if (i < size && isDigit(at(i)))
            return Failure{i - 1, JsonCodec::tr("numbers cannot have leading zeros.")};
    } else {
        i = digitsFrom(i);
    }
    if (i < size && at(i) == '.') {
        const qsizetype dot = i;
        i = digitsFrom(i + 1);
        if (i == dot + 1)
            return Failure{dot, JsonCodec::tr("a digit must follow the decimal point.")};
    }
    if (i < size && (at(i) == 'e' || at(i) == 'E')) {
        const qsizetype e = i++;
        if (i < size && (at(i) == '+' || at(i) == '-'))
            ++i;
        const qsizetype digits = i;
        i = digitsFrom(i);
        if (i == digits)
            return Failure{e, JsonCodec::tr("a digit must follow the exponent '%1'.").arg(QLatin1Char(at(e)))};
    }
    if (i < size && (isWordChar(at(i)) || at(i) == '.'))
        return Failure{i, JsonCodec::tr("unexpected %1 in the number.").arg(describe(i))};
    addToken(TokenKind::Scalar, begin, i);
    m_pos = i;
    return std::nullopt;
}

std::optional<Failure> Parser::word()
{
    qsizetype end = m_pos;
    while (end < m_in.size() && isWordChar(at(end)))
        ++end;
    const QByteArrayView w = m_in.sliced(m_pos, end - m_pos);
    if (w == "true" || w == "false" || w == "null") {
        addToken(TokenKind::Scalar, m_pos, end);
        m_pos = end;
        return std::nullopt;
    }
    const QString shown = QString::fromLatin1(w.first(qMin<qsizetype>(w.size(), 32)));
    const QByteArray lower = w.toByteArray().toLower();
    if (lower == "true" || lower == "false" || lower == "null")
        return Failure{m_pos, JsonCodec::tr("'%1' must be written in lower case: %2.").arg(shown, QString::fromLatin1(lower))};
    return Failure{m_pos, JsonCodec::tr("'%1' is not a JSON value; strings need double quotes, and the only words "
                                        "JSON knows are true, false and null.")
                                  .arg(shown)};
}

std::optional<QList<Token>> tokenize(QByteArrayView utf8)
{
    QList<Token> tokens;
    Parser parser(utf8, &tokens);
    if (parser.run())
        return std::nullopt;
    return tokens;
}

} // namespace

std::optional<CodecError> JsonCodec::validate(QByteArrayView utf8)
{
    Parser parser(utf8, nullptr);
    const std::optional<Failure> failure = parser.run();
    if (!failure)
        return std::nullopt;
    return TextCodec::errorAtUtf8(utf8, failure->offset, failure->what);
}

QByteArray JsonCodec::pretty(QByteArrayView utf8)
{
    const std::optional<QList<Token>> tokens = tokenize(utf8);
    if (!tokens)
        return utf8.toByteArray();
    // Indentation grows with depth times lines; a hostile text (deep nesting, then many
    // elements) could multiply its size by thousands. Past this, leave the text as it is.
    const qsizetype limit = qMin<qsizetype>(qsizetype(utf8.size()) * 32 + (1 << 20), qsizetype(1) << 30);
    QByteArray out;
    out.reserve(utf8.size() * 2);
    int depth = 0;
    const auto newline = [&out, &depth] {
        out.append('\n');
        out.append(qsizetype(depth) * 4, ' ');
    };
    const QList<Token> &list = *tokens;
    for (qsizetype k = 0; k < list.size(); ++k) {
        const Token &token = list[k];
        switch (token.kind) {
        case TokenKind::BeginObject:
        case TokenKind::BeginArray:
            out.append(utf8[token.begin]);
            if (k + 1 < list.size()
                && (list[k + 1].kind == TokenKind::EndObject || list[k + 1].kind == TokenKind::EndArray)) {
                out.append(utf8[list[k + 1].begin]);
                ++k;
            } else {
                ++depth;
                newline();
            }
            break;
        case TokenKind::EndObject:
        case TokenKind::EndArray:
            --depth;
            newline();
            out.append(utf8[token.begin]);
            break;
        case TokenKind::Comma:
            out.append(',');
            newline();
            break;
        case TokenKind::Colon:
            out.append(": ");
            break;
        case TokenKind::Scalar:
            out.append(utf8.sliced(token.begin, token.end - token.begin));
            break;
        }
        if (out.size() > limit)
            return utf8.toByteArray();
    }
    return out;
}

QByteArray JsonCodec::compact(QByteArrayView utf8)
{
    const std::optional<QList<Token>> tokens = tokenize(utf8);
    if (!tokens)
        return utf8.toByteArray();
    QByteArray out;
    out.reserve(utf8.size());
    for (const Token &token : *tokens)
        out.append(utf8.sliced(token.begin, token.end - token.begin));
    return out;
}
