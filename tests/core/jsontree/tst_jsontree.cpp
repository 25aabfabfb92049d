#include "core/codecs/jsoncodec.h"
#include "core/codecs/jsontree.h"

#include <QtTest>

#include <QElapsedTimer>

namespace {

// One line per stored node, in document order: depth, key as written, type, value as written
// (containers show their real count and whether all of it is stored).
QStringList describe(const JsonTree &tree)
{
    QStringList lines;
    for (int i = 0; i < tree.nodeCount(); ++i) {
        const JsonTree::Node &node = tree.node(i);
        QString line = QString(node.depth * 2, QLatin1Char(' '));
        if (node.keyBegin >= 0)
            line += QString::fromUtf8(tree.keyAsWritten(i)) + QLatin1Char(':');
        line += JsonTree::typeName(node.type);
        if (node.isContainer())
            line += QStringLiteral("(%1%2)").arg(node.count).arg(node.complete ? QString() : QStringLiteral(", cut"));
        else
            line += QLatin1Char(' ') + QString::fromUtf8(tree.valueAsWritten(i));
        lines << line;
    }
    return lines;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// An array of `count` objects of five members each (about 80 bytes): the shape of a big API response.
QByteArray bigArray(int count)
{
    QByteArray out = "[";
    for (int i = 0; i < count; ++i) {
        if (i)
            out += ",\n";
        out += QStringLiteral(R"({"id":%1,"name":"user-%1","score":%2.50,"active":%3,"tags":["a","b"]})")
                       .arg(i)
                       .arg(i % 1000)
                       .arg(i % 2 ? QStringLiteral("true") : QStringLiteral("false"))
                       .toUtf8();
    }
    out += "]";
    return out;
}

} // namespace

class TestJsonTree : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheTextAsWritten_data();
    void keepsTheTextAsWritten();
    void decodesKeysAndStrings_data();
    void decodesKeysAndStrings();
    void offsetsPointAtTheSource();
    void linksParentsChildrenAndRows();
    void capKeepsTheRealCounts_data();
    void capKeepsTheRealCounts();
    void depthCapAndSubtreeShowChildrenOnDemand();
    void nestingUpToMaxDepth_data();
    void nestingUpToMaxDepth();
    void invalidTextGivesTheValidatorsError_data();
    void invalidTextGivesTheValidatorsError();
    void bigArrayIsBuiltQuickly();
};

void TestJsonTree::keepsTheTextAsWritten_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("nodes");

    QTest::newRow("Members stay in the order they were written, not sorted")
            << QByteArray(R"({"b":1,"a":2,"c":3})")
            << QStringList{QStringLiteral("object(3)"), QStringLiteral("  \"b\":number 1"),
                           QStringLiteral("  \"a\":number 2"), QStringLiteral("  \"c\":number 3")};
    QTest::newRow("Numbers keep their spelling: trailing zeros, exponent sign, negative zero, beyond double precision")
            << QByteArray("[1.50, -0, 1E+3, 12345678901234567890123]")
            << QStringList{QStringLiteral("array(4)"), QStringLiteral("  number 1.50"), QStringLiteral("  number -0"),
                           QStringLiteral("  number 1E+3"), QStringLiteral("  number 12345678901234567890123")};
    QTest::newRow("Duplicate keys are both kept, in order (RFC 8259 section 4 allows them)")
            << QByteArray(R"({"a":1,"a":"two"})")
            << QStringList{QStringLiteral("object(2)"), QStringLiteral("  \"a\":number 1"), QStringLiteral("  \"a\":string \"two\"")};
    QTest::newRow("Strings keep their escapes as written")
            << QByteArray(R"(["caf\u00e9\n"])")
            << QStringList{QStringLiteral("array(1)"), QStringLiteral("  string \"caf\\u00e9\\n\"")};
    QTest::newRow("A bare scalar at the top is a one-node tree")
            << QByteArray("  42 ") << QStringList{QStringLiteral("number 42")};
    QTest::newRow("true, false and null are booleans and null")
            << QByteArray("[true,false,null]")
            << QStringList{QStringLiteral("array(3)"), QStringLiteral("  boolean true"), QStringLiteral("  boolean false"),
                           QStringLiteral("  null null")};
    QTest::newRow("Empty containers have count 0 and are complete")
            << QByteArray(R"({"o":{},"a":[ ]})")
            << QStringList{QStringLiteral("object(2)"), QStringLiteral("  \"o\":object(0)"), QStringLiteral("  \"a\":array(0)")};
    QTest::newRow("Nested containers are listed depth first")
            << QByteArray(R"({"x":[{"y":null}],"z":0})")
            << QStringList{QStringLiteral("object(2)"), QStringLiteral("  \"x\":array(1)"), QStringLiteral("    object(1)"),
                           QStringLiteral("      \"y\":null null"), QStringLiteral("  \"z\":number 0")};
    QTest::newRow("A leading byte order mark is skipped")
            << QByteArray("\xEF\xBB\xBF[1]") << QStringList{QStringLiteral("array(1)"), QStringLiteral("  number 1")};
}

void TestJsonTree::keepsTheTextAsWritten()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, nodes);
    const JsonTree tree = JsonTree::build(json);
    QVERIFY2(tree.isValid(), tree.error() ? qPrintable(tree.error()->message) : "no nodes");
    QCOMPARE(describe(tree), nodes);
    QCOMPARE(tree.totalValueCount(), qint64(nodes.size()));
    QVERIFY(!tree.isTruncated());
}

void TestJsonTree::decodesKeysAndStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("Plain ASCII key and value are taken as they are")
            << QByteArray(R"({"name":"value"})") << QStringLiteral("name") << QStringLiteral("value");
    QTest::newRow("Every two-character escape is decoded")
            << QByteArray(R"({"k\"\\\/":"\b\f\n\r\t"})") << QStringLiteral("k\"\\/") << QStringLiteral("\b\f\n\r\t");
    QTest::newRow("A \\u escape and a surrogate pair escape become one character each")
            << QByteArray(R"({"caf\u00e9":"\uD83D\uDE00!"})") << QStringLiteral("café") << QStringLiteral("😀!");
    QTest::newRow("Raw UTF-8 around an escape is kept")
            << QByteArray("{\"\xEA\xB0\x92\\t\":\"\xF0\x9F\x98\x80\"}") << QStringLiteral("값\t") << QStringLiteral("😀");
}

void TestJsonTree::decodesKeysAndStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const JsonTree tree = JsonTree::build(json);
    QVERIFY(tree.isValid());
    QCOMPARE(tree.nodeCount(), 2);
    QCOMPARE(tree.key(1), key);
    QCOMPARE(tree.stringValue(1), value);
    QCOMPARE(tree.key(0), QString()); // the root is no member
    QCOMPARE(tree.stringValue(0), QString()); // an object is no string
}

void TestJsonTree::offsetsPointAtTheSource()
{
    const QByteArray json = "{\n  \"a\": [10, \"x\"],\n  \"b\" :true\n}";
    const JsonTree tree = JsonTree::build(json);
    QVERIFY(tree.isValid());
    QCOMPARE(tree.nodeCount(), 5);
    // Root: the whole text.
    QCOMPARE(tree.offset(0), 0);
    QCOMPARE(tree.valueAsWritten(0), QByteArrayView(json));
    // "a": jumps to the key, its value is the array with the whitespace inside as written.
    QCOMPARE(tree.offset(1), json.indexOf("\"a\""));
    QCOMPARE(tree.node(1).valueBegin, json.indexOf('['));
    QCOMPARE(tree.valueAsWritten(1), QByteArrayView("[10, \"x\"]"));
    // Elements have no key: the offset is the value's first byte.
    QCOMPARE(tree.offset(2), json.indexOf("10"));
    QCOMPARE(tree.offset(3), json.indexOf("\"x\""));
    QCOMPARE(tree.valueAsWritten(3), QByteArrayView("\"x\""));
    QCOMPARE(tree.offset(4), json.indexOf("\"b\""));
    QCOMPARE(tree.keyAsWritten(4), QByteArrayView("\"b\""));
    QCOMPARE(tree.node(4).valueBegin, json.indexOf("true"));
}

void TestJsonTree::linksParentsChildrenAndRows()
{
    const JsonTree tree = JsonTree::build(QByteArray(R"([{"a":1,"b":2},[],"s"])"));
    QVERIFY(tree.isValid());
    QCOMPARE(tree.root(), 0);
    QCOMPARE(tree.children(0), (QList<int>{1, 4, 5}));
    QCOMPARE(tree.children(1), (QList<int>{2, 3}));
    QCOMPARE(tree.children(4), QList<int>());
    for (int child : tree.children(0))
        QCOMPARE(tree.node(child).parent, 0);
    QCOMPARE(tree.node(0).parent, JsonTree::NoNode);
    QCOMPARE(tree.node(4).row, 1);
    QCOMPARE(tree.node(5).row, 2);
    QCOMPARE(tree.node(3).row, 1);
    QCOMPARE(tree.node(0).storedChildren, 3);
    QCOMPARE(JsonTree::countText(tree.node(0)), QStringLiteral("3 element(s)"));
    QCOMPARE(JsonTree::countText(tree.node(1)), QStringLiteral("2 member(s)"));
    QCOMPARE(JsonTree::countText(tree.node(5)), QString());
}

void TestJsonTree::capKeepsTheRealCounts_data()
{
    QTest::addColumn<int>("elements");
    QTest::addColumn<int>("maxNodes");

    QTest::newRow("A root array of 60,000 numbers capped at 100 nodes still says 60000") << 60000 << 100;
    QTest::newRow("A cap of one node keeps only the root, which still knows its count") << 500 << 1;
    QTest::newRow("A cap larger than the text stores everything and cuts nothing") << 50 << 1000;
}

void TestJsonTree::capKeepsTheRealCounts()
{
    QFETCH(int, elements);
    QFETCH(int, maxNodes);
    QByteArray json = "[";
    for (int i = 0; i < elements; ++i)
        json += (i ? "," : "") + QByteArray::number(i);
    json += "]";
    JsonTree::Options options;
    options.maxNodes = maxNodes;
    const JsonTree tree = JsonTree::build(json, options);
    QVERIFY(tree.isValid());
    const int stored = qMin(maxNodes, elements + 1);
    QCOMPARE(tree.nodeCount(), stored);
    QCOMPARE(tree.node(0).count, qint64(elements));
    QCOMPARE(tree.node(0).storedChildren, stored - 1);
    QCOMPARE(tree.totalValueCount(), qint64(elements + 1));
    QCOMPARE(tree.isTruncated(), maxNodes < elements + 1);
    QCOMPARE(tree.node(0).complete, maxNodes >= elements + 1);
    QCOMPARE(tree.node(0).valueEnd, json.size()); // the range is known even when cut
    if (stored > 1)
        QCOMPARE(tree.valueAsWritten(stored - 1), QByteArrayView(QByteArray::number(stored - 2)));
}

void TestJsonTree::depthCapAndSubtreeShowChildrenOnDemand()
{
    const QByteArray json = R"({"list":[{"id":1},{"id":2,"more":[true]}],"n":null})";
    JsonTree::Options shallow;
    shallow.maxDepth = 1;
    const JsonTree tree = JsonTree::build(json, shallow);
    QVERIFY(tree.isValid());
    QCOMPARE(describe(tree), (QStringList{QStringLiteral("object(2, cut)"), QStringLiteral("  \"list\":array(2, cut)"),
                                          QStringLiteral("  \"n\":null null")}));
    QCOMPARE(tree.totalValueCount(), qint64(9));

    // Expanding "list": its own tree, offsets of the whole text, key and row kept.
    const JsonTree list = tree.subtree(1, shallow);
    QVERIFY(list.isValid());
    QCOMPARE(describe(list), (QStringList{QStringLiteral("\"list\":array(2, cut)"), QStringLiteral("  object(1, cut)"),
                                          QStringLiteral("  object(2, cut)")}));
    QCOMPARE(list.key(0), QStringLiteral("list"));
    QCOMPARE(list.node(2).valueBegin, json.indexOf("{\"id\":2"));
    QCOMPARE(list.valueAsWritten(2), QByteArrayView(R"({"id":2,"more":[true]})"));

    // And one level further, without a cap.
    const JsonTree second = list.subtree(2, JsonTree::Options());
    QCOMPARE(describe(second), (QStringList{QStringLiteral("object(2)"), QStringLiteral("  \"id\":number 2"),
                                            QStringLiteral("  \"more\":array(1)"), QStringLiteral("    boolean true")}));
    QCOMPARE(second.node(0).row, 1);
    QCOMPARE(second.offset(2), json.indexOf("\"more\""));
}

void TestJsonTree::nestingUpToMaxDepth_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("valid");

    QTest::newRow("Arrays nested JsonCodec::MaxDepth levels deep make a tree as deep") << JsonCodec::MaxDepth << true;
    QTest::newRow("One level deeper than JsonCodec::MaxDepth is refused like validate() refuses it")
            << JsonCodec::MaxDepth + 1 << false;
}

void TestJsonTree::nestingUpToMaxDepth()
{
    QFETCH(int, depth);
    QFETCH(bool, valid);
    const QByteArray json = nested(depth);
    const JsonTree tree = JsonTree::build(json);
    QCOMPARE(tree.isValid(), valid);
    QCOMPARE(tree.error().has_value(), !JsonCodec::validate(json).has_value() ? false : true);
    if (valid) {
        QCOMPARE(tree.nodeCount(), depth);
        QCOMPARE(int(tree.node(depth - 1).depth), depth - 1);
        QCOMPARE(tree.node(depth - 1).count, qint64(0));
        QCOMPARE(tree.node(depth - 2).count, qint64(1));
        QCOMPARE(tree.node(depth - 1).valueBegin, qint64(depth - 1));
        QCOMPARE(tree.node(0).valueEnd, json.size());
    } else {
        QCOMPARE(tree.nodeCount(), 0);
        QVERIFY(tree.error()->message.contains(QString::number(JsonCodec::MaxDepth)));
    }
}

void TestJsonTree::invalidTextGivesTheValidatorsError_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("A missing comma between array values") << QByteArray("[1 2]");
    QTest::newRow("A trailing comma in an object on line 3") << QByteArray("{\n\"a\":1,\n}");
    QTest::newRow("A text that ends inside an object") << QByteArray(R"({"a":[1,2])");
    QTest::newRow("Two top-level values") << QByteArray("{} {}");
    QTest::newRow("Invalid UTF-8 inside a string") << QByteArray("[\"\xC3\x28\"]");
    QTest::newRow("An empty text") << QByteArray();
}

void TestJsonTree::invalidTextGivesTheValidatorsError()
{
    QFETCH(QByteArray, json);
    const JsonTree tree = JsonTree::build(json);
    QVERIFY(!tree.isValid());
    QCOMPARE(tree.nodeCount(), 0);
    QCOMPARE(tree.root(), JsonTree::NoNode);
    const std::optional<CodecError> expected = JsonCodec::validate(json);
    QVERIFY(expected.has_value());
    QVERIFY(tree.error().has_value());
    QCOMPARE(tree.error()->position, expected->position);
    QCOMPARE(tree.error()->line, expected->line);
    QCOMPARE(tree.error()->column, expected->column);
    QCOMPARE(tree.error()->message, expected->message);
}

void TestJsonTree::bigArrayIsBuiltQuickly()
{
    const QByteArray json = bigArray(60000);
    QVERIFY(json.size() > 4'700'000);
    QVERIFY(!JsonCodec::validate(json));

    QElapsedTimer timer;
    timer.start();
    const JsonTree full = JsonTree::build(json, JsonTree::Options{std::numeric_limits<int>::max(), std::numeric_limits<int>::max()});
    const qint64 fullMs = timer.elapsed();
    QVERIFY(full.isValid());
    // Per element: the object, 5 members, 2 tags.
    QCOMPARE(full.nodeCount(), 1 + 60000 * 8);
    QCOMPARE(full.node(0).count, qint64(60000));
    QVERIFY(!full.isTruncated());

    timer.restart();
    const JsonTree capped = JsonTree::build(json);
    const qint64 cappedMs = timer.elapsed();
    QCOMPARE(capped.nodeCount(), JsonTree::DefaultMaxNodes);
    QCOMPARE(capped.node(0).count, qint64(60000));
    QVERIFY(capped.isTruncated());

    timer.restart();
    JsonTree::Options lazy;
    lazy.maxDepth = 1;
    const JsonTree top = JsonTree::build(json, lazy);
    const qint64 lazyMs = timer.elapsed();
    QCOMPARE(top.nodeCount(), 60001);
    const JsonTree last = top.subtree(60000, JsonTree::Options());
    QCOMPARE(last.nodeCount(), 8);
    QCOMPARE(last.stringValue(2), QStringLiteral("user-59999"));

    timer.restart();
    QVERIFY(!JsonCodec::validate(json));
    const qint64 validateMs = timer.elapsed();

    qInfo("%.1f MB: full tree %lld ms, %d nodes, %.1f MB of nodes; default cap %lld ms; depth 1 %lld ms, %d nodes, "
          "%.1f MB; validate alone %lld ms",
          json.size() / 1e6, fullMs, full.nodeCount(), full.memoryBytes() / 1e6, cappedMs, lazyMs, top.nodeCount(),
          top.memoryBytes() / 1e6, validateMs);
}

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
