#include "core/testserver/testserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>

class TestTestServer : public QObject
{
    Q_OBJECT

private slots:
    void startsOnLoopbackAndStops();
    void reportsWhenThePortIsTaken();
    void echoPath_data();
    void echoPath();
    void pushPathSendsMessagesAndPings();
    void closePath_data();
    void closePath();
    void closeAfterFirstMessage();
    void slowPathDelaysTheEcho();
    void unknownPathIsClosedWithAHint();
    void stopClosesClientsWithGoingAway();

private:
    static std::unique_ptr<QWebSocket> openClient(const QUrl &url);
};

std::unique_ptr<QWebSocket> TestTestServer::openClient(const QUrl &url)
{
    auto socket = std::make_unique<QWebSocket>();
    socket->open(url);
    return socket;
}

void TestTestServer::startsOnLoopbackAndStops()
{
    TestServer server;
    QSignalSpy running(&server, &TestServer::runningChanged);
    QVERIFY(!server.isRunning());
    QCOMPARE(server.port(), quint16(0));
    QString error;
    QVERIFY2(server.start(0, &error), qPrintable(error));
    QVERIFY(server.isRunning());
    QVERIFY(server.port() > 0);
    QCOMPARE(server.url(QStringLiteral("/echo")), QUrl(QStringLiteral("ws://127.0.0.1:%1/echo").arg(server.port())));
    QCOMPARE(server.url(QStringLiteral("slow?ms=5")).toString(),
             QStringLiteral("ws://127.0.0.1:%1/slow?ms=5").arg(server.port()));
    QCOMPARE(running.count(), 1);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    server.stop();
    QVERIFY(!server.isRunning());
    QCOMPARE(running.count(), 2);
    QCOMPARE(running.at(1).at(0).toBool(), false);
}

void TestTestServer::reportsWhenThePortIsTaken()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    TestServer server;
    QString error;
    QVERIFY(!server.start(blocker.serverPort(), &error));
    QVERIFY(!server.isRunning());
    QVERIFY2(error.contains(QString::number(blocker.serverPort())), qPrintable(error));
    QCOMPARE(server.errorString(), error);
    // It can still start elsewhere afterwards.
    QVERIFY(server.start(0, &error));
    QVERIFY(server.errorString().isEmpty());
}

void TestTestServer::echoPath_data()
{
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("A text message comes back unchanged") << false << QStringLiteral("안녕, echo").toUtf8();
    QTest::newRow("A binary message with every byte value comes back unchanged") << true << [] {
        QByteArray b;
        for (int i = 0; i < 256; ++i)
            b.append(char(i));
        return b;
    }();
}

void TestTestServer::echoPath()
{
    QFETCH(bool, binary);
    QFETCH(QByteArray, payload);
    TestServer server;
    QVERIFY(server.start());
    QSignalSpy clientSeen(&server, &TestServer::clientConnected);
    auto client = openClient(server.url(QStringLiteral("/echo")));
    QSignalSpy connected(client.get(), &QWebSocket::connected);
    QSignalSpy text(client.get(), &QWebSocket::textMessageReceived);
    QSignalSpy bin(client.get(), &QWebSocket::binaryMessageReceived);
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE(clientSeen.count(), 1);
    QCOMPARE(clientSeen.at(0).at(0).toString(), QStringLiteral("/echo"));
    QCOMPARE(server.clientCount(), 1);
    if (binary) {
        client->sendBinaryMessage(payload);
        QVERIFY(bin.wait(5000));
        QCOMPARE(bin.at(0).at(0).toByteArray(), payload);
        QCOMPARE(text.count(), 0);
    } else {
        client->sendTextMessage(QString::fromUtf8(payload));
        QVERIFY(text.wait(5000));
        QCOMPARE(text.at(0).at(0).toString(), QString::fromUtf8(payload));
        QCOMPARE(bin.count(), 0);
    }
    client->close();
    QTRY_COMPARE(server.clientCount(), 0);
}

void TestTestServer::pushPathSendsMessagesAndPings()
{
    // QWebSocket answers pings silently, so this client speaks RFC 6455 by hand to see them.
    TestServer server;
    QVERIFY(server.start());
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server.port());
    // The server runs in this thread: wait with the event loop running, never with waitFor…().
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::ConnectedState, 5000);
    QSignalSpy readyRead(&raw, &QTcpSocket::readyRead);
    raw.write(QStringLiteral("GET /push?ms=50 HTTP/1.1\r\nHost: 127.0.0.1:%1\r\nUpgrade: websocket\r\n"
                             "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                             "Sec-WebSocket-Version: 13\r\n\r\n")
                      .arg(server.port())
                      .toLatin1());
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (!buffer.contains("\r\n\r\n") && timer.elapsed() < 5000) {
        readyRead.wait(100);
        buffer += raw.readAll();
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    QVERIFY2(buffer.startsWith("HTTP/1.1 101"), buffer.constData());
    QVERIFY(buffer.contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")); // RFC 6455 §1.3 sample accept value
    buffer.remove(0, headerEnd + 4);

    struct Frame { int opcode; QByteArray payload; };
    QList<Frame> frames;
    while (frames.size() < 4 && timer.elapsed() < 10000) {
        // Server frames are unmasked (RFC 6455 §5.1) and these payloads are shorter than 126 bytes.
        while (buffer.size() >= 2 && buffer.size() >= 2 + (uchar(buffer.at(1)) & 0x7F)) {
            const int length = uchar(buffer.at(1)) & 0x7F;
            QVERIFY(length < 126);
            QVERIFY((uchar(buffer.at(1)) & 0x80) == 0);
            QVERIFY(uchar(buffer.at(0)) & 0x80); // FIN
            frames.append({uchar(buffer.at(0)) & 0x0F, buffer.mid(2, length)});
            buffer.remove(0, 2 + length);
        }
        readyRead.wait(100);
        buffer += raw.readAll();
    }
    QVERIFY(frames.size() >= 4);
    QCOMPARE(frames.at(0).opcode, 0x1);
    const QJsonObject first = QJsonDocument::fromJson(frames.at(0).payload).object();
    QCOMPARE(first.value(QStringLiteral("seq")).toInt(), 1);
    QVERIFY(!first.value(QStringLiteral("time")).toString().isEmpty());
    QCOMPARE(frames.at(1).opcode, 0x9);
    QCOMPARE(frames.at(1).payload, QByteArray("push 1"));
    QCOMPARE(frames.at(2).opcode, 0x1);
    QCOMPARE(QJsonDocument::fromJson(frames.at(2).payload).object().value(QStringLiteral("seq")).toInt(), 2);
    QCOMPARE(frames.at(3).opcode, 0x9);
    QCOMPARE(frames.at(3).payload, QByteArray("push 2"));
}

void TestTestServer::closePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("A private-use code and a reason are sent right after the handshake")
            << QStringLiteral("/close?code=4000&reason=bye") << 4000 << QStringLiteral("bye");
    QTest::newRow("Without parameters the server closes normally with 1000")
            << QStringLiteral("/close") << 1000 << QString();
    QTest::newRow("A percent-encoded UTF-8 reason arrives decoded")
            << QStringLiteral("/close?code=1001&reason=%EC%95%88%EB%85%95%20bye") << 1001 << QStringLiteral("안녕 bye");
    QTest::newRow("A code that is not a number is answered with 1008 and an explanation")
            << QStringLiteral("/close?code=abc") << 1008 << QStringLiteral("bad code parameter \"abc\"; expected 0-65535");
}

void TestTestServer::closePath()
{
    QFETCH(QString, path);
    QFETCH(int, code);
    QFETCH(QString, reason);
    TestServer server;
    QVERIFY(server.start());
    auto client = openClient(server.url(path));
    QSignalSpy connected(client.get(), &QWebSocket::connected);
    QSignalSpy disconnected(client.get(), &QWebSocket::disconnected);
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(connected.count(), 1); // the handshake completed first
    QCOMPARE(int(client->closeCode()), code);
    QCOMPARE(client->closeReason(), reason);
}

void TestTestServer::closeAfterFirstMessage()
{
    TestServer server;
    QVERIFY(server.start());
    auto client = openClient(server.url(QStringLiteral("/close?code=4001&reason=after%20one&after=message")));
    QSignalSpy connected(client.get(), &QWebSocket::connected);
    QSignalSpy disconnected(client.get(), &QWebSocket::disconnected);
    QVERIFY(connected.wait(5000));
    QTest::qWait(200);
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
    client->sendTextMessage(QStringLiteral("trigger"));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(client->closeCode()), 4001);
    QCOMPARE(client->closeReason(), QStringLiteral("after one"));
}

void TestTestServer::slowPathDelaysTheEcho()
{
    TestServer server;
    QVERIFY(server.start());
    auto client = openClient(server.url(QStringLiteral("/slow?ms=300")));
    QSignalSpy connected(client.get(), &QWebSocket::connected);
    QSignalSpy text(client.get(), &QWebSocket::textMessageReceived);
    QSignalSpy bin(client.get(), &QWebSocket::binaryMessageReceived);
    QVERIFY(connected.wait(5000));
    QElapsedTimer timer;
    timer.start();
    client->sendTextMessage(QStringLiteral("later"));
    client->sendBinaryMessage(QByteArray("\x00\x01", 2));
    QVERIFY(text.wait(5000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 290, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    QCOMPARE(text.at(0).at(0).toString(), QStringLiteral("later"));
    QTRY_COMPARE(bin.count(), 1);
    QCOMPARE(bin.at(0).at(0).toByteArray(), QByteArray("\x00\x01", 2));
}

void TestTestServer::unknownPathIsClosedWithAHint()
{
    TestServer server;
    QVERIFY(server.start());
    auto client = openClient(server.url(QStringLiteral("/nope")));
    QSignalSpy disconnected(client.get(), &QWebSocket::disconnected);
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(client->closeCode()), 1008);
    QVERIFY2(client->closeReason().contains(QStringLiteral("unknown path /nope")), qPrintable(client->closeReason()));
    QVERIFY(client->closeReason().contains(QStringLiteral("/echo")));
    QVERIFY(client->closeReason().toUtf8().size() <= 123);
}

void TestTestServer::stopClosesClientsWithGoingAway()
{
    TestServer server;
    QVERIFY(server.start());
    auto client = openClient(server.url(QStringLiteral("/echo")));
    QSignalSpy connected(client.get(), &QWebSocket::connected);
    QSignalSpy disconnected(client.get(), &QWebSocket::disconnected);
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE(server.clientCount(), 1);
    server.stop();
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(client->closeCode()), 1001);
    QCOMPARE(server.clientCount(), 0);
    QVERIFY(!server.isRunning());
}

QTEST_GUILESS_MAIN(TestTestServer)
#include "tst_testserver.moc"
