// Throughput of the wire tap: a Node ws peer floods small binary messages at a Session; prints
// frames per second through the tap (every frame decoded and logged as one Frame event)
// and, for comparison, through QWebSocket alone (tap off).
//   bench_tapflood [COUNT] [SIZE]      (run with NODE_PATH=/usr/share/nodejs)

#include "core/log/eventlog.h"
#include "core/session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

quint16 startPeer(QProcess &peer, int count, int size)
{
    // Benchmarks get no test definitions: find the peer next to this source file, Node on PATH.
    const QDir peers(QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../../peers")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("NODE_PATH")))
        env.insert(QStringLiteral("NODE_PATH"), QStringLiteral("/usr/share/nodejs"));
    peer.setProcessEnvironment(env);
    peer.start(qEnvironmentVariable("WSSCOPE_NODE", QStringLiteral("node")),
               { peers.filePath(QStringLiteral("ws_peer.js")),
                 QStringLiteral("flood"), QString::number(count), QString::number(size) });
    if (!peer.waitForStarted(10000))
        return 0;
    QByteArray line;
    while (!line.contains('\n') && peer.waitForReadyRead(10000))
        line += peer.readLine();
    return line.startsWith("PORT ") ? quint16(line.mid(5).trimmed().toUShort()) : 0;
}

void run(bool tap, int count, int size)
{
    QProcess peer;
    const quint16 port = startPeer(peer, count, size);
    if (port == 0) {
        std::printf("could not start the Node peer\n");
        return;
    }
    Session session;
    session.log()->setCap(0, 0);
    ConnectionSettings settings;
    settings.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    settings.tapEnabled = tap;
    session.setSettings(settings);
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&session, &Session::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    timer.start();
    session.open();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const quint64 messages = session.stats().messagesIn;
    std::printf("%-8s %8llu messages of %d bytes in %.3f s: %.0f messages/s, %zu events logged\n",
                tap ? "tap on" : "tap off", static_cast<unsigned long long>(messages), size, seconds,
                double(messages) / seconds, session.log()->events().size());
    peer.kill();
    peer.waitForFinished();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 200000;
    const int size = argc > 2 ? std::atoi(argv[2]) : 16;
    run(true, count, size);
    run(false, count, size);
    return 0;
}
