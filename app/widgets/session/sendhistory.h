#pragma once

#include "widgets/session/payloadmode.h"

#include <QList>
#include <QObject>
#include <QString>

class PayloadEditor;

// The composer's history of sent messages, like a shell's: Up on the editor's first line shows
// the previous message sent from this tab, Down on its last line the next one, and Down past the
// newest brings back the draft that was in the editor when the walk began. A recalled message
// that is then edited becomes the draft. Kept in memory per tab; File mode sends are not recorded.
class SendHistory : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        PayloadMode mode = PayloadMode::Text;
        QString text;
        bool operator==(const Entry &other) const { return mode == other.mode && text == other.text; }
        bool operator!=(const Entry &other) const { return !(*this == other); }
    };
    // Older messages are forgotten beyond this.
    static constexpr qsizetype MaxEntries = 500;

    // Walks the history on `payload`'s editor (an event filter on its Up and Down keys).
    SendHistory(PayloadEditor *payload, QObject *parent);

    // A message was sent: it becomes the newest entry (a repeat of the newest is not added again)
    // and the next walk starts from the newest.
    void record(PayloadMode mode, const QString &text);
    QList<Entry> entries() const { return m_entries; }
    // The entry shown now; entries().size() while the draft is.
    qsizetype position() const { return m_position; }

    // Shows the previous / next entry in the editor; false when there is none.
    bool older();
    bool newer();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Entry current() const;
    bool cursorOnFirstLine() const;
    bool cursorOnLastLine() const;
    void show(qsizetype position);

    PayloadEditor *m_payload = nullptr;
    QList<Entry> m_entries;
    qsizetype m_position = 0;
    Entry m_draft;
    Entry m_shown; // what the last recall put into the editor
};
