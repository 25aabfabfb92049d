#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// An external WebSocket peer for tests (tests/peers/ws_peer.py on Debian's python3-websockets,
// tests/peers/ws_peer.js on node-ws): started on 127.0.0.1 port 0, it prints "PORT <n>" first and
// then one JSON object per line about what it sent and received. Stopped on destruction.
class TestPeer : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Python, Node };

    explicit TestPeer(QObject *parent = nullptr);
    ~TestPeer() override;

    // Starts the peer script of `kind` with `arguments` and waits for its PORT line.
    bool start(Kind kind, const QStringList &arguments, int timeoutMs = 15000);
    // Any program that follows the same protocol (first line "PORT <n>").
    bool startProgram(const QString &program, const QStringList &arguments, int timeoutMs = 15000);

    quint16 port() const { return m_port; }
    // "ws://127.0.0.1:<port>/" (or wss://)
    QString url(bool secure = false, const QString &path = QStringLiteral("/")) const;
    QString errorString() const { return m_error; }

    // JSON lines read so far (the event loop must run for new ones to arrive).
    QList<QJsonObject> jsonLines() const { return m_lines; }
    // The lines whose "event" is `event`.
    QList<QJsonObject> lines(const QString &event) const;
    // Runs the event loop until at least `count` lines with "event" == `event` arrived.
    bool waitForLines(const QString &event, int count, int timeoutMs = 10000);
    QByteArray standardError() const { return m_stderr; }

    // Stops the peer: SIGKILL (a killed server drops its TCP connections without a Close frame).
    void kill();
    void stop();
    bool isRunning() const;

    static QString peersDirectory();
    static QString pythonProgram();
    static QString nodeProgram();

private:
    void onReadyRead();

    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderr;
    quint16 m_port = 0;
    QString m_error;
    QList<QJsonObject> m_lines;
};
