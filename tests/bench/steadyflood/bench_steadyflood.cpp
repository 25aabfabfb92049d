// Memory over time under a steady flood: a Session (tap on) with the app's log wiring (a
// FrameLogModel over the session's log) receives small JSON text messages at a steady rate from
// an in-process PacedServer on its own thread, with the log capped at a number of events. Once
// the cap is reached, every new event evicts an old one, so RSS should stay flat from then on:
// this prints the curve and the ratio of the end to the moment the cap was first reached.
//
//   bench_steadyflood [--rate N] [--seconds D] [--cap C] [--interval S] [--no-tap] [--no-model]
//
// Defaults: 5000 msg/s for 1800 s, cap 100,000 events, one line every 10 s. Each line: elapsed s,
// messages sent and received, log size, events evicted, RSS MiB. The last line is a RESULT line
// (key=value) for scripts (scripts/bench-soak). Run with QT_QPA_PLATFORM=offscreen.

#include "pacedserver.h"

#include "core/log/eventlog.h"
#include "core/session/session.h"
#include "models/framelogmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int DefaultRate = 5000;
constexpr int DefaultSeconds = 1800;
constexpr int DefaultCap = 100000;
constexpr int DefaultIntervalS = 10;
constexpr int CloseGraceMs = 3000;
constexpr int DrainPollMs = 50;
constexpr int DrainTimeoutMs = 30000;

// Resident set size in MiB (Linux /proc/self/status VmRSS), or -1.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return double(line.mid(6).trimmed().split(' ').value(0).toLongLong()) / 1024.0;
    }
    return -1;
}

struct Options
{
    int rate = DefaultRate;
    int seconds = DefaultSeconds;
    int cap = DefaultCap;
    int intervalS = DefaultIntervalS;
    bool tap = true;
    bool model = true;
};

bool parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("messages per second"), QStringLiteral("N"),
                                  QString::number(DefaultRate));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("D"),
                                     QString::number(DefaultSeconds));
    const QCommandLineOption cap(QStringLiteral("cap"), QStringLiteral("log cap in events"), QStringLiteral("C"),
                                 QString::number(DefaultCap));
    const QCommandLineOption interval(QStringLiteral("interval"), QStringLiteral("seconds between lines"),
                                      QStringLiteral("S"), QString::number(DefaultIntervalS));
    const QCommandLineOption noTap(QStringLiteral("no-tap"), QStringLiteral("QWebSocket only, no wire tap"));
    const QCommandLineOption noModel(QStringLiteral("no-model"), QStringLiteral("the session and its log only"));
    parser.addOptions({ rate, seconds, cap, interval, noTap, noModel });
    parser.process(app);
    options->rate = parser.value(rate).toInt();
    options->seconds = parser.value(seconds).toInt();
    options->cap = parser.value(cap).toInt();
    options->intervalS = parser.value(interval).toInt();
    options->tap = !parser.isSet(noTap);
    options->model = !parser.isSet(noModel);
    return options->rate > 0 && options->seconds > 0 && options->cap > 0 && options->intervalS > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the model is a Gui-layer object
    Options options;
    if (!parseOptions(app, &options)) {
        std::fprintf(stderr, "rate, seconds, cap and interval must be positive\n");
        return 2;
    }

    QThread serverThread;
    auto *server = new PacedServer(options.rate); // deleted by its thread's finished()
    server->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(server, [server] { return server->listen(); }, Qt::BlockingQueuedConnection, &port);
    if (port == 0) {
        std::printf("could not start the paced server\n");
        return 1;
    }

    ConnectionSettings settings;
    settings.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    settings.tapEnabled = options.tap;
    Session session;
    session.setSettings(settings);
    session.log()->setCap(options.cap, 0);
    FrameLogModel model;
    if (options.model)
        model.setLog(session.log());

    QElapsedTimer clock;
    double rssAtCap = -1;
    double elapsedAtCap = -1;
    double minAfterCap = -1;
    double maxAfterCap = -1;
    double lastRss = -1;
    QObject::connect(session.log(), &EventLog::evicted, &app, [&] {
        if (rssAtCap < 0) {
            rssAtCap = residentMiB();
            elapsedAtCap = double(clock.elapsed()) / 1000.0;
            std::printf("cap of %d events first reached at %.1f s, RSS %.1f MiB\n", options.cap, elapsedAtCap,
                        rssAtCap);
            std::fflush(stdout);
        }
    });
    const auto sentCount = [server] {
        quint64 sent = 0;
        QMetaObject::invokeMethod(server, [server] { return server->sentCount(); }, Qt::BlockingQueuedConnection, &sent);
        return sent;
    };
    const auto printLine = [&] {
        const double rss = residentMiB();
        lastRss = rss;
        if (rssAtCap >= 0) {
            minAfterCap = minAfterCap < 0 ? rss : qMin(minAfterCap, rss);
            maxAfterCap = qMax(maxAfterCap, rss);
        }
        std::printf("t=%5.0f s  sent=%9llu  received=%9llu  log=%7lld  evicted=%9llu  rss=%7.1f MiB\n",
                    double(clock.elapsed()) / 1000.0, static_cast<unsigned long long>(sentCount()),
                    static_cast<unsigned long long>(session.stats().messagesIn),
                    static_cast<long long>(session.log()->size()),
                    static_cast<unsigned long long>(session.log()->evictedCount()), rss);
        std::fflush(stdout);
    };

    std::printf("steady flood: %d msg/s for %d s, log cap %d events, tap %s, model %s, port %u; RSS at start %.1f MiB\n",
                options.rate, options.seconds, options.cap, options.tap ? "on" : "off", options.model ? "on" : "off",
                port, residentMiB());
    std::fflush(stdout);
    QTimer sampler;
    sampler.setInterval(options.intervalS * 1000);
    QObject::connect(&sampler, &QTimer::timeout, &app, printLine);
    // At the end the server stops sending; the session gets what is still in flight, then closes.
    QTimer drain;
    drain.setInterval(DrainPollMs);
    QElapsedTimer drainClock;
    QObject::connect(&drain, &QTimer::timeout, &app, [&] {
        if (session.stats().messagesIn < sentCount() && drainClock.elapsed() < DrainTimeoutMs)
            return;
        drain.stop();
        printLine();
        session.close();
        QTimer::singleShot(CloseGraceMs, &app, &QCoreApplication::quit);
    });
    QTimer::singleShot(options.seconds * 1000, &app, [&] {
        sampler.stop();
        QMetaObject::invokeMethod(server, [server] { server->stop(); }, Qt::BlockingQueuedConnection);
        drainClock.start();
        drain.start();
    });
    QObject::connect(&session, &Session::finished, &app, [&] {
        if (sampler.isActive()) {
            std::printf("the session ended early\n");
            QCoreApplication::exit(1);
        }
    });
    clock.start();
    sampler.start();
    QString error;
    if (!session.open(&error)) {
        std::printf("open failed: %s\n", qPrintable(error));
        return 1;
    }
    const int code = app.exec();

    const double rssEnd = lastRss; // the last line's, before the close
    quint64 stalled = 0;
    QMetaObject::invokeMethod(server, [server] { return server->stalledTicks(); }, Qt::BlockingQueuedConnection,
                              &stalled);
    const quint64 sent = sentCount();
    serverThread.quit();
    serverThread.wait();
    const quint64 received = session.stats().messagesIn;
    std::printf("RESULT seconds=%d rate=%d cap=%d sent=%llu received=%llu stalled_ticks=%llu at_cap_s=%.1f "
                "rss_at_cap_mib=%.1f rss_min_after_cap_mib=%.1f rss_max_after_cap_mib=%.1f rss_end_mib=%.1f "
                "end_over_at_cap=%.3f\n",
                options.seconds, options.rate, options.cap, static_cast<unsigned long long>(sent),
                static_cast<unsigned long long>(received), static_cast<unsigned long long>(stalled), elapsedAtCap,
                rssAtCap, minAfterCap, maxAfterCap, rssEnd, rssAtCap > 0 ? rssEnd / rssAtCap : 0.0);
    return code == 0 && rssAtCap > 0 ? 0 : 1;
}
