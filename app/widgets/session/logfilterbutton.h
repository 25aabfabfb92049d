#pragma once

#include "core/log/logfilter.h"

#include <QToolButton>

class QAction;

// The filter bar's "Show ▾" button: a checkable menu of the LogFilter toggles, direction (sent,
// received, session events) × kind (text, binary, ping/pong, close, handshake, errors, other),
// and "Only problems". The button's text says what is shown ("Show: all", "Show: ↓ · no
// ping/pong"). Keyboard: Space opens the menu, the arrow keys and Enter toggle. The rule itself is LogFilter's; this only edits the value.
class LogFilterButton : public QToolButton
{
    Q_OBJECT

public:
    explicit LogFilterButton(QWidget *parent = nullptr);

    void setLogFilter(const LogFilter &filter);
    LogFilter logFilter() const { return m_filter; }

    // The toggle of one direction or kind flag, and of "Only problems".
    QAction *directionAction(LogFilter::DirectionFlag flag) const;
    QAction *kindAction(LogFilter::KindFlag flag) const;
    QAction *problemsAction() const { return m_problems; }
    QAction *showAllAction() const { return m_showAll; }

    // "all", "↓ text, binary", "↑↓ text · problems": what the button says after "Show: ".
    static QString describe(const LogFilter &filter);

signals:
    void logFilterChanged(const LogFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncActions();
    void onToggled();

    LogFilter m_filter;
    QList<QAction *> m_directions; // data(): the flag
    QList<QAction *> m_kinds;
    QAction *m_directionSection = nullptr;
    QAction *m_kindSection = nullptr;
    QAction *m_problems = nullptr;
    QAction *m_showAll = nullptr;
    bool m_syncing = false;
};
