#pragma once

#include "core/session/connectionsettings.h"
#include "models/framelogfiltermodel.h"
#include "widgets/session/logrowmenu.h"

#include <QPointer>
#include <QWidget>

class FrameLogModel;
class LogFilterButton;
class LogRowDelegate;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QShortcut;
class QTimer;
class QToolButton;
class QTreeView;

// The frame log of a session tab: a filter bar (the presets All / Sent / Received / Control /
// Errors, the "Show ▾" direction × kind toggles, a substring or regex search with its match
// count, Pause, Auto-scroll, Clear, the evicted and row counters) above a QTreeView over
// FrameLogFilterModel, whose summaries highlight the search's matches (LogRowDelegate). Each row
// has a context menu (LogRowMenu: right click, the Menu key, Shift+F10). Counters and auto-scroll run on a timer,
// never per inserted row (docs/ARCHITECTURE.md).
//
// Pausing freezes the view only: the session keeps capturing and the session tab holds back the
// rows, reporting how many with setNewWhilePaused().
class LogView : public QWidget
{
    Q_OBJECT

public:
    // Counters and auto-scroll refresh this often.
    static constexpr int RefreshIntervalMs = 100;
    // Typing in the search waits this long before re-filtering a big log.
    static constexpr int SearchDelayMs = 150;
    // A note of the row menu stays this long in the footer.
    static constexpr int NoticeMs = 6000;

    explicit LogView(QWidget *parent = nullptr);

    void setModels(FrameLogModel *model, FrameLogFilterModel *filter);
    QTreeView *treeView() const { return m_tree; }
    // Its own keyboard shortcuts (on by default). A host with window-wide actions for the same
    // keys (the main window's menus) turns them off, else Qt finds them ambiguous and runs neither.
    // Space (pause, in the log only) stays.
    void setShortcutsEnabled(bool enabled);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    void setNewWhilePaused(qint64 count);
    bool autoScroll() const;
    void setAutoScroll(bool on);
    void setSearch(const QString &text, bool regex);
    void setCategory(FrameLogFilterModel::Category category);
    void setLogFilter(const LogFilter &filter);

    // What the row menu's commands reproduce, and whether Resend can send now.
    void setConnectionSettings(const ConnectionSettings &settings) { m_settings = settings; }
    void setSendEnabled(bool enabled) { m_sendEnabled = enabled; }
    // The menu of the row at `index` (not shown); the caller owns it.
    LogRowMenu *createRowMenu(const QModelIndex &index);
    // The row menu open now, else nullptr.
    LogRowMenu *rowMenu() const { return m_rowMenu; }
    // Opens the row menu of the current row under it (the Menu key, Shift+F10).
    void showRowMenuForCurrent();
    // Makes the row of event `seq` current; false (and a note says why) when it is not shown.
    bool jumpToSeq(quint64 seq);
    // The last note of the row menu ("Copied as Hex", "The matching row is hidden by the filter").
    QString noticeText() const;

    // What the bar shows, for tests and assistive technology.
    QString matchText() const;
    QString rowCountText() const;
    QString pausedText() const;
    QString evictedText() const;
    QString searchErrorText() const;

    QToolButton *categoryButton(FrameLogFilterModel::Category category) const;
    LogFilterButton *filterButton() const { return m_filterButton; }
    LogRowDelegate *rowDelegate() const { return m_delegate; }
    QLineEdit *searchEdit() const { return m_search; }
    QToolButton *regexButton() const { return m_regex; }
    QLabel *matchLabel() const { return m_matches; }
    QToolButton *pauseButton() const { return m_pause; }
    QLabel *pausedLabel() const { return m_pausedLabel; }
    QToolButton *autoScrollButton() const { return m_autoScroll; }
    QToolButton *clearButton() const { return m_clear; }
    QLabel *evictedLabel() const { return m_evicted; }
    QLabel *rowCountLabel() const { return m_rowCount; }
    // The text over an empty view: "nothing yet" for an empty log, "no match" for a filtered one.
    QLabel *placeholderLabel() const { return m_placeholder; }

public slots:
    void focusSearch();
    void togglePause();
    void clearLog();
    // Applies the search now instead of after SearchDelayMs.
    void applySearch();
    // Refreshes the counters and scrolls (normally done by the timer).
    void refresh();

signals:
    void pausedChanged(bool paused);
    void cleared();
    // The row menu's Resend and Load into Composer, for the tab to carry out.
    void resendRequested(const Event &event);
    void loadIntoComposerRequested(const Event &event);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showHeaderMenu(const QPoint &pos);
    void onScrollAction();
    void updatePlaceholder(int shown, int total);
    void applyStatusColors();
    void syncCategoryButtons();
    void showRowMenu(const QModelIndex &index, const QPoint &globalPos);
    void onRowMenuRequested(const LogRowMenu *menu, LogRowMenu::Item item);
    void showNotice(const QString &text, bool error);

    FrameLogModel *m_model = nullptr;
    FrameLogFilterModel *m_filter = nullptr;
    bool m_paused = false;
    qint64 m_newWhilePaused = 0;
    int m_lastRowCount = -1;

    QButtonGroup *m_categories = nullptr;
    QList<QToolButton *> m_categoryButtons;
    LogFilterButton *m_filterButton = nullptr;
    LogRowDelegate *m_delegate = nullptr;
    QLabel *m_notice = nullptr;
    QTimer *m_noticeTimer = nullptr;
    QPointer<LogRowMenu> m_rowMenu;
    ConnectionSettings m_settings;
    bool m_sendEnabled = false;
    QLineEdit *m_search = nullptr;
    QToolButton *m_regex = nullptr;
    QLabel *m_matches = nullptr;
    QToolButton *m_pause = nullptr;
    QLabel *m_pausedLabel = nullptr;
    QToolButton *m_autoScroll = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_evicted = nullptr;
    QLabel *m_rowCount = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_placeholder = nullptr;
    QTimer *m_refresh = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<QShortcut *> m_shortcuts;
};
