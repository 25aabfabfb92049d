#include "core/variables/variableresolver.h"
#include "pseudotranslator.h"

#include <QRegularExpression>
#include <QtTest>

// VariableResolver: {{name}} references resolved through scopes (last added wins), nested values,
// cycles and missing names named in the message, built-ins evaluated per occurrence, and text
// that only looks like braces left as written.
class TestVariableResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolves_data();
    void resolves();
    void failuresNameTheVariable_data();
    void failuresNameTheVariable();
    void laterScopesWin();
    void builtIns();
    void eachBuiltInOccurrenceIsNew();
    void referencedNamesInOrder();
    void validNames_data();
    void validNames();
    void messagesAreTranslated();

private:
    static VariableResolver resolver();
};

VariableResolver TestVariableResolver::resolver()
{
    VariableResolver r;
    r.addScope({{QStringLiteral("host"), QStringLiteral("staging.example.com")},
                {QStringLiteral("port"), QStringLiteral("8443")},
                {QStringLiteral("base"), QStringLiteral("wss://{{host}}:{{port}}")},
                {QStringLiteral("url"), QStringLiteral("{{base}}/live")},
                {QStringLiteral("token"), QStringLiteral("s3cr3t")},
                {QStringLiteral("empty"), QString()},
                {QStringLiteral("a"), QStringLiteral("{{b}}")},
                {QStringLiteral("b"), QStringLiteral("{{c}}")},
                {QStringLiteral("c"), QStringLiteral("{{a}}")},
                {QStringLiteral("self"), QStringLiteral("x{{self}}")},
                {QStringLiteral("uses-missing"), QStringLiteral("{{nowhere}}")},
                {QStringLiteral("api.v2_key-1"), QStringLiteral("k")}});
    return r;
}

void TestVariableResolver::resolves_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Text without references is unchanged") << QStringLiteral("plain") << QStringLiteral("plain");
    QTest::newRow("One reference") << QStringLiteral("Bearer {{token}}") << QStringLiteral("Bearer s3cr3t");
    QTest::newRow("Spaces inside the braces") << QStringLiteral("{{ token }}") << QStringLiteral("s3cr3t");
    QTest::newRow("Nested two levels") << QStringLiteral("{{url}}") << QStringLiteral("wss://staging.example.com:8443/live");
    QTest::newRow("The same name twice") << QStringLiteral("{{port}}-{{port}}") << QStringLiteral("8443-8443");
    QTest::newRow("An empty value") << QStringLiteral("[{{empty}}]") << QStringLiteral("[]");
    QTest::newRow("Dots, dashes and digits in a name") << QStringLiteral("{{api.v2_key-1}}") << QStringLiteral("k");
    QTest::newRow("JSON with double braces is not a reference")
            << QStringLiteral("[{{\"a\":1}}]") << QStringLiteral("[{{\"a\":1}}]");
    QTest::newRow("Empty braces stay") << QStringLiteral("{{ }}") << QStringLiteral("{{ }}");
    QTest::newRow("An unclosed reference stays") << QStringLiteral("{{token") << QStringLiteral("{{token");
    QTest::newRow("A literal before a real reference")
            << QStringLiteral("{{1}} {{token}}") << QStringLiteral("{{1}} s3cr3t");
    QTest::newRow("Triple braces keep the outer ones") << QStringLiteral("{{{token}}}") << QStringLiteral("{s3cr3t}");
}

void TestVariableResolver::resolves()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const VariableResolver::Result r = resolver().resolve(text);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.text, expected);
    QVERIFY(r.error.isEmpty());
}

void TestVariableResolver::failuresNameTheVariable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QStringList>("contains");
    QTest::newRow("A missing name") << QStringLiteral("{{nope}}") << QStringLiteral("nope")
                                    << QStringList{QStringLiteral("“nope”"), QStringLiteral("not defined")};
    QTest::newRow("A missing name inside another value")
            << QStringLiteral("{{uses-missing}}") << QStringLiteral("nowhere")
            << QStringList{QStringLiteral("“nowhere”"), QStringLiteral("used by “uses-missing”")};
    QTest::newRow("A cycle of three names") << QStringLiteral("go {{a}}") << QStringLiteral("a")
                                            << QStringList{QStringLiteral("a → b → c → a")};
    QTest::newRow("A name that refers to itself") << QStringLiteral("{{self}}") << QStringLiteral("self")
                                                  << QStringList{QStringLiteral("self → self")};
    QTest::newRow("An unknown built-in") << QStringLiteral("{{$nonsense}}") << QStringLiteral("$nonsense")
                                         << QStringList{QStringLiteral("not a built-in"), QStringLiteral("{{$uuid}}")};
}

void TestVariableResolver::failuresNameTheVariable()
{
    QFETCH(QString, text);
    QFETCH(QString, variable);
    QFETCH(QStringList, contains);
    const VariableResolver::Result r = resolver().resolve(text);
    QVERIFY(!r.ok);
    QCOMPARE(r.variable, variable);
    for (const QString &part : contains)
        QVERIFY2(r.error.contains(part), qPrintable(r.error));
}

void TestVariableResolver::laterScopesWin()
{
    VariableResolver r;
    r.addScope({{QStringLiteral("host"), QStringLiteral("global")}, {QStringLiteral("port"), QStringLiteral("1")}});
    r.addScope({{QStringLiteral("host"), QStringLiteral("profile")}});
    QCOMPARE(r.resolve(u"{{host}}:{{port}}").text, QStringLiteral("profile:1"));
    r.addScope({{QStringLiteral("port"), QStringLiteral("2")}}); // --set port=2
    QCOMPARE(r.resolve(u"{{host}}:{{port}}").text, QStringLiteral("profile:2"));

    // Deep but legal nesting resolves; one level more than MaxDepth is refused with the chain.
    VariableResolver deep;
    QHash<QString, QString> chain;
    for (int i = 0; i < VariableResolver::MaxDepth + 1; ++i)
        chain.insert(QStringLiteral("v%1").arg(i), QStringLiteral("{{v%1}}").arg(i + 1));
    chain.insert(QStringLiteral("v%1").arg(VariableResolver::MaxDepth + 1), QStringLiteral("end"));
    deep.addScope(chain);
    QCOMPARE(deep.resolve(QStringLiteral("{{v%1}}").arg(VariableResolver::MaxDepth - 2)).text, QStringLiteral("end"));
    const VariableResolver::Result tooDeep = deep.resolve(u"{{v0}}");
    QVERIFY(!tooDeep.ok);
    QVERIFY2(tooDeep.error.contains(QLatin1String("levels deep")), qPrintable(tooDeep.error));
}

void TestVariableResolver::builtIns()
{
    VariableResolver r;
    r.setClock([] { return qint64(1764590400123); }); // 2025-12-01T12:00:00.123Z
    r.setRandom([](quint32 bound) { return bound - 1; });
    QCOMPARE(r.resolve(u"{{$timestamp}}").text, QStringLiteral("1764590400"));
    QCOMPARE(r.resolve(u"{{$isoTimestamp}}").text, QStringLiteral("2025-12-01T12:00:00.123Z"));
    QCOMPARE(r.resolve(u"{{$randomInt}}").text, QString::number(VariableResolver::RandomIntMax));
    const QString uuid = r.resolve(u"{{ $uuid }}").text;
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                     .match(uuid)
                     .hasMatch(),
             qPrintable(uuid));
    // A built-in inside a variable's value resolves too.
    r.addScope({{QStringLiteral("id"), QStringLiteral("req-{{$timestamp}}")}});
    QCOMPARE(r.resolve(u"{{id}}").text, QStringLiteral("req-1764590400"));
}

void TestVariableResolver::eachBuiltInOccurrenceIsNew()
{
    const QStringList parts = VariableResolver().resolve(u"{{$uuid}} {{$uuid}}").text.split(QLatin1Char(' '));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts.at(0) != parts.at(1));
    int calls = 0;
    VariableResolver counted;
    counted.setRandom([&calls](quint32) { return quint32(calls++); });
    QCOMPARE(counted.resolve(u"{{$randomInt}},{{$randomInt}}").text, QStringLiteral("0,1"));
}

void TestVariableResolver::referencedNamesInOrder()
{
    QCOMPARE(VariableResolver::referencedNames(u"{{b}} {{a}} {{b}} {{$uuid}} {{\"x\"}}"),
             (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("$uuid")}));
    QVERIFY(VariableResolver::hasReferences(u"x {{a}}"));
    QVERIFY(!VariableResolver::hasReferences(u"{\"a\":{\"b\":1}}"));
    QVERIFY(!VariableResolver::hasReferences(u"{{ }}"));
}

void TestVariableResolver::validNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters") << QStringLiteral("token") << true;
    QTest::newRow("underscore first") << QStringLiteral("_x") << true;
    QTest::newRow("dotted") << QStringLiteral("api.key") << true;
    QTest::newRow("digit first") << QStringLiteral("1a") << false;
    QTest::newRow("a space") << QStringLiteral("a b") << false;
    QTest::newRow("a built-in cannot be defined") << QStringLiteral("$uuid") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestVariableResolver::validNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(VariableResolver::isValidName(name), valid);
}

void TestVariableResolver::messagesAreTranslated()
{
    const PseudoTranslator translator;
    for (const QString &text : {QStringLiteral("{{nope}}"), QStringLiteral("{{a}}"), QStringLiteral("{{$x}}"),
                                QStringLiteral("{{uses-missing}}")})
        QVERIFY2(resolver().resolve(text).error.startsWith(QLatin1String("[[")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestVariableResolver)
#include "tst_variableresolver.moc"
