// The hex view and the payload pane with big payloads (docs/ARCHITECTURE.md: paint only the
// visible lines): time of setData + first paint, of a repaint after a scroll, and of selecting a
// big text or binary payload in the Payload tab, for BENCHMARKS.md.
// Run: QT_QPA_PLATFORM=offscreen ./bench_hexview [MiB]   (default 64)
#include "widgets/detail/hexview.h"
#include "widgets/detail/jsontreemodel.h"
#include "widgets/detail/jsontreeview.h"
#include "widgets/detail/payloadview.h"
#include "core/log/eventfactory.h"
#include "core/protocol/frameencoder.h"
#include "core/protocol/frameheader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

#include <cstdio>

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A received frame as the tap logs it (EventFactory::frame, its header encoded as on the wire).
Event frame(quint8 opcode, const QByteArray &payload)
{
    FrameHeader header;
    header.opcode = opcode;
    header.payloadLength = quint64(payload.size());
    header.lengthBits = FrameHeader::minimalLengthBits(header.payloadLength);
    header.raw = FrameEncoder::encodeHeader(header);
    Event e = EventFactory::frame(Direction::In, header, payload);
    e.frame.flags |= FrameFields::EndsMessage;
    e.seq = 1;
    return e;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 64;

    QByteArray data(mib * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);

    HexView view;
    view.resize(800, 600);
    view.show();
    QCoreApplication::processEvents();

    for (const qint64 size : {qint64(1024), qint64(1024 * 1024), qint64(data.size())}) {
        const QByteArray slice = size == data.size() ? data : data.left(size);
        QElapsedTimer timer;
        timer.start();
        view.setData(slice);
        view.viewport()->repaint();
        std::printf("HexView %10lld bytes: setData + first paint %8.3f ms (%lld lines)\n", size, msSince(timer),
                    view.lineCount());
    }

    constexpr int Scrolls = 200;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Scrolls; ++i) {
        view.verticalScrollBar()->setValue(int(generator.bounded(view.verticalScrollBar()->maximum() + 1)));
        view.viewport()->repaint();
    }
    std::printf("HexView scroll + repaint, %d random positions: %8.3f ms each\n", Scrolls, msSince(timer) / Scrolls);

    PayloadView payload;
    payload.resize(900, 600);
    payload.show();
    QCoreApplication::processEvents();
    timer.restart();
    payload.setEvent(frame(0x2, data));
    payload.repaint();
    std::printf("PayloadView %lld MiB binary (hex mode): %8.3f ms\n", mib, msSince(timer));

    QByteArray text(data.size(), 'a');
    for (qsizetype i = 99; i < text.size(); i += 100)
        text[i] = '\n';
    timer.restart();
    payload.setEvent(frame(0x1, text));
    payload.repaint();
    std::printf("PayloadView %lld MiB text (first 1 MiB as text): %8.3f ms\n", mib, msSince(timer));

    for (const qsizetype jsonBytes : {qsizetype(PayloadView::MaxAutoJsonBytes), qsizetype(4 * 1024 * 1024)}) {
        QByteArray json = "[";
        for (int i = 0; json.size() < jsonBytes - 40; ++i)
            json += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i) + ",\"name\":\"item\"}";
        json += "]";
        timer.restart();
        payload.setEvent(frame(0x1, json));
        payload.setMode(PayloadView::Mode::Json); // automatic up to MaxAutoJsonBytes, on request above
        payload.repaint();
        std::printf("PayloadView %.1f MiB JSON to tree (lazy: %d rows loaded): %8.3f ms\n",
                    double(json.size()) / 1048576.0, payload.jsonTree()->jsonModel()->loadedRows(), msSince(timer));
        timer.restart();
        QTest::mouseClick(payload.expandAllButton(), Qt::LeftButton);
        payload.repaint();
        std::printf("PayloadView %.1f MiB JSON, Expand all (at most %d nodes, %d rows loaded): %8.3f ms\n",
                    double(json.size()) / 1048576.0, JsonTreeView::MaxExpandAll,
                    payload.jsonTree()->jsonModel()->loadedRows(), msSince(timer));
    }
    return 0;
}
