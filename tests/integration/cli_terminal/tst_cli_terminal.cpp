// wsscope-cli's text output is safe for a terminal: whatever a hostile server puts in a reason
// phrase, a header value, a refusal body, a payload or a close reason, no control character, no C1
// control and no bidirectional override reaches stdout or stderr; each shows as U+FFFD and the
// rest of the text stays readable. The built binary against an in-process raw server.
#include "cliresult.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/handshake.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace {

// Answers the first request head with `reply` ({accept} is replaced by the key's accept value).
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(const QByteArray &reply)
        : m_reply(reply)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
            }
        });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        m_head += socket->readAll();
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0 || m_answered)
            return;
        m_answered = true;
        QByteArray key;
        for (const QByteArray &line : m_head.left(end).split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(line.indexOf(':') + 1).trimmed();
        }
        QByteArray reply = m_reply;
        reply.replace("{accept}", Handshake::acceptFor(key));
        socket->write(reply);
    }

    QTcpServer m_server;
    QByteArray m_head;
    QByteArray m_reply;
    bool m_answered = false;
};

// UTF-8 of what must never reach a terminal from a peer.
const QList<QByteArray> kForbidden = {"\x1b", "\x07", "\xc2\x9b", "\xe2\x80\xae", "\xe2\x81\xa6"};

QByteArray closeFrame(quint16 code, const QByteArray &reason)
{
    QByteArray payload;
    payload.append(char(code >> 8)).append(char(code & 0xFF)).append(reason);
    return FrameEncoder::encode(0x8, payload);
}

} // namespace

class TestCliTerminal : public QObject
{
    Q_OBJECT

private slots:
    void hostileTextIsShownButCannotControlTheTerminal_data();
    void hostileTextIsShownButCannotControlTheTerminal();
};

void TestCliTerminal::hostileTextIsShownButCannotControlTheTerminal_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QByteArray>("visible"); // text that must still be shown around the replaced characters

    const QByteArray upgraded = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                "Sec-WebSocket-Accept: {accept}\r\nX-Note: \xc2\x9b" "2J header\r\n\r\n";
    QTest::newRow("a text message with ANSI sequences and an override")
            << upgraded + FrameEncoder::encode(0x1, "\x1b[2J\x1b]0;owned\x07 evil \xe2\x80\xaetxt")
                       + closeFrame(1000, "bye")
            << QByteArray("evil");
    QTest::newRow("a close reason with colour codes and an isolate")
            << upgraded + closeFrame(4000, "\x1b[31mred\xe2\x81\xa6 reason") << QByteArray("red");
    // The HTTP head refuses C0 controls (RFC 9110 §5.5), so the head carries a C1 CSI as obs-text.
    QTest::newRow("a refusal with a C1 control in its reason phrase and escapes in its body")
            << QByteArray("HTTP/1.1 403 No \xc2\x9b" "2J way\r\nContent-Type: text/plain\r\nContent-Length: 17\r\n\r\n"
                          "\x1b]0;owned\x07 go away")
            << QByteArray("403");
}

void TestCliTerminal::hostileTextIsShownButCannotControlTheTerminal()
{
    QFETCH(QByteArray, reply);
    QFETCH(QByteArray, visible);
    ScriptedServer server(reply);
    const CliResult result = CliResult::run({server.url(), QStringLiteral("--format"), QStringLiteral("text"),
                                             QStringLiteral("--timeout"), QStringLiteral("5000")});
    QVERIFY2(result.finished, result.diagnostics().constData());
    QVERIFY2(result.out.contains(visible), result.diagnostics().constData());
    QVERIFY2(result.out.contains("\xef\xbf\xbd") || result.err.contains("\xef\xbf\xbd"), result.diagnostics().constData());
    for (const QByteArray &bad : kForbidden) {
        QVERIFY2(!result.out.contains(bad), QByteArray(bad.toHex() + " on stdout:\n" + result.out).constData());
        QVERIFY2(!result.err.contains(bad), QByteArray(bad.toHex() + " on stderr:\n" + result.err).constData());
    }
}

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "tst_cli_terminal.moc"
