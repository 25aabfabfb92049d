// The million-row frame log (docs/ARCHITECTURE.md): time and memory of FrameLogModel and the cost of
// FrameLogFilterModel over it, for BENCHMARKS.md.
// Run: QT_QPA_PLATFORM=offscreen ./bench_framelogmodel [rows]   (default 1,000,000)
#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "core/log/eventlog.h"
#include "core/log/eventfactory.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/frameheader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <vector>

namespace {

// Resident set size in bytes (Linux /proc), or -1 where unknown.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * 4096;
}

// A typical small JSON message as the tap logs it (EventFactory::frame, its header encoded as on
// the wire): its own allocation per frame as it arrives off the wire.
Event makeFrame(quint64 seq)
{
    const Direction dir = seq % 2 ? Direction::Out : Direction::In;
    const QByteArray payload = QByteArrayLiteral("{\"op\":\"tick\",\"room\":") + QByteArray::number(seq % 97)
            + QByteArrayLiteral(",\"seq\":") + QByteArray::number(seq) + '}';
    FrameHeader header;
    header.opcode = seq % 10 == 0 ? FrameHeader::Binary : FrameHeader::Text;
    header.masked = dir == Direction::Out;
    header.maskKey = header.masked ? quint32(seq * 2654435761u) : 0;
    header.payloadLength = quint64(payload.size());
    header.lengthBits = FrameHeader::minimalLengthBits(header.payloadLength);
    header.raw = FrameEncoder::encodeHeader(header);
    Event e = EventFactory::frame(dir, header, payload);
    e.frame.flags |= FrameFields::EndsMessage;
    e.wallMs = 1795788001002LL + qint64(seq);
    e.monoUs = qint64(seq) * 1000;
    return e;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qsizetype rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    constexpr qsizetype Batch = 1000; // events per flush, as a fast stream at ~30 Hz would bring

    // The log owns the events, the model keeps their sequence numbers (as in a session tab).
    EventLog log;
    FrameLogModel model;
    model.setLog(&log);
    const qint64 rssBefore = residentBytes();
    qint64 payloadBytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < rows; i += Batch) {
        for (qsizetype j = i; j < qMin(rows, i + Batch); ++j) {
            Event event = makeFrame(quint64(j + 1));
            payloadBytes += event.payload.size();
            log.append(std::move(event));
        }
        model.flush();
    }
    const double appendMs = msSince(timer);
    const qint64 rssAfter = residentBytes();
    std::printf("append   %lld frames to the log, model flushed in batches of %lld: %.0f ms (%.2f us/row), %d rows\n",
                static_cast<long long>(rows), static_cast<long long>(Batch), appendMs, appendMs * 1000.0 / double(rows),
                model.rowCount());
    if (rssBefore >= 0 && rssAfter >= 0) {
        const double perRow = double(rssAfter - rssBefore) / double(rows);
        std::printf("memory   RSS +%.1f MB: %.0f bytes/row (payload %.1f bytes/row, sizeof(Event) %zu, log and model)\n",
                    double(rssAfter - rssBefore) / 1e6, perRow, double(payloadBytes) / double(rows), sizeof(Event));
    } else {
        std::printf("memory   RSS not available on this platform\n");
    }

    // data() for every column of 100,000 rows: what scrolling through them would ask for.
    const int sampled = qMin(model.rowCount(), 100000);
    timer.restart();
    qsizetype chars = 0;
    for (int row = 0; row < sampled; ++row) {
        for (int column = 0; column < FrameLogModel::ColumnCount; ++column)
            chars += model.index(row, column).data().toString().size();
    }
    const double dataMs = msSince(timer);
    std::printf("data()   %d rows x %d columns: %.0f ms (%.2f us/row, %lld chars)\n", sampled, int(FrameLogModel::ColumnCount),
                dataMs, dataMs * 1000.0 / sampled, static_cast<long long>(chars));

    timer.restart();
    model.setTimeFormat(FrameLogModel::TimeFormat::Relative);
    std::printf("relative time format switch: %.2f ms\n", msSince(timer));

    FrameLogFilterModel proxy;
    timer.restart();
    proxy.setSourceModel(&model);
    std::printf("filter   attach (all rows):              %7.0f ms, %d matches\n", msSince(timer), proxy.matchCount());
    timer.restart();
    proxy.setCategory(FrameLogFilterModel::Category::Received);
    std::printf("filter   category Received:              %7.0f ms, %d matches\n", msSince(timer), proxy.matchCount());
    timer.restart();
    proxy.setOpcodeFilter(2);
    std::printf("filter   + opcode binary:                %7.0f ms, %d matches\n", msSince(timer), proxy.matchCount());
    proxy.setOpcodeFilter(-1);
    proxy.setCategory(FrameLogFilterModel::Category::All);
    timer.restart();
    proxy.setSearchText(QStringLiteral("\"room\":42,"), false);
    std::printf("filter   substring \"room\":42, :           %7.0f ms, %d matches\n", msSince(timer), proxy.matchCount());
    timer.restart();
    proxy.setSearchText(QStringLiteral("\"seq\":\\d*777\\}"), true);
    std::printf("filter   regex \"seq\":\\d*777\\}:            %7.0f ms, %d matches\n", msSince(timer), proxy.matchCount());

    // Streaming on with the regex active: the proxy checks only the new rows.
    timer.restart();
    const qsizetype more = qMin<qsizetype>(rows, 100000);
    for (qsizetype i = 0; i < more; i += Batch) {
        for (qsizetype j = i; j < qMin(more, i + Batch); ++j)
            log.append(makeFrame(quint64(rows + j + 1)));
        model.flush();
    }
    const double streamMs = msSince(timer);
    std::printf("stream   %lld more frames through the active regex: %.0f ms (%.2f us/row), %d matches\n",
                static_cast<long long>(more), streamMs, streamMs * 1000.0 / double(more), proxy.matchCount());

    timer.restart();
    log.setCap(rows / 2, 0);
    std::printf("cap      evict the log to %lld events (proxy attached): %.0f ms, %llu evicted, %d rows, %d matches\n",
                static_cast<long long>(rows / 2 - rows / 2 / EventLog::EvictionSlack), msSince(timer),
                static_cast<unsigned long long>(model.evictedCount()), model.rowCount(), proxy.matchCount());
    return 0;
}
