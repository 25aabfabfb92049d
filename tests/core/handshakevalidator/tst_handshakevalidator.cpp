#include "core/protocol/handshake.h"
#include "core/protocol/handshakevalidator.h"

#include <QtTest>

namespace {

using Headers = QList<HttpMessage::Header>;

const QByteArray RfcKey = "dGhlIHNhbXBsZSBub25jZQ==";
const QByteArray RfcAccept = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

HttpMessage makeRequest(const Headers &extra)
{
    HttpMessage request;
    request.isRequest = true;
    request.method = "GET";
    request.target = "/chat";
    request.headers = {{"Host", "server.example.com"},
                       {"Upgrade", "websocket"},
                       {"Connection", "Upgrade"},
                       {"Sec-WebSocket-Key", RfcKey},
                       {"Sec-WebSocket-Version", "13"}};
    request.headers += extra;
    return request;
}

HttpMessage makeResponse(int status, const QByteArray &reason, const Headers &headers)
{
    HttpMessage response;
    response.isRequest = false;
    response.statusCode = status;
    response.reasonPhrase = reason;
    response.headers = headers;
    return response;
}

// The RFC 6455 §1.3 response plus `extra` headers.
Headers goodResponseHeaders(const Headers &extra = {})
{
    return Headers{{"Upgrade", "websocket"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", RfcAccept}} + extra;
}

} // namespace

class TestHandshakeValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void http10SwitchingProtocolsIsRefused();
    void canonicalResponse_data();
    void canonicalResponse();
    void acceptValues();
    void missingKeyIsReported();
};

void TestHandshakeValidator::validate_data()
{
    QTest::addColumn<Headers>("requestExtra");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<Headers>("responseHeaders");
    QTest::addColumn<QStringList>("problems");  // each expected problem, as a substring, in order
    QTest::addColumn<QByteArray>("subprotocol");
    QTest::addColumn<QList<QByteArray>>("extensions");

    const Headers offerChat{{"Sec-WebSocket-Protocol", "chat, superchat"}};
    const Headers offerDeflate{{"Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"}};

    QTest::newRow("The RFC 6455 section 1.3 example handshake passes")
            << offerChat << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Protocol", "chat"}}) << QStringList() << QByteArray("chat")
            << QList<QByteArray>();
    QTest::newRow("Header names and the Upgrade and Connection tokens match in any case")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"upgrade", "WebSocket"}, {"CONNECTION", "keep-alive, UPGRADE"}, {"sec-websocket-accept", RfcAccept}}
            << QStringList() << QByteArray() << QList<QByteArray>();
    // Lenient where RFC 6455 §4.1 and RFC 9110 are (QWebSocket 6.4 refuses several of these).
    QTest::newRow("Upper-case names and values, Connection as a token list")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"UPGRADE", "WebSocket"}, {"Connection", "keep-alive, Upgrade"}, {"SEC-WEBSOCKET-ACCEPT", RfcAccept}}
            << QStringList() << QByteArray() << QList<QByteArray>();
    QTest::newRow("Connection split over two field lines (RFC 9110 section 5.3)")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "websocket"}, {"Connection", "keep-alive"}, {"connection", "upgrade"},
                       {"Sec-WebSocket-Accept", RfcAccept}}
            << QStringList() << QByteArray() << QList<QByteArray>();
    QTest::newRow("Empty list elements are ignored (RFC 9110 section 5.6.1)")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", ", websocket ,"}, {"Connection", ",,Upgrade, ,"}, {"Sec-WebSocket-Accept", RfcAccept}}
            << QStringList() << QByteArray() << QList<QByteArray>();
    QTest::newRow("Any reason phrase, and none (RFC 9112 section 4)")
            << Headers() << 101 << QByteArray() << goodResponseHeaders() << QStringList() << QByteArray()
            << QList<QByteArray>();
    QTest::newRow("Extra headers do not matter")
            << Headers() << 101 << QByteArray("Web Socket Protocol Handshake")
            << goodResponseHeaders({{"Server", "x"}, {"Date", "today"}}) << QStringList() << QByteArray()
            << QList<QByteArray>();
    // Strict elsewhere.
    QTest::newRow("Upgrade naming a second protocol next to websocket")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "websocket, h2c"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", RfcAccept}}
            << QStringList{QStringLiteral("The Upgrade header is \"websocket, h2c\"; it must be \"websocket\".")}
            << QByteArray() << QList<QByteArray>();
    QTest::newRow("Upgrade with a protocol version")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "websocket/13"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", RfcAccept}}
            << QStringList{QStringLiteral("it must be \"websocket\"")} << QByteArray() << QList<QByteArray>();
    QTest::newRow("An empty Upgrade header")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", ""}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", RfcAccept}}
            << QStringList{QStringLiteral("it must be \"websocket\"")} << QByteArray() << QList<QByteArray>();
    QTest::newRow("A 401 refusal names its status and reason and nothing else")
            << Headers() << 401 << QByteArray("Unauthorized") << Headers{{"WWW-Authenticate", "Basic"}}
            << QStringList{QStringLiteral("The server refused the upgrade: 401 Unauthorized.")} << QByteArray()
            << QList<QByteArray>();
    QTest::newRow("A 200 without a reason phrase is refused by number")
            << Headers() << 200 << QByteArray() << goodResponseHeaders()
            << QStringList{QStringLiteral("The server refused the upgrade: 200.")} << QByteArray() << QList<QByteArray>();
    QTest::newRow("A missing Upgrade header")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", RfcAccept}}
            << QStringList{QStringLiteral("no Upgrade header")} << QByteArray() << QList<QByteArray>();
    QTest::newRow("An Upgrade header naming another protocol")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "h2c"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", RfcAccept}}
            << QStringList{QStringLiteral("The Upgrade header is \"h2c\"; it must be \"websocket\".")} << QByteArray()
            << QList<QByteArray>();
    QTest::newRow("A missing Connection header")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "websocket"}, {"Sec-WebSocket-Accept", RfcAccept}}
            << QStringList{QStringLiteral("no Connection header")} << QByteArray() << QList<QByteArray>();
    QTest::newRow("A Connection header whose tokens only contain Upgrade as a substring")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "websocket"}, {"Connection", "keep-alive, Upgraded"}, {"Sec-WebSocket-Accept", RfcAccept}}
            << QStringList{QStringLiteral("The Connection header is \"keep-alive, Upgraded\"; it must contain \"Upgrade\".")}
            << QByteArray() << QList<QByteArray>();
    QTest::newRow("A missing Sec-WebSocket-Accept shows the expected value")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "websocket"}, {"Connection", "Upgrade"}}
            << QStringList{QStringLiteral("no Sec-WebSocket-Accept header; expected \"") + QString::fromLatin1(RfcAccept)}
            << QByteArray() << QList<QByteArray>();
    QTest::newRow("A wrong Sec-WebSocket-Accept shows expected and received values")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "websocket"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", "AAAAAAAAAAAAAAAAAAAAAAAAAAA="}}
            << QStringList{QStringLiteral("expected \"%1\", received \"AAAAAAAAAAAAAAAAAAAAAAAAAAA=\"")
                                   .arg(QString::fromLatin1(RfcAccept))}
            << QByteArray() << QList<QByteArray>();
    QTest::newRow("An accept value in the wrong letter case is wrong")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "websocket"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", RfcAccept.toLower()}}
            << QStringList{QStringLiteral("Sec-WebSocket-Accept is wrong")} << QByteArray() << QList<QByteArray>();
    QTest::newRow("Two Sec-WebSocket-Accept headers are refused even when both are right")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Accept", RfcAccept}})
            << QStringList{QStringLiteral("2 Sec-WebSocket-Accept headers")} << QByteArray() << QList<QByteArray>();
    QTest::newRow("A subprotocol the client did not offer")
            << offerChat << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Protocol", "mqtt"}})
            << QStringList{QStringLiteral("subprotocol \"mqtt\", which the client did not offer (offered: chat, superchat)")}
            << QByteArray() << QList<QByteArray>();
    QTest::newRow("Subprotocols are compared exactly, letter case included")
            << offerChat << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Protocol", "Chat"}})
            << QStringList{QStringLiteral("\"Chat\", which the client did not offer")} << QByteArray()
            << QList<QByteArray>();
    QTest::newRow("A subprotocol when the client offered none")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Protocol", "chat"}})
            << QStringList{QStringLiteral("\"chat\", but the client offered none")} << QByteArray() << QList<QByteArray>();
    QTest::newRow("Two subprotocols in one header")
            << offerChat << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Protocol", "chat, superchat"}})
            << QStringList{QStringLiteral("selected 2 subprotocols (chat, superchat)")} << QByteArray()
            << QList<QByteArray>();
    QTest::newRow("Two subprotocol headers")
            << offerChat << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Protocol", "chat"}, {"Sec-WebSocket-Protocol", "chat"}})
            << QStringList{QStringLiteral("selected 2 subprotocols")} << QByteArray() << QList<QByteArray>();
    QTest::newRow("An empty subprotocol header")
            << offerChat << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Protocol", ""}})
            << QStringList{QStringLiteral("Sec-WebSocket-Protocol header of the response is empty")} << QByteArray()
            << QList<QByteArray>();
    QTest::newRow("An offered extension accepted with parameters")
            << offerDeflate << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Extensions", "permessage-deflate; server_no_context_takeover"}})
            << QStringList() << QByteArray() << QList<QByteArray>{"permessage-deflate"};
    QTest::newRow("An extension the client did not request")
            << offerDeflate << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Extensions", "permessage-deflate, x-webkit-deflate-frame"}})
            << QStringList{QStringLiteral("extension \"x-webkit-deflate-frame\", which the client did not request")}
            << QByteArray() << QList<QByteArray>{"permessage-deflate", "x-webkit-deflate-frame"};
    QTest::newRow("An extension when the client requested none, with a quoted comma in a parameter")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << goodResponseHeaders({{"Sec-WebSocket-Extensions", "x-foo; note=\"a, b\""}})
            << QStringList{QStringLiteral("extension \"x-foo\", which the client did not request")} << QByteArray()
            << QList<QByteArray>{"x-foo"};
    QTest::newRow("Every failed check is listed, in RFC order")
            << Headers() << 101 << QByteArray("Switching Protocols")
            << Headers{{"Upgrade", "tls/1.0"}, {"Connection", "close"}, {"Sec-WebSocket-Protocol", "chat"},
                       {"Sec-WebSocket-Extensions", "x-bar"}}
            << QStringList{QStringLiteral("Upgrade header is"), QStringLiteral("Connection header is"),
                           QStringLiteral("no Sec-WebSocket-Accept"), QStringLiteral("\"x-bar\""),
                           QStringLiteral("offered none")}
            << QByteArray() << QList<QByteArray>{"x-bar"};
}

void TestHandshakeValidator::validate()
{
    QFETCH(Headers, requestExtra);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(Headers, responseHeaders);
    QFETCH(QStringList, problems);
    QFETCH(QByteArray, subprotocol);
    QFETCH(QList<QByteArray>, extensions);

    const HandshakeCheck check = HandshakeValidator::validate(makeRequest(requestExtra),
                                                              makeResponse(status, reason, responseHeaders));
    QCOMPARE(check.problems.size(), problems.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(check.problems.at(i).contains(problems.at(i)), qPrintable(check.problems.at(i)));
    QCOMPARE(check.ok, problems.isEmpty());
    QCOMPARE(check.subprotocol, subprotocol);
    QCOMPARE(check.extensions, extensions);
    QCOMPARE(check.acceptExpected, RfcAccept);
}

void TestHandshakeValidator::http10SwitchingProtocolsIsRefused()
{
    HttpMessage response = makeResponse(101, "Switching Protocols", goodResponseHeaders());
    response.version = "HTTP/1.0";
    const HandshakeCheck check = HandshakeValidator::validate(makeRequest({}), response);
    QVERIFY(!check.ok);
    QCOMPARE(check.problems,
             QStringList{QStringLiteral("The 101 response says HTTP/1.0; a WebSocket handshake needs HTTP/1.1.")});
    QVERIFY(HandshakeValidator::canonicalResponse(check).isEmpty());
}

void TestHandshakeValidator::canonicalResponse_data()
{
    QTest::addColumn<Headers>("requestExtra");
    QTest::addColumn<Headers>("responseHeaders");
    QTest::addColumn<QByteArray>("canonical");
    const QByteArray head = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Accept: " + RfcAccept + "\r\n";
    QTest::newRow("A lenient 101 becomes the four lines Qt reads")
            << Headers()
            << Headers{{"upgrade", "WEBSOCKET"}, {"Connection", "keep-alive, upgrade"}, {"Server", "x"},
                       {"sec-websocket-accept", RfcAccept}}
            << head + "\r\n";
    QTest::newRow("The negotiated subprotocol is kept")
            << Headers{{"Sec-WebSocket-Protocol", "chat, superchat"}}
            << goodResponseHeaders({{"sec-websocket-protocol", "superchat"}})
            << head + "Sec-WebSocket-Protocol: superchat\r\n\r\n";
    QTest::newRow("An accepted extension is left out: QWebSocket implements none")
            << Headers{{"Sec-WebSocket-Extensions", "permessage-deflate"}}
            << goodResponseHeaders({{"Sec-WebSocket-Extensions", "permessage-deflate"}})
            << head + "\r\n";
    QTest::newRow("Nothing for a response that failed validation")
            << Headers() << Headers{{"Upgrade", "websocket"}, {"Connection", "Upgrade"}} << QByteArray();
}

void TestHandshakeValidator::canonicalResponse()
{
    QFETCH(Headers, requestExtra);
    QFETCH(Headers, responseHeaders);
    QFETCH(QByteArray, canonical);
    const HandshakeCheck check = HandshakeValidator::validate(makeRequest(requestExtra),
                                                              makeResponse(101, "OK", responseHeaders));
    QCOMPARE(HandshakeValidator::canonicalResponse(check), canonical);
}

void TestHandshakeValidator::acceptValues()
{
    // Received value present and right.
    HandshakeCheck check = HandshakeValidator::validate(makeRequest({}),
                                                        makeResponse(101, "Switching Protocols", goodResponseHeaders()));
    QVERIFY(check.ok);
    QVERIFY(check.acceptValid);
    QCOMPARE(check.acceptExpected, RfcAccept);
    QCOMPARE(check.acceptReceived, RfcAccept);

    // Absent: null received value.
    check = HandshakeValidator::validate(makeRequest({}),
                                         makeResponse(101, "Switching Protocols",
                                                      {{"Upgrade", "websocket"}, {"Connection", "Upgrade"}}));
    QVERIFY(!check.ok);
    QVERIFY(!check.acceptValid);
    QVERIFY(check.acceptReceived.isNull());

    // Any other key: the expected value follows the request, not a constant.
    HttpMessage request = makeRequest({});
    const QByteArray key = Handshake::generateKey();
    request.headers[3].second = key;
    check = HandshakeValidator::validate(request, makeResponse(101, "Switching Protocols", goodResponseHeaders()));
    QCOMPARE(check.acceptExpected, Handshake::acceptFor(key));
    QVERIFY(!check.acceptValid);
    QVERIFY(!check.ok);

    // A refused upgrade still reports what was received.
    check = HandshakeValidator::validate(makeRequest({}), makeResponse(403, "Forbidden", goodResponseHeaders()));
    QVERIFY(!check.ok);
    QVERIFY(check.acceptValid);
    QCOMPARE(check.problems, QStringList{QStringLiteral("The server refused the upgrade: 403 Forbidden.")});
}

void TestHandshakeValidator::missingKeyIsReported()
{
    HttpMessage request = makeRequest({});
    request.headers.removeAt(3);
    QVERIFY(!request.hasHeader("Sec-WebSocket-Key"));
    const HandshakeCheck check = HandshakeValidator::validate(request,
                                                              makeResponse(101, "Switching Protocols", goodResponseHeaders()));
    QVERIFY(!check.ok);
    QVERIFY(!check.acceptValid);
    QVERIFY(check.acceptExpected.isEmpty());
    QCOMPARE(check.acceptReceived, RfcAccept);
    QCOMPARE(check.problems.size(), 1);
    QVERIFY2(check.problems.first().contains(QLatin1String("no Sec-WebSocket-Key")), qPrintable(check.problems.first()));
}

QTEST_GUILESS_MAIN(TestHandshakeValidator)
#include "tst_handshakevalidator.moc"
