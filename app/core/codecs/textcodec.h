#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// Where and why user input or a payload could not be encoded/decoded. Shared by all codecs.
struct CodecError
{
    qint64 position = -1; // byte offset (UTF-8 input) or UTF-16 index (QString input), 0-based
    int line = 0;         // 1-based
    int column = 0;       // 1-based, counted in characters (code points), not bytes
    QString message;      // translated, names the line, column and the offending character
};

// Text payloads: UTF-8 checks (RFC 6455 §5.6, §8.1: text messages must be valid UTF-8), and the
// position helpers the other codecs use to word their errors the same way.
class TextCodec
{
    Q_DECLARE_TR_FUNCTIONS(TextCodec)

public:
    // nullopt if the bytes are valid, complete UTF-8; otherwise the offset of the first bad byte
    // (or of a sequence cut off at the end) and a message saying what is wrong with it.
    static std::optional<CodecError> validateUtf8(QByteArrayView bytes);
    // `text` as UTF-8 in an allocation of exactly its size (QString::toUtf8() reserves three bytes
    // per character and keeps them): for payloads a log holds on to. The bytes are toUtf8()'s.
    static QByteArray toUtf8Exact(QStringView text);

    // 1-based line and column of a UTF-16 index in text. Lines end at LF, CR LF or a lone CR;
    // columns count code points, so a surrogate pair is one column.
    static void lineColumn(QStringView text, qsizetype index, int *line, int *column);
    // The same for a byte offset into UTF-8 (continuation bytes do not start a new column).
    static void lineColumnUtf8(QByteArrayView utf8, qsizetype offset, int *line, int *column);

    // A CodecError at text[index] whose message reads "Line 3, column 7: <what>".
    static CodecError errorAt(QStringView text, qsizetype index, const QString &what);
    static CodecError errorAtUtf8(QByteArrayView utf8, qsizetype offset, const QString &what);

    // How a message names a character: "'g' (U+0067)", or "U+0009 (tab)" for invisible ones.
    static QString describeCharacter(char32_t ch);
    // The code point starting at text[index] (a surrogate pair is joined; a lone surrogate is itself).
    static char32_t codePointAt(QStringView text, qsizetype index);
};
