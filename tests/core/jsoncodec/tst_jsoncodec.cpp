#include "codecchecks.h"
#include "core/codecs/jsoncodec.h"

#include <QtTest>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

class TestJsonCodec : public QObject
{
    Q_OBJECT

private slots:
    void validJson_data();
    void validJson();
    void invalidJson_data();
    void invalidJson();
    void agreesWithQtOnObjectsAndArrays_data();
    void agreesWithQtOnObjectsAndArrays();
    void pretty_data();
    void pretty();
    void compact_data();
    void compact();
    void prettyOutputIsValidAndCompactsBack_data();
    void prettyOutputIsValidAndCompactsBack();
    void hostileNestingIsLeftAsItIs();
    void compactPreview_data();
    void compactPreview();
    void compactPreviewReadsOnlyWhatItNeeds();
    void randomMutationsAlwaysGetAnExplanation();
    void largeDocumentIsValidatedQuickly();
};

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

void TestJsonCodec::validJson_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("An object with members of every kind")
            << QByteArray(R"({"s":"x","n":-1.5e+3,"t":true,"f":false,"z":null,"a":[],"o":{}})");
    QTest::newRow("An array of arrays") << QByteArray("[[1,2],[3,[4]]]");
    QTest::newRow("An empty object") << QByteArray("{}");
    QTest::newRow("An empty array with whitespace inside") << QByteArray("[ \n\t\r ]");
    QTest::newRow("A top-level string is valid JSON (RFC 8259)") << QByteArray(R"("hi")");
    QTest::newRow("A top-level integer is valid JSON") << QByteArray("42");
    QTest::newRow("A top-level negative zero is valid JSON") << QByteArray("-0");
    QTest::newRow("A top-level number with fraction and exponent") << QByteArray("0.5E-7");
    QTest::newRow("A top-level true is valid JSON") << QByteArray("true");
    QTest::newRow("A top-level null surrounded by whitespace") << QByteArray("  null\n");
    QTest::newRow("Every escape sequence JSON knows") << QByteArray(R"(["\" \\ \/ \b \f \n \r \t \u00e9 \uD83D\uDE00"])");
    QTest::newRow("Raw UTF-8 Korean and an emoji inside a string")
            << QByteArray("{\"\xED\x82\xA4\":\"\xEA\xB0\x92 \xF0\x9F\x98\x80\"}");
    QTest::newRow("A leading byte order mark is ignored") << QByteArray("\xEF\xBB\xBF{\"a\":1}");
    QTest::newRow("Nesting exactly 1024 levels deep is allowed") << nested(1024);
    QTest::newRow("A number with many digits is valid (precision is not the validator's business)")
            << QByteArray("123456789012345678901234567890.123456789e999");
    QTest::newRow("Duplicate keys are valid JSON (RFC 8259 section 4 only advises against them)")
            << QByteArray(R"({"a":1,"a":2})");
}

void TestJsonCodec::validJson()
{
    QFETCH(QByteArray, json);
    const std::optional<CodecError> error = JsonCodec::validate(json);
    QVERIFY2(!error.has_value(), error ? qPrintable(error->message) : "");
}

void TestJsonCodec::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    CodecChecks::addErrorColumns();

    QTest::newRow("An empty text is not JSON")
            << QByteArray() << qint64(0) << 1 << 1
            << QStringLiteral("Line 1, column 1: the text is empty; JSON needs a value such as {}, [], \"text\", 42, true or null.");
    QTest::newRow("Only whitespace is not JSON") << QByteArray(" \n ") << qint64(3) << 2 << 2 << QStringLiteral("the text is empty");
    QTest::newRow("A missing comma between object members is found on line 4, column 3")
            << QByteArray("{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}") << qint64(23) << 4 << 3
            << QStringLiteral("Line 4, column 3: missing comma between two members of the object.");
    QTest::newRow("A missing comma between array values")
            << QByteArray("[\n  1,\n  2 3\n]") << qint64(11) << 3 << 5
            << QStringLiteral("Line 3, column 5: missing comma between two values of the array.");
    QTest::newRow("Columns count characters, not UTF-8 bytes")
            << QByteArray("[\"\xC3\xA9\xC3\xA9\" 1]") << qint64(8) << 1 << 7 << QStringLiteral("Line 1, column 7: missing comma");
    QTest::newRow("A trailing comma in an array is reported at the comma")
            << QByteArray("[1,2,]") << qint64(4) << 1 << 5
            << QStringLiteral("Line 1, column 5: a comma cannot come right before ']' (trailing comma).");
    QTest::newRow("A trailing comma in an object is reported at the comma")
            << QByteArray("{\"a\":1,}") << qint64(6) << 1 << 7 << QStringLiteral("a comma cannot come right before '}'");
    QTest::newRow("Two commas in a row leave a value out")
            << QByteArray("[1,,2]") << qint64(3) << 1 << 4 << QStringLiteral("expected a value but found ','");
    QTest::newRow("A key in single quotes") << QByteArray("{'a':1}") << qint64(1) << 1 << 2
                                            << QStringLiteral("keys must be in double quotes, not single quotes.");
    QTest::newRow("A key without quotes is named") << QByteArray("{name: 1}") << qint64(1) << 1 << 2
                                                   << QStringLiteral("the key 'name' must be in double quotes.");
    QTest::newRow("A number as a key") << QByteArray("{1:2}") << qint64(1) << 1 << 2
                                       << QStringLiteral("the key '1' must be in double quotes.");
    QTest::newRow("A missing colon after a key") << QByteArray("{\"a\" 1}") << qint64(5) << 1 << 6
                                                 << QStringLiteral("missing ':' after the key; found '1' (U+0031).");
    QTest::newRow("A missing value after a colon") << QByteArray("{\"a\":}") << qint64(5) << 1 << 6
                                                   << QStringLiteral("expected a value (object, array, string, number, true, false or null) but found '}' (U+007D).");
    QTest::newRow("A string in single quotes") << QByteArray("['a']") << qint64(1) << 1 << 2
                                               << QStringLiteral("strings must be in double quotes, not single quotes.");
    QTest::newRow("An unterminated string is reported where it starts")
            << QByteArray("[1, \"abc]") << qint64(4) << 1 << 5
            << QStringLiteral("the string that starts here is not closed; a '\"' is missing.");
    QTest::newRow("A raw line break inside a string")
            << QByteArray("\"ab\ncd\"") << qint64(3) << 1 << 4 << QStringLiteral("line break inside a string");
    QTest::newRow("A raw tab inside a string must be escaped")
            << QByteArray("\"a\tb\"") << qint64(2) << 1 << 3
            << QStringLiteral("U+0009 (tab) inside a string must be escaped (for example as \\u0009).");
    QTest::newRow("An unknown escape sequence") << QByteArray(R"("a\x")") << qint64(2) << 1 << 3
                                                << QStringLiteral("invalid escape sequence '\\x'; JSON knows only \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.");
    QTest::newRow("A backslash before a space is named as such") << QByteArray("\"a\\ \"") << qint64(2) << 1 << 3
                                                                << QStringLiteral("a backslash followed by U+0020 (space) is not an escape sequence");
    QTest::newRow("A \\u escape with a non-hex digit") << QByteArray(R"("\u12G4")") << qint64(1) << 1 << 2
                                                       << QStringLiteral("'\\u' must be followed by four hex digits.");
    QTest::newRow("A \\u escape cut off by the end") << QByteArray(R"("\u12)") << qint64(1) << 1 << 2
                                                     << QStringLiteral("four hex digits");
    QTest::newRow("A backslash at the very end leaves the string unterminated")
            << QByteArray("\"ab\\") << qint64(0) << 1 << 1 << QStringLiteral("is not closed");
    QTest::newRow("A number with a leading zero") << QByteArray("[01]") << qint64(1) << 1 << 2
                                                  << QStringLiteral("numbers cannot have leading zeros.");
    QTest::newRow("A minus sign without digits") << QByteArray("[-]") << qint64(1) << 1 << 2
                                                 << QStringLiteral("'-' must be followed by a digit.");
    QTest::newRow("A decimal point without digits after it") << QByteArray("1.") << qint64(1) << 1 << 2
                                                             << QStringLiteral("a digit must follow the decimal point.");
    QTest::newRow("An exponent without digits") << QByteArray("1e+") << qint64(1) << 1 << 2
                                                << QStringLiteral("a digit must follow the exponent 'e'.");
    QTest::newRow("A number starting with a plus sign") << QByteArray("+1") << qint64(0) << 1 << 1
                                                        << QStringLiteral("a number cannot start with '+'.");
    QTest::newRow("A number starting with a decimal point") << QByteArray(".5") << qint64(0) << 1 << 1
                                                            << QStringLiteral("a number must start with a digit");
    QTest::newRow("A hexadecimal number") << QByteArray("0x1F") << qint64(1) << 1 << 2
                                          << QStringLiteral("unexpected 'x' (U+0078) in the number.");
    QTest::newRow("A capitalised True") << QByteArray("[True]") << qint64(1) << 1 << 2
                                        << QStringLiteral("'True' must be written in lower case: true.");
    QTest::newRow("NULL in capitals") << QByteArray("NULL") << qint64(0) << 1 << 1
                                      << QStringLiteral("'NULL' must be written in lower case: null.");
    QTest::newRow("NaN is not JSON") << QByteArray("[NaN]") << qint64(1) << 1 << 2
                                     << QStringLiteral("'NaN' is not a JSON value");
    QTest::newRow("A bare word is not a string") << QByteArray("hello") << qint64(0) << 1 << 1
                                                 << QStringLiteral("'hello' is not a JSON value; strings need double quotes");
    QTest::newRow("A second top-level value") << QByteArray("[1] [2]") << qint64(4) << 1 << 5
                                              << QStringLiteral("unexpected '[' (U+005B) after the end of the JSON value");
    QTest::newRow("An extra closing brace") << QByteArray("{\"a\":1}}") << qint64(7) << 1 << 8
                                            << QStringLiteral("unexpected '}' (U+007D) after the end of the JSON value");
    QTest::newRow("Two top-level numbers") << QByteArray("1 2") << qint64(2) << 1 << 3
                                           << QStringLiteral("a JSON text holds exactly one value");
    QTest::newRow("A closing bracket that does not match the opening brace")
            << QByteArray("{\"a\":[1}") << qint64(7) << 1 << 8
            << QStringLiteral("'}' does not match the '[' opened at line 1, column 6; expected ']'.");
    QTest::newRow("A junk character where a comma belongs")
            << QByteArray("[1;2]") << qint64(2) << 1 << 3 << QStringLiteral("expected ',' or ']' but found ';' (U+003B).");
    QTest::newRow("An array that is never closed") << QByteArray("[1,\n[2]") << qint64(7) << 2 << 4
                                                   << QStringLiteral("the text ends before the array opened at line 1, column 1 is closed with ']'.");
    QTest::newRow("An object that ends after a colon") << QByteArray("{\"a\":") << qint64(5) << 1 << 6
                                                       << QStringLiteral("the text ends before the object opened at line 1, column 1 is closed with '}'.");
    QTest::newRow("A comment") << QByteArray("// note\n{}") << qint64(0) << 1 << 1
                               << QStringLiteral("comments are not allowed in JSON.");
    QTest::newRow("Invalid UTF-8 inside a string") << QByteArray("[\"a\xFF" "b\"]") << qint64(3) << 1 << 4
                                                   << QStringLiteral("the string holds byte 0xFF, which is not valid UTF-8,");
    QTest::newRow("Invalid UTF-8 outside a string") << QByteArray("[\xC0]") << qint64(1) << 1 << 2
                                                    << QStringLiteral("byte 0xC0, which is not valid UTF-8,");
    QTest::newRow("A non-ASCII character outside a string is named")
            << QByteArray("[\xC3\xA9]") << qint64(1) << 1 << 2 << QStringLiteral("but found '\u00E9' (U+00E9).");
    QTest::newRow("A no-break space is not JSON whitespace")
            << QByteArray("[1,\xC2\xA0" "2]") << qint64(3) << 1 << 4 << QStringLiteral("U+00A0 (an invisible character)");
    QTest::newRow("Nesting 1025 levels deep is refused") << nested(1025) << qint64(1024) << 1 << 1025
                                                          << QStringLiteral("nested deeper than 1024 levels.");
}

void TestJsonCodec::invalidJson()
{
    QFETCH(QByteArray, json);

    const std::optional<CodecError> error = JsonCodec::validate(json);
    QVERIFY(error.has_value());
    CodecChecks::checkError(*error);
    if (QTest::currentTestFailed())
        return;
    // The formatters leave invalid text exactly as it is.
    QCOMPARE(JsonCodec::pretty(json), json);
    QCOMPARE(JsonCodec::compact(json), json);
}

void TestJsonCodec::agreesWithQtOnObjectsAndArrays_data()
{
    QTest::addColumn<QByteArray>("json");
    // Qt 6.4 is lenient where RFC 8259 is not ("[1.]", "[.1]", "\\q" escapes, raw control
    // characters in strings are accepted); JsonCodec follows the RFC there (see invalidJson), so
    // those cases are left out of this comparison.
    const QList<QByteArray> samples{
            "{}", "[]", "[1,2,3]", "{\"a\":{\"b\":[true,false,null]}}", "[1,]", "[,1]", "{\"a\"}", "{\"a\":1,}",
            "[01]", "[1e5]", "[-0.0e-0]", "[\"\\u00zz\"]", "[tru]", "[nul]", "[1 2]",
            "{\"a\":1 \"b\":2}", "[1]]", "[[1]", "{\"a\":[}", "[\"a\"", "[\"\\uD83D\\uDE00\"]", " [ 1 , 2 ] ",
            "[\"\xE2\x82\xAC\"]", "[\"\xFF\"]", "[\"\xED\xA0\x80\"]", "[-]", "[+1]", "[1e]"};
    for (const QByteArray &sample : samples)
        QTest::newRow(qPrintable(QStringLiteral("Qt and JsonCodec agree whether %1 is valid").arg(QString::fromLatin1(sample.toPercentEncoding()))))
                << sample;
}

void TestJsonCodec::agreesWithQtOnObjectsAndArrays()
{
    QFETCH(QByteArray, json);
    QJsonParseError qtError;
    QJsonDocument::fromJson(json, &qtError);
    const bool qtValid = qtError.error == QJsonParseError::NoError;
    const std::optional<CodecError> error = JsonCodec::validate(json);
    QVERIFY2(qtValid == !error.has_value(),
             qPrintable(QStringLiteral("Qt: %1, JsonCodec: %2").arg(qtError.errorString(), error ? error->message : QStringLiteral("valid"))));
}

void TestJsonCodec::pretty_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("pretty");

    QTest::newRow("Keys keep their input order (QJsonDocument would sort them)")
            << QByteArray(R"({"b":1,"a":[1,2,{}],"c":{"d":null}})")
            << QByteArray("{\n    \"b\": 1,\n    \"a\": [\n        1,\n        2,\n        {}\n    ],\n"
                          "    \"c\": {\n        \"d\": null\n    }\n}");
    QTest::newRow("Numbers keep their spelling") << QByteArray("[1.0e+10,-0,1E2]")
                                                 << QByteArray("[\n    1.0e+10,\n    -0,\n    1E2\n]");
    QTest::newRow("Strings keep their escapes and inner spaces")
            << QByteArray(R"({"k":"a  \u00e9\n"})") << QByteArray("{\n    \"k\": \"a  \\u00e9\\n\"\n}");
    QTest::newRow("Existing indentation is replaced") << QByteArray("[\n\t\t1,\r\n  2   ]") << QByteArray("[\n    1,\n    2\n]");
    QTest::newRow("Empty containers stay on one line") << QByteArray("{ \"a\" : [ ] , \"b\" : { } }")
                                                       << QByteArray("{\n    \"a\": [],\n    \"b\": {}\n}");
    QTest::newRow("A top-level scalar loses only its surrounding whitespace") << QByteArray("  42 \n") << QByteArray("42");
    QTest::newRow("A byte order mark is dropped") << QByteArray("\xEF\xBB\xBF[1]") << QByteArray("[\n    1\n]");
    QTest::newRow("Invalid JSON is returned unchanged") << QByteArray("{\"a\":1,}") << QByteArray("{\"a\":1,}");
}

void TestJsonCodec::pretty()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, pretty);
    QCOMPARE(JsonCodec::pretty(json), pretty);
}

void TestJsonCodec::compact_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("compact");

    QTest::newRow("Whitespace between tokens is removed, key order kept")
            << QByteArray("{\n    \"b\": 1,\n    \"a\": [ 1, 2 ]\n}") << QByteArray(R"({"b":1,"a":[1,2]})");
    QTest::newRow("Spaces inside strings are kept") << QByteArray("[ \"a b\" , \" \" ]") << QByteArray(R"(["a b"," "])");
    QTest::newRow("A top-level string is kept as written") << QByteArray(" \"hi\\t\" ") << QByteArray("\"hi\\t\"");
    QTest::newRow("Invalid JSON is returned unchanged") << QByteArray("[1 2]") << QByteArray("[1 2]");
}

void TestJsonCodec::compact()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, compact);
    QCOMPARE(JsonCodec::compact(json), compact);
}

void TestJsonCodec::prettyOutputIsValidAndCompactsBack_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("A realistic API message")
            << QByteArray(R"({"type":"subscribe","id":7,"params":{"channels":["ticker","trades"],"depth":[[1,2],[]],"opts":{}},"ok":true})");
    QTest::newRow("Deep nesting") << nested(200);
    QTest::newRow("Korean keys and values") << QByteArray("{\"\xED\x82\xA4\":[\"\xEA\xB0\x92\",{\"\xEA\xB0\x80\":null}]}");
}

void TestJsonCodec::prettyOutputIsValidAndCompactsBack()
{
    QFETCH(QByteArray, json);
    const QByteArray pretty = JsonCodec::pretty(json);
    QVERIFY(pretty != json || !json.contains('['));
    const std::optional<CodecError> error = JsonCodec::validate(pretty);
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
    QCOMPARE(JsonCodec::compact(pretty), JsonCodec::compact(json));
    QCOMPARE(JsonCodec::pretty(pretty), pretty);
    // Same document as Qt reads it (Qt sorts keys, so compare parsed values, not text).
    if (json.startsWith('{') || json.startsWith('['))
        QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(json));
}

void TestJsonCodec::hostileNestingIsLeftAsItIs()
{
    // 1000 levels deep, then 200 000 elements: indenting each by 4000 spaces would need about
    // 800 MB. pretty() gives up past its size limit and returns the text unchanged.
    QByteArray json = QByteArray(1000, '[');
    for (int i = 0; i < 200000; ++i)
        json.append("1,");
    json.append('1');
    json.append(QByteArray(1000, ']'));
    QVERIFY(!JsonCodec::validate(json));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(JsonCodec::pretty(json), json);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestJsonCodec::randomMutationsAlwaysGetAnExplanation()
{
    // Bad input never crashes: every mutation of a valid document is either valid (and then
    // formats to valid JSON) or gets a positioned, worded error inside the text.
    const QByteArray original("{\"a\":[1,-2.5e3,\"x\\u00e9y\",true,null],\"b\":{\"c\":\"\xEC\x95\x88\"},\"d\":[]}");
    QVERIFY(!JsonCodec::validate(original));
    const QByteArray alphabet("{}[]\":,.-+eE0123456789tfnrslu\\ \n\xC3\xA9\xFF\x01/'");
    QRandomGenerator random(8259);
    int invalid = 0;
    int valid = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray json = original;
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = qsizetype(random.bounded(int(json.size()) + 1));
            const char ch = alphabet[qsizetype(random.bounded(int(alphabet.size())))];
            switch (random.bounded(3)) {
            case 0: json.insert(at, ch); break;
            case 1: if (at < json.size()) json.remove(at, 1); break;
            default: if (at < json.size()) json[at] = ch; break;
            }
        }
        const std::optional<CodecError> error = JsonCodec::validate(json);
        if (!error) {
            ++valid;
            QVERIFY2(!JsonCodec::validate(JsonCodec::pretty(json)), json.constData());
            continue;
        }
        ++invalid;
        QVERIFY2(error->position >= 0 && error->position <= json.size(), json.constData());
        QVERIFY(error->line >= 1 && error->column >= 1);
        QVERIFY2(error->message.startsWith(QStringLiteral("Line ")), qPrintable(error->message));
        QCOMPARE(JsonCodec::pretty(json), json);
    }
    QVERIFY(invalid > 1000);
    QVERIFY(valid > 100);
}

void TestJsonCodec::largeDocumentIsValidatedQuickly()
{
    QByteArray json("[");
    for (int i = 0; i < 20000; ++i) {
        if (i > 0)
            json.append(',');
        json.append(R"({"id":)" + QByteArray::number(i) + R"(,"name":"item \u00e9 )" + QByteArray::number(i)
                    + R"(","tags":["a","b"],"price":12.5e-1,"ok":true})");
    }
    json.append(']');
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!JsonCodec::validate(json));
    const qint64 validateMs = timer.restart();
    const QByteArray pretty = JsonCodec::pretty(json);
    const qint64 prettyMs = timer.elapsed();
    QVERIFY(pretty.size() > json.size());
    qInfo("validate %.1f MB: %lld ms, pretty: %lld ms", json.size() / 1e6, validateMs, prettyMs);
}

void TestJsonCodec::compactPreview_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("maxBytes");
    QTest::addColumn<bool>("isJson");
    QTest::addColumn<QByteArray>("preview");
    QTest::addColumn<bool>("cut");
    QTest::newRow("A pretty object becomes its one-line form")
            << QByteArray("{\n    \"op\": \"join\",\n    \"room\": [1, 2]\n}\n") << qsizetype(100) << true
            << QByteArray(R"({"op":"join","room":[1,2]})") << false;
    QTest::newRow("A long one is cut at the token that passes maxBytes")
            << QByteArray(R"([1, 2, 3, 4, 5, 6])") << qsizetype(4) << true << QByteArray("[1,2,") << true;
    QTest::newRow("A leading byte order mark and whitespace are skipped")
            << QByteArray("\xEF\xBB\xBF  [ true ]") << qsizetype(100) << true << QByteArray("[true]") << false;
    QTest::newRow("A bare string is left to the plain summary") << QByteArray(R"("hi")") << qsizetype(100) << false
                                                                << QByteArray() << false;
    QTest::newRow("Text that starts like JSON but is not") << QByteArray("{not json}") << qsizetype(100) << false
                                                           << QByteArray() << false;
    QTest::newRow("JSON followed by more text is not JSON") << QByteArray("{\"a\":1}\nhello") << qsizetype(100) << false
                                                            << QByteArray() << false;
}

void TestJsonCodec::compactPreview()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, maxBytes);
    QFETCH(bool, isJson);
    QFETCH(QByteArray, preview);
    QFETCH(bool, cut);
    bool wasCut = !cut;
    const std::optional<QByteArray> result = JsonCodec::compactPreview(input, maxBytes, &wasCut);
    QCOMPARE(result.has_value(), isJson);
    if (!isJson)
        return;
    QCOMPARE(*result, preview);
    QCOMPARE(wasCut, cut);
}

void TestJsonCodec::compactPreviewReadsOnlyWhatItNeeds()
{
    // A 20 MB string member: the preview comes from the start, without reading all of it. A
    // control character far past what a preview reads would make the whole text invalid JSON
    // (no preview at all): the preview shows that the rest was never read.
    QByteArray big = "{\n  \"data\": \"" + QByteArray(20 * 1024 * 1024, 'x') + "\"\n}";
    big[big.size() - 10] = '\x01';
    QVERIFY(!JsonCodec::compactPreview(big.right(200).prepend("{\"data\": \""), 1000).has_value());
    QElapsedTimer timer;
    timer.start();
    bool cut = false;
    const std::optional<QByteArray> result = JsonCodec::compactPreview(big, 100, &cut);
    QVERIFY(result.has_value());
    QVERIFY(result->startsWith(R"({"data":)"));
    QVERIFY(cut);
    qInfo("preview of a 20 MB member: %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
