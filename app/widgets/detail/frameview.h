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

    // Shows the header of a frame (or of the Close record's first Close frame) when the tap saw its
    // exact bytes; any other event, a frame logged with the tap off included, shows a note saying
    // why there is no header to show. The event itself says which: FrameFields::headerKnown().
    void setEvent(const Event &event);
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
    bool m_hasFrame = false;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problems = nullptr;
    HexView *m_hex = nullptr;
    QTreeWidget *m_tree = nullptr;
};
