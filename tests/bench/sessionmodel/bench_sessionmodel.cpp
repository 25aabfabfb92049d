// What the desktop app's session costs against a flood, without drawing: a Session (tap on or off)
// whose events feed a FrameLogModel with a FrameLogFilterModel on it, a filter set (category
// Received) as a user watching a feed would set one, and the default caps of AppSettings. The
// peer is an external flood server (tests/bench/rawframeserver), so that the same server also
// measures the bare QWebSocket baseline (tests/bench/bareqwebsocket) in the same run.
// A second mode times the filter's substring search over a million-row model.
//
//   bench_sessionmodel tap|notap URL     one session against the server at URL
//   bench_sessionmodel search [ROWS]     setSearchText over ROWS (default 1,000,000) small text
//                                        frames, 5 times, median
//
// Prints one "RESULT" line of key=value fields (what scripts/bench-throughput reads). Session:
//   messages          data messages received (Session::stats)
//   open_close_s      from the state Open to Session::finished, the definition of the CLI's
//                     --summary line and of the baselines' open_close_s
//   first_last_s      from the first received message to the last
//   rss_per_msg       VmRSS after the last flush minus VmRSS before open(), divided by messages
//                     (each small message is one frame on the wire and one event in the log)
//   rows, filtered    rows of the model and of the filter at the end
// Search: search_ms (median), search_min_ms, search_max_ms, matches.
//
// The model is fed in exactly two places, attachModel() and fillModel(); a received message is
// recognised in endsReceivedMessage() and a logged frame is made in textFrame(), so that this
// benchmark follows a change of the model's or the log's API by changing those four only.

#include "core/log/eventfactory.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/frameheader.h"
#include "core/session/session.h"
#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "widgets/settings/appsettings.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// ---- The model's and the log's API: the only code that knows how a FrameLogModel gets its
// events, which event stands for a received message, and how the tap logs a frame. ----

// A live session: the model follows the session's log with the app's default caps, wired as
// SessionTab wires it.
void attachModel(FrameLogModel &model, Session &session, const AppSettings &caps)
{
    session.log()->setCap(caps.logCapRows, caps.logCapBytes);
    model.setLog(session.log());
}

// A finished log, all at once (as when a view opens on a session that already ran).
void fillModel(FrameLogModel &model, const EventLog &log)
{
    model.setLog(&log);
    model.flush();
}

// Whether the event completes a data message from the server (one Frame event per frame; the
// last frame of a message says so).
bool endsReceivedMessage(const Event &event)
{
    return event.dir == Direction::In && LogRules::endsMessage(event);
}

// One received text frame, with the fields the wire tap fills for it (TapTunnel::frameDone).
Event textFrame(const QByteArray &payload)
{
    FrameHeader header;
    header.opcode = FrameHeader::Text;
    header.fin = true;
    header.payloadLength = quint64(payload.size());
    header.lengthBits = FrameHeader::minimalLengthBits(header.payloadLength);
    header.raw = FrameEncoder::encodeHeader(header);
    Event event = EventFactory::frame(Direction::In, header, payload);
    event.frame.flags |= FrameFields::EndsMessage;
    return event;
}

// ---- end of the model's and the log's API ----

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
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

// Lets the event loop run for `ms` (the model's pending flush, the session's last events).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int runSession(bool tap, const QUrl &url)
{
    const AppSettings defaults;
    ConnectionSettings settings;
    settings.url = url.toString();
    settings.tapEnabled = tap;
    Session session;
    session.setSettings(settings);
    FrameLogModel model;
    FrameLogFilterModel filter;
    filter.setSourceModel(&model);
    filter.setCategory(FrameLogFilterModel::Category::Received);
    attachModel(model, session, defaults);

    QElapsedTimer clock;
    qint64 openNs = -1;
    qint64 firstNs = -1;
    qint64 lastNs = -1;
    qint64 finishedNs = -1;
    quint64 messages = 0;
    QObject::connect(&session, &Session::stateChanged, &session, [&](SessionState state) {
        if (state == SessionState::Open && openNs < 0)
            openNs = clock.nsecsElapsed();
    });
    QObject::connect(&session, &Session::eventLogged, &session, [&](const Event &event) {
        if (!endsReceivedMessage(event))
            return;
        lastNs = clock.nsecsElapsed();
        if (messages++ == 0)
            firstNs = lastNs;
    });
    QEventLoop loop;
    QObject::connect(&session, &Session::finished, &loop, [&] {
        finishedNs = clock.nsecsElapsed();
        loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);

    const qint64 rssBefore = residentBytes();
    const double cpuBefore = cpuSeconds();
    clock.start();
    QString error;
    if (!session.open(&error)) {
        std::printf("RESULT client=sessionmodel-%s error=%s\n", tap ? "tap" : "notap", qPrintable(error));
        return 1;
    }
    loop.exec();
    const double cpu = cpuSeconds() - cpuBefore;
    // The rows of the last flush interval are still queued: they count as logged.
    spin(FrameLogModel::FlushIntervalMs * 2);
    model.flush();
    const qint64 rssAfter = residentBytes();

    const quint64 received = session.stats().messagesIn;
    if (openNs < 0 || finishedNs < 0 || received == 0) {
        std::printf("RESULT client=sessionmodel-%s messages=%llu error=%s\n", tap ? "tap" : "notap",
                    static_cast<unsigned long long>(received), finishedNs < 0 ? "not-finished" : "no-messages");
        return 1;
    }
    std::printf("RESULT client=sessionmodel-%s messages=%llu open_close_s=%.6f first_last_s=%.6f cpu_s=%.3f "
                "rss_per_msg=%.1f rows=%d filtered=%d log_events=%lld\n",
                tap ? "tap" : "notap", static_cast<unsigned long long>(received), double(finishedNs - openNs) / 1e9,
                double(lastNs - firstNs) / 1e9, cpu, double(rssAfter - rssBefore) / double(received), model.rowCount(),
                filter.rowCount(), static_cast<long long>(session.log()->size()));
    return 0;
}

int runSearch(int rows)
{
    // Small JSON frames with 100 rooms: the needle matches 1 % of the rows, so the search reads
    // every payload and the filter inserts few rows.
    EventLog log;
    log.setCap(0, 0);
    for (int i = 0; i < rows; ++i)
        log.append(textFrame(QByteArray("{\"seq\":") + QByteArray::number(i) + ",\"room\":" + QByteArray::number(i % 100)
                             + ",\"v\":1}"));
    FrameLogModel model;
    fillModel(model, log);
    FrameLogFilterModel filter;
    filter.setSourceModel(&model);

    const QString needle = QStringLiteral("\"room\":42,");
    std::vector<double> ms;
    int matches = 0;
    for (int repeat = 0; repeat < 5; ++repeat) {
        filter.setSearchText(QString(), false);
        QElapsedTimer timer;
        timer.start();
        filter.setSearchText(needle, false);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        matches = filter.rowCount();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("RESULT client=search rows=%d search_ms=%.1f search_min_ms=%.1f search_max_ms=%.1f matches=%d\n",
                model.rowCount(), ms[ms.size() / 2], ms.front(), ms.back(), matches);
    const int expected = rows / 100 + (rows % 100 > 42 ? 1 : 0);
    return model.rowCount() == rows && matches == expected ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application, as in the desktop app (AppSettings holds a QFont too); nothing is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("search"))
        return runSearch(args.size() > 2 ? args.at(2).toInt() : 1000000);
    if ((mode == QLatin1String("tap") || mode == QLatin1String("notap")) && args.size() > 2)
        return runSession(mode == QLatin1String("tap"), QUrl(args.at(2)));
    std::fprintf(stderr, "usage: bench_sessionmodel tap|notap URL\n       bench_sessionmodel search [ROWS]\n");
    return 2;
}
