#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

// A hex dump (offset · 16 hex bytes · ASCII) that paints only the lines in view, so a 64 MiB
// payload costs the same as 64 bytes (like Wireshark's byte_view_text,
// never a QTextEdit holding megabytes). The data is implicitly shared, never copied.
class HexView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int BytesPerLine = 16;

    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data);
    const QByteArray &data() const { return m_data; }
    qint64 lineCount() const;

    // The selected byte range (mouse, keyboard or a caller such as the frame dissector).
    // A length of 0 clears it.
    void setSelection(qint64 start, qint64 length);
    qint64 selectionStart() const { return m_selStart; }
    qint64 selectionLength() const { return m_selLength; }
    QByteArray selectedBytes() const;

    // The text of one line exactly as it is painted, e.g. for tests and copy.
    QString lineText(qint64 line) const;
    qint64 firstVisibleLine() const;
    int visibleLineCount() const;
    void scrollToOffset(qint64 offset);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged(qint64 start, qint64 length);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int offsetDigits() const;
    int hexColumn(int byteInLine) const;   // character column of a byte's first hex digit
    int asciiColumn(int byteInLine) const; // character column of a byte's ASCII character
    int totalColumns() const;
    int lineHeight() const;
    qreal charWidth() const;
    qint64 byteAt(const QPoint &viewportPos) const; // -1 outside the bytes
    void updateScrollBars();
    void retranslateUi();

    QByteArray m_data;
    qint64 m_selStart = 0;
    qint64 m_selLength = 0;
    qint64 m_dragAnchor = -1;
};
