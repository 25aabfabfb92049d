#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

// The one JSON (RFC 8259) tokenizer of the project: a pull interface over UTF-8 bytes that
// checks the grammar while it goes (explicit stack, no recursion, so deep input cannot overflow
// the call stack) and hands out each token as a byte range of the input. JsonCodec (validate,
// pretty, compact) and JsonTree are built on it, so they accept and reject exactly the same texts.
//
//     JsonTokenizer tokenizer(utf8);
//     JsonTokenizer::Token token;
//     while (tokenizer.next(&token)) { ... utf8.sliced(token.begin, token.end - token.begin) ... }
//     if (const auto &failure = tokenizer.failure()) { ... failure->offset, failure->what ... }
//
// Nothing is copied or allocated per token; memory grows only with the nesting depth.
class JsonTokenizer
{
public:
    // Deepest nesting of objects and arrays accepted (RFC 8259 §9 lets parsers limit it; this
    // is QJsonDocument's limit too). JsonCodec::MaxDepth is this value.
    static constexpr int MaxDepth = 1024;

    enum class Kind : quint8 {
        BeginObject, // '{'
        EndObject,   // '}'
        BeginArray,  // '['
        EndArray,    // ']'
        Colon,       // ':'
        Comma,       // ','
        Key,         // a member name: a string token (quotes included) before ':'
        String,      // a string value, quotes included, escapes as written
        Number,      // as written: "-1.50e+3" stays "-1.50e+3"
        True,
        False,
        Null,
    };

    struct Token
    {
        Kind kind = Kind::Null;
        qsizetype begin = 0; // byte range [begin, end) in the input
        qsizetype end = 0;
    };

    // Why the text is not JSON: the byte offset and a translated sentence without position
    // ("missing comma between two values of the array."). JsonCodec::validate() adds the line
    // and column; TextCodec::errorAtUtf8() does that for any other caller.
    struct Failure
    {
        qsizetype offset = 0;
        QString what;
    };

    explicit JsonTokenizer(QByteArrayView utf8);

    // The next token; false at the end of a valid text or at the first error (see failure()).
    // A leading UTF-8 byte order mark is skipped (RFC 8259 §8.1).
    bool next(Token *token);
    // Set once next() returned false because the text is not JSON.
    const std::optional<Failure> &failure() const { return m_failure; }
    // True once next() returned false because the one top-level value ended with the text.
    bool isFinished() const { return m_finished; }
    // Open objects and arrays around the current position (after a Begin token, including it).
    int depth() const { return int(m_stack.size()); }

    // Runs the whole text: nullopt when it is valid JSON, else the failure.
    static std::optional<Failure> check(QByteArrayView utf8);
    // Kind is a value that is not a container: String, Number, True, False or Null.
    static bool isScalar(Kind kind) { return kind >= Kind::String; }

private:
    enum class State : quint8 { Value, ValueOrEnd, Key, KeyOrEnd, Colon, CommaOrEnd, Done };
    struct Open
    {
        char bracket;
        qsizetype offset;
    };

    char at(qsizetype i) const { return m_in[i]; }
    bool fail(qsizetype offset, const QString &what);
    bool produce(Token *token, Kind kind, qsizetype begin, qsizetype end);
    void afterValue() { m_state = m_stack.isEmpty() ? State::Done : State::CommaOrEnd; }
    QString describe(qsizetype i) const;
    QString where(qsizetype offset) const;
    bool value(Token *token);
    bool string(Token *token, Kind kind);
    bool number(Token *token);
    bool word(Token *token);
    bool endOfText();

    QByteArrayView m_in;
    qint64 m_badUtf8;
    qsizetype m_pos = 0;
    qsizetype m_lastComma = -1;
    State m_state = State::Value;
    bool m_finished = false;
    QList<Open> m_stack;
    std::optional<Failure> m_failure;
};
