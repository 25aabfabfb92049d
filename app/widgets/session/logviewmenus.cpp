// LogView's menus: the header's time-format menu, and the row menu — building it for a row,
// showing it under the mouse or the current row, and carrying out what the menu itself cannot
// (jump, save). Split from logview.cpp to keep each file about one part of the view.
#include "widgets/session/logview.h"

#include "models/framelogmodel.h"
#include "widgets/detail/statuscolors.h"

#include <QDir>
#include <QActionGroup>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

LogRowMenu *LogView::createRowMenu(const QModelIndex &index)
{
    if (!index.isValid() || !m_model)
        return nullptr;
    LogRowMenu::Context context;
    context.settings = m_settings;
    context.canSend = m_sendEnabled;
    context.log = m_model->log();
    auto *menu = new LogRowMenu(index.data(FrameLogModel::EventRole).value<Event>(), context, this);
    connect(menu, &LogRowMenu::requested, this, [this, menu](LogRowMenu::Item item) { onRowMenuRequested(menu, item); });
    connect(menu, &LogRowMenu::copied, this, [this](const QString &what) { showNotice(tr("Copied: %1").arg(what), false); });
    return menu;
}

void LogView::showRowMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (m_rowMenu)
        m_rowMenu->close();
    LogRowMenu *menu = createRowMenu(index);
    if (!menu)
        return;
    // popup(), not exec(): the log keeps running while the menu is open.
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_rowMenu = menu;
    menu->popup(globalPos);
}

void LogView::showRowMenuForCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    m_tree->scrollTo(current);
    const QRect rect = m_tree->visualRect(current.siblingAtColumn(FrameLogModel::SummaryColumn));
    showRowMenu(current, m_tree->viewport()->mapToGlobal(rect.isValid() ? rect.bottomLeft() : QPoint()));
}

void LogView::onRowMenuRequested(const LogRowMenu *menu, LogRowMenu::Item item)
{
    const Event event = menu->event();
    switch (item) {
    case LogRowMenu::Item::Resend:
        emit resendRequested(event);
        break;
    case LogRowMenu::Item::LoadIntoComposer:
        emit loadIntoComposerRequested(event);
        break;
    case LogRowMenu::Item::JumpToMatch:
        jumpToSeq(menu->matchSeq());
        break;
    case LogRowMenu::Item::SaveToFile: {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Payload"), dir);
        if (path.isEmpty())
            break;
        QString error;
        if (menu->savePayload(path, &error))
            showNotice(tr("Saved the payload to %1").arg(QDir::toNativeSeparators(path)), false);
        else
            showNotice(error, true);
        break;
    }
    default:
        break;
    }
}

bool LogView::jumpToSeq(quint64 seq)
{
    if (!m_model || !m_filter || seq == 0)
        return false;
    const int sourceRow = m_model->rowOfSeq(seq);
    if (sourceRow < 0) {
        showNotice(tr("The matching row is no longer in the view (cleared or evicted)."), true);
        return false;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        showNotice(tr("The matching row is hidden by the filter or search: choose All to see it."), true);
        return false;
    }
    // Looking at an older row: the newest must not pull the view away.
    setAutoScroll(false);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_tree->setFocus(Qt::OtherFocusReason);
    return true;
}

QString LogView::noticeText() const
{
    return m_notice->text();
}

void LogView::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setToolTip(text);
    StatusColors::setColor(m_notice, QPalette::WindowText, error ? StatusColors::bad(palette()) : StatusColors::muted(palette()));
    m_noticeTimer->start();
}

void LogView::showHeaderMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QMenu menu(this);
    auto *group = new QActionGroup(&menu);
    QAction *absolute = menu.addAction(tr("Absolute time (clock)"));
    QAction *relative = menu.addAction(tr("Relative time (since the first row)"));
    for (QAction *action : {absolute, relative}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    const bool isRelative = m_model->timeFormat() == FrameLogModel::TimeFormat::Relative;
    (isRelative ? relative : absolute)->setChecked(true);
    QAction *chosen = menu.exec(m_tree->header()->mapToGlobal(pos));
    if (chosen == absolute)
        m_model->setTimeFormat(FrameLogModel::TimeFormat::Absolute);
    else if (chosen == relative)
        m_model->setTimeFormat(FrameLogModel::TimeFormat::Relative);
}
