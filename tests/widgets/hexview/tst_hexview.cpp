#include "widgets/detail/hexview.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QScrollBar>
#include <QtTest>

class TestHexView : public QObject
{
    Q_OBJECT

private slots:
    void lineCount_data();
    void lineCount();
    void lineLayout_data();
    void lineLayout();
    void dataIsSharedNotCopied();
    void mouseDragSelectsBytesAndCtrlCCopiesThemAsHex();
    void sixtyFourMebibytesAreInstant();
    void scrollingToTheEndShowsTheLastLine();
};

void TestHexView::lineCount_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("lines");
    QTest::newRow("An empty payload has no lines") << qint64(0) << qint64(0);
    QTest::newRow("One byte needs one line") << qint64(1) << qint64(1);
    QTest::newRow("Sixteen bytes fill exactly one line") << qint64(16) << qint64(1);
    QTest::newRow("Seventeen bytes spill onto a second line") << qint64(17) << qint64(2);
    QTest::newRow("A 300-byte frame payload takes 19 lines") << qint64(300) << qint64(19);
    QTest::newRow("64 MiB take four mebi-lines") << qint64(64) * 1024 * 1024 << qint64(4) * 1024 * 1024;
}

void TestHexView::lineCount()
{
    QFETCH(qint64, bytes);
    QFETCH(qint64, lines);
    HexView view;
    view.setData(QByteArray(bytes, 'x'));
    QCOMPARE(view.lineCount(), lines);
    QCOMPARE(view.lineText(lines), QString()); // one past the end
    if (lines > 0)
        QVERIFY(!view.lineText(lines - 1).isEmpty());
}

void TestHexView::lineLayout_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("text");
    QTest::newRow("A full line shows offset, two groups of eight bytes and the ASCII column")
            << QByteArray("{\"op\":\"join\",\"r\":1}") << qint64(0)
            << QStringLiteral("00000000  7b 22 6f 70 22 3a 22 6a  6f 69 6e 22 2c 22 72 22  {\"op\":\"join\",\"r\"");
    QTest::newRow("The last, partial line keeps the ASCII column aligned")
            << QByteArray("{\"op\":\"join\",\"r\":1}") << qint64(1)
            << QStringLiteral("00000010  3a 31 7d                                          :1}");
    QTest::newRow("Control and high bytes show as dots in the ASCII column")
            << QByteArray::fromHex("00ff0a41") << qint64(0)
            << QStringLiteral("00000000  00 ff 0a 41                                       ...A");
}

void TestHexView::lineLayout()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, line);
    QFETCH(QString, text);
    HexView view;
    view.setData(data);
    QCOMPARE(view.lineText(line), text);
}

void TestHexView::dataIsSharedNotCopied()
{
    const QByteArray big(8 * 1024 * 1024, 'z');
    HexView view;
    view.setData(big);
    QCOMPARE(view.data().constData(), big.constData());
}

void TestHexView::mouseDragSelectsBytesAndCtrlCCopiesThemAsHex()
{
    HexView view;
    view.resize(700, 200);
    view.setData(QByteArray("0123456789abcdefXYZ"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isVisible());

    QSignalSpy spy(&view, &HexView::selectionChanged);
    const QFontMetricsF fm(view.font());
    const qreal cw = fm.horizontalAdvance(QLatin1Char('0'));
    const int y = int(fm.height() / 2);
    // Hex column of byte i: 8 offset digits + 2 spaces + 3 per byte (+1 after the eighth).
    const auto hexX = [cw](int i) { return int(4 + (10 + i * 3 + (i >= 8 ? 1 : 0)) * cw + cw / 2); };
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(hexX(2), y));
    QTest::mouseMove(view.viewport(), QPoint(hexX(5), y));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(hexX(5), y));
    QCOMPARE(view.selectionStart(), qint64(2));
    QCOMPARE(view.selectionLength(), qint64(4));
    QCOMPARE(view.selectedBytes(), QByteArray("2345"));
    QVERIFY(spy.count() >= 1);

    view.setFocus();
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("32 33 34 35"));

    // A click in the ASCII column selects that byte too.
    const qreal asciiX = 4 + (10 + 16 * 3 + 1 + 1 + 0) * cw + cw / 2; // byte 0 of the ASCII column
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(int(asciiX + cw), y));
    QCOMPARE(view.selectionStart(), qint64(1));
    QCOMPARE(view.selectionLength(), qint64(1));
}

void TestHexView::sixtyFourMebibytesAreInstant()
{
    QByteArray big(64 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); i += 4096)
        big[i] = char(i >> 12);
    HexView view;
    view.resize(760, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QElapsedTimer timer;
    timer.start();
    view.setData(big);
    view.viewport()->repaint(); // synchronous first paint
    const qint64 ms = timer.elapsed();
    qInfo("64 MiB: setData + first paint took %lld ms", ms);
    QCOMPARE(view.lineCount(), qint64(4 * 1024 * 1024));
    QCOMPARE(view.verticalScrollBar()->maximum(), int(view.lineCount() - view.visibleLineCount()));
}

void TestHexView::scrollingToTheEndShowsTheLastLine()
{
    QByteArray data(1000, 'a');
    data[999] = 'Z';
    HexView view;
    view.resize(760, 200);
    view.setData(data);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QTest::keySequence(&view, QKeySequence::MoveToEndOfDocument);
    QCOMPARE(view.firstVisibleLine() + view.visibleLineCount(), view.lineCount());
    view.scrollToOffset(0);
    QCOMPARE(view.firstVisibleLine(), qint64(0));
    view.scrollToOffset(999);
    QVERIFY(view.firstVisibleLine() + view.visibleLineCount() > 999 / 16);
    QVERIFY(view.lineText(999 / 16).endsWith(QLatin1Char('Z')));
}

QTEST_MAIN(TestHexView)
#include "tst_hexview.moc"
