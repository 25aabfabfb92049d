#pragma once

#include "core/log/event.h"

#include <QWidget>

class HexView;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// The Frame tab: one frame header dissected like a protocol analyzer (RFC 6455 §5.2). The raw
// header bytes on top, one line per field below, then the problems; selecting a field
// highlights the byte(s) it lives in. Fields, ranges and problems are FrameDissector's: the view
// lays them out and never reads the header bytes itself.
class FrameView : public QWidget
{
    Q_OBJECT

public:
    explicit FrameView(QWidget *parent = nullptr);

    // Where the fields of a Ping, Pong or Close event came from. A Frame event is always the
    // tap's decode; the others are logged from QWebSocket's signals when the tap was off, and
    // then MASK, the masking key and the length encoding are not what went over the wire.
    enum class HeaderSource { Wire, TapOff, Unknown };

    // Shows the header of a frame event (Frame, Ping, Pong or a Close frame); any other event
    // shows a note saying why there is no single frame header.
    void setEvent(const Event &event, HeaderSource source = HeaderSource::Unknown);
    // The source that applies to the event shown (Wire for every Frame event).
    HeaderSource headerSource() const { return m_source; }
    QString noteText() const;
    // The dissector's violations, warnings and notes, one per line; empty when there are none.
    QString problemsText() const;
    void clear();
    bool hasFrame() const { return m_hasFrame; }

    // Whether the event carries a complete frame header.
    static bool carriesFrameHeader(const Event &event);

    // For tests and the screen reader: the field tree and the byte strip.
    QTreeWidget *fieldTree() const { return m_tree; }
    HexView *headerHex() const { return m_hex; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslateUi();
    void onCurrentFieldChanged(QTreeWidgetItem *current);
    QTreeWidgetItem *addField(QTreeWidgetItem *parent, const QString &name, const QString &value,
                              const QString &bits, qint64 firstByte, qint64 byteCount);

    Event m_event;
    HeaderSource m_source = HeaderSource::Unknown;
    bool m_hasFrame = false;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problems = nullptr;
    HexView *m_hex = nullptr;
    QTreeWidget *m_tree = nullptr;
};
