// End to end under a flood, without drawing: a peer floods binary messages at a Session
// whose events feed a FrameLogModel + FrameLogFilterModel wired as SessionTab wires them
// (the model over the session's log, the filter on the model, the caps of the default AppSettings).
// The "tab" variants use the real SessionTab, shown offscreen, so the log view's costs count too.
// Prints messages/s, events/s, CPU time, peak RSS and the time spent in model flushes: from the
// model's first row signal of a flush to its rowsInserted, i.e. eviction, insert, the filter and,
// with a tab, the view's immediate reaction (a QTreeView lays its rows out later, on its own timer:
// that cost shows in the CPU time of the tab cases).
// The peer is the Node ws peer (tests/peers/ws_peer.js flood) or, with PEER=inproc, the in-process
// FloodServer on its own thread, which sends pre-encoded frames and so outruns any client.
//
//   bench_sessionflood                          the whole matrix, each case in its own process
//   bench_sessionflood CASE COUNT SIZE [PEER]   one case: model-tap | model-notap | tab-tap | tab-notap,
//                                               PEER node (default) | inproc
// Run with QT_QPA_PLATFORM=offscreen and NODE_PATH=/usr/share/nodejs.

#include "floodserver.h"
#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/session/session.h"
#include "widgets/session/sessiontab.h"
#include "widgets/settings/appsettings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

namespace {

// Peak resident set size in bytes (Linux), or -1.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

quint16 startPeer(QProcess &peer, int count, int size)
{
    // Benchmarks get no test definitions: the peer is found next to this source file, Node on PATH.
    const QDir peers(QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../../peers")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("NODE_PATH")))
        env.insert(QStringLiteral("NODE_PATH"), QStringLiteral("/usr/share/nodejs"));
    peer.setProcessEnvironment(env);
    peer.start(qEnvironmentVariable("WSSCOPE_NODE", QStringLiteral("node")),
               { peers.filePath(QStringLiteral("ws_peer.js")), QStringLiteral("flood"), QString::number(count),
                 QString::number(size) });
    if (!peer.waitForStarted(10000))
        return 0;
    QByteArray line;
    while (!line.contains('\n') && peer.waitForReadyRead(10000))
        line += peer.readLine();
    return line.startsWith("PORT ") ? quint16(line.mid(5).trimmed().toUShort()) : 0;
}

int runCase(const QString &name, int count, int size, const QString &peerName)
{
    const bool tab = name.startsWith(QLatin1String("tab"));
    const bool tap = !name.endsWith(QLatin1String("notap"));
    const bool inProcess = peerName == QLatin1String("inproc");
    QProcess peer;
    QThread serverThread;
    quint16 port = 0;
    if (inProcess) {
        auto *server = new FloodServer(count, size); // deleted by its thread's finished()
        server->moveToThread(&serverThread);
        QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
        serverThread.start();
        QMetaObject::invokeMethod(server, [server] { return server->listen(); }, Qt::BlockingQueuedConnection, &port);
    } else {
        port = startPeer(peer, count, size);
    }
    if (port == 0) {
        std::printf("could not start the %s peer\n", qPrintable(peerName));
        return 1;
    }
    ConnectionSettings settings;
    settings.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    settings.tapEnabled = tap;
    const AppSettings defaults;

    // Either the real tab, or exactly its wiring without widgets.
    std::unique_ptr<SessionTab> sessionTab;
    std::unique_ptr<Session> ownSession;
    std::unique_ptr<FrameLogModel> ownModel;
    std::unique_ptr<FrameLogFilterModel> ownFilter;
    Session *session = nullptr;
    FrameLogModel *model = nullptr;
    FrameLogFilterModel *filter = nullptr;
    if (tab) {
        sessionTab = std::make_unique<SessionTab>(settings);
        sessionTab->applySettings(defaults);
        sessionTab->resize(1000, 700);
        sessionTab->show();
        session = sessionTab->session();
        model = sessionTab->logModel();
        filter = sessionTab->filterModel();
    } else {
        ownSession = std::make_unique<Session>();
        ownModel = std::make_unique<FrameLogModel>();
        ownFilter = std::make_unique<FrameLogFilterModel>();
        session = ownSession.get();
        model = ownModel.get();
        filter = ownFilter.get();
        session->setSettings(settings);
        filter->setSourceModel(model);
        model->setLog(session->log());
        session->log()->setCap(defaults.logCapRows, defaults.logCapBytes);
    }
    // Connected last, so rowsInserted here comes after the filter's and the view's handlers.
    QElapsedTimer flushClock;
    qint64 flushNs = 0;
    qint64 maxFlushNs = 0;
    int flushes = 0;
    const auto flushBegins = [&flushClock] {
        if (!flushClock.isValid())
            flushClock.start();
    };
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, model, flushBegins);
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, model, flushBegins);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&] {
        const qint64 ns = flushClock.nsecsElapsed();
        flushClock.invalidate();
        flushNs += ns;
        maxFlushNs = qMax(maxFlushNs, ns);
        ++flushes;
    });

    quint64 events = 0;
    qint64 lastMessageNs = 0;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(session, &Session::eventLogged, &loop, [&](const Event &event) {
        ++events;
        if (event.dir == Direction::In && LogRules::endsMessage(event)
            && session->stats().messagesIn == quint64(count))
            lastMessageNs = timer.nsecsElapsed();
    });
    QObject::connect(session, &Session::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    const double cpuBefore = cpuSeconds();
    timer.start();
    if (tab)
        sessionTab->connectSession();
    else
        session->open();
    loop.exec();
    // Let the last flush (and, with a tab, the view's refresh) happen.
    QTimer::singleShot(FrameLogModel::FlushIntervalMs * 2, &loop, &QEventLoop::quit);
    loop.exec();
    const double cpu = cpuSeconds() - cpuBefore;

    const quint64 messages = session->stats().messagesIn;
    const double seconds = double(lastMessageNs > 0 ? lastMessageNs : timer.nsecsElapsed()) / 1e9;
    std::printf("%-6s %-11s %7d x %6d B: %8.0f msg/s %9.0f events/s | %6.2f s to last msg, CPU %6.2f s | "
                "flushes %4d, %7.0f ms total, max %6.1f ms | rows %7d, filter %7d | peak RSS %6.0f MB%s\n",
                qPrintable(peerName), qPrintable(name), count, size, double(messages) / seconds, double(events) / seconds, seconds, cpu,
                flushes, double(flushNs) / 1e6, double(maxFlushNs) / 1e6, model->rowCount(),
                filter->rowCount(), double(peakResidentBytes()) / 1e6,
                messages == quint64(count) ? "" : " (INCOMPLETE)");
    std::fflush(stdout);
    if (inProcess) {
        serverThread.quit();
        serverThread.wait();
    } else {
        peer.kill();
        peer.waitForFinished();
    }
    return messages == quint64(count) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4)
        return runCase(args.at(1), args.at(2).toInt(), args.at(3).toInt(), args.value(4, QStringLiteral("node")));

    // The matrix, one process per case so that each peak RSS is its own.
    const QStringList cases = { QStringLiteral("model-tap"), QStringLiteral("model-notap"), QStringLiteral("tab-tap"),
                                QStringLiteral("tab-notap") };
    const QList<QPair<int, int>> loads = { { 200000, 16 }, { 2000, 65536 } };
    const QStringList peers = { QStringLiteral("inproc"), QStringLiteral("node") };
    int failures = 0;
    for (const QString &peer : peers) {
        for (const auto &load : loads) {
            for (const QString &name : cases) {
                QProcess child;
                child.setProcessChannelMode(QProcess::ForwardedChannels);
                child.start(app.applicationFilePath(),
                            { name, QString::number(load.first), QString::number(load.second), peer });
                child.waitForFinished(-1);
                failures += child.exitCode() != 0 ? 1 : 0;
            }
        }
    }
    return failures == 0 ? 0 : 1;
}
