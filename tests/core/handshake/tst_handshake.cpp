#include "core/protocol/handshake.h"

#include <QtTest>

class TestHandshake : public QObject
{
    Q_OBJECT

private slots:
    void acceptFor_data();
    void acceptFor();
    void clientKeyValidation_data();
    void clientKeyValidation();
    void generatedKeysAreValidAndDistinct();
};

void TestHandshake::acceptFor_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("accept");
    QTest::newRow("RFC 6455 section 1.3 sample nonce")
            << QByteArray("dGhlIHNhbXBsZSBub25jZQ==") << QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    // Value computed independently: printf '%s' 'x3JJHMbDL1EzLkh9GBhXDw==258EAFA5-E914-47DA-95CA-C5AB0DC85B11' | sha1sum | xxd -r -p | base64
    QTest::newRow("MDN example key") << QByteArray("x3JJHMbDL1EzLkh9GBhXDw==")
                                     << QByteArray("HSmrc0sMlYUkAGmm5OPpG2HaGWk=");
}

void TestHandshake::acceptFor()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, accept);
    QCOMPARE(Handshake::acceptFor(key), accept);
}

void TestHandshake::clientKeyValidation_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("The RFC sample key is valid") << QByteArray("dGhlIHNhbXBsZSBub25jZQ==") << true << QString();
    QTest::newRow("An empty key is refused") << QByteArray() << false << QStringLiteral("empty");
    QTest::newRow("A key of 15 bytes is refused") << QByteArray(15, 'a').toBase64() << false << QStringLiteral("20 characters");
    QTest::newRow("A key with a character outside base64 is refused")
            << QByteArray("dGhlIHNhbXBsZSBub25j*Q==") << false << QStringLiteral("Character 21");
    QTest::newRow("A key without padding is refused")
            << QByteArray("dGhlIHNhbXBsZSBub25jZQAA") << false << QStringLiteral("padding");
}

void TestHandshake::clientKeyValidation()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, valid);
    QFETCH(QString, errorContains);
    QString error;
    QCOMPARE(Handshake::isValidClientKey(key, &error), valid);
    if (!valid)
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestHandshake::generatedKeysAreValidAndDistinct()
{
    const QByteArray a = Handshake::generateKey();
    const QByteArray b = Handshake::generateKey();
    QVERIFY(Handshake::isValidClientKey(a));
    QVERIFY(Handshake::isValidClientKey(b));
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
