// ControlFrame::checkPayload, the one payload rule of control frames (RFC 6455 §5.5) that the
// session, wsscope-cli's --ping and the composer's ping field call.
#include "core/rules/controlframe.h"

#include <QTest>

class TestControlFrame : public QObject
{
    Q_OBJECT

private slots:
    void payloadLimit_data();
    void payloadLimit();
    void theLimitIsTheRfcs();
};

void TestControlFrame::payloadLimit_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("fits");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("one byte") << QByteArray("p") << true;
    QTest::newRow("125 bytes, the limit") << QByteArray(125, 'p') << true;
    QTest::newRow("126 bytes") << QByteArray(126, 'p') << false;
    QTest::newRow("64 KiB") << QByteArray(65536, 'p') << false;
    // 63 two-byte characters: 63 characters but 126 bytes; the limit counts bytes.
    QTest::newRow("126 bytes of UTF-8") << QStringLiteral("é").repeated(63).toUtf8() << false;
    QTest::newRow("124 bytes of UTF-8") << QStringLiteral("é").repeated(62).toUtf8() << true;
}

void TestControlFrame::payloadLimit()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, fits);
    const QString error = ControlFrame::checkPayload(payload);
    QCOMPARE(error.isEmpty(), fits);
    if (!fits) {
        // Says how big it is and what the limit is, with the rule it comes from.
        QVERIFY2(error.contains(QString::number(payload.size()) + QStringLiteral(" bytes")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("at most 125 bytes")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("RFC 6455 §5.5")), qPrintable(error));
    }
}

void TestControlFrame::theLimitIsTheRfcs()
{
    QCOMPARE(ControlFrame::MaxPayloadBytes, 125);
    QCOMPARE(ControlFrame::CloseCodeBytes, 2);
}

QTEST_GUILESS_MAIN(TestControlFrame)
#include "tst_controlframe.moc"
