// The baseline for WsScope's own session: a bare QWebSocket that only counts
// textMessageReceived, against a flood server (tests/bench/rawframeserver). Whatever WsScope's
// Session, wire tap and models cost comes on top of this.
//
//   bench_bareqwebsocket URL
//
// Prints one "RESULT" line of key=value fields (what scripts/bench-throughput reads):
//   messages        text messages received
//   open_close_s    from connected() to disconnected(): the definition the CLI's --summary
//                   line uses ("open N s"), so the ratios compare like with like
//   first_last_s    from the first message to the last
//   cpu_s           CPU time of the process from connected() to disconnected()

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <sys/resource.h>

#include <cstdio>

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_bareqwebsocket URL\n");
        return 2;
    }
    QWebSocket socket;
    // The same as the session with the tap off: no system or environment proxy in between.
    socket.setProxy(QNetworkProxy::NoProxy);

    QElapsedTimer clock;
    clock.start();
    qint64 openNs = -1;
    qint64 firstNs = -1;
    qint64 lastNs = -1;
    qint64 closeNs = -1;
    double cpuAtOpen = 0;
    double cpu = 0;
    quint64 messages = 0;
    QObject::connect(&socket, &QWebSocket::connected, &app, [&] {
        openNs = clock.nsecsElapsed();
        cpuAtOpen = cpuSeconds();
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &app, [&](const QString &) {
        lastNs = clock.nsecsElapsed();
        if (messages++ == 0)
            firstNs = lastNs;
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &app, [&] {
        closeNs = clock.nsecsElapsed();
        cpu = cpuSeconds() - cpuAtOpen;
        app.quit();
    });
    QTimer::singleShot(300000, &app, &QCoreApplication::quit);
    socket.open(QUrl(QString::fromLocal8Bit(argv[1])));
    app.exec();

    if (openNs < 0 || closeNs < 0 || messages == 0) {
        std::printf("RESULT client=bareqwebsocket messages=%llu error=%s\n", static_cast<unsigned long long>(messages),
                    openNs < 0 ? "not-connected" : "not-closed");
        return 1;
    }
    std::printf("RESULT client=bareqwebsocket messages=%llu open_close_s=%.6f first_last_s=%.6f cpu_s=%.3f\n",
                static_cast<unsigned long long>(messages), double(closeNs - openNs) / 1e9,
                double(lastNs - firstNs) / 1e9, cpu);
    return 0;
}
