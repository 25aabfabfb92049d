// A payload slice shares the socket read it arrived in, stays valid after that read is gone,
// and behaves as any QByteArray: a change detaches it and never touches the read.
#include "core/log/payloadslice.h"

#include <QTest>

class TestPayloadSlice : public QObject
{
    Q_OBJECT

private slots:
    void aViewInsideTheOwnerSharesItsBuffer();
    void theSliceOutlivesItsOwner();
    void changingASliceDetachesIt();
    void aViewOutsideTheOwnerIsCopied_data();
    void aViewOutsideTheOwnerIsCopied();
};

void TestPayloadSlice::aViewInsideTheOwnerSharesItsBuffer()
{
    const QByteArray owner("\x81\x05hello\x81\x05world", 14);
    const QByteArray first = PayloadSlice::of(owner, QByteArrayView(owner.constData() + 2, 5));
    const QByteArray second = PayloadSlice::of(owner, QByteArrayView(owner.constData() + 9, 5));
    QCOMPARE(first, QByteArray("hello"));
    QCOMPARE(second, QByteArray("world"));
    QCOMPARE(first.constData(), owner.constData() + 2);  // no copy
    QCOMPARE(second.constData(), owner.constData() + 9);
    QVERIFY(PayloadSlice::shares(first, owner));
    QVERIFY(PayloadSlice::shares(second, first));
}

void TestPayloadSlice::theSliceOutlivesItsOwner()
{
    QByteArray slice;
    {
        QByteArray owner = QByteArray("xx") + QByteArray(1000, 'p') + QByteArray("yy");
        slice = PayloadSlice::of(owner, QByteArrayView(owner.constData() + 2, 1000));
        owner = QByteArray("something else entirely"); // the read's own handle lets go
    }
    QCOMPARE(slice.size(), 1000);
    QCOMPARE(slice, QByteArray(1000, 'p'));
    QVERIFY(slice.toStdString() == std::string(1000, 'p'));
}

void TestPayloadSlice::changingASliceDetachesIt()
{
    const QByteArray owner("abcdef");
    QByteArray slice = PayloadSlice::of(owner, QByteArrayView(owner.constData() + 1, 3));
    slice[0] = 'X';
    slice.append("!");
    QCOMPARE(slice, QByteArray("Xcd!"));
    QCOMPARE(owner, QByteArray("abcdef"));
    QVERIFY(!PayloadSlice::shares(slice, owner));
    QCOMPARE(slice.constData()[slice.size()], '\0'); // a detached copy is terminated as usual
}

void TestPayloadSlice::aViewOutsideTheOwnerIsCopied_data()
{
    QTest::addColumn<int>("where");
    QTest::newRow("A view of another buffer") << 0;
    QTest::newRow("A view that runs past the owner's end") << 1;
    QTest::newRow("An owner made from raw data, which owns no buffer") << 2;
    QTest::newRow("An empty view") << 3;
}

void TestPayloadSlice::aViewOutsideTheOwnerIsCopied()
{
    QFETCH(int, where);
    static const char raw[] = "rawbytes";
    const QByteArray owner = where == 2 ? QByteArray::fromRawData(raw, 8) : QByteArray("ownerbytes");
    const QByteArray other("elsewhere");
    QByteArrayView view;
    switch (where) {
    case 0: view = QByteArrayView(other.constData(), 4); break;
    case 1: view = QByteArrayView(owner.constData() + 6, 5); break; // 4 bytes in, the 5th is the terminator
    case 2: view = QByteArrayView(owner.constData(), 3); break;
    case 3: view = QByteArrayView(owner.constData(), 0); break;
    }
    const QByteArray result = PayloadSlice::of(owner, view);
    QCOMPARE(result, view.toByteArray());
    QVERIFY(!PayloadSlice::shares(result, owner));
    if (!result.isEmpty())
        QVERIFY(result.constData() != view.data());
}

QTEST_GUILESS_MAIN(TestPayloadSlice)
#include "tst_payloadslice.moc"
