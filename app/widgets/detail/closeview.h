#pragma once

#include "core/log/event.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

// The Close tab: the closing handshake (RFC 6455 §5.5.1, §7) told as a short story —
// "You sent Close 1000 "bye" at 12:00:09.500 → server echoed 1000 after 12 ms → TCP closed · clean" —
// with a timeline, the code's name and meaning, and 1005/1006 explained in plain words. What the
// close means (codes, who closed, clean or not, the notes) is CloseReport's; the view gathers
// the connection's Close frames for it and lays out its answer next to the events' times.
class CloseView : public QWidget
{
    Q_OBJECT

public:
    explicit CloseView(QWidget *parent = nullptr);

    // The events of one connection: Close frames (Frame events with opcode 0x8 or Close events
    // with a direction), the final Close event (no direction), State events; others are ignored.
    void setConnectionEvents(const QList<Event> &events);
    void clear();
    // Whether there is anything to tell: a Close frame, a final Close event or a closed connection.
    bool hasStory() const { return m_hasStory; }

    // What the view shows, for tests and assistive technology.
    QString headline() const;
    QString storyText() const;
    // CloseReport's sentence, and each side's code on its own line.
    QString sentenceText() const;
    QString sidesText() const;
    QString codeText() const;
    QString meaningText() const;
    QString explanationText() const;
    QTreeWidget *timeline() const { return m_timeline; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslateUi();

    QList<Event> m_events;
    bool m_hasStory = false;
    QLabel *m_headline = nullptr;
    QLabel *m_story = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_sides = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_meaning = nullptr;
    QLabel *m_explanation = nullptr;
    QTreeWidget *m_timeline = nullptr;
};
