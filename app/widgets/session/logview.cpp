#include "widgets/session/logview.h"

#include "widgets/detail/statuscolors.h"
#include "widgets/session/logfilterbutton.h"
#include "widgets/session/logrowdelegate.h"
#include "models/framelogmodel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_categories(new QButtonGroup(this))
    , m_filterButton(new LogFilterButton(this))
    , m_delegate(new LogRowDelegate(this))
    , m_notice(new QLabel(this))
    , m_noticeTimer(new QTimer(this))
    , m_search(new QLineEdit(this))
    , m_regex(new QToolButton(this))
    , m_matches(new QLabel(this))
    , m_pause(new QToolButton(this))
    , m_pausedLabel(new QLabel(this))
    , m_autoScroll(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_evicted(new QLabel(this))
    , m_rowCount(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_placeholder(new QLabel(m_tree->viewport()))
    , m_refresh(new QTimer(this))
    , m_searchDelay(new QTimer(this))
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    for (int i = 0; i <= int(FrameLogFilterModel::Category::Errors); ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_categories->addButton(button, i);
        m_categoryButtons.append(button);
        bar->addWidget(button);
    }
    m_categoryButtons.first()->setChecked(true);
    bar->addWidget(m_filterButton);
    bar->addSpacing(12);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    bar->addWidget(m_search, 1);
    m_regex->setCheckable(true);
    m_regex->setAutoRaise(true);
    m_regex->setText(QStringLiteral(".*"));
    bar->addWidget(m_regex);
    bar->addWidget(m_matches);
    bar->addSpacing(12);
    m_pause->setCheckable(true);
    m_pause->setAutoRaise(true);
    bar->addWidget(m_pause);
    bar->addWidget(m_pausedLabel);
    m_pausedLabel->setVisible(false);
    m_autoScroll->setCheckable(true);
    m_autoScroll->setChecked(true);
    m_autoScroll->setAutoRaise(true);
    bar->addWidget(m_autoScroll);
    m_clear->setAutoRaise(true);
    bar->addWidget(m_clear);

    m_evicted->setVisible(false);
    m_rowCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(0, 0, 0, 0);
    m_notice->setTextFormat(Qt::PlainText);
    footer->addWidget(m_notice);
    footer->addStretch(1);
    footer->addWidget(m_evicted);
    footer->addWidget(m_rowCount);

    m_tree->setUniformRowHeights(true); // constant-time layout for a million rows
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegate(m_delegate);

    // An empty log says what will appear in it; it sits on the viewport, so it never takes the
    // keyboard focus or a click meant for the view.
    auto *placeholderLayout = new QVBoxLayout(m_tree->viewport());
    placeholderLayout->setContentsMargins(24, 24, 24, 24);
    placeholderLayout->addWidget(m_placeholder, 0, Qt::AlignCenter);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    applyStatusColors();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addLayout(footer);

    m_refresh->setInterval(RefreshIntervalMs);
    connect(m_refresh, &QTimer::timeout, this, &LogView::refresh);
    m_refresh->start();
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &LogView::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LogView::applySearch);
    connect(m_regex, &QToolButton::toggled, this, &LogView::applySearch);
    connect(m_categories, &QButtonGroup::idClicked, this, [this](int id) { setCategory(FrameLogFilterModel::Category(id)); });
    connect(m_filterButton, &LogFilterButton::logFilterChanged, this, &LogView::setLogFilter);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        // A scroll area reports the position in its viewport's coordinates.
        const QModelIndex index = m_tree->indexAt(pos);
        if (index.isValid()) {
            m_tree->setCurrentIndex(index);
            showRowMenu(index, m_tree->viewport()->mapToGlobal(pos));
        }
    });
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(NoticeMs);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QLabel::clear);
    connect(m_pause, &QToolButton::clicked, this, [this](bool on) { setPaused(on); });
    connect(m_autoScroll, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_tree->scrollToBottom();
    });
    connect(m_clear, &QToolButton::clicked, this, &LogView::clearLog);
    connect(m_tree->header(), &QHeaderView::customContextMenuRequested, this, &LogView::showHeaderMenu);
    connect(m_tree->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        // The slider has not moved yet when the action is reported: look once it has.
        QTimer::singleShot(0, this, &LogView::onScrollAction);
    });

    auto *searchShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    connect(searchShortcut, &QShortcut::activated, this, &LogView::focusSearch);
    auto *clearShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(clearShortcut, &QShortcut::activated, this, &LogView::clearLog);
    m_shortcuts = {searchShortcut, clearShortcut};
    // Space pauses while the log has the focus (elsewhere it types a space).
    auto *pauseShortcut = new QShortcut(QKeySequence(Qt::Key_Space), m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(pauseShortcut, &QShortcut::activated, this, &LogView::togglePause);
    // The row menu from the keyboard: the Menu key, and Shift+F10 as on other desktops.
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10)}) {
        auto *menuShortcut = new QShortcut(keys, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
        connect(menuShortcut, &QShortcut::activated, this, &LogView::showRowMenuForCurrent);
    }

    retranslateUi();
}

void LogView::setModels(FrameLogModel *model, FrameLogFilterModel *filter)
{
    m_model = model;
    m_filter = filter;
    m_tree->setModel(filter);
    m_delegate->setFilterModel(filter);
    m_filterButton->setLogFilter(filter->logFilter());
    connect(filter, &FrameLogFilterModel::logFilterChanged, this, &LogView::syncCategoryButtons);
    QHeaderView *header = m_tree->header();
    const QFontMetrics fm = fontMetrics();
    header->resizeSection(FrameLogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 24);
    header->resizeSection(FrameLogModel::DirectionColumn, fm.horizontalAdvance(QStringLiteral("⇄")) + 28);
    header->resizeSection(FrameLogModel::TypeColumn, fm.horizontalAdvance(QStringLiteral("continuation")) + 20);
    header->resizeSection(FrameLogModel::LengthColumn, fm.horizontalAdvance(QStringLiteral("1,048,576")) + 16);
    connect(filter, &FrameLogFilterModel::searchErrorChanged, this, &LogView::refresh);
    connect(model, &FrameLogModel::evictedCountChanged, this, &LogView::refresh);
    refresh();
}

void LogView::setShortcutsEnabled(bool enabled)
{
    for (QShortcut *shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(enabled);
}

void LogView::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_pause->setChecked(paused);
    if (!paused)
        m_newWhilePaused = 0;
    retranslateUi();
    emit pausedChanged(paused);
    refresh();
}

void LogView::togglePause()
{
    setPaused(!m_paused);
}

void LogView::setNewWhilePaused(qint64 count)
{
    // Only stored: called per captured event, the label follows on the refresh timer.
    m_newWhilePaused = count;
}

bool LogView::autoScroll() const
{
    return m_autoScroll->isChecked();
}

void LogView::setAutoScroll(bool on)
{
    m_autoScroll->setChecked(on);
}

void LogView::setSearch(const QString &text, bool regex)
{
    m_regex->setChecked(regex);
    m_search->setText(text);
    applySearch();
}

void LogView::setCategory(FrameLogFilterModel::Category category)
{
    setLogFilter(FrameLogFilterModel::preset(category));
}

void LogView::setLogFilter(const LogFilter &filter)
{
    if (m_filter)
        m_filter->setLogFilter(filter);
    m_filterButton->setLogFilter(filter);
    syncCategoryButtons();
    refresh();
}

void LogView::syncCategoryButtons()
{
    // The preset the toggles equal is checked; a combination of its own checks none.
    const FrameLogFilterModel::Category category = m_filter ? m_filter->category() : FrameLogFilterModel::Category::All;
    if (m_filter)
        m_filterButton->setLogFilter(m_filter->logFilter());
    m_categories->setExclusive(false);
    for (int i = 0; i < m_categoryButtons.size(); ++i)
        m_categoryButtons.at(i)->setChecked(i == int(category));
    m_categories->setExclusive(true);
}

void LogView::applySearch()
{
    m_searchDelay->stop();
    if (m_filter)
        m_filter->setSearchText(m_search->text(), m_regex->isChecked());
    refresh();
}

void LogView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogView::clearLog()
{
    if (m_model)
        m_model->clear();
    m_lastRowCount = -1;
    emit cleared();
    refresh();
}

QToolButton *LogView::categoryButton(FrameLogFilterModel::Category category) const
{
    return m_categoryButtons.value(int(category));
}

QString LogView::matchText() const
{
    return m_matches->text();
}

QString LogView::rowCountText() const
{
    return m_rowCount->text();
}

QString LogView::pausedText() const
{
    return m_paused ? tr("Paused · %1 new").arg(QLocale().toString(m_newWhilePaused)) : QString();
}

QString LogView::evictedText() const
{
    return m_evicted->isVisibleTo(this) ? m_evicted->text() : QString();
}

QString LogView::searchErrorText() const
{
    return m_filter ? m_filter->searchError() : QString();
}

void LogView::refresh()
{
    if (!m_model || !m_filter)
        return;
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();

    const QString error = m_filter->searchError();
    if (!error.isEmpty()) {
        m_matches->setText(tr("Invalid regex"));
        m_matches->setToolTip(error);
    } else if (!m_filter->searchText().isEmpty()) {
        m_matches->setText(tr("Matches: %1").arg(locale.toString(shown)));
        m_matches->setToolTip(QString());
    } else {
        m_matches->clear();
        m_matches->setToolTip(QString());
    }
    StatusColors::setColor(m_matches, QPalette::WindowText, error.isEmpty() ? QColor() : StatusColors::bad(palette()));
    m_search->setToolTip(error.isEmpty() ? tr("Search type, summary, text payloads and the handshake (Ctrl+F)") : error);

    m_rowCount->setText(shown == total ? tr("%1 rows").arg(locale.toString(total))
                                       : tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(total)));
    const quint64 evicted = m_model->evictedCount();
    m_evicted->setVisible(evicted > 0);
    m_evicted->setText(tr("%1 evicted ·").arg(locale.toString(qulonglong(evicted))));
    m_pausedLabel->setVisible(m_paused);
    m_pausedLabel->setText(pausedText());
    updatePlaceholder(shown, total);

    if (shown != m_lastRowCount) {
        m_lastRowCount = shown;
        if (m_autoScroll->isChecked() && !m_paused)
            m_tree->scrollToBottom();
    }
}

void LogView::applyStatusColors()
{
    StatusColors::setColor(m_evicted, QPalette::WindowText, StatusColors::warning(palette()));
    StatusColors::setColor(m_rowCount, QPalette::WindowText, StatusColors::muted(palette()));
    StatusColors::setColor(m_placeholder, QPalette::WindowText, StatusColors::muted(palette()));
}

void LogView::updatePlaceholder(int shown, int total)
{
    if (shown > 0) {
        m_placeholder->setVisible(false);
        return;
    }
    if (total == 0 && m_paused)
        m_placeholder->setText(tr("Paused — new rows wait until you resume (Space)."));
    else if (total == 0)
        m_placeholder->setText(tr("Nothing yet — connect to see the handshake and frames here."));
    else
        m_placeholder->setText(tr("No row matches this filter or search (%1 rows hidden). Choose All or clear the search to see them.")
                                       .arg(QLocale().toString(total)));
    m_placeholder->setVisible(true);
}

void LogView::onScrollAction()
{
    // The user scrolled: away from the end turns auto-scroll off, back to the end turns it on.
    const QScrollBar *bar = m_tree->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    if (m_autoScroll->isChecked() != atEnd)
        m_autoScroll->setChecked(atEnd);
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyStatusColors(); // a theme switch: the muted and warning colours follow it
    QWidget::changeEvent(event);
}

void LogView::retranslateUi()
{
    const QStringList names{tr("All"), tr("Sent"), tr("Received"), tr("Control"), tr("Errors")};
    const QStringList tips{tr("Every row"), tr("Frames and messages you sent (↑)"), tr("Frames and messages the server sent (↓)"),
                           tr("Ping, pong and close"), tr("Errors, refused handshakes and unclean closes")};
    for (int i = 0; i < m_categoryButtons.size(); ++i) {
        m_categoryButtons.at(i)->setText(names.at(i));
        m_categoryButtons.at(i)->setToolTip(tips.at(i));
    }
    m_search->setPlaceholderText(tr("Search… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the log"));
    m_regex->setToolTip(tr("Search with a regular expression"));
    m_regex->setAccessibleName(tr("Regular expression"));
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(m_paused ? tr("Show the rows captured while paused (Space in the log)")
                                 : tr("Freeze the view; capture continues (Space in the log)"));
    m_pause->setAccessibleName(m_pause->text());
    m_autoScroll->setText(tr("Auto-scroll"));
    m_autoScroll->setToolTip(tr("Keep the newest row in view"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the log view (Ctrl+L); the session's own log is kept for export"));
    m_clear->setAccessibleName(tr("Clear the log view"));
    m_evicted->setToolTip(tr("The oldest rows were dropped because the log cap was reached"));
    m_tree->setAccessibleName(tr("Frame log"));
    m_tree->header()->setToolTip(tr("Right-click to switch between absolute and relative time"));
    refresh();
}
