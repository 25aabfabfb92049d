#include "core/protocol/httpparser.h"

#include <QtTest>

namespace {

using Header = HttpMessage::Header;

struct Outcome
{
    HttpParser::State state = HttpParser::State::Head;
    bool headComplete = false;
    HttpMessage message;
    QList<Header> trailers;
    QString error;
    qint64 consumed = 0;
};

struct Limits
{
    qsizetype maxHead = 0; // 0: the parser's default
    qsizetype maxBody = 0;
};

// Feeds `input` cut at `cuts` (ascending offsets), like a socket delivering it in pieces. Bytes after
// Complete are offered again with every later piece, as a careless caller would; they must stay unread.
Outcome runParser(HttpParser::Kind kind, const QByteArray &input, const QList<qsizetype> &cuts, bool finishAtEnd,
                  Limits limits)
{
    HttpParser parser(kind);
    if (limits.maxHead > 0)
        parser.setMaxHeadSize(limits.maxHead);
    if (limits.maxBody > 0)
        parser.setMaxBodyKept(limits.maxBody);
    Outcome outcome;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (const qsizetype end : ends) {
        outcome.consumed += parser.feed(QByteArrayView(input).sliced(from, end - from));
        from = end;
    }
    if (finishAtEnd)
        parser.finish();
    outcome.state = parser.state();
    outcome.headComplete = parser.isHeadComplete();
    outcome.message = parser.message();
    outcome.trailers = parser.trailers();
    outcome.error = parser.errorString();
    return outcome;
}

QString describeDifference(const Outcome &a, const Outcome &b)
{
    const HttpMessage &x = a.message;
    const HttpMessage &y = b.message;
    QStringList differences;
    if (a.state != b.state)
        differences << QStringLiteral("state %1 vs %2").arg(int(a.state)).arg(int(b.state));
    if (a.headComplete != b.headComplete)
        differences << QStringLiteral("headComplete");
    if (a.error != b.error)
        differences << QStringLiteral("error \"%1\" vs \"%2\"").arg(a.error, b.error);
    if (a.consumed != b.consumed)
        differences << QStringLiteral("consumed %1 vs %2").arg(a.consumed).arg(b.consumed);
    if (x.isRequest != y.isRequest || x.method != y.method || x.target != y.target || x.version != y.version)
        differences << QStringLiteral("request line / version");
    if (x.statusCode != y.statusCode || x.reasonPhrase != y.reasonPhrase)
        differences << QStringLiteral("status line");
    if (x.headers != y.headers)
        differences << QStringLiteral("headers");
    if (x.rawHead != y.rawHead)
        differences << QStringLiteral("rawHead");
    if (x.body != y.body || x.bodyBytesSeen != y.bodyBytesSeen || x.bodyBytesDropped != y.bodyBytesDropped)
        differences << QStringLiteral("body");
    if (a.trailers != b.trailers)
        differences << QStringLiteral("trailers");
    return differences.join(QLatin1String(", "));
}

// Parses `input` whole, byte by byte, and in two halves at every split point (sampled for inputs
// above 4 KiB: every point near the start, the end and the limits, plus a stride), and requires the
// same outcome from all of them. Returns the whole-input outcome in *whole.
bool parseAllWays(HttpParser::Kind kind, const QByteArray &input, bool finishAtEnd, Outcome *whole,
                  QString *difference, Limits limits = {})
{
    *whole = runParser(kind, input, {}, finishAtEnd, limits);
    const auto same = [&](const QList<qsizetype> &cuts, const QString &how) {
        const Outcome other = runParser(kind, input, cuts, finishAtEnd, limits);
        const QString diff = describeDifference(*whole, other);
        if (!diff.isEmpty())
            *difference = QStringLiteral("Fed %1: %2").arg(how, diff);
        return diff.isEmpty();
    };

    constexpr qsizetype Exhaustive = 4096;
    QList<qsizetype> points;
    for (qsizetype at = 1; at < input.size(); ++at) {
        const bool nearLimit = [&] {
            for (const qsizetype limit : {limits.maxHead > 0 ? limits.maxHead : qsizetype(65536),
                                          limits.maxBody > 0 ? limits.maxBody : qsizetype(65536)}) {
                if (qAbs(at - limit) < 64)
                    return true;
            }
            return false;
        }();
        if (input.size() <= Exhaustive || at < 64 || input.size() - at < 64 || nearLimit || at % 251 == 0)
            points.append(at);
    }
    for (const qsizetype at : std::as_const(points)) {
        if (!same({at}, QStringLiteral("in two parts split at %1").arg(at)))
            return false;
    }
    QList<qsizetype> everyByte;
    everyByte.reserve(input.size());
    for (qsizetype at = 1; at < input.size(); ++at)
        everyByte.append(at);
    if (!same(everyByte, QStringLiteral("byte by byte")))
        return false;
    // Odd-sized pieces, so that every line end lands in different places.
    for (const qsizetype step : {3, 7, 64}) {
        QList<qsizetype> cuts;
        for (qsizetype at = step; at < input.size(); at += step)
            cuts.append(at);
        if (!same(cuts, QStringLiteral("in pieces of %1").arg(step)))
            return false;
    }
    return true;
}

const QByteArray RfcRequest = "GET /chat HTTP/1.1\r\n"
                              "Host: server.example.com\r\n"
                              "Upgrade: websocket\r\n"
                              "Connection: Upgrade\r\n"
                              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                              "Origin: http://example.com\r\n"
                              "Sec-WebSocket-Protocol: chat, superchat\r\n"
                              "Sec-WebSocket-Version: 13\r\n"
                              "\r\n";

const QByteArray RfcResponse = "HTTP/1.1 101 Switching Protocols\r\n"
                               "Upgrade: websocket\r\n"
                               "Connection: Upgrade\r\n"
                               "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                               "Sec-WebSocket-Protocol: chat\r\n"
                               "\r\n";

// An unmasked text frame "Hello" (RFC 6455 §5.7) and a ping: what a server may send right after its 101.
const QByteArray FramesAfter101 = QByteArray("\x81\x05Hello\x89\x00", 9);

} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT

private slots:
    void rfcExampleRequest();
    void rfcExampleResponse();
    void framesAfter101AreLeftUnconsumed();
    void unauthorizedWithContentLength();
    void notFoundChunkedWithExtensionsAndTrailers();
    void bodyReadUntilClose();
    void bodyOverTheKeepLimitIsCounted();
    void smallerKeepLimit();
    void declaredHugeLengthAllocatesNothing();
    void headAtTheLimitIsAccepted();
    void oversizeHeadIsRefused();
    void obsFoldIsRefused();
    void duplicatesKeptInOrderWithOriginalCase();
    void feedAfterTheEndConsumesNothing();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

void TestHttpParser::rfcExampleRequest()
{
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Request, RfcRequest, false, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Complete);
    QVERIFY(out.headComplete);
    QCOMPARE(out.consumed, RfcRequest.size());
    QVERIFY(out.message.isRequest);
    QCOMPARE(out.message.method, QByteArray("GET"));
    QCOMPARE(out.message.target, QByteArray("/chat"));
    QCOMPARE(out.message.version, QByteArray("HTTP/1.1"));
    QCOMPARE(out.message.rawHead, RfcRequest);
    QCOMPARE(out.message.headers.size(), 7);
    QCOMPARE(out.message.headers.first(), Header("Host", "server.example.com"));
    QCOMPARE(out.message.value("sec-websocket-key"), QByteArray("dGhlIHNhbXBsZSBub25jZQ=="));
    QCOMPARE(out.message.tokens("Sec-WebSocket-Protocol"), (QList<QByteArray>{"chat", "superchat"}));
    QVERIFY(out.message.body.isEmpty());
    QVERIFY(out.error.isEmpty());
}

void TestHttpParser::rfcExampleResponse()
{
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, RfcResponse, false, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Complete);
    QVERIFY(!out.message.isRequest);
    QCOMPARE(out.message.statusCode, 101);
    QCOMPARE(out.message.reasonPhrase, QByteArray("Switching Protocols"));
    QCOMPARE(out.message.rawHead, RfcResponse);
    QCOMPARE(out.message.value("Sec-WebSocket-Accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(out.message.headers.size(), 4);
}

void TestHttpParser::framesAfter101AreLeftUnconsumed()
{
    const QByteArray stream = RfcResponse + FramesAfter101;
    HttpParser parser(HttpParser::Kind::Response);
    const qsizetype consumed = parser.feed(stream);
    QCOMPARE(consumed, RfcResponse.size());
    QCOMPARE(parser.state(), HttpParser::State::Complete);
    QCOMPARE(stream.mid(consumed), FramesAfter101);
    QCOMPARE(parser.message().rawHead, RfcResponse);
    QCOMPARE(parser.message().bodyBytesSeen, 0);

    // A 101 with a Content-Length still ends at its head (RFC 9112 §6.3 item 1).
    const QByteArray withLength = "HTTP/1.1 101 Switching Protocols\r\nContent-Length: 9\r\n\r\n";
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, withLength + FramesAfter101, false, &out, &diff),
             qPrintable(diff));
    QCOMPARE(out.consumed, withLength.size());
    QCOMPARE(out.state, HttpParser::State::Complete);
    QVERIFY(out.message.body.isEmpty());
}

void TestHttpParser::unauthorizedWithContentLength()
{
    const QByteArray response = "HTTP/1.1 401 Unauthorized\r\n"
                                "WWW-Authenticate: Basic realm=\"wsscope\"\r\n"
                                "Content-Length: 21\r\n"
                                "\r\n"
                                "Authentication needed";
    Outcome out;
    QString diff;
    // The bytes after the body belong to the next response on the connection: not consumed.
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, response + "HTTP/1.1", false, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Complete);
    QCOMPARE(out.consumed, response.size());
    QCOMPARE(out.message.statusCode, 401);
    QCOMPARE(out.message.reasonPhrase, QByteArray("Unauthorized"));
    QCOMPARE(out.message.value("WWW-Authenticate"), QByteArray("Basic realm=\"wsscope\""));
    QCOMPARE(out.message.body, QByteArray("Authentication needed"));
    QCOMPARE(out.message.bodyBytesSeen, 21);
    QCOMPARE(out.message.bodyBytesDropped, 0);
    QVERIFY(out.message.rawHead.endsWith("\r\n\r\n"));
    QVERIFY(!out.message.rawHead.contains("Authentication needed"));
}

void TestHttpParser::notFoundChunkedWithExtensionsAndTrailers()
{
    const QByteArray response = "HTTP/1.1 404 Not Found\r\n"
                                "Transfer-Encoding: chunked\r\n"
                                "Content-Type: text/plain\r\n"
                                "\r\n"
                                "4;name=value\r\n"
                                "Not \r\n"
                                "A ; quoted=\"a;b\"\r\n"
                                "found here\r\n"
                                "000\r\n"
                                "X-Checksum: 1234\r\n"
                                "X-Checksum: 5678\r\n"
                                "\r\n";
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, response + FramesAfter101, false, &out, &diff),
             qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Complete);
    QCOMPARE(out.consumed, response.size());
    QCOMPARE(out.message.statusCode, 404);
    QCOMPARE(out.message.body, QByteArray("Not found here"));
    QCOMPARE(out.message.bodyBytesSeen, 14);
    QCOMPARE(out.trailers, (QList<Header>{{"X-Checksum", "1234"}, {"X-Checksum", "5678"}}));
    QVERIFY(!out.message.hasHeader("X-Checksum"));

    // Without its trailer section's final line the body is incomplete.
    Outcome cut;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, response.chopped(2), true, &cut, &diff), qPrintable(diff));
    QCOMPARE(cut.state, HttpParser::State::Error);
    QVERIFY2(cut.error.contains(QLatin1String("chunked body")), qPrintable(cut.error));
}

void TestHttpParser::bodyReadUntilClose()
{
    const QByteArray response = "HTTP/1.0 403 Forbidden\r\nContent-Type: text/html\r\n\r\n<h1>Forbidden</h1>\n";
    HttpParser parser(HttpParser::Kind::Response);
    QCOMPARE(parser.feed(response), response.size());
    QCOMPARE(parser.state(), HttpParser::State::Body);
    QVERIFY(parser.isHeadComplete());
    parser.finish();
    QCOMPARE(parser.state(), HttpParser::State::Complete);

    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, response, true, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Complete);
    QCOMPARE(out.message.version, QByteArray("HTTP/1.0"));
    QCOMPARE(out.message.body, QByteArray("<h1>Forbidden</h1>\n"));
}

void TestHttpParser::bodyOverTheKeepLimitIsCounted()
{
    const qsizetype bodySize = 100000;
    QByteArray body(bodySize, Qt::Uninitialized);
    for (qsizetype i = 0; i < bodySize; ++i)
        body[i] = char('a' + i % 26);
    const QByteArray response = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 100000\r\n\r\n" + body;
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, response, false, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Complete);
    QCOMPARE(out.message.body.size(), 65536);
    QCOMPARE(out.message.body, body.left(65536));
    QCOMPARE(out.message.bodyBytesSeen, bodySize);
    QCOMPARE(out.message.bodyBytesDropped, bodySize - 65536);

    // The same body chunked and read until close: the same counts.
    QByteArray chunked = "HTTP/1.1 500 Internal Server Error\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < bodySize; at += 30000) {
        const QByteArray piece = body.mid(at, 30000);
        chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    chunked += "0\r\n\r\n";
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, chunked, false, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Complete);
    QCOMPARE(out.message.body, body.left(65536));
    QCOMPARE(out.message.bodyBytesDropped, bodySize - 65536);
}

void TestHttpParser::smallerKeepLimit()
{
    const QByteArray response = "HTTP/1.1 400 Bad Request\r\nContent-Length: 10\r\n\r\n0123456789";
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, response, false, &out, &diff, {0, 4}), qPrintable(diff));
    QCOMPARE(out.message.body, QByteArray("0123"));
    QCOMPARE(out.message.bodyBytesSeen, 10);
    QCOMPARE(out.message.bodyBytesDropped, 6);
}

void TestHttpParser::declaredHugeLengthAllocatesNothing()
{
    // 10^15 bytes announced, 10 sent, then the connection closes.
    const QByteArray response = "HTTP/1.1 413 Too Large\r\nContent-Length: 1000000000000000\r\n\r\n0123456789";
    HttpParser parser(HttpParser::Kind::Response);
    QCOMPARE(parser.feed(response), response.size());
    QCOMPARE(parser.state(), HttpParser::State::Body);
    QCOMPARE(parser.message().body, QByteArray("0123456789"));
    QVERIFY2(parser.message().body.capacity() < 4096,
             qPrintable(QString::number(parser.message().body.capacity())));
    parser.finish();
    QCOMPARE(parser.state(), HttpParser::State::Error);
    QVERIFY2(parser.errorString().contains(QLatin1String("10 of 1000000000000000")), qPrintable(parser.errorString()));

    // A chunk size just as large is read the same way.
    HttpParser chunked(HttpParser::Kind::Response);
    const QByteArray head = "HTTP/1.1 413 Too Large\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFF\r\nabc";
    QCOMPARE(chunked.feed(head), head.size());
    QCOMPARE(chunked.state(), HttpParser::State::Body);
    QCOMPARE(chunked.message().body, QByteArray("abc"));
    QVERIFY(chunked.message().body.capacity() < 4096);
}

void TestHttpParser::headAtTheLimitIsAccepted()
{
    const QByteArray start = "HTTP/1.1 101 Switching Protocols\r\nX-Filler: ";
    const QByteArray end = "\r\n\r\n";
    const QByteArray head = start + QByteArray(65536 - start.size() - end.size(), 'f') + end;
    QCOMPARE(head.size(), 65536);
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, head + FramesAfter101, false, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Complete);
    QCOMPARE(out.consumed, 65536);
    QCOMPARE(out.message.rawHead, head);
}

void TestHttpParser::oversizeHeadIsRefused()
{
    const QByteArray head = "HTTP/1.1 101 Switching Protocols\r\nX-Filler: " + QByteArray(70000, 'f') + "\r\n\r\n";
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, head, false, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Error);
    QVERIFY(!out.headComplete);
    // The first byte past the limit is the last one consumed.
    QCOMPARE(out.consumed, 65537);
    QCOMPARE(out.message.rawHead.size(), 65536);
    QVERIFY2(out.error.contains(QLatin1String("65536 bytes")) && out.error.contains(QLatin1String("line 2")),
             qPrintable(out.error));

    // A lower limit is honoured, and a head that never ends stops there too.
    Outcome small;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, RfcResponse, false, &small, &diff, {100, 0}), qPrintable(diff));
    QCOMPARE(small.state, HttpParser::State::Error);
    QCOMPARE(small.consumed, 101);
    QVERIFY2(small.error.contains(QLatin1String("100 bytes")), qPrintable(small.error));
}

void TestHttpParser::obsFoldIsRefused()
{
    const QByteArray response = "HTTP/1.1 101 Switching Protocols\r\n"
                                "Upgrade: websocket\r\n"
                                "X-Long: first part\r\n"
                                " second part\r\n"
                                "\r\n";
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, response, false, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Error);
    QVERIFY2(out.error.contains(QLatin1String("Line 4")) && out.error.contains(QLatin1String("obs-fold")),
             qPrintable(out.error));
    // Consumed up to the end of the folded line: where the error was found.
    QCOMPARE(out.consumed, response.size() - 2);
    // A tab folds too.
    HttpParser tab(HttpParser::Kind::Response);
    tab.feed("HTTP/1.1 101 Switching Protocols\r\nX-Long: a\r\n\tb\r\n\r\n");
    QCOMPARE(tab.state(), HttpParser::State::Error);
    QVERIFY2(tab.errorString().contains(QLatin1String("obs-fold")), qPrintable(tab.errorString()));
}

void TestHttpParser::duplicatesKeptInOrderWithOriginalCase()
{
    const QByteArray response = "HTTP/1.1 101 Switching Protocols\r\n"
                                "set-cookie: a=1\r\n"
                                "Upgrade: websocket\r\n"
                                "Set-Cookie: b=2\r\n"
                                "SET-COOKIE:c=3   \r\n"
                                "Connection: keep-alive\r\n"
                                "connection: Upgrade\r\n"
                                "\r\n";
    Outcome out;
    QString diff;
    QVERIFY2(parseAllWays(HttpParser::Kind::Response, response, false, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Complete);
    const QList<Header> expected{{"set-cookie", "a=1"}, {"Upgrade", "websocket"}, {"Set-Cookie", "b=2"},
                                 {"SET-COOKIE", "c=3"}, {"Connection", "keep-alive"}, {"connection", "Upgrade"}};
    QCOMPARE(out.message.headers, expected);
    QCOMPARE(out.message.values("Set-Cookie"), (QList<QByteArray>{"a=1", "b=2", "c=3"}));
    QCOMPARE(out.message.tokens("Connection"), (QList<QByteArray>{"keep-alive", "Upgrade"}));
}

void TestHttpParser::feedAfterTheEndConsumesNothing()
{
    HttpParser done(HttpParser::Kind::Request);
    QCOMPARE(done.feed(RfcRequest), RfcRequest.size());
    QCOMPARE(done.feed("GET / HTTP/1.1\r\n"), 0);
    done.finish();
    QCOMPARE(done.state(), HttpParser::State::Complete);
    QCOMPARE(done.message().rawHead, RfcRequest);

    HttpParser broken(HttpParser::Kind::Response);
    QCOMPARE(broken.feed("HTTP/1.1 101 Switching Protocols\r\nBroken\r\nUpgrade: websocket\r\n"), 42);
    QCOMPARE(broken.state(), HttpParser::State::Error);
    const QString error = broken.errorString();
    QCOMPARE(broken.feed("\r\n"), 0);
    broken.finish();
    QCOMPARE(broken.errorString(), error);
}

void TestHttpParser::accepted_data()
{
    QTest::addColumn<bool>("isRequest");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("finishAtEnd");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QList<Header>>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("consumed"); // -1: everything

    QTest::newRow("Bare LF line ends are tolerated and kept in the raw head")
            << false << QByteArray("HTTP/1.1 101 Switching Protocols\nUpgrade: websocket\n\n") << false << 101
            << QByteArray("Switching Protocols") << QList<Header>{{"Upgrade", "websocket"}} << QByteArray() << qint64(-1);
    QTest::newRow("A status line with an empty reason after the space")
            << false << QByteArray("HTTP/1.1 101 \r\nUpgrade: websocket\r\n\r\n") << false << 101 << QByteArray()
            << QList<Header>{{"Upgrade", "websocket"}} << QByteArray() << qint64(-1);
    QTest::newRow("A status line without a reason or its space")
            << false << QByteArray("HTTP/1.1 101\r\n\r\n") << false << 101 << QByteArray() << QList<Header>{}
            << QByteArray() << qint64(-1);
    QTest::newRow("A reason phrase with spaces, a tab and Latin-1")
            << false << QByteArray("HTTP/1.1 403 Forbidden\there \xe9t\xe9\r\nContent-Length: 0\r\n\r\n") << false
            << 403 << QByteArray("Forbidden\there \xe9t\xe9") << QList<Header>{{"Content-Length", "0"}}
            << QByteArray() << qint64(-1);
    QTest::newRow("An HTTP/1.0 refusal whose body ends with the connection")
            << false << QByteArray("HTTP/1.0 404 Not Found\r\n\r\nmissing") << true << 404
            << QByteArray("Not Found") << QList<Header>{} << QByteArray("missing") << qint64(-1);
    QTest::newRow("A 204 response has no body even when bytes follow")
            << false << QByteArray("HTTP/1.1 204 No Content\r\n\r\nxyz") << false << 204 << QByteArray("No Content")
            << QList<Header>{} << QByteArray() << qint64(27);
    QTest::newRow("Values lose surrounding spaces and tabs, inner ones stay")
            << false << QByteArray("HTTP/1.1 101 OK\r\nX-A: \t one  two \t\r\nX-B:three\r\n\r\n") << false << 101
            << QByteArray("OK") << QList<Header>{{"X-A", "one  two"}, {"X-B", "three"}} << QByteArray() << qint64(-1);
    QTest::newRow("An empty header value is kept as an empty value")
            << false << QByteArray("HTTP/1.1 101 OK\r\nX-Empty:\r\nX-Blank:   \r\n\r\n") << false << 101
            << QByteArray("OK") << QList<Header>{{"X-Empty", ""}, {"X-Blank", ""}} << QByteArray() << qint64(-1);
    QTest::newRow("Repeated identical Content-Length values are accepted")
            << false << QByteArray("HTTP/1.1 400 Bad\r\nContent-Length: 5, 5\r\nContent-Length: 5\r\n\r\nhello!")
            << false << 400 << QByteArray("Bad")
            << QList<Header>{{"Content-Length", "5, 5"}, {"Content-Length", "5"}} << QByteArray("hello")
            << qint64(66);
    QTest::newRow("Transfer-Encoding chunked overrides Content-Length")
            << false
            << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 100\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n"
                          "2\r\nhi\r\n0\r\n\r\n")
            << false << 502 << QByteArray("Bad Gateway")
            << QList<Header>{{"Content-Length", "100"}, {"Transfer-Encoding", "gzip, Chunked"}} << QByteArray("hi")
            << qint64(-1);
    QTest::newRow("Chunk lines ended by bare LF")
            << false << QByteArray("HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\n0\n\n") << false
            << 500 << QByteArray("Oops") << QList<Header>{{"Transfer-Encoding", "chunked"}} << QByteArray("abc")
            << qint64(-1);
    QTest::newRow("A response with Transfer-Encoding other than chunked reads until close")
            << false << QByteArray("HTTP/1.1 500 Oops\r\nTransfer-Encoding: gzip\r\n\r\n\x1f\x8b") << true << 500
            << QByteArray("Oops") << QList<Header>{{"Transfer-Encoding", "gzip"}} << QByteArray("\x1f\x8b")
            << qint64(-1);
    QTest::newRow("A request with a Content-Length body reads that body only")
            << true << QByteArray("POST /upload HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcdef") << false << 0
            << QByteArray() << QList<Header>{{"Content-Length", "3"}} << QByteArray("abc") << qint64(47);
    QTest::newRow("A request without framing headers ends at its head")
            << true << QByteArray("GET /?q=1 HTTP/1.0\r\nHost: h\r\n\r\nrest") << false << 0 << QByteArray()
            << QList<Header>{{"Host", "h"}} << QByteArray() << qint64(31);
}

void TestHttpParser::accepted()
{
    QFETCH(bool, isRequest);
    QFETCH(QByteArray, input);
    QFETCH(bool, finishAtEnd);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QList<Header>, headers);
    QFETCH(QByteArray, body);
    QFETCH(qint64, consumed);

    Outcome out;
    QString diff;
    const auto kind = isRequest ? HttpParser::Kind::Request : HttpParser::Kind::Response;
    QVERIFY2(parseAllWays(kind, input, finishAtEnd, &out, &diff), qPrintable(diff));
    QVERIFY2(out.state == HttpParser::State::Complete, qPrintable(out.error));
    QCOMPARE(out.consumed, consumed < 0 ? input.size() : consumed);
    QCOMPARE(out.message.statusCode, status);
    QCOMPARE(out.message.reasonPhrase, reason);
    QCOMPARE(out.message.headers, headers);
    QCOMPARE(out.message.body, body);
    QVERIFY(input.startsWith(out.message.rawHead));
    QVERIFY(out.message.rawHead.endsWith("\n\n") || out.message.rawHead.endsWith("\r\n\r\n"));
    for (const Header &header : headers)
        QVERIFY(!header.second.isNull());
}

void TestHttpParser::refused_data()
{
    QTest::addColumn<bool>("isRequest");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("finishAtEnd");
    QTest::addColumn<QString>("errorContains");
    QTest::addColumn<qint64>("consumed"); // where the error was found, +1

    const QByteArray ok = "HTTP/1.1 101 Switching Protocols\r\n"; // 34 bytes
    QTest::newRow("A header line without a colon")
            << false << ok + "Upgrade websocket\r\n\r\n" << false << QStringLiteral("Line 2 has no colon") << qint64(53);
    QTest::newRow("Whitespace between a header name and its colon")
            << false << ok + "Upgrade : websocket\r\n\r\n" << false
            << QStringLiteral("Line 2: whitespace between the header name and the colon") << qint64(55);
    QTest::newRow("A header name with a character outside token")
            << false << ok + "Up(grade: websocket\r\n\r\n" << false << QStringLiteral("Line 2, column 3: '('")
            << qint64(55);
    QTest::newRow("An empty header name")
            << false << ok + ": websocket\r\n\r\n" << false << QStringLiteral("Line 2 has an empty header name")
            << qint64(47);
    QTest::newRow("A control character inside a header value")
            << false << ok + "X-Bad: a\x01z\r\n\r\n" << false
            << QStringLiteral("Line 2, column 9: the control character 0x01") << qint64(46);
    QTest::newRow("A CR that is not followed by LF")
            << false << QByteArray("HTTP/1.1 101 OK\rUpgrade: websocket\r\n\r\n") << false
            << QStringLiteral("CR at byte offset 15 is not followed by LF") << qint64(17);
    QTest::newRow("A status code with a letter in it")
            << false << QByteArray("HTTP/1.1 1O1 Switching Protocols\r\n\r\n") << false
            << QStringLiteral("\"1O1\" is not a status code") << qint64(34);
    QTest::newRow("A status code with two digits")
            << false << QByteArray("HTTP/1.1 99 Odd\r\n\r\n") << false << QStringLiteral("\"99\" is not a status code")
            << qint64(17);
    QTest::newRow("A status code above 599")
            << false << QByteArray("HTTP/1.1 600 Odd\r\n\r\n") << false << QStringLiteral("\"600\" is not a status code")
            << qint64(18);
    QTest::newRow("A status line without a status code")
            << false << QByteArray("HTTP/1.1\r\n\r\n") << false << QStringLiteral("Line 1 is not a status line")
            << qint64(10);
    QTest::newRow("A malformed HTTP version")
            << false << QByteArray("HTTP/1 101 Switching Protocols\r\n\r\n") << false
            << QStringLiteral("\"HTTP/1\" is not an HTTP version") << qint64(32);
    QTest::newRow("An HTTP version other than 1.x")
            << false << QByteArray("HTTP/2.0 101 Switching Protocols\r\n\r\n") << false
            << QStringLiteral("HTTP/2.0 is not supported") << qint64(34);
    QTest::newRow("An empty first line")
            << false << "\r\n" + ok + "\r\n" << false << QStringLiteral("Line 1 is empty") << qint64(2);
    QTest::newRow("Whitespace before the first header line")
            << false << ok + " Upgrade: websocket\r\n\r\n" << false << QStringLiteral("Line 2 starts with whitespace")
            << qint64(55);
    QTest::newRow("A request line with two parts")
            << true << QByteArray("GET /chat\r\n\r\n") << false << QStringLiteral("Line 1 is not a request line")
            << qint64(11);
    QTest::newRow("A request line with a character outside token in the method")
            << true << QByteArray("G@T /chat HTTP/1.1\r\n\r\n") << false
            << QStringLiteral("Line 1, column 2: '@' is not allowed in a method name") << qint64(20);
    QTest::newRow("A request whose Transfer-Encoding does not end in chunked")
            << true << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << false
            << QStringLiteral("does not end with \"chunked\"") << qint64(44);
    QTest::newRow("A Content-Length that is not a number")
            << false << QByteArray("HTTP/1.1 401 No\r\nContent-Length: 12abc\r\n\r\n") << false
            << QStringLiteral("\"12abc\" is not a number") << qint64(42);
    QTest::newRow("A negative Content-Length")
            << false << QByteArray("HTTP/1.1 401 No\r\nContent-Length: -1\r\n\r\n") << false
            << QStringLiteral("\"-1\" is not a number") << qint64(39);
    QTest::newRow("Two Content-Length headers that disagree")
            << false << QByteArray("HTTP/1.1 401 No\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n") << false
            << QStringLiteral("values 5 and 6 disagree") << qint64(57);
    QTest::newRow("A Content-Length list that disagrees with itself")
            << false << QByteArray("HTTP/1.1 401 No\r\nContent-Length: 5, 7\r\n\r\n") << false
            << QStringLiteral("values 5 and 7 disagree") << qint64(41);
    QTest::newRow("A Content-Length longer than 18 digits")
            << false << QByteArray("HTTP/1.1 401 No\r\nContent-Length: 1234567890123456789\r\n\r\n") << false
            << QStringLiteral("too large") << qint64(56);
    const QByteArray chunkedHead = "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n"; // 54 bytes
    QTest::newRow("A chunk size that is not hexadecimal")
            << false << chunkedHead + "zz\r\nab\r\n0\r\n\r\n" << false
            << QStringLiteral("\"zz\" at byte offset 54 is not a hexadecimal number") << qint64(58);
    QTest::newRow("A chunk size followed by garbage instead of an extension")
            << false << chunkedHead + "2 x\r\nab\r\n0\r\n\r\n" << false
            << QStringLiteral("\"2 x\" at byte offset 54 is not a hexadecimal number") << qint64(59);
    QTest::newRow("A chunk size of sixteen hex digits")
            << false << chunkedHead + "1000000000000000\r\n" << false << QStringLiteral("is too large") << qint64(72);
    QTest::newRow("A chunk size line that never ends")
            << false << chunkedHead + QByteArray(5000, '0') << false
            << QStringLiteral("starting at byte offset 54 is longer than 4096 bytes") << qint64(54 + 4097);
    QTest::newRow("Chunk data longer than its size")
            << false << chunkedHead + "3\r\nabcd\r\n0\r\n\r\n" << false
            << QStringLiteral("not followed by CRLF at byte offset 60") << qint64(61);
    QTest::newRow("A trailer line without a colon")
            << false << chunkedHead + "0\r\nbroken trailer\r\n\r\n" << false
            << QStringLiteral("The trailer line at byte offset 57 has no colon") << qint64(73);
    QTest::newRow("The connection closes before any byte")
            << false << QByteArray() << true << QStringLiteral("before any byte of the response") << qint64(0);
    QTest::newRow("The connection closes in the middle of the head")
            << false << ok + "Upgrade: webs" << true << QStringLiteral("in the middle of the head, after 47 byte")
            << qint64(47);
    QTest::newRow("The connection closes before the Content-Length body is complete")
            << false << QByteArray("HTTP/1.1 401 No\r\nContent-Length: 10\r\n\r\nabc") << true
            << QStringLiteral("after 3 of 10 body bytes") << qint64(42);
    QTest::newRow("The connection closes inside a chunk")
            << false << chunkedHead + "5\r\nab" << true << QStringLiteral("inside the chunked body at byte offset 59")
            << qint64(59);
}

void TestHttpParser::refused()
{
    QFETCH(bool, isRequest);
    QFETCH(QByteArray, input);
    QFETCH(bool, finishAtEnd);
    QFETCH(QString, errorContains);
    QFETCH(qint64, consumed);

    Outcome out;
    QString diff;
    const auto kind = isRequest ? HttpParser::Kind::Request : HttpParser::Kind::Response;
    QVERIFY2(parseAllWays(kind, input, finishAtEnd, &out, &diff), qPrintable(diff));
    QCOMPARE(out.state, HttpParser::State::Error);
    QVERIFY2(out.error.contains(errorContains), qPrintable(out.error));
    QCOMPARE(out.consumed, consumed);
}

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
