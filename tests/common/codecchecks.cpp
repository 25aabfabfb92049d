#include "codecchecks.h"

#include <QTest>

void CodecChecks::addDecodeColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
}

void CodecChecks::checkDecodes(Decoder decode)
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    CodecError error;
    const std::optional<QByteArray> decoded = decode(text, &error);
    QVERIFY2(decoded.has_value(), qPrintable(error.message));
    QCOMPARE(*decoded, bytes);
}

void CodecChecks::addErrorColumns()
{
    QTest::addColumn<qint64>("position");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
}

void CodecChecks::checkError(const CodecError &error)
{
    QFETCH(qint64, position);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.position, position);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    // Every message starts with where the problem is, in the words TextCodec::errorAt() uses.
    QVERIFY2(error.message.startsWith(QStringLiteral("Line %1, column %2: ").arg(line).arg(column)), qPrintable(error.message));
}

void CodecChecks::addDecodeErrorColumns()
{
    QTest::addColumn<QString>("text");
    addErrorColumns();
}

void CodecChecks::checkDecodeFails(Decoder decode)
{
    QFETCH(QString, text);
    CodecError error;
    QVERIFY(!decode(text, &error).has_value());
    checkError(error);
    if (QTest::currentTestFailed())
        return;
    // Without an error sink the decoder must fail the same way, without crashing.
    QVERIFY(!decode(text, nullptr).has_value());
}
